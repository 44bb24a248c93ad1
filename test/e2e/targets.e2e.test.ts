import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableSeed } from '../../emulator/server.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { BASE, pullRequestEnv, pushEnv } from '../support/github-env.ts';

// A pull request plans the tables it changes (targets: changed, the default): the action against the emulator,
// the pull request's files listed by the fake GitHub as its REST API lists them.
const env = useE2eEnvironment();

const properties: TableSeed['properties'] = {
  key: { title: 'Code', type: 'string' },
  weight: { title: 'Weight', type: 'integer' },
};
const rows = [0, 1, 2].map((i) => ({ key: `k${i}`, weight: i }));
const csv = (changed: boolean) =>
  `Code,Weight\n${rows.map((r) => `${r.key},${r.weight + (changed && r.key === 'k1' ? 1000 : 0)}`).join('\n')}\n`;

/** 100 tables in the emulator, their CSVs (Holidays = T042 edited), and a config listing them. */
async function workspace(count = 100): Promise<string> {
  const names = Array.from({ length: count }, (_, i) => `T${String(i).padStart(3, '0')}`);
  for (const name of names) env.emulator.addTable({ name, properties, rows });
  const ws = path.join(env.dir, 'hundred');
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  for (const name of names) await writeFile(path.join(ws, 'tables', `${name}.csv`), csv(name === 'T042'));
  await writeFile(
    path.join(ws, 'tables.yml'),
    `tables:\n${names.map((name) => `  - file: tables/${name}.csv`).join('\n')}\n`,
  );
  return ws;
}

/** Ids of the tables whose rows or schema the emulator was asked for. */
function tablesRead(): Set<string> {
  const ids = new Set<string>();
  for (const request of env.emulator.requests) {
    const id = /\/flows\/datatables\/([^/]+)/.exec(request.path)?.[1];
    if (id && !['divisionviews', 'import'].includes(id)) ids.add(id);
  }
  return ids;
}

const run = (ws: string, inputs: Record<string, string>, events: Record<string, string>) =>
  runSample(env.emulator, { file: '', config: 'tables.yml', ...inputs }, { workspace: ws, env: events });

