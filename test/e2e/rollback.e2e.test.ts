import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Value } from '../../emulator/server.ts';
import { type ActionRun, repoRoot } from '../../scripts/run-action.ts';
import { runAction, useE2eEnvironment } from '../support/e2e.ts';
import { credentials } from '../support/emulator.ts';

// Going back as a reviewed change: mode rollback opens a pull request with the files as they were, and its plan,
// like any plan, shows what merging changes; merging applies it with the same checks as any apply.
const environment = useE2eEnvironment();
const FILE = 'data/Holidays.csv';

type Row = Record<string, Value>;
interface PlanJson {
  tables: {
    counts: { added: number; updated: number; deleted: number };
    added: { key: string; row: Row }[];
    updated: { key: string; changes: { field: string; old: Value; new: Value }[] }[];
    deleted: { key: string; row: Row }[];
    refusals: unknown[];
  }[];
}

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
}

/** A repository of one table, adopted by export (so the file and the live table agree), on GitHub's fake. */
async function adoptedRepository(): Promise<{ repo: string; run: Runner }> {
  const { emulator, github, dir } = environment;
  const repo = path.join(dir, 'repo');
  await mkdir(repo);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'admin@example.com');
  git(repo, 'config', 'user.name', 'CX admin');
  git(repo, 'config', 'commit.gpgsign', 'false');
  const run: Runner = async (inputs, env) => {
    const temp = await mkdtemp(path.join(dir, 'runner-'));
    const result = await runAction({
      inputs: {
        file: FILE,
        table: 'Holidays',
        'genesys-client-id': credentials.clientId,
        'genesys-client-secret': credentials.clientSecret,
        'genesys-api-url': emulator.apiUrl,
        'genesys-login-url': emulator.apiUrl,
        'github-token': 'ghs_test_token_123',
        ...inputs,
      },
      workspace: repo,
      clock: emulator.clock,
      // The runner's temp folder kept: the plan file (plan-json) is read after the run.
      env: { GITHUB_REPOSITORY: 'acme/tables', GITHUB_API_URL: github.url, RUNNER_TEMP: temp, ...env },
    });
    return result;
  };
  const exported = await run({ mode: 'export' }, {});
  expect(exported.exitCode, exported.stdout).toBe(0);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'Adopt Holidays');
  github.commitParents.set(git(repo, 'rev-parse', 'HEAD'), []);
  return { repo, run };
}

type Runner = (inputs: Record<string, string>, env: Record<string, string>) => Promise<ActionRun>;

/** A pull request's plan at its head (its comment posted), as the pull_request workflow runs it. */
async function planPullRequest(repo: string, run: Runner, number: number, head: string, base: string) {
  const eventPath = path.join(environment.dir, `event-${number}.json`);
  await writeFile(
    eventPath,
    JSON.stringify({
      pull_request: {
        number,
        head: { sha: head, repo: { full_name: 'acme/tables' } },
        base: { sha: base, repo: { full_name: 'acme/tables' } },
      },
    }),
  );
  git(repo, 'checkout', '-q', head);
  const plan = await run({}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_SHA: head });
  expect(plan.exitCode, plan.stdout).toBe(0);
  return { plan, json: JSON.parse(await readFile(plan.outputs['plan-json'] as string, 'utf8')) as PlanJson };
}

/** Merges branch `branch` into main (a merge commit) and runs the apply of that push, as apply-on-merge does. */
async function mergeAndApply(repo: string, run: Runner, number: number, branch: string, head: string) {
  const { github } = environment;
  git(repo, 'checkout', '-q', 'main');
  const before = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'merge', '-q', '--no-ff', '-m', `Merge pull request #${number}`, branch);
  const merge = git(repo, 'rev-parse', 'HEAD');
  github.commitParents.set(head, [before]);
  github.commitParents.set(merge, [before, head]);
  github.commitPulls.set(merge, [{ number, merged_at: '2026-11-24T10:00:00Z', head: { sha: head } }]);
  const apply = await run({ mode: 'apply' }, { GITHUB_EVENT_NAME: 'push', GITHUB_SHA: merge, GITHUB_REF_NAME: 'main' });
  expect(apply.exitCode, apply.stdout).toBe(0);
  return merge;
}

