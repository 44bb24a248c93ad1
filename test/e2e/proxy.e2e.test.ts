import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectProxy } from '../support/connect-proxy.ts';
import { runSample, useE2eEnvironment } from '../support/e2e.ts';

// Self-hosted runners often reach the internet only through a proxy: vendor calls must honour HTTP(S)_PROXY and NO_PROXY.
const env = useE2eEnvironment();
let proxy: ConnectProxy;
beforeEach(async () => {
  proxy = await new ConnectProxy().start();
});
afterEach(async () => {
  await proxy.stop();
});

describe('the action behind a proxy', () => {
  it('sends every vendor call through HTTP_PROXY, and none when NO_PROXY names the host', async () => {
    const emulatorHost = new URL(env.emulator.apiUrl).host;
    const through = await runSample(env.emulator, {}, { env: { HTTP_PROXY: proxy.url } });
    expect(through.exitCode).toBe(0);
    expect(through.outputs).toMatchObject({ changed: 'true' });
    expect(proxy.targets).toContain(emulatorHost);
    expect(proxy.targets.length).toBeGreaterThanOrEqual(env.emulator.requests.length - 1);

    proxy.targets.length = 0;
    const bypassed = await runSample(env.emulator, {}, { env: { http_proxy: proxy.url, NO_PROXY: '127.0.0.1' } });
    expect(bypassed.exitCode).toBe(0);
    expect(proxy.targets).toEqual([]);
  });
});
