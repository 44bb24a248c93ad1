import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GenesysEmulator, type TableSeed } from '../../emulator/server.ts';
import { runSample, useE2eEnvironment } from '../support/e2e.ts';
import { sampleSeed } from '../support/emulator.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { pushEnv } from '../support/github-env.ts';

// The action against the emulator where it behaves as the sources say Genesys does: listings without `total`, new
// titles and defaults taken by a PUT, and imports that say Succeeded but lose rows (rate limits: genesys-rate-limits).
const env = useE2eEnvironment();

async function restart(options: ConstructorParameters<typeof GenesysEmulator>[0]): Promise<void> {
  await env.emulator.stop();
  env.emulator = await new GenesysEmulator({ clock: new FakeClock(), ...options }).start();
}

async function workspace(files: Record<string, string>): Promise<string> {
  const ws = path.join(env.dir, `ws-${Math.random().toString(36).slice(2)}`);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, name)), { recursive: true });
    await writeFile(path.join(ws, name), text);
  }
  return ws;
}

const codes = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => ({ key: `code-${String(i + from).padStart(4, '0')}`, weight: i + from }));
const codesTable = (name: string, count: number): TableSeed => ({
  name,
  properties: { key: { title: 'Code', type: 'string' }, weight: { title: 'Weight', type: 'integer' } },
  rows: codes(count),
});
const codesCsv = (rows: { key: string; weight: number }[]) =>
  `Code,Weight\n${rows.map((r) => `${r.key},${r.weight}`).join('\n')}\n`;

describe('Genesys as its sources describe it: listings without a total, schema changes by PUT, imports that lose rows', () => {
  it('plans the deletions of a 250-row table whose listings carry no total (pages until the last)', async () => {
    // Pages of at most 100, and no `total` (the SDK types it optional): the old reader stopped after page one.
    await restart({ tables: [codesTable('Codes', 250)], rowsListing: { omit: ['total'], maxPageSize: 100 } });
    const ws = await workspace({ 'tables/Codes.csv': codesCsv(codes(240)) });
    const plan = await runSample(env.emulator, { file: 'tables/Codes.csv', 'max-deletes': '5%' }, { workspace: ws });
    expect(plan.outputs).toMatchObject({ 'rows-deleted': '10', 'rows-unchanged': '240' });
    // 5% of 250 allows 12; 3% allows 7, and the guard refuses: it sees the whole table, not the first page.
    expect(plan.exitCode).toBe(0);
    const strict = await runSample(env.emulator, { file: 'tables/Codes.csv', 'max-deletes': '3%' }, { workspace: ws });
    expect(strict.exitCode).toBe(1);
    expect(strict.summary).toContain('the plan deletes 10 of 250 live rows; max-deletes (3%) allows 7');
  });

  it('renames a label and changes a default from the schema file, keeping the description and division', async () => {
    const seed = sampleSeed();
    const holidays = seed.tables?.[0] as TableSeed;
    holidays.division = 'div-emea';
    await restart(seed);
    const schema = {
      table: 'Holidays',
      fields: [
        { name: 'key', title: 'Holiday', type: 'string', key: true },
        { name: 'Date', title: 'Date', type: 'string', maxLength: 10 },
        { name: 'Closed', title: 'Closed', type: 'boolean', default: true },
        { name: 'Greeting', title: 'Greeting', type: 'string', default: '' },
        { name: 'Callback Hours', title: 'Callback hours', type: 'integer', minimum: 0, maximum: 24 },
        { name: 'Surcharge', title: 'Surcharge', type: 'number' },
      ],
    };
    // The CSV names the renamed column by its new title.
    const csv = `Holiday,Date,Closed,Greeting,Callback hours,Surcharge\nNew Year's Day,2027-01-01,true,"Happy New Year! Our lines are closed today.",0,0\n`;
    const ws = await workspace({
      'tables/Holidays.csv': csv,
      'tables/Holidays.schema.json': JSON.stringify(schema),
    });
    const inputs = { file: 'tables/Holidays.csv', 'max-deletes': '100%' };
    const plan = await runSample(env.emulator, inputs, { workspace: ws });
    expect(plan.exitCode).toBe(0);
    expect(plan.summary).toContain('**Rename column Callback Hours → Callback hours**');
    expect(plan.summary).toContain('**Default of Closed: false → true**');
    expect(plan.summary).toContain('**Schema:** change 2 column titles or defaults, before the rows.');
    expect(env.emulator.requests.filter((r) => r.method === 'PUT')).toEqual([]);

    const apply = await runSample(
      env.emulator,
      { ...inputs, mode: 'apply' },
      { workspace: ws, env: pushEnv(env.github, false) },
    );
    expect(apply.exitCode).toBe(0);
    const table = env.emulator.tableByName('Holidays');
    expect(table.schema.properties['Callback Hours']?.title).toBe('Callback hours');
    expect(table.schema.properties.Closed?.default).toBe(true);
    expect(table.description).toBe('Days the contact center closes or runs reduced hours');
    expect(table.division).toBe('div-emea');
    expect(env.emulator.rowsOf('Holidays').map((r) => r.key)).toEqual(["New Year's Day"]);
    const again = await runSample(env.emulator, inputs, { workspace: ws });
    expect(again.outputs).toMatchObject({ changed: 'false' });
  });

  it('fails the step when an import says Succeeded but lost a row, naming it and the snapshot', async () => {
    env.emulator.faults.loseRows = ['Christmas Day'];
    // A mismatch is reported only after reads spread over the window: 2 s here, not Genesys' 60.
    const apply = await runSample(
      env.emulator,
      { mode: 'apply', 'verify-timeout': '2s' },
      { env: pushEnv(env.github, false) },
    );
    expect(apply.exitCode).toBe(1);
    expect(apply.outputs['failure-reason']).toBe('import-failed');
    expect(apply.stdout).toMatch(
      /Holidays: the import job [0-9a-f-]+ said Succeeded, but Holidays read again does not equal the file \(6 reads over 2\.\d s\): 1 row\(s\) of the file missing \(keys "Christmas Day"\); restore it from the snapshot .*snapshots\/Holidays\.csv/,
    );
    expect(apply.summary).toContain('❌ differs from the file');
    const jobs = JSON.parse(apply.outputs['import-jobs'] ?? '[]') as { verified?: boolean }[];
    expect(jobs[0]?.verified).toBe(false);

    const fine = await runSample(env.emulator, { mode: 'apply' }, { env: pushEnv(env.github, false) });
    expect(fine.exitCode).toBe(0);
    expect(fine.summary).toContain('verified: Holidays now equals the file (8 rows)');
  });
});