/** A pull request changing the file: a branch off main with `edit` applied, planned, merged and applied. */
async function change(repo: string, run: Runner, number: number, edit: (text: string) => string) {
  git(repo, 'checkout', '-q', '-b', `change-${number}`, 'main');
  const base = git(repo, 'rev-parse', 'HEAD');
  const text = await readFile(path.join(repo, FILE), 'utf8');
  await writeFile(path.join(repo, FILE), edit(text));
  git(repo, 'commit', '-q', '-am', `Change ${number}`);
  const head = git(repo, 'rev-parse', 'HEAD');
  environment.github.commitParents.set(head, [base]);
  const { json } = await planPullRequest(repo, run, number, head, base);
  const merge = await mergeAndApply(repo, run, number, `change-${number}`, head);
  return { plan: json, merge };
}

/** Rows by key, an absent Greeting as its default (""): the seed leaves it out, and any import writes it. */
const normal = (rows: readonly Row[]): Row[] => rows.map((row) => ({ Greeting: '', ...row }));
const byKey = (rows: readonly Row[]) => new Map(normal(rows).map((row) => [String(row.key), row]));

describe('rolling back as a reviewed change', () => {
  it('to the commit two applies back: a pull request whose plan is the exact inverse of both applies', async () => {
    const { emulator, github } = environment;
    const { repo, run } = await adoptedRepository();
    const adopted = git(repo, 'rev-parse', 'HEAD');
    const rows0 = emulator.rowsOf('Holidays');

    const first = await change(repo, run, 11, (text) =>
      text
        .replace('9:00-14:00', '9:00-13:00')
        .split('\n')
        .filter((line) => !line.startsWith('Labor Day,'))
        .join('\n')
        .concat('Juneteenth,2027-06-18,true,Closed for Juneteenth.,0,0\n'),
    );
    const second = await change(repo, run, 12, (text) =>
      text
        .split('\n')
        .map((line) => (line.startsWith('Christmas Day,') ? line.replace(/,1\.5$/, ',2.25') : line))
        .filter((line) => !line.startsWith('Columbus Day,'))
        .join('\n')
        .concat('Veterans Day,2027-11-11,false,,4,0.5\n'),
    );
    for (const p of [first.plan, second.plan]) {
      expect(p.tables[0]?.counts).toEqual({ added: 1, updated: 1, deleted: 1, unchanged: 6, invalid: 0 });
    }
    const rows2 = emulator.rowsOf('Holidays');
    expect(rows2).not.toEqual(rows0);

    // The rollback, as the workflow_dispatch example runs it on main.
    git(repo, 'checkout', '-q', 'main');
    const rollback = await run(
      { mode: 'rollback', to: 'applies-back:2' },
      { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: second.merge, GITHUB_REF_NAME: 'main' },
    );
    expect(rollback.exitCode, rollback.stdout).toBe(0);
    expect(rollback.stdout).toContain(`${second.merge.slice(0, 7)}: applied (plan comment of #12)`);
    expect(rollback.stdout).toContain(`${first.merge.slice(0, 7)}: applied (plan comment of #11)`);
    const [pull] = github.createdPulls;
    expect(pull).toMatchObject({ base: 'main', title: `Roll back Holidays to ${adopted.slice(0, 7)}` });
    expect(rollback.outputs['pull-request-url']).toBe(pull?.html_url);
    // One commit on top of main writing the file exactly as it was at the adopted commit.
    const created = [...github.commits.values()];
    expect(created).toHaveLength(1);
    expect(created[0]?.parents).toEqual([second.merge]);
    const entries = github.trees.get(created[0]?.tree as string)?.tree ?? [];
    expect(entries.map((e) => e.path)).toEqual([FILE]);
    const bytes = github.blobs.get(entries[0]?.sha as string);
    const then = execFileSync('git', ['cat-file', 'blob', `${adopted}:${FILE}`], { cwd: repo });
    expect(bytes?.equals(then)).toBe(true);
    expect(github.refs.get(`refs/heads/${pull?.head}`)).toBeDefined();
    // Nothing touched a table: the rollback is a pull request, not an import.
    expect(emulator.rowsOf('Holidays')).toEqual(rows2);

    // The rollback pull request's own plan, at its head (the fake's commit checked out as the runner would).
    git(repo, 'checkout', '-q', '-B', pull?.head as string, second.merge);
    await writeFile(path.join(repo, FILE), bytes as Buffer);
    git(repo, 'commit', '-q', '-am', 'Roll back');
    const head = git(repo, 'rev-parse', 'HEAD');
    github.commitParents.set(head, [second.merge]);
    const { json, plan } = await planPullRequest(repo, run, pull?.number as number, head, second.merge);
    const table = json.tables[0];
    expect(table?.refusals).toEqual([]);

    // Row by row: what the two applies did, undone. Rows the applies added are deleted with the values they have,
    // rows they deleted come back with the values they had, and each changed cell goes from its new value back.
    const before = byKey(rows0);
    const after = byKey(rows2);
    const expectedAdded = [...before.keys()].filter((k) => !after.has(k)).sort();
    const expectedDeleted = [...after.keys()].filter((k) => !before.has(k)).sort();
    expect(expectedAdded).toEqual(['Columbus Day', 'Labor Day']);
    expect(expectedDeleted).toEqual(['Juneteenth', 'Veterans Day']);
    expect(table?.added.map((r) => r.key).sort()).toEqual(expectedAdded);
    for (const row of table?.added ?? []) {
      const { key: _key, ...cells } = before.get(row.key) as Row;
      expect(row.row).toMatchObject(cells);
    }
    expect(table?.deleted.map((r) => r.key).sort()).toEqual(expectedDeleted);
    for (const row of table?.deleted ?? []) {
      const { key: _key, ...cells } = after.get(row.key) as Row;
      expect(row.row).toMatchObject(cells);
    }
    const expectedChanges = [...before.keys()]
      .filter((k) => after.has(k))
      .flatMap((key) =>
        Object.keys({ ...before.get(key), ...after.get(key) })
          .filter((field) => before.get(key)?.[field] !== after.get(key)?.[field])
          .map((field) => ({ key, field, old: after.get(key)?.[field], new: before.get(key)?.[field] })),
      );
    expect(expectedChanges.map((c) => `${c.key}.${c.field}`).sort()).toEqual([
      'Christmas Day.Surcharge',
      'Martin Luther King Jr. Day.Greeting',
    ]);
    const planned = (table?.updated ?? []).flatMap(({ key, changes }) => changes.map((c) => ({ key, ...c })));
    expect(planned.sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      expectedChanges.sort((a, b) => a.key.localeCompare(b.key)),
    );
    // Inverse of the two plans too: the rollback's additions are the applies' deletions, and the other way round.
    const applied = [first.plan, second.plan].map((p) => p.tables[0]);
    expect(applied.flatMap((t) => t?.deleted.map((r) => r.key) ?? []).sort()).toEqual(expectedAdded);
    expect(applied.flatMap((t) => t?.added.map((r) => r.key) ?? []).sort()).toEqual(expectedDeleted);
    expect(plan.outputs['rows-added']).toBe('2');
    expect(plan.outputs['rows-deleted']).toBe('2');
    expect(plan.outputs['rows-updated']).toBe('2');
    expect(github.comments.get(pull?.number as number)?.[0]?.body).toContain('Labor Day');

    // Merged, it is applied like any change, through its reviewed plan: the table is back as it was, row by row.
    await mergeAndApply(repo, run, pull?.number as number, pull?.head as string, head);
    expect(normal(emulator.rowsOf('Holidays'))).toEqual(normal(rows0));
  });
});

