import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GenesysEmulator, type TableSeed } from '../../emulator/server.ts';
import { repoRoot } from '../../scripts/run-action.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { sampleSeed } from '../support/emulator.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { pushEnv } from '../support/github-env.ts';

// The action with files a real spreadsheet made (LibreOffice Calc: see test/fixtures/spreadsheets/README.md for the
// commands), planned against the emulator holding the data as it was before the spreadsheet touched it.
const env = useE2eEnvironment();
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'spreadsheets');

async function restart(tables: TableSeed[]): Promise<void> {
  await env.emulator.stop();
  env.emulator = await new GenesysEmulator({ clock: new FakeClock(), tables }).start();
}

/** A workspace holding one fixture as `tables/<table>.csv`. */
async function workspace(fixture: string, table: string): Promise<string> {
  const ws = path.join(env.dir, `ws-${table}`);
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  await copyFile(path.join(fixtures, fixture), path.join(ws, 'tables', `${table}.csv`));
  return ws;
}

/** The rows of a source file (as they were before the spreadsheet), for seeding a table. */
async function sourceRows(file: string, fields: string[]): Promise<Record<string, string>[]> {
  const [, ...lines] = (await readFile(path.join(fixtures, 'source', file), 'utf8')).trim().split('\n');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [fields[i] as string, cell])));
}

describe('files a spreadsheet made', () => {
  it('blocks keys that lost their leading zeros (3 of 20), naming both keys and the cause; no import starts', async () => {
    const rows = await sourceRows('queue-codes.csv', ['key', 'queue', 'zip']);
    await restart([
      {
        name: 'Queues',
        properties: {
          key: { title: 'Code', type: 'string' },
          queue: { title: 'Queue', type: 'string' },
          zip: { title: 'Zip', type: 'string' },
        },
        rows,
      },
    ]);
    const ws = await workspace('calc/queue-codes.csv', 'Queues');
    // 3 deletions of 20 rows fit the default max-deletes (25%: 5): only the new check stops this plan.
    const apply = await runSample(
      env.emulator,
      { file: 'tables/Queues.csv', mode: 'apply' },
      { workspace: ws, env: pushEnv(env.github, false) },
    );
    expect(apply.exitCode).toBe(1);
    expect(apply.summary).toContain(
      '3 key(s) differ from live keys only by leading zeros ("00042" → "42", "00100" → "100", "00200" → "200")',
    );
    expect(apply.summary).toContain(
      'leading zeros were probably removed by a spreadsheet: open the file as text, or format the column as Text',
    );
    expect(apply.stdout).toMatch(
      /::error title=Invalid data,file=tables\/Queues\.csv,line=2::Code: this key and the live key "00042" differ only by leading zeros/,
    );
    expect(apply.summary).toContain(
      'column "Zip": every changed cell(s) of this column lost the leading zeros every live value had',
    );
    expect(importStarts(env.emulator)).toHaveLength(0);
    expect(env.emulator.rowsOf('Queues').map((r) => r.key)).toContain('00042');
  });

  it('names text decoded twice (UTF-8 opened as Windows-1252) and blocks the column where every change is that', async () => {
    const seed = sampleSeed();
    const holidays = seed.tables?.[0] as TableSeed;
    const greetings = await sourceRows('greetings.csv', [
      'key',
      'Date',
      'Closed',
      'Greeting',
      'Callback Hours',
      'Surcharge',
    ]);
    holidays.rows = greetings.map((row) => ({
      ...row,
      Closed: row.Closed === 'true',
      'Callback Hours': Number(row['Callback Hours']),
      Surcharge: Number(row.Surcharge),
    }));
    await restart(seed.tables ?? []);
    const ws = await workspace('calc-opened-as-ansi/greetings.csv', 'Holidays');
    const plan = await runSample(env.emulator, { file: 'tables/Holidays.csv' }, { workspace: ws });
    expect(plan.exitCode).toBe(1);
    expect(plan.outputs['rows-updated']).toBe('3');
    expect(plan.summary).toContain('every changed cell(s) of this column is the old text decoded twice');
    expect(plan.summary).toContain('the file was probably opened as Windows-1252');
    expect(plan.summary).toContain('**Blocked**');
  });

  it("gives Calc's quoted semicolon file the semicolon message, not the parser's words", async () => {
    const ws = await workspace('calc-semicolons/greetings.csv', 'Holidays');
    const plan = await runSample(env.emulator, { file: 'tables/Holidays.csv' }, { workspace: ws });
    expect(plan.exitCode).toBe(1);
    expect(plan.summary).toContain('the header is separated by semicolons, as Excel and LibreOffice save CSV');
    expect(plan.summary).not.toMatch(/Invalid Closing Quote|instead of delimiter/);
    // And with delimiter ";" it reads (the greetings are new text for the sample table: a plain plan).
    const semicolons = await runSample(
      env.emulator,
      { file: 'tables/Holidays.csv', delimiter: ';', 'max-deletes': '100%' },
      { workspace: ws },
    );
    expect(semicolons.exitCode).toBe(0);
    expect(semicolons.outputs['rows-invalid']).toBe('0');
  });

  it('refuses a table named in the wrong case when a schema file is beside it, naming the real one: never a create', async () => {
    const ws = path.join(env.dir, 'ws-case');
    await mkdir(path.join(ws, 'tables'), { recursive: true });
    await copyFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), path.join(ws, 'tables', 'holidays.csv'));
    await copyFile(
      path.join(repoRoot, 'test', 'fixtures', 'spreadsheets', 'source', 'greetings.csv'),
      path.join(ws, 'tables', 'unused.txt'),
    );
    const schema = {
      table: 'holidays',
      fields: [{ name: 'key', title: 'Holiday', type: 'string', key: true }],
    };
    await (await import('node:fs/promises')).writeFile(
      path.join(ws, 'tables', 'holidays.schema.json'),
      JSON.stringify(schema),
    );
    const plan = await runSample(env.emulator, { file: 'tables/holidays.csv' }, { workspace: ws });
    expect(plan.exitCode).toBe(1);
    expect(plan.summary).toContain('did you mean "Holidays"?');
    expect(plan.summary).not.toContain('Create the table');
    expect(env.emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/datatables'))).toEqual([]);
  });
});
