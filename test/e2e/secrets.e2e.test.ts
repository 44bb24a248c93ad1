import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import type { ActionRun } from '../../scripts/run-action.ts';
import { runAction, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { credentials } from '../support/emulator.ts';
import type { FakeGitHub } from '../support/fake-github.ts';
import { pullRequestEnv, pushEnv } from '../support/github-env.ts';

const environment = useE2eEnvironment();
let emulator: GenesysEmulator;
let github: FakeGitHub;
let dir: string;
beforeEach(() => {
  ({ emulator, github, dir } = environment);
});

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return Promise.all(entries.filter((e) => e.isFile()).map((e) => readFile(path.join(e.parentPath, e.name), 'utf8')));
}

it('keeps the client secret and every access token out of logs, summaries, outputs, comments and files', async () => {
  const runnerTemp = path.join(dir, 'runner-temp');
  await mkdir(runnerTemp);
  const inputs = {
    file: 'examples/data/Holidays.csv',
    'genesys-client-id': credentials.clientId,
    'genesys-client-secret': credentials.clientSecret,
    'genesys-api-url': emulator.apiUrl,
    'genesys-login-url': emulator.apiUrl,
    'github-token': 'ghs_secret_github_token',
  };
  const runs: ActionRun[] = [];
  runs.push(
    await runAction({ bundle: true, inputs, env: { ...(await pullRequestEnv(dir, github)), RUNNER_TEMP: runnerTemp } }),
  );
  // A partial failure: error messages, the restore and the apply report all have a chance to leak.
  emulator.faults.failRows = ['Christmas Day'];
  runs.push(
    await runAction({
      bundle: true,
      inputs: { ...inputs, mode: 'apply' },
      env: { ...pushEnv(github), RUNNER_TEMP: runnerTemp },
    }),
  );
  emulator.faults.unauthorized = { count: 2 };
  runs.push(await runAction({ bundle: true, inputs, env: { RUNNER_TEMP: runnerTemp } }));

  const tokens = [
    ...new Set(emulator.requests.map((r) => r.authorization).filter((a) => a?.startsWith('Bearer '))),
  ].map((a) => (a as string).slice(7));
  expect(tokens.length).toBeGreaterThanOrEqual(2);
  const secrets = [
    credentials.clientSecret,
    Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64'),
    'ghs_secret_github_token',
    ...tokens,
  ];
  const channels = [
    ...runs.flatMap((run) => [
      // `::add-mask::` lines are the runner's instruction to mask a value; the runner never shows them.
      run.stdout.replace(/^::add-mask::.*$/gm, ''),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
    ]),
    ...[...github.comments.values()].flat().map((c) => c.body),
    ...(await filesUnder(runnerTemp)),
  ];
  expect(channels.some((text) => text.includes('Import results'))).toBe(true);
  expect((await filesUnder(runnerTemp)).length).toBeGreaterThanOrEqual(2); // the plan file and the snapshot
  for (const secret of secrets) {
    expect(channels.filter((text) => text.includes(secret))).toEqual([]);
  }
  expect(runs[0]?.stdout).toContain(`::add-mask::${credentials.clientSecret}`);
});

it('never shows the upload URI signature a storage error echoes', async () => {
  emulator.faults.rejectUploads = { count: 1, echoUrl: true };
  const result = await runSample(emulator, { mode: 'apply' }, { env: pushEnv(github, false), bundle: true });
  expect(result.exitCode).toBe(1);
  const job = [...emulator.jobs.values()].find((j) => j.kind === 'import');
  const signature = job?.uploadToken ?? 'no-token';
  expect(result.stdout).toContain('missing or wrong header x-upload-signature for /uploads/');
  for (const channel of [
    result.stdout.replace(/^::add-mask::.*$/gm, ''),
    result.summary,
    JSON.stringify(result.outputs),
  ]) {
    expect(channel).not.toContain(signature);
  }
});
