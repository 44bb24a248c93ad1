import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableSeed } from '../../emulator/server.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { pullRequestEnv, pushEnv } from '../support/github-env.ts';

// A pull request plans the tables it changes (targets: changed, the default): dist/index.js against the emulator,
// the pull request's files listed by the fake GitHub as its REST API lists them.
const env = useE2eEnvironment();

const properties: TableSeed['properties'] = {
  key: { title: 'Code', type: 'string' },
  weight: { title: 'Weight', type: 'integer' },
};
const rows = [0, 1, 2].map((i) => ({ key: `k${i}`, weight: i }));
const csv = (changed: boolean) =>
  `Code,Weight\n${rows.map((r) => `${r.key},${r.weight + (changed && r.key === 'k1' ? 1000 : 0)}`).join('\n')}\n`;
const names = Array.from({ length: 100 }, (_, i) => `T${String(i).padStart(3, '0')}`);

/** 100 tables in the emulator, their CSVs (Holidays = T042 edited), and a config listing them. */
async function workspace(): Promise<string> {
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

  it('plans every table when the listing reaches GitHub’s 3,000 files, and a config entry’s change plans its table', async () => {
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
