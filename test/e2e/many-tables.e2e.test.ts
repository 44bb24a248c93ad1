import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableSeed } from '../../emulator/server.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { pushEnv } from '../support/github-env.ts';

// The action with many tables side by side: results in config order, whatever finishes first; a table that fails
// leaves the others planned and applied.
const env = useE2eEnvironment();

const properties: TableSeed['properties'] = {
  key: { title: 'Code', type: 'string' },
  weight: { title: 'Weight', type: 'integer' },
};
const rows = (count: number) => Array.from({ length: count }, (_, i) => ({ key: `k${i}`, weight: i }));
const csv = (count: number, changed: number) =>
  `Code,Weight\n${rows(count)
    .map((r) => `${r.key},${r.key === `k${changed}` ? r.weight + 1000 : r.weight}`)
    .join('\n')}\n`;

/** Tables by name and row count (over 2,500 rows: read by an export job, slower than the rows API), a CSV for each
 * with one row changed, and a config listing them in this order. */
async function workspace(tables: [string, number][]): Promise<string> {
  for (const [name, count] of tables) env.emulator.addTable({ name, properties, rows: rows(count) });
  const ws = path.join(env.dir, 'many');
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  for (const [name, count] of tables) await writeFile(path.join(ws, 'tables', `${name}.csv`), csv(count, 3));
  await writeFile(
    path.join(ws, 'tables.yml'),
    `tables:\n${tables.map(([name]) => `  - file: tables/${name}.csv\n    table: ${name}`).join('\n')}\n`,
  );
  return ws;
}

const run = (ws: string, inputs: Record<string, string>, events: Record<string, string> = {}) =>
  runSample(env.emulator, { file: '', config: 'tables.yml', ...inputs }, { workspace: ws, env: events });

describe('many tables at once', () => {
  it('reports in config order when tables finish in another order, with the same plan as one at a time', async () => {
    // Slow is read by an export job (its first poll after a second); Fast and Quick by the rows API, at once.
    const ws = await workspace([
      ['Slow', 2600],
      ['Fast', 5],
      ['Quick', 5],
    ]);
    const serial = await run(ws, { parallelism: '1' });
    expect(serial.exitCode).toBe(0);
    const fastRead = () => env.emulator.requests.findIndex((r) => r.path.endsWith('/rows') && r.query.includes('=1&'));
    env.emulator.requests.length = 0;

    const concurrent = await run(ws, { parallelism: '4' });
    expect(concurrent.exitCode).toBe(0);
    // They did finish out of order: the small tables were read before the large one's export was downloaded.
    const download = env.emulator.requests.findIndex((r) => r.host === 'storage');
    expect(fastRead()).toBeGreaterThanOrEqual(0);
    expect(download).toBeGreaterThan(fastRead());
    expect(concurrent.outputs['plan-hash']).toBe(serial.outputs['plan-hash']);
    const sections = (summary: string) => [...summary.matchAll(/^### .*?(Slow|Fast|Quick)/gm)].map((m) => m[1]);
    expect(sections(concurrent.summary)).toEqual(['Slow', 'Fast', 'Quick']);
    expect(concurrent.summary).toBe(serial.summary);
    // Each table's log lines stay in its own fold.
    const folds = concurrent.stdout.split('::group::').slice(1);
    for (const fold of folds) {
      const name = /^Plan tables\/(\w+)\.csv/.exec(fold)?.[1];
      const body = fold.slice(0, fold.indexOf('::endgroup::'));
      const others = ['Slow', 'Fast', 'Quick'].filter((n) => n !== name);
      for (const other of others) expect(body).not.toContain(`-> ${other}:`);
    }
    expect(folds).toHaveLength(3);

    const applied = await run(ws, { mode: 'apply', parallelism: '4' }, pushEnv(env.github, false));
    expect(applied.exitCode).toBe(0);
    const jobs = JSON.parse(applied.outputs['import-jobs'] ?? '[]') as { table: string; status: string }[];
    expect(jobs.map((j) => j.table)).toEqual(['Slow', 'Fast', 'Quick']);
    expect(jobs.every((j) => j.status === 'Succeeded')).toBe(true);
  });

  it('applies every other table when one import fails, and fails the step naming that table', async () => {
    const ws = await workspace([
      ['Alpha', 5],
      ['Broken', 5],
      ['Gamma', 5],
    ]);
    env.emulator.faults.failImportsInto = ['Broken'];
    const result = await run(ws, { mode: 'apply' }, pushEnv(env.github, false));
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failure-reason']).toBe('import-failed');
    const jobs = JSON.parse(result.outputs['import-jobs'] ?? '[]') as { table: string; status: string }[];
    expect(jobs.map((j) => [j.table, j.status])).toEqual([
      ['Alpha', 'Succeeded'],
      ['Broken', 'Failed'],
      ['Gamma', 'Succeeded'],
    ]);
    expect(env.emulator.rowsOf('Alpha').find((r) => r.key === 'k3')?.weight).toBe(1003);
    expect(env.emulator.rowsOf('Gamma').find((r) => r.key === 'k3')?.weight).toBe(1003);
    expect(env.emulator.rowsOf('Broken').find((r) => r.key === 'k3')?.weight).toBe(3);
    expect(importStarts(env.emulator)).toHaveLength(3);
  });

  it('plans every other table when one cannot be read, and applies nothing (the plan is incomplete)', async () => {
    const ws = await workspace([
      ['Alpha', 5],
      ['Gamma', 5],
    ]);
    await writeFile(
      path.join(ws, 'tables.yml'),
      'tables:\n  - file: tables/Alpha.csv\n    table: Alpha\n  - file: tables/Gamma.csv\n    table: Missing\n',
    );
    const result = await run(ws, { mode: 'plan' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failure-reason']).toBe('table-failed');
    expect(result.summary).toContain('No Genesys data table is named "Missing"');
    expect(result.outputs['rows-updated']).toBe('1'); // Alpha was planned
  });
});
