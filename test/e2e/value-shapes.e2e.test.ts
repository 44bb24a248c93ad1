import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/run-action.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { pushEnv } from '../support/github-env.ts';

// The action with files spreadsheets made of source/sites.csv (LibreOffice Calc in English and German, and files
// written as Excel writes them: see test/fixtures/spreadsheets/README.md), planned against the emulator holding
// source/sites.csv as it was.
const env = useE2eEnvironment();
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'spreadsheets');
const SHAPED = ['Date', 'Opens', 'Cutover', 'Account', 'Phone', 'Rate', 'Note'];

async function seedSites(): Promise<void> {
  const [, ...lines] = (await readFile(path.join(fixtures, 'source', 'sites.csv'), 'utf8')).trim().split('\n');
  env.emulator.addTable({
    name: 'Sites',
    properties: {
      key: { title: 'Site', type: 'string' },
      date: { title: 'Date', type: 'string', maxLength: 10 },
      opens: { title: 'Opens', type: 'string' },
      cutover: { title: 'Cutover', type: 'string' },
      account: { title: 'Account', type: 'string' },
      phone: { title: 'Phone', type: 'string' },
      rate: { title: 'Rate', type: 'number' },
      hours: { title: 'Hours', type: 'integer', minimum: 0, maximum: 24 },
      note: { title: 'Note', type: 'string' },
    },
    rows: lines.map((line) => {
      const [key, date, opens, cutover, account, phone, rate, hours, note] = line.split(',') as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      return { key, date, opens, cutover, account, phone, rate: Number(rate), hours: Number(hours), note };
    }),
  });
}

/** A workspace holding the file as tables/Sites.csv and a config file, with `allow-shape-change` when given. */
async function workspace(file: string, allow?: string[]): Promise<string> {
  const ws = path.join(env.dir, `ws-${allow ? 'allowed' : 'plain'}`);
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  await copyFile(file, path.join(ws, 'tables', 'Sites.csv'));
  const entry = ['  - file: tables/Sites.csv', ...(allow ? [`    allow-shape-change: [${allow.join(', ')}]`] : [])];
  await writeFile(path.join(ws, 'datatables.yml'), ['tables:', ...entry, ''].join('\n'));
  return ws;
}

const run = (ws: string, mode: 'plan' | 'apply') =>
  runSample(
    env.emulator,
    { file: '', config: 'datatables.yml', mode },
    { workspace: ws, ...(mode === 'apply' ? { env: pushEnv(env.github, false) } : {}) },
  );

