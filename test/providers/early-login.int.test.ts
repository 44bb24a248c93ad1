import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/inputs/settings.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { createProvider } from '../../src/providers/registry.ts';
import { type FakeServer, startFakeServer } from '../support/fake-server.ts';

let server: FakeServer | undefined;
let http: HttpClient | undefined;
afterEach(async () => {
  await http?.close();
  await server?.close();
  server = undefined;
});

/** A vendor whose login answer the test holds: every other request is answered 404 (no such table). */
async function vendorHoldingItsLogin() {
  let heldLogin: ServerResponse | undefined;
  server = await startFakeServer((req, res) => {
    if (req.url === '/oauth/token') heldLogin = res;
    else res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not found"}');
  });
  http = new HttpClient({ random: () => 0, maxAttempts: 1 });
  return {
    url: server.url,
    held: () => heldLogin !== undefined,
    answer: () => heldLogin?.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token":"token-1"}'),
  };
}

const inputs: Record<string, Record<string, string>> = {
  genesys: { 'genesys-client-id': 'id', 'genesys-client-secret': 'secret' },
  talkdesk: { provider: 'talkdesk', 'talkdesk-client-id': 'id', 'talkdesk-client-secret': 'secret' },
};

describe('a vendor told that the run will call it', () => {
  for (const [vendor, credentials] of Object.entries(inputs)) {
    it(`${vendor}: is made once its login is on its way, and its first call takes that login`, async () => {
      const login = await vendorHoldingItsLogin();
      const urls: Record<string, string> =
        vendor === 'genesys'
          ? { 'genesys-api-url': login.url, 'genesys-login-url': login.url }
          : { 'talkdesk-api-url': login.url, 'talkdesk-login-url': login.url };
      const given: Record<string, string> = { file: 'a.csv', ...credentials, ...urls };
      const settings = readSettings(
        (name) => given[name] ?? '',
        () => '',
      );
      const provider = await createProvider(settings, http as HttpClient, { log: () => {}, login: true });
      // Made while its login is still unanswered: the run's code loads meanwhile.
      expect(http?.requestCount()).toBe(1);
      await expect.poll(login.held).toBe(true);
      const first = provider.getTable('Holidays').catch((error: Error) => error.message);
      login.answer();
      await first;
      const paths = server?.hits.map((hit) => hit.path) ?? [];
      expect(paths.filter((path) => path === '/oauth/token')).toHaveLength(1);
      expect(paths.length).toBeGreaterThan(1);
      expect(server?.hits.at(-1)?.headers.authorization).toBe('Bearer token-1');
    });
  }

  it('asks for no login when the run will not call it', async () => {
    const login = await vendorHoldingItsLogin();
    const given: Record<string, string> = {
      file: 'a.csv',
      ...inputs.genesys,
      'genesys-api-url': login.url,
      'genesys-login-url': login.url,
    };
    const settings = readSettings(
      (name) => given[name] ?? '',
      () => '',
    );
    await createProvider(settings, http as HttpClient, { log: () => {} });
    expect(http?.requestCount()).toBe(0);
  });
});
