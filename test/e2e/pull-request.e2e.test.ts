import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import { repoRoot } from '../../scripts/run-action.ts';
import { readPlanMarker } from '../../src/review/protocol.ts';
import { runAction, runSample, useE2eEnvironment } from '../support/e2e.ts';
import type { FakeGitHub } from '../support/fake-github.ts';
import { BASE, HEAD, pullRequestEnv, pushEnv } from '../support/github-env.ts';

// The action in a pull request: the sticky comment, links, the fork case and the apply report, against a
// local GitHub API and the Genesys emulator.
const environment = useE2eEnvironment();
let emulator: GenesysEmulator;
let github: FakeGitHub;
let dir: string;
beforeEach(() => {
  ({ emulator, github, dir } = environment);
});

const pullRequestEvent = (options: { fork?: boolean } = {}) => pullRequestEnv(dir, github, options);

const run = (inputs: Record<string, string>, env: Record<string, string>, workspace?: string) =>
  runSample(emulator, inputs, { env, ...(workspace ? { workspace } : {}) });

const commentWrites = () => github.requests.filter((r) => r.method !== 'GET' && r.path.includes('/comments'));

describe('the action in a pull request', () => {
  it('creates one sticky comment, then updates that same comment on the next push', async () => {
    const env = await pullRequestEvent();
    const first = await run({}, env);
    expect(first.exitCode).toBe(0);
    const comments = github.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(first.outputs['comment-url']).toBe(comments[0]?.html_url);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('**Plan:** 1 to add, 2 to change, 1 to delete, 5 unchanged.');
    expect(readPlanMarker(body)).toMatchObject({ hash: first.outputs['plan-hash'], sha: HEAD });

    emulator.tableByName('Holidays').rows.delete('Labor Day');
    const second = await run({}, env);
    expect(second.exitCode).toBe(0);
    expect(github.comments.get(7)).toHaveLength(1);
    expect(github.comments.get(7)?.[0]?.body).toContain('**Plan:** 2 to add, 2 to change, 1 to delete, 4 unchanged.');
    expect(commentWrites().map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(first.stdout).toContain('Plan artifact not uploaded: the artifact service is not available');
  });

  it('keeps one comment per environment: dev and prod plans of one pull request never overwrite each other', async () => {
    const env = await pullRequestEvent();
    const dev = await run({ environment: 'dev' }, env);
    const prod = await run({ environment: 'prod' }, env);
    expect([dev.exitCode, prod.exitCode]).toEqual([0, 0]);
    let comments = github.comments.get(7) ?? [];
    expect(comments).toHaveLength(2);
    expect(comments[0]?.body).toContain('## Data tables plan: <code>dev</code>');
    expect(comments[1]?.body).toContain('## Data tables plan: <code>prod</code>');

    // dev's org changes: its comment is updated, prod's is left alone.
    emulator.tableByName('Holidays').rows.delete('Labor Day');
    const again = await run({ environment: 'dev' }, env);
    expect(again.exitCode).toBe(0);
    comments = github.comments.get(7) ?? [];
    expect(comments).toHaveLength(2);
    expect(comments[0]?.body).toContain('**Plan:** 2 to add');
    expect(comments[1]?.body).toContain('**Plan:** 1 to add');
    expect(again.summary).toContain('## Data tables plan: <code>dev</code>');
    expect(commentWrites().map((r) => r.method)).toEqual(['POST', 'POST', 'PATCH']);
  });

  it('with comment: new, posts a comment per run and hides the older ones as outdated; the apply reads the latest', async () => {
    const env = await pullRequestEvent();
    expect((await run({ comment: 'new' }, env)).exitCode).toBe(0);
    emulator.tableByName('Holidays').rows.delete('Labor Day');
    const second = await run({ comment: 'new' }, env);
    expect(second.exitCode).toBe(0);
    const comments = github.comments.get(7) ?? [];
    expect(comments.map((c) => c.minimized)).toEqual(['OUTDATED', undefined]);
    expect(second.outputs['comment-url']).toBe(comments[1]?.html_url);
    expect(commentWrites().map((r) => r.method)).toEqual(['POST', 'POST']);

    // The merge applies the plan of the latest comment (the second), which matches the table now.
    const apply = await run({ mode: 'apply' }, pushEnv(github));
    expect(apply.exitCode).toBe(0);
    expect(apply.stdout).toContain('This is the plan reviewed at');
    expect(github.comments.get(7)?.[1]?.body).toContain('## Import results');
    expect(github.comments.get(7)?.[0]?.body).not.toContain('## Import results');
  });

  it('refuses an environment name that could not name an artifact, saying what would do', async () => {
    const result = await run({ environment: 'prod org/1' }, await pullRequestEvent());
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('Input environment is "prod org/1"; use a short name of letters, digits');
  });

  it('posts nothing with comment: never, and one short record when on-change finds no changes', async () => {
    const env = await pullRequestEvent();
    expect((await run({ comment: 'never' }, env)).exitCode).toBe(0);
    expect(github.requests.filter((r) => r.path.includes('/comments'))).toEqual([]);

    const ws = path.join(dir, 'ws');
    await mkdir(ws);
    const sameAsLive = emulator.rowsOf('Holidays');
    const csv = ['Holiday,Date,Closed,Greeting,Callback Hours,Surcharge']
      .concat(
        sameAsLive.map((r) =>
          [
            r.key,
            r.Date,
            r.Closed,
            `"${String(r.Greeting ?? '').replace(/"/g, '""')}"`,
            r['Callback Hours'],
            r.Surcharge,
          ].join(','),
        ),
      )
      .join('\n');
    await writeFile(path.join(ws, 'Holidays.csv'), csv);
    const quiet = await run({ file: 'Holidays.csv' }, env, ws);
    expect(quiet.exitCode).toBe(0);
    expect(quiet.outputs.changed).toBe('false');
    // The plan the apply compares with: a table that drifts before the merge is then refused, not imported unseen.
    expect(commentWrites()).toHaveLength(1);
    expect(github.comments.get(7)?.[0]?.body).toContain('**No changes.**');
    expect(github.comments.get(7)?.[0]?.body.length).toBeLessThan(800);

    const always = await run({ file: 'Holidays.csv', comment: 'always' }, env, ws);
    expect(always.exitCode).toBe(0);
    expect(github.comments.get(7)?.[0]?.body).toContain('**No changes.**');
  });

  it('links each invalid cell to its line in the pull request head', async () => {
    const ws = path.join(dir, 'ws2');
    await mkdir(path.join(ws, 'data'), { recursive: true });
    await writeFile(path.join(ws, 'data', 'Holidays.csv'), 'Holiday,Closed\nA,true\nB,maybe\n');
    const result = await run({ file: 'data/Holidays.csv' }, await pullRequestEvent(), ws);
    expect(result.exitCode).toBe(1);
    const body = github.comments.get(7)?.[0]?.body ?? '';
    expect(body).toContain(`](https://github.com/acme/tables/blob/${HEAD}/data/Holidays.csv#L3)`);
    expect(body).toContain('**Invalid rows (1)**');
  });

  it('keeps a 3,000-changed-row plan under the comment limit with the counts in view', async () => {
    const table = emulator.tableByName('Holidays');
    table.rows.clear();
    const lines = ['Holiday,Greeting'];
    for (let i = 0; i < 3000; i++) {
      table.rows.set(`day ${i}`, { key: `day ${i}`, Greeting: 'old greeting' });
      lines.push(`day ${i},${'new greeting '.repeat(30)}${i}`);
    }
    const ws = path.join(dir, 'ws3');
    await mkdir(ws);
    await writeFile(path.join(ws, 'Holidays.csv'), lines.join('\n'));
    const result = await run({ file: 'Holidays.csv' }, await pullRequestEvent(), ws);
    expect(result.exitCode).toBe(0);
    const body = github.comments.get(7)?.[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('**Plan:** 0 to add, 3000 to change, 0 to delete, 0 unchanged.');
    expect(body).toContain('| 0 | 3000 | 0 | 0 | 0 |');
    expect(body).toContain('…and 2950 more changed rows');
  });

  it('plans a fork pull request offline: no secrets, read-only token, diff against the base version', async () => {
    const env = await pullRequestEvent({ fork: true });
    github.readOnly = true;
    // The base version: the sample without Thanksgiving, with one more day, and Christmas' surcharge at 1.5.
    const sample = readFileSync(path.join(repoRoot, 'examples/data/Holidays.csv'), 'utf8');
    const base = sample
      .replace(/Thanksgiving Day,[^"]*"[^"]*"[^\n]*\n/, '')
      .replace("Christmas! We're closed.,0,2.5", "Christmas! We're closed.,0,1.5")
      .concat('Gone Day,2027-03-03,true,,0,0\n');
    github.files.set(`${BASE}:examples/data/Holidays.csv`, base);
    const result = await runAction({
      inputs: { file: 'examples/data/Holidays.csv', 'github-token': 'ghs_read_only' },
      env,
    });
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain('Live plan skipped: this pull request comes from a fork');
    expect(result.summary).toContain(
      `compared, as text, with their version at \`${BASE.slice(0, 7)}\` (the pull request's base)`,
    );
    expect(result.outputs).toMatchObject({
      'rows-added': '1',
      'rows-updated': '1',
      'rows-deleted': '1',
      'rows-unchanged': '6',
    });
    expect(result.summary).toContain('| Christmas Day | Surcharge | 1.5 | 2.5 |');
    expect(result.stdout).toContain('Could not post the pull request comment (GitHub answered 403');
    expect(emulator.requests).toEqual([]);
    expect(result.stdout.replace(/^::add-mask::.*$/gm, '') + result.stderr).not.toContain('ghs_read_only');
  });

  it('writes the apply result into the comment of the merged pull request', async () => {
    const prEnv = await pullRequestEvent();
    expect((await run({}, prEnv)).exitCode).toBe(0);
    const apply = await run({ mode: 'apply' }, pushEnv(github));
    expect(apply.exitCode).toBe(0);
    const comments = github.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('## Import results');
    expect(comments[0]?.body).toMatch(
      /\| Holidays \| <code>[0-9a-f-]{36}<\/code> \| Succeeded \| 1 \| 2 \| 1 \| ✅ verified \|/,
    );
    expect(apply.outputs['comment-url']).toBe(comments[0]?.html_url);
  });
});