describe('counting applies back', () => {
  it('counts only plan comments the action wrote and no one edited since', async () => {
    const { emulator, github } = environment;
    const { repo, run } = await adoptedRepository();
    const adopted = git(repo, 'rev-parse', 'HEAD');
    const first = await change(repo, run, 11, (text) => text.replace('9:00-14:00', '9:00-13:00'));
    const second = await change(repo, run, 12, (text) => text.replace('9:00-13:00', '9:00-12:00'));
    expect(emulator.rowsOf('Holidays').find((r) => r.key === 'Martin Luther King Jr. Day')?.Greeting).toContain(
      '9:00-12:00',
    );
    // Someone edits the second pull request's comment (its plan line says applied): it no longer counts.
    const comment = github.comments.get(12)?.[0];
    github.editAs(comment?.id as number, { login: 'mallory', type: 'User' }, comment?.body as string);
    git(repo, 'checkout', '-q', 'main');
    const dispatch = { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: second.merge, GITHUB_REF_NAME: 'main' };
    const refused = await run({ mode: 'rollback', to: 'applies-back:2' }, dispatch);
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(
      `${second.merge.slice(0, 7)} (#12): not counted as an apply, its plan comment is not trusted: it was edited after the action wrote it`,
    );
    expect(refused.stdout).toContain('1 apply(ies) of these files found');
    expect(github.createdPulls).toEqual([]);
    // One back from the apply still trusted: the branch as it was before #11 was merged.
    const opened = await run({ mode: 'rollback', to: 'applies-back:1' }, dispatch);
    expect(opened.exitCode, opened.stdout).toBe(0);
    expect(github.createdPulls[0]?.title).toBe(`Roll back Holidays to ${adopted.slice(0, 7)}`);
    expect(first.merge).not.toBe(adopted);
  });
});

