import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSample, useE2eEnvironment } from '../support/e2e.ts';
import { largeSampleSeed, startEmulator } from '../support/emulator.ts';
import { pushEnv } from '../support/github-env.ts';

// Logs people can use: a fold per table, a debug line per HTTP call, and why a run failed as an output.
const env = useE2eEnvironment();

describe('dist/index.js logs', () => {
  it('folds each table, logs every HTTP call for debugging (redacted), and says nothing of failure when it passes', async () => {
    // Over 500 rows, so the table is read by an export and its signed download URL is used.
    await env.emulator.stop();
    env.emulator = await startEmulator(largeSampleSeed());
    // The bundle: its folds and debug lines as the runner reads them from the process's stdout.
    const result = await runSample(env.emulator, { 'max-deletes': '100%' }, { bundle: true });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('::group::Plan examples/data/Holidays.csv -> Holidays\n');
    expect(result.stdout).toContain('::endgroup::');
    const http = result.stdout.split('\n').filter((line) => line.startsWith('::debug::HTTP '));
    expect(http.length).toBe(env.emulator.requests.length);
    expect(http).toContainEqual(
      expect.stringMatching(
        /^::debug::HTTP GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/downloads\/[^?\s]+ -> 200 in \d+ ms$/,
      ),
    );
    expect(http.filter((line) => line.includes('sig='))).toEqual([]); // signed URLs' queries never logged
    expect(result.outputs['failure-reason']).toBeUndefined();
  });

  it('says why a run failed in failure-reason', async () => {
    const ws = path.join(env.dir, 'ws');
    await mkdir(ws, { recursive: true });
    await writeFile(path.join(ws, 'Holidays.csv'), 'Holiday,Closed\nA,maybe\n');
    const invalid = await runSample(env.emulator, { file: 'Holidays.csv', 'max-deletes': '100%' }, { workspace: ws });
    expect(invalid.outputs['failure-reason']).toBe('invalid-rows');

    const guard = await runSample(env.emulator, { 'max-deletes': '0' });
    expect(guard.outputs['failure-reason']).toBe('guard');

    const settings = await runSample(env.emulator, { mode: 'sync' });
    expect(settings.outputs['failure-reason']).toBe('settings');

    const notReviewed = await runSample(
      env.emulator,
      { mode: 'apply', 'require-reviewed-plan': 'true' },
      { env: pushEnv(env.github, false) },
    );
    expect(notReviewed.outputs['failure-reason']).toBe('not-reviewed');
  });
});