describe('a pull request plans the tables it changes', () => {
  it('reads one table of 100 when one CSV changed, says so, and the apply still checks every table', async () => {
    const ws = await workspace();
    env.github.pullFiles.set(7, [
      { filename: 'tables/T042.csv', status: 'modified' },
      { filename: 'README.md', status: 'modified' },
    ]);
    env.emulator.requests.length = 0;
    const plan = await run(ws, {}, await pullRequestEnv(env.dir, env.github));
    expect(plan.exitCode).toBe(0);
    // One table's rows and schema were read, none of the other 99.
    expect([...tablesRead()]).toEqual([env.emulator.tableByName('T042').id]);
    const perTable = env.emulator.requests.filter((r) => r.path.includes('/flows/datatables/')).length;
    expect(perTable).toBeLessThan(10);
    expect(plan.outputs['rows-updated']).toBe('1');
    const comment = env.github.comments.get(7)?.[0]?.body ?? '';
    expect(comment).toContain(
      'Planned 1 of 100 tables: <code>T042</code> (<code>tables/T042.csv</code> changed in this pull request)',
    );
    expect(comment).toContain('the other 99 were not read');
    expect(comment).not.toContain('T043');
    expect(env.github.requests.filter((r) => r.path.endsWith('/pulls/7/files'))).toHaveLength(1);

    // The merge: the apply plans all 100, finds 99 unchanged, and imports the one reviewed.
    const applied = await run(ws, { mode: 'apply' }, pushEnv(env.github));
    expect(applied.exitCode).toBe(0);
    expect(importStarts(env.emulator)).toHaveLength(1);
    expect(env.emulator.rowsOf('T042').find((r) => r.key === 'k1')?.weight).toBe(1001);
    expect(tablesRead().size).toBe(100);
  });

  it('refuses an apply that would change a table the pull request did not plan', async () => {
    const ws = await workspace();
    env.github.pullFiles.set(7, [{ filename: 'tables/T042.csv', status: 'modified' }]);
    const plan = await run(ws, {}, await pullRequestEnv(env.dir, env.github));
    expect(plan.exitCode).toBe(0);
    // Someone edits T007 in the vendor's UI before the merge: the reviewed plan never showed its change.
    env.emulator.tableByName('T007').rows.set('k2', { key: 'k2', weight: 99 });
    const applied = await run(ws, { mode: 'apply' }, pushEnv(env.github));
    expect(applied.exitCode).toBe(1);
    expect(applied.outputs['failure-reason']).toBe('plan-changed');
    expect(applied.summary).toContain('T007: not read by the reviewed plan');
    expect(importStarts(env.emulator)).toHaveLength(0);
  });

  it('plans every table when the pull request files cannot be listed, and says why', async () => {
    const ws = await workspace();
    env.github.failPullFiles = true;
    const plan = await run(ws, {}, await pullRequestEnv(env.dir, env.github));
    expect(plan.exitCode).toBe(0);
    expect(tablesRead().size).toBe(100);
    const comment = env.github.comments.get(7)?.[0]?.body ?? '';
    expect(comment).toContain(
      "Planned every table (100 tables): the pull request's changed files could not be read (GitHub answered 502",
    );
  });

  it('plans the tables whose config entry changed, compared with the config at the base', async () => {
    const ws = await workspace();
    const config = path.join(ws, 'tables.yml');
    const before = await readFile(config, 'utf8');
    env.github.files.set(`${BASE}:tables.yml`, before);
    await writeFile(
      config,
      before.replace('  - file: tables/T010.csv\n', '  - file: tables/T010.csv\n    max-deletes: 0\n'),
    );
    env.github.pullFiles.set(7, [{ filename: 'tables.yml', status: 'modified' }]);
    const plan = await run(ws, {}, await pullRequestEnv(env.dir, env.github));
    expect(plan.exitCode).toBe(0);
    expect([...tablesRead()]).toEqual([env.emulator.tableByName('T010').id]);
    expect(env.github.comments.get(7)?.[0]?.body).toContain(
      'Planned 1 of 100 tables: <code>T010</code> (its entry in <code>tables.yml</code> changed)',
    );
    // The base version cannot be read: which entries changed is unknown, so every table is planned.
    env.github.files.delete(`${BASE}:tables.yml`);
    env.emulator.requests.length = 0;
    const again = await run(ws, {}, await pullRequestEnv(env.dir, env.github));
    expect(again.exitCode).toBe(0);
    expect(tablesRead().size).toBe(100);
    expect(again.summary).toContain('tables.yml changed, and its version at the base does not exist');
  });

  it('reads the changed paths from the checkout’s git history when it is there, asking GitHub nothing', async () => {
    const ws = await workspace();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: ws,
        encoding: 'utf8',
      }).trim();
    git('init', '-q');
    await writeFile(path.join(ws, 'tables', 'T042.csv'), csv(false));
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    await writeFile(path.join(ws, 'tables', 'T042.csv'), csv(true));
    git('commit', '-qam', 'head');
    const head = git('rev-parse', 'HEAD');
    const events = await pullRequestEnv(env.dir, env.github, { head });
    const eventFile = events.GITHUB_EVENT_PATH as string;
    await writeFile(eventFile, (await readFile(eventFile, 'utf8')).replace(BASE, base));
    const plan = await run(ws, {}, events);
    expect(plan.exitCode).toBe(0);
    expect([...tablesRead()]).toEqual([env.emulator.tableByName('T042').id]);
    expect(env.github.requests.filter((r) => r.path.endsWith('/files'))).toHaveLength(0);
    expect(env.github.comments.get(7)?.[0]?.body).toContain('Planned 1 of 100 tables');
  });

  it('reads no table when the pull request changes none, and the apply accepts the unchanged tables', async () => {
    const ws = await workspace(5);
    env.github.pullFiles.set(7, [{ filename: 'docs/notes.md', status: 'added' }]);
    env.emulator.requests.length = 0;
    const plan = await run(ws, {}, await pullRequestEnv(env.dir, env.github));
    expect(plan.exitCode).toBe(0);
    expect(tablesRead().size).toBe(0);
    const comment = env.github.comments.get(7)?.[0]?.body ?? '';
    expect(comment).toContain('Planned 0 of 5 tables; none of their CSV files');
    expect(plan.outputs.changed).toBe('false');
    const applied = await run(ws, { mode: 'apply' }, pushEnv(env.github));
    expect(applied.exitCode).toBe(0);
    expect(importStarts(env.emulator)).toHaveLength(0);
  });

  it('plans every table when the listing reaches GitHub’s 3,000 files', async () => {
    const ws = await workspace();
    env.github.pullFiles.set(
      7,
      Array.from({ length: 3200 }, (_, i) => ({ filename: `other/f${i}.txt`, status: 'added' })),
    );
    const plan = await run(ws, {}, await pullRequestEnv(env.dir, env.github));
    expect(plan.exitCode).toBe(0);
    expect(tablesRead().size).toBe(100);
    expect(env.github.comments.get(7)?.[0]?.body).toContain('reaches that limit, so its list may be cut short');
  });
});