describe('a rollback that cannot write the files as they were', () => {
  /** A repository whose history the test writes: each step a commit of these files (null: removed). */
  async function history(steps: Record<string, string | null>[]): Promise<{ repo: string; commits: string[] }> {
    const repo = path.join(environment.dir, 'repo');
    await mkdir(path.join(repo, 'data'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'admin@example.com');
    git(repo, 'config', 'user.name', 'CX admin');
    git(repo, 'config', 'commit.gpgsign', 'false');
    const commits: string[] = [];
    for (const step of steps) {
      for (const [file, text] of Object.entries(step)) {
        if (text === null) git(repo, 'rm', '-q', file);
        else {
          await writeFile(path.join(repo, file), text);
          git(repo, 'add', file);
        }
      }
      git(repo, 'commit', '-q', '-m', `step ${commits.length}`);
      commits.push(git(repo, 'rev-parse', 'HEAD'));
    }
    return { repo, commits };
  }
  const rollback = (repo: string, inputs: Record<string, string>) =>
    runAction({
      inputs: { mode: 'rollback', 'github-token': 'ghs_test_token_123', ...inputs },
      workspace: repo,
      env: {
        GITHUB_REPOSITORY: 'acme/tables',
        GITHUB_API_URL: environment.github.url,
        GITHUB_SHA: git(repo, 'rev-parse', 'HEAD'),
        GITHUB_REF_NAME: 'main',
      },
    });
  const csv = (greeting: string) => `Holiday,Greeting\nNew Year's Day,${greeting}\n`;

  it('refuses a commit that is not in the branch history, and one the checkout does not have', async () => {
    const { repo, commits } = await history([{ 'data/Holidays.csv': csv('a') }, { 'data/Holidays.csv': csv('b') }]);
    git(repo, 'checkout', '-q', '-b', 'elsewhere', commits[0] as string);
    await writeFile(path.join(repo, 'data/Holidays.csv'), csv('c'));
    git(repo, 'commit', '-q', '-am', 'elsewhere');
    const other = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-q', 'main');
    const refused = await rollback(repo, { file: 'data/Holidays.csv', to: other });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(
      `${other.slice(0, 7)} is not in the history of ${(commits[1] as string).slice(0, 7)} (this branch)`,
    );
    expect(refused.outputs['failure-reason']).toBe('rollback-refused');
    const unknown = await rollback(repo, { file: 'data/Holidays.csv', to: 'abcdef1234567' });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stdout).toContain('no commit abcdef1234567 in the checkout');
    expect(environment.github.createdPulls).toEqual([]);
    // Nothing written either.
    expect(await readFile(path.join(repo, 'data/Holidays.csv'), 'utf8')).toBe(csv('b'));
  });

  it('refuses when a file was renamed, removed or added since, saying what to do', async () => {
    const { repo, commits } = await history([
      { 'data/Old.csv': csv('a'), 'data/Extra.csv': 'Code,Queue\n1,Support\n2,Sales\n3,Billing\n' },
      // New.csv shares nothing with Extra.csv: git reads a removal and an addition, not a rename.
      {
        'data/Old.csv': null,
        'data/Holidays.csv': csv('a'),
        'data/Extra.csv': null,
        'data/New.csv': 'Skill\nFrench\n',
      },
    ]);
    const first = (commits[0] as string).slice(0, 7);
    const refused = await rollback(repo, { file: 'data/*.csv', to: commits[0] as string });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(`data/Old.csv was renamed to data/Holidays.csv after ${first}: `);
    expect(refused.stdout).toContain('rename it back in a pull request first');
    expect(refused.stdout).toContain(`data/Extra.csv was removed after ${first}: restore it (git checkout ${first} --`);
    expect(refused.stdout).toContain(`data/New.csv did not exist at ${first} (it was added after it)`);
    expect(environment.github.createdPulls).toEqual([]);
  });

  it('writes nothing and opens nothing when the files already are as they were', async () => {
    const { repo, commits } = await history([{ 'data/Holidays.csv': csv('a') }, { 'data/Other.txt': 'x' }]);
    const same = await rollback(repo, { file: 'data/Holidays.csv', to: commits[0] as string });
    expect(same.exitCode).toBe(0);
    expect(same.stdout).toContain(`already as they were at ${(commits[0] as string).slice(0, 7)}`);
    expect(environment.github.createdPulls).toEqual([]);
  });

  it('writes the bytes as they were (a BOM, CRLF, Latin-1) and opens the pull request with them', async () => {
    const then = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Holiday,Greeting\r\nF\xeate,caf\xe9\r\n', 'latin1'),
    ]);
    const { repo, commits } = await history([
      { 'data/Holidays.csv': then as unknown as string },
      { 'data/Holidays.csv': csv('b') },
    ]);
    for (const [i, sha] of commits.entries())
      environment.github.commitParents.set(sha, i ? [commits[i - 1] as string] : []);
    const opened = await rollback(repo, { file: 'data/Holidays.csv', to: (commits[0] as string).slice(0, 9) });
    expect(opened.exitCode, opened.stdout).toBe(0);
    expect((await readFile(path.join(repo, 'data/Holidays.csv'))).equals(then)).toBe(true);
    const [blob] = environment.github.blobs.values();
    expect(blob?.equals(then)).toBe(true);
    expect(environment.github.createdPulls[0]?.body).toContain('byte for byte');
  });

  it('names paths from the repository root when the workspace is a folder of it, and refuses a file that was a link', async () => {
    const { repo, commits } = await history([
      { 'data/Holidays.csv': csv('a'), 'data/Queues.csv': csv('q') },
      { 'data/Holidays.csv': csv('b') },
    ]);
    // The repository checked out into a folder of the workspace's parent: the workspace is data/.
    const workspace = path.join(repo, 'data');
    for (const [i, sha] of commits.entries())
      environment.github.commitParents.set(sha, i ? [commits[i - 1] as string] : []);
    const run = (file: string, to: string) =>
      runAction({
        inputs: { mode: 'rollback', 'github-token': 'ghs_test_token_123', file, to },
        workspace,
        env: {
          GITHUB_REPOSITORY: 'acme/tables',
          GITHUB_API_URL: environment.github.url,
          GITHUB_SHA: git(repo, 'rev-parse', 'HEAD'),
          GITHUB_REF_NAME: 'main',
        },
      });
    const opened = await run('Holidays.csv', commits[0] as string);
    expect(opened.exitCode, opened.stdout).toBe(0);
    const [tree] = environment.github.trees.values();
    expect(tree?.tree.map((e) => e.path)).toEqual(['data/Holidays.csv']);
    expect(await readFile(path.join(workspace, 'Holidays.csv'), 'utf8')).toBe(csv('a'));

    // Queues.csv becomes a file after having been a link: its old "content" is a path, never written.
    git(repo, 'checkout', '-q', '--', '.');
    git(repo, 'rm', '-q', 'data/Queues.csv');
    execFileSync('ln', ['-s', 'Holidays.csv', 'data/Queues.csv'], { cwd: repo });
    git(repo, 'add', 'data/Queues.csv');
    git(repo, 'commit', '-q', '-m', 'link');
    const link = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'rm', '-q', 'data/Queues.csv');
    await writeFile(path.join(repo, 'data/Queues.csv'), csv('q2'));
    git(repo, 'add', 'data/Queues.csv');
    git(repo, 'commit', '-q', '-m', 'file again');
    const refused = await run('Queues.csv', link);
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(
      `Queues.csv was a symbolic link or a submodule at ${link.slice(0, 7)}, not a file`,
    );
  });

  it('on a terminal: datatable-sync rollback --to writes the files, keeping one with work not committed unless --force', async () => {
    const { repo, commits } = await history([{ 'data/Holidays.csv': csv('a') }, { 'data/Holidays.csv': csv('b') }]);
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'rollback', ...args], {
        cwd: repo,
        encoding: 'utf8',
        timeout: 60_000,
        env: { PATH: process.env.PATH ?? '', TMPDIR: environment.dir },
      });
    const first = (commits[0] as string).slice(0, 7);
    await writeFile(path.join(repo, 'data/Holidays.csv'), csv('work in progress'));
    const kept = cli('data/Holidays.csv', '--to', first);
    expect(kept.status).toBe(1);
    expect(kept.stderr).toContain('data/Holidays.csv was not written: it has changes not committed to git');
    expect(await readFile(path.join(repo, 'data/Holidays.csv'), 'utf8')).toBe(csv('work in progress'));
    const forced = cli('data/Holidays.csv', '--to', first, '--force');
    expect(forced.status, forced.stderr).toBe(0);
    expect(await readFile(path.join(repo, 'data/Holidays.csv'), 'utf8')).toBe(csv('a'));
    expect(forced.stdout).toContain('Commit them in a pull request');
    const back = cli('data/Holidays.csv', '--to', 'applies-back:1');
    expect(back.stderr).toContain('on a terminal, give the commit itself (--to <sha>)');
  });
});
