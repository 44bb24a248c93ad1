import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runAction } from '../../scripts/run-action.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { FakeDengage } from '../support/fake-dengage.ts';
import { pushEnv } from '../support/github-env.ts';

// The second security review's findings, each through dist/index.js: the place at fault, and its one door.
const env = useE2eEnvironment();

/** Lines the runner could run as a command: `::` at a line's start, or `##[` anywhere (the older form). */
const commandLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(
      (line) =>
        /##\[/.test(line) ||
        (/^\s*::/.test(line) && !/^::(add-mask|debug|group|endgroup|notice|warning|error)[ :]/.test(line)),
    );

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const ws = path.join(env.dir, `ws-${Math.random().toString(36).slice(2)}`);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, name)), { recursive: true });
    await writeFile(path.join(ws, name), text);
  }
  return ws;
}

describe('the log door: ##[ and :: wherever they stand', () => {
  it('a file named "Holidays ##[stop-commands]pwn.csv" stops no command, in the log, the notices or the failure', async () => {
    const ws = path.join(env.dir, 'ws');
    await mkdir(path.join(ws, 'data'), { recursive: true });
    const name = 'Holidays ##[stop-commands]pwn.csv';
    await copyFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), path.join(ws, 'data', name));
    const result = await runSample(
      env.emulator,
      { file: `data/${name}`, table: 'Missing ##[add-mask]x' },
      { workspace: ws },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('Holidays #\u200b#[stop-commands]pwn.csv');
    expect(commandLines(result.stdout)).toEqual([]);
  });
});

describe('names in the comment go through the markdown escaper', () => {
  let dengage: FakeDengage;
  beforeEach(async () => {
    dengage = await new FakeDengage(0).start();
    dengage.asyncJobMs = 0;
  });
  afterEach(() => dengage.stop());

  it('a table named like a link and a mention renders as text in the baseline notice', async () => {
    const table = '[Approved by security](https://evil.example) @octocat <!-- hidden';
    dengage.addTable(table, { columns: ['k', 'v'], primaryKey: 'k', rows: new Map() });
    const ws = await workspaceWith({ 'data.csv': 'k,v\na,1\n' });
    const result = await runAction({
      workspace: ws,
      inputs: {
        provider: 'dengage',
        file: 'data.csv',
        table,
        'dengage-api-url': dengage.url,
        'dengage-user-key': 'api-user-key',
        'dengage-password': 'dengage-pass',
        'github-token': 'ghs_test_token_123',
      },
      env: { GITHUB_REPOSITORY: 'acme/tables', GITHUB_API_URL: env.github.url, GITHUB_SHA: 'f'.repeat(40) },
    });
    expect(result.exitCode).toBe(0);
    const notice = result.summary.split('\n').find((line) => line.startsWith('> ') && line.includes('octocat')) ?? '';
    const html = new MarkdownIt({ html: true, linkify: true }).render(notice);
    expect(html).not.toMatch(/<a |<!--/);
    expect(html).not.toMatch(/(^|[^\u200b])@octocat/);
  });
});

describe('bounded work', () => {
  it('refuses a file of one 8 MB line at once, unparsed', async () => {
    const ws = await workspaceWith({ 'tables/Holidays.csv': 'x'.repeat(8 * 1024 * 1024) });
    const result = await runSample(env.emulator, { file: 'tables/Holidays.csv' }, { workspace: ws });
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain('the first line is over 1048576 characters long without a line break');
  });

  it('refuses a vendor answer larger than any answer can be, without reading it whole', async () => {
    env.emulator.faults.hugeAnswers = { count: 1, bytes: 40 * 1024 * 1024 };
    const result = await runSample(env.emulator, {});
    expect(result.exitCode).toBe(1);
    expect(result.summary).toMatch(/answered with more than 32 MiB, more than this answer can be; stopped reading it/);
  });

  it('refuses glob parts that match "..", before walking', async () => {
    const result = await runSample(env.emulator, { file: '[.][.]/*' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('has a part ("[.][.]") that matches "." or ".."');
  });
});

describe('files between the plan and the import', () => {
  it('refuses to import bytes that differ from the ones planned', async () => {
    const ws = await workspaceWith({});
    await mkdir(path.join(ws, 'tables'), { recursive: true });
    const file = path.join(ws, 'tables', 'Holidays.csv');
    const planned = await readFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), 'utf8');
    await writeFile(file, planned);
    // Slow answers widen the window: once the apply asks whether an import is running, the file is rewritten.
    env.emulator.faults.jobDurationMs = 0;
    const running = runSample(
      env.emulator,
      { file: 'tables/Holidays.csv', mode: 'apply' },
      { workspace: ws, env: pushEnv(env.github, false) },
    );
    const listing = () => env.emulator.requests.some((r) => r.method === 'GET' && r.path.endsWith('/import/jobs'));
    for (let i = 0; i < 400 && !listing(); i++) await sleep(5);
    // Rewritten in place with bytes of the same length: a truncating write could be read as an empty file instead.
    const changed = planned.replace('Christmas Day,2027-12-25,true', 'Christmas Day,2027-12-24,true');
    expect(changed).not.toBe(planned);
    await writeFile(file, changed, { flag: 'r+' });
    const result = await running;
    expect(listing()).toBe(true);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('the file changed after it was planned');
    expect(importStarts(env.emulator)).toHaveLength(0);
  });
});

describe('credentials from signed URLs', () => {
  it('never shows the upload URI signature a storage error echoes', async () => {
    env.emulator.faults.rejectUploads = { count: 1, echoUrl: true };
    const result = await runSample(env.emulator, { mode: 'apply' }, { env: pushEnv(env.github, false) });
    expect(result.exitCode).toBe(1);
    const job = [...env.emulator.jobs.values()].find((j) => j.kind === 'import');
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
});

describe('the rejected-rows file', () => {
  it('neutralises formulas in it, and leaves exports exact', async () => {
    const csv =
      'Holiday,Date,Closed,Greeting,Callback Hours,Surcharge\n"=HYPERLINK(""https://evil.example"")",2027-01-01,maybe,@SUM(A1),-1,0\n';
    const ws = await workspaceWith({ 'tables/Holidays.csv': csv });
    const runnerTemp = path.join(ws, 'runner-temp');
    await mkdir(runnerTemp);
    const result = await runSample(
      env.emulator,
      { file: 'tables/Holidays.csv', 'max-deletes': '100%' },
      { workspace: ws, env: { RUNNER_TEMP: runnerTemp } },
    );
    expect(result.exitCode).toBe(1);
    const [folder] = await readdir(runnerTemp);
    const rejected = await readFile(path.join(runnerTemp, folder as string, 'rejected-Holidays.csv'), 'utf8');
    expect(rejected).toContain(`'=HYPERLINK(""https://evil.example"")`);
    expect(rejected).toContain(`'@SUM(A1)`);
    expect(rejected).toContain(`'-1`);
    expect((await stat(path.join(runnerTemp, folder as string))).mode & 0o777).toBe(0o700);
  });
});