describe('drift checks spread over runs (drift-tables-per-run)', () => {
  const scheduled = () => ({
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: 'acme/tables',
    GITHUB_SHA: 'd'.repeat(40),
    GITHUB_RUN_ID: '42',
    GITHUB_API_URL: env.github.url,
  });
  const names = (ids: Set<string>) =>
    [...env.emulator.tables.values()]
      .filter((t) => ids.has(t.id))
      .map((t) => t.name)
      .sort();
  const check = async (ws: string) => {
    env.emulator.requests.length = 0;
    const result = await run(ws, { 'drift-issue': 'true', 'drift-tables-per-run': '2' }, scheduled());
    return { result, read: names(tablesRead()) };
  };

  it('checks the tables checked longest ago, keeping when in the drift issue, and keeps earlier drift open', async () => {
    const ws = await workspace(5);
    // T042 does not exist here: every CSV equals its table.
    const first = await check(ws);
    expect(first.result.exitCode).toBe(0);
    expect(first.read).toEqual(['T000', 'T001']);
    expect(first.result.summary).toContain(
      'Checked 2 of 5 tables for drift: those checked longest ago; 3 more are due',
    );
    // No drift: the record is kept in a closed issue.
    expect(env.github.issues.map((i) => i.state)).toEqual(['closed']);
    expect(env.github.issues[0]?.body).toContain('<!-- datatable-sync-drift-checked:{"T000":');

    env.emulator.tableByName('T003').rows.set('k2', { key: 'k2', weight: 99 });
    const second = await check(ws);
    expect(second.read).toEqual(['T002', 'T003']);
    const open = env.github.issues.find((i) => i.state === 'open');
    expect(open?.title).toBe('Data tables drift: 1 table differs from git');

    // T003 is not checked again, but its drift stays in the open issue until a check finds it gone.
    const third = await check(ws);
    expect(third.read).toEqual(['T000', 'T004']);
    expect(env.github.issues.filter((i) => i.state === 'open')).toHaveLength(1);
    const still = env.github.issues.find((i) => i.state === 'open');
    expect(still?.title).toBe('Data tables drift: 1 table differs from git');
    expect(still?.body).toContain('Drifted when last checked, and not checked by this run: T003');
    // The run's own summary says so too: its headline speaks only of the two tables it read.
    expect(third.result.summary).toContain(
      'Not checked by this run, and drifted when last checked: <code>T003</code> (',
    );
  });

  it('waits the floor between checks of one table', async () => {
    const ws = await workspace(3);
    env.emulator.requests.length = 0;
    const inputs = { 'drift-issue': 'true', 'drift-tables-per-run': '2', 'drift-table-interval': '12h' };
    await run(ws, inputs, scheduled());
    env.emulator.requests.length = 0;
    const second = await run(ws, inputs, scheduled());
    expect(second.exitCode).toBe(0);
    // Only T002 is due: the other two were checked minutes ago.
    expect(names(tablesRead())).toEqual(['T002']);
    expect(second.summary).toContain('2 were checked less than 12h ago');
  });

  it('moves on past a table that cannot be read: it counts as checked, and the step fails for it', async () => {
    const ws = await workspace(3);
    await writeFile(
      path.join(ws, 'tables.yml'),
      'tables:\n  - file: tables/T000.csv\n  - file: tables/T001.csv\n    table: Missing\n  - file: tables/T002.csv\n',
    );
    const inputs = { 'drift-issue': 'true', 'drift-tables-per-run': '1' };
    const reads: string[][] = [];
    const exits: number[] = [];
    for (let i = 0; i < 3; i++) {
      env.emulator.requests.length = 0;
      const result = await run(ws, inputs, scheduled());
      exits.push(result.exitCode);
      reads.push(names(tablesRead()));
    }
    expect(exits).toEqual([0, 1, 0]);
    expect(reads).toEqual([['T000'], [], ['T002']]);
  });
});
