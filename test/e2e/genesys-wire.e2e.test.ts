import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GenesysEmulator, type TableSeed } from '../../emulator/server.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { largeSampleSeed, sampleSeed } from '../support/emulator.ts';
import { FakeClock } from '../support/fake-clock.ts';

// The action against the emulator speaking Genesys' real wire format: the Downloads API, both export headers,
// 503s on job starts, and a Failed ReplaceAll that leaves the table half-applied.
const env = useE2eEnvironment();

/** A workspace with the sample CSV, for runs that change the emulator first. */
async function restartEmulator(options: ConstructorParameters<typeof GenesysEmulator>[0]): Promise<void> {
  await env.emulator.stop();
  env.emulator = await new GenesysEmulator({ clock: new FakeClock(), ...options }).start();
}

describe('the action and the Genesys wire format', () => {
  it('plans a table whose export redirects (303) to signed storage, without the token ever going there', async () => {
    // Over five pages of rows: read by an export job (the 2,600 filler rows and Columbus Day are not in the file: deleted).
    await restartEmulator({ ...largeSampleSeed(), downloadHost: 'apps', faults: { ignoreIssueRedirect: true } });
    const result = await runSample(env.emulator, { mode: 'plan', 'max-deletes': '100%' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'rows-added': '1', 'rows-unchanged': '5', 'rows-deleted': '2601' });
    expect(result.stdout).toContain('Holidays: export read through a 303 redirect from the Downloads API');
    const storage = env.emulator.requests.filter((r) => r.host === 'storage');
    expect(storage).toHaveLength(1);
    expect(storage[0]?.authorization).toBeUndefined();
  });

  const queues = (extra: number): TableSeed => ({
    name: 'Queues',
    exportHeader: 'ids',
    properties: {
      key: { title: 'Queue', type: 'string' },
      open: { title: 'Open now', type: 'boolean' },
      agents: { title: 'Agents (max)', type: 'integer' },
    },
    rows: [
      { key: 'billing', open: false, agents: 2 },
      { key: 'sales', open: true, agents: 4 },
      ...Array.from({ length: extra }, (_, i) => ({ key: `queue-${i}`, open: false, agents: 1 })),
    ],
  });
  // Over five pages of rows a table is read by an export, whose header the import copies; smaller ones through the rows API,
  // and the import then uses field ids (key, then the property names).
  const readings: { name: string; seed: TableSeed; edit: [string, string]; upload: 'export' | 'ids' }[] = [
    {
      name: 'an export with titles',
      seed: largeSampleSeed().tables?.[0] as TableSeed,
      edit: ['Columbus Day,2027-10-11,false,,8,0', 'Columbus Day,2027-10-11,true,,8,0'],
      upload: 'export',
    },
    {
      name: 'an export with field ids, a label renamed',
      seed: queues(2600),
      edit: ['sales,true,4', 'sales,true,5'],
      upload: 'export',
    },
    {
      name: 'a small table read through the rows API',
      seed: sampleSeed().tables?.[0] as TableSeed,
      edit: ['Columbus Day,2027-10-11,false,,8,0', 'Columbus Day,2027-10-11,true,,8,0'],
      upload: 'ids',
    },
  ];

  it.each(readings)(
    'round-trips $name: export, no changes, one cell applied, no changes',
    async ({ seed, edit, upload: expected }) => {
      await restartEmulator({ tables: [seed] });
      const ws = path.join(env.dir, 'round-trip');
      await mkdir(ws);
      const file = `tables/${seed.name}.csv`;
      const run = (mode: string) => runSample(env.emulator, { mode, file }, { workspace: ws });
      expect((await run('export')).exitCode).toBe(0);
      const plain = await run('plan');
      expect(plain.outputs).toMatchObject({ changed: 'false' });

      const text = await readFile(path.join(ws, file), 'utf8');
      expect(text).toContain(edit[0]);
      await writeFile(path.join(ws, file), text.replace(edit[0], edit[1]));
      const applied = await run('apply');
      expect(applied.exitCode).toBe(0);
      expect(applied.outputs).toMatchObject({ 'rows-updated': '1', 'rows-added': '0', 'rows-deleted': '0' });
      expect((await run('plan')).outputs).toMatchObject({ changed: 'false' });

      // The upload used the header the table's own export gave, or field ids when no export was read.
      const upload = [...env.emulator.jobs.values()].find((job) => job.upload)?.upload?.toString('utf8') ?? '';
      const ids = Object.keys(seed.properties).join(',');
      const header = expected === 'ids' || seed.exportHeader === 'ids' ? ids : text.split('\n')[0];
      expect(upload.split('\n')[0]).toBe(header);
      const exports = env.emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/export/jobs'));
      expect(exports.length > 0).toBe(expected === 'export');
    },
  );

  it('refuses a plan whose export has a column that matches no field, naming it and the table', async () => {
    await restartEmulator({ ...largeSampleSeed(), faults: { exportExtraColumn: 'Last modified' } });
    const result = await runSample(env.emulator, { mode: 'apply', 'max-deletes': '100%' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      'The export of table "Holidays" cannot be read: its column "Last modified" is neither a field id nor a title',
    );
    expect(importStarts(env.emulator)).toHaveLength(0);
  });

  it('retries a 503 on the first import start, and the apply succeeds', async () => {
    env.emulator.faults.jobStartErrors = { count: 1, kind: 'import' };
    const result = await runSample(env.emulator, { mode: 'apply' });
    expect(result.exitCode).toBe(0);
    expect(importStarts(env.emulator).map((r) => r.status)).toEqual([503, 200]);
    expect(result.stdout).toMatch(/server error \(503\) from .*\/import\/csv\/jobs; retrying/);
    expect(env.emulator.rowsOf('Holidays').map((r) => r.key)).toContain('Thanksgiving Day');
  });

  it('restores a table that a Failed ReplaceAll half-emptied, and fails the step saying so', async () => {
    // As the table reads back after any import: the schema's default in every row.
    const before = env.emulator.rowsOf('Holidays').map((row) => ({ Greeting: '', ...row }));
    env.emulator.faults.halfApplyImports = { count: 1 };
    const result = await runSample(env.emulator, { mode: 'apply' });
    expect(result.exitCode).toBe(1);
    expect(env.emulator.rowsOf('Holidays')).toEqual(before);
    expect(result.stdout).toMatch(
      /Holidays: the import job ended Failed; the table was read again: the import had deleted \d+ row\(s\).*It was restored from its snapshot \(job [0-9a-f-]+\): no row was lost/,
    );
    expect(importStarts(env.emulator)).toHaveLength(2);
  });

  it('names the snapshot file and fails loudly when the restore fails too', async () => {
    env.emulator.faults.halfApplyImports = { count: 2 };
    const result = await runSample(env.emulator, { mode: 'apply' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /Restoring its snapshot \(job [0-9a-f-]+\) ended Failed with 0 failed row\(s\) \(The import stopped after deleting the existing rows \(internal error\).*\): THE TABLE IS NOT AS IT WAS; restore it by hand: apply the snapshot .*snapshots\/Holidays\.csv/,
    );
  });

  it("refuses a file over the org's row limit (genesys-max-rows) before any import", async () => {
    const result = await runSample(env.emulator, { mode: 'apply', 'genesys-max-rows': '7' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      'examples/data/Holidays.csv: the file has 8 rows; the table allows at most 7, so nothing would be imported',
    );
    expect(importStarts(env.emulator)).toHaveLength(0);
    const raised = await runSample(env.emulator, { mode: 'plan', 'genesys-max-rows': '8' });
    expect(raised.exitCode).toBe(0);
  });
});