describe('what a spreadsheet does to values, end to end', () => {
  it.each([
    [
      'calc-english/sites.csv',
      {
        Opens: 'hold times as a spreadsheet shows them in its locale',
        Phone: 'lost the leading + every value of the column has',
      },
    ],
    [
      'calc-english/sites-typed-en.csv',
      {
        Date: 'hold dates as a spreadsheet shows them in its locale',
        Cutover: 'hold dates and times as a spreadsheet shows them',
        Opens: 'hold times as a spreadsheet shows them',
        Phone: 'lost the leading +',
      },
    ],
    [
      'calc-german/sites.csv',
      {
        Opens: 'hold times as a spreadsheet shows them',
        Phone: 'lost the leading +',
        Rate: 'hold decimals multiplied by 1000',
      },
    ],
    [
      'calc-german/sites-typed-de.csv',
      {
        Date: 'hold dates as a spreadsheet shows them',
        Cutover: 'hold dates and times as a spreadsheet shows them',
        Rate: 'hold decimals multiplied by 1000',
      },
    ],
    [
      'excel-en-us/sites.csv',
      {
        Date: 'hold dates as a spreadsheet shows them',
        Opens: 'hold times as a spreadsheet shows them',
        Cutover: 'hold dates and times as a spreadsheet shows them',
        Account: 'hold a long number in scientific notation',
        Phone: 'lost the leading +',
        Note: "hold a spreadsheet's error value",
      },
    ],
    [
      'excel-en-gb/sites.csv',
      {
        Date: 'hold dates as a spreadsheet shows them',
        Cutover: 'hold dates and times as a spreadsheet shows them',
        Account: 'Excel keeps 15 significant digits',
        Phone: 'lost the leading +',
        Rate: "hold numbers rounded to a spreadsheet's number format",
      },
    ],
  ])(
    '%s: the apply blocks the table naming each cause and imports nothing; allowed, it plans as changes',
    async (fixture, causes) => {
      await seedSites();
      const before = env.emulator.rowsOf('Sites');
      const apply = await run(await workspace(path.join(fixtures, fixture)), 'apply');
      expect(apply.exitCode).toBe(1);
      expect(apply.summary).toContain('**Blocked**');
      for (const [column, words] of Object.entries(causes)) {
        expect(apply.summary).toMatch(new RegExp(`column "${column}": [0-9]+ new or changed cell\\(s\\) [^\\n]*`));
        const line = apply.summary.split('\n').find((l) => l.includes(`column "${column}"`) && l.includes(words));
        expect(line, `${column}: ${words}`).toBeDefined();
        expect(line).toMatch(/tables\/Sites\.csv:[0-9]+:[0-9]+ /);
        expect(line).toContain(`allow-shape-change: &#91;${column}&#93;`);
      }
      expect(apply.summary).toMatch(/format the column as Text|Data &gt; From Text\/CSV|Data > From Text\/CSV/);
      expect(importStarts(env.emulator)).toHaveLength(0);
      expect(env.emulator.rowsOf('Sites')).toEqual(before);

      const allowed = await run(await workspace(path.join(fixtures, fixture), SHAPED), 'plan');
      expect(allowed.summary).not.toContain('**Blocked**');
      expect(allowed.exitCode).toBe(0);
      expect(Number(allowed.outputs['rows-updated']) + Number(allowed.outputs['rows-added'])).toBeGreaterThan(0);
    },
  );

  it('formula text in a text cell blocks; in an integer cell it is refused saying it is a formula', async () => {
    await seedSites();
    const apply = await run(await workspace(path.join(fixtures, 'excel-formulas', 'sites.csv')), 'apply');
    expect(apply.exitCode).toBe(1);
    expect(apply.summary).toContain('column "Note": 1 new or changed cell(s) hold the text of a spreadsheet formula');
    expect(apply.summary).toContain('"Hours" is an integer; this cell holds the text of a spreadsheet formula');
    expect(importStarts(env.emulator)).toHaveLength(0);
    const allowed = await run(await workspace(path.join(fixtures, 'excel-formulas', 'sites.csv'), ['Note']), 'plan');
    expect(allowed.summary).not.toContain('column "Note": 1 new or changed cell(s)');
    expect(allowed.outputs['rows-updated']).toBe('1');
  });

  it('German Excel\'s file (";", decimal commas): every row is invalid, and its values are named too', async () => {
    await seedSites();
    const ws = await workspace(path.join(fixtures, 'excel-de', 'sites.csv'));
    await writeFile(path.join(ws, 'datatables.yml'), 'delimiter: ";"\ntables:\n  - file: tables/Sites.csv\n');
    const apply = await run(ws, 'apply');
    expect(apply.exitCode).toBe(1);
    expect(apply.outputs['rows-invalid']).toBe('3');
    expect(apply.summary).toContain('"0,125" has a comma, a thousand separator or a decimal comma');
    for (const [column, words] of [
      ['Date', 'hold dates as a spreadsheet shows them'],
      ['Cutover', 'hold dates and times as a spreadsheet shows them'],
      ['Account', 'in scientific notation'],
      ['Phone', 'in scientific notation'],
      ['Note', "hold a spreadsheet's error value"],
    ] as const) {
      const line = apply.summary.split('\n').find((l) => l.startsWith(`> - column "${column}"`) && l.includes(words));
      expect(line, `${column}: ${words}`).toBeDefined();
    }
    expect(importStarts(env.emulator)).toHaveLength(0);
  });

  it('no false alarm: the table edited by hand as a careful user would (a real date change, a new row in the shape)', async () => {
    await seedSites();
    const edited = (await readFile(path.join(fixtures, 'source', 'sites.csv'), 'utf8'))
      .replace('Berlin,2027-12-25,08:00', 'Berlin,2027-12-24,07:30')
      .replace('0.075', '0.08')
      .concat('Paris,2028-01-01,08:15,2028-01-01T00:00:00Z,4000555566667777,+33142685300,0.100,9,Open\n');
    const file = path.join(env.dir, 'edited.csv');
    await writeFile(file, edited);
    const apply = await run(await workspace(file), 'apply');
    expect(apply.summary).not.toContain('**Blocked**');
    expect(apply.summary).not.toContain('spreadsheet');
    expect(apply.exitCode).toBe(0);
    expect(apply.outputs['rows-updated']).toBe('2');
    expect(apply.outputs['rows-added']).toBe('1');
    expect(env.emulator.rowsOf('Sites').find((row) => row.key === 'Paris')?.phone).toBe('+33142685300');
  });

  it('no false alarm on the example table: a holiday moved, a new one added, a surcharge changed', async () => {
    const ws = path.join(env.dir, 'ws-example');
    await mkdir(path.join(ws, 'tables'), { recursive: true });
    const holidays = (await readFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), 'utf8'))
      .replace('Labor Day,2027-09-06', 'Labor Day,2027-09-07')
      .replace('0,2.5', '0,3.75')
      .concat('Boxing Day,2027-12-26,true,Closed for Boxing Day.,0,1.25\n');
    await writeFile(path.join(ws, 'tables', 'Holidays.csv'), holidays);
    const plan = await runSample(env.emulator, { file: 'tables/Holidays.csv' }, { workspace: ws });
    expect(plan.summary).not.toContain('**Blocked**');
    expect(plan.summary).not.toContain('spreadsheet');
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs['rows-updated']).not.toBe('0');
  });
});
