import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/run-action.ts';
import { runAction, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { FakeDengage } from '../support/fake-dengage.ts';

// Text from data and vendors (file and table names, cells) never acts: no workflow command in the log, no link or
// mention in markdown, no formula in the rejected-rows file. Each through the action and its one door.
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
