import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { GenesysEmulator, type TableSeed } from '../../emulator/server.ts';
import { repoRoot } from '../../scripts/run-action.ts';
import { readCsv } from '../../src/core/csv.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { sampleSeed } from '../support/emulator.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { pushEnv } from '../support/github-env.ts';

// The action against the emulator with files a spreadsheet made (see test/fixtures/spreadsheets/README.md): keys
// retyped by autocorrect, a column sorted on its own, text decoded twice in a new row, a trailing separator; and the
// sample table edited by hand as a careful user would, which must plan as ordinary changes.
const env = useE2eEnvironment();
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'spreadsheets');

/** The sample table holding exactly examples/data/Holidays.csv, the file the fixtures were made from. */
beforeEach(async () => {
  const seed = sampleSeed();
  const holidays = seed.tables?.[0] as TableSeed;
  const { rows } = await readCsv(
    await readFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv')),
    'Holidays.csv',
  );
  holidays.rows = rows.map(({ cells: [key, date, Closed, Greeting, hours, surcharge] }) => ({
    key: key as string,
    Date: date as string,
    Closed: Closed === 'true',
    Greeting: Greeting as string,
    'Callback Hours': Number(hours),
    Surcharge: Number(surcharge),
  }));
  await env.emulator.stop();
  env.emulator = await new GenesysEmulator({ ...seed, clock: new FakeClock(), tables: [holidays] }).start();
});

/** A workspace holding one fixture as `tables/<table>.csv`, and a config file listing it with `settings`. */
async function workspace(fixture: string, table: string, settings: string[] = []): Promise<string> {
  const ws = path.join(env.dir, `ws-${table}-${path.basename(path.dirname(fixture))}`);
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  await copyFile(path.join(fixtures, fixture), path.join(ws, 'tables', `${table}.csv`));
  await writeFile(
    path.join(ws, 'tables.yml'),
    ['tables:', `  - file: tables/${table}.csv`, ...settings.map((line) => `    ${line}`), ''].join('\n'),
  );
  return ws;
}

const plan = (ws: string) => runSample(env.emulator, { file: '', config: 'tables.yml' }, { workspace: ws });
const apply = (ws: string) =>
  runSample(
    env.emulator,
    { file: '', config: 'tables.yml', mode: 'apply' },
    { workspace: ws, env: pushEnv(env.github, false) },
  );

/** The plan blocks the table, and an apply of the same file starts no import and leaves the table as it was. */
async function blockedEverywhere(ws: string, table: string, says: string[]): Promise<string> {
  const before = JSON.stringify(env.emulator.rowsOf(table));
  const planned = await plan(ws);
  expect(planned.exitCode).toBe(1);
  expect(planned.summary).toContain('**Blocked**: this table cannot be applied.');
  for (const text of says) expect(planned.summary).toContain(text);
  const applied = await apply(ws);
  expect(applied.exitCode).toBe(1);
  expect(importStarts(env.emulator)).toHaveLength(0);
  expect(JSON.stringify(env.emulator.rowsOf(table))).toBe(before);
  return planned.summary;
}

describe('keys retyped by autocorrect', () => {
  it("blocks New Year’s Day for New Year's Day as a rename, naming the characters; allow-renames lets it plan", async () => {
    const ws = await workspace('autocorrect/Holidays.csv', 'Holidays');
    // 2 deletions of 8 rows fit the default max-deletes (25%): only the rename check stops this plan.
    const summary = await blockedEverywhere(ws, 'Holidays', [
      '2 key(s) rename a live key by a look-alike spelling: "New Year\'s Day" → "New Year’s Day" (typographic punctuation (’ for \'))',
      'set allow-renames: true on this table',
    ]);
    expect(summary).toContain('❌ tables/Holidays.csv:2');
    const allowed = await workspace('autocorrect/Holidays.csv', 'Holidays', ['allow-renames: true']);
    const planned = await plan(allowed);
    expect(planned.exitCode).toBe(0);
    expect(planned.outputs['rows-added']).toBe('2');
    expect(planned.outputs['rows-deleted']).toBe('2');
    expect(planned.summary).not.toContain('**Blocked**');
    // The allowed rename is still said: at the top of the table's section, above the rows, and as a warning
    // annotation on its line.
    expect(planned.summary.indexOf('**Warnings**')).toBeGreaterThan(0);
    expect(planned.summary.indexOf('**Warnings**')).toBeLessThan(planned.summary.indexOf('**Deleted rows'));
    expect(planned.stdout).toMatch(
      /::warning title=Check this data,file=tables\/Holidays\.csv,line=2::Holiday: this key differs from the live key "New Year's Day"/,
    );
  });

  it('blocks Support–EN (an en dash) for Support-EN in a queue table', async () => {
    await env.emulator.stop();
    const queues: TableSeed = {
      name: 'Queues',
      properties: {
        key: { title: 'Queue', type: 'string' },
        Skill: { title: 'Skill', type: 'string' },
        Language: { title: 'Language', type: 'string' },
      },
      rows: (await readFile(path.join(fixtures, 'source', 'queue-names.csv'), 'utf8'))
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => {
          const [key, Skill, Language] = line.split(',');
          return { key, Skill, Language } as Record<string, string>;
        }),
    };
    env.emulator = await new GenesysEmulator({ clock: new FakeClock(), tables: [queues] }).start();
    const ws = await workspace('autocorrect/Queues.csv', 'Queues');
    await blockedEverywhere(ws, 'Queues', ['"Support-EN" → "Support–EN" (typographic punctuation (– for -))']);
  });
});

describe('a column sorted on its own', () => {
  it('blocks the dates Calc sorted apart from their holidays, and plans them with allow-reshuffle', async () => {
    const ws = await workspace('calc-sorted-selection/Holidays.csv', 'Holidays');
    const summary = await blockedEverywhere(ws, 'Holidays', [
      'column "Date": 8 rows\' "Date" changed, but the column holds the same values as before, only in other rows',
      'they are now in descending order, as if the column was sorted on its own',
      'set allow-reshuffle: true',
    ]);
    expect(summary).toContain('("New Year\'s Day" "2027-01-01" → "2027-12-25", "Martin Luther King Jr. Day"');
    const allowed = await workspace('calc-sorted-selection/Holidays.csv', 'Holidays', ['allow-reshuffle: true']);
    const planned = await plan(allowed);
    expect(planned.exitCode).toBe(0);
    expect(planned.outputs['rows-updated']).toBe('8');
  });

  it('max-changes blocks more changed rows than it allows (the config key and the input)', async () => {
    const ws = await workspace('hand-edited/Holidays-2028.csv', 'Holidays', ['max-changes: 50%']);
    await blockedEverywhere(ws, 'Holidays', ['the plan changes 8 of 8 live rows; max-changes (50%) allows 4']);
    const byInput = await runSample(
      env.emulator,
      { file: 'tables/Holidays.csv', 'max-changes': '3' },
      { workspace: ws },
    );
    expect(byInput.exitCode).toBe(1);
    expect(byInput.summary).toContain('max-changes (3) allows 3');
  });
});

describe('text decoded twice, a trailing separator', () => {
  it('blocks a new row whose greeting Calc decoded twice (Weâ€™re closed), though no live value changed', async () => {
    const ws = await workspace('calc-opened-as-ansi/holidays-new-row.csv', 'Holidays');
    await blockedEverywhere(ws, 'Holidays', [
      '1 new or changed row(s) hold the marks text decoded twice leaves',
      'take the file from git again, or open it as UTF-8',
    ]);
  });

  it('names an extra separator at the end of every line as that, with the fix', async () => {
    const ws = await workspace('trailing-separator/Holidays.csv', 'Holidays');
    const planned = await plan(ws);
    expect(planned.exitCode).toBe(1);
    expect(planned.summary).toContain(
      'the header ends with an extra separator ("," after "Surcharge"), so the file has an empty column after the last one',
    );
    expect(planned.summary).not.toContain('has no name');
  });
});

describe('invalid rows', () => {
  it('say what they would do once fixed: add, change, or leave a row as the table has it', async () => {
    const sample = await readFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), 'utf8');
    const edited = `${sample
      // Only the bad cell: the row is as the table has it once fixed.
      .replace(
        "Memorial Day,2027-05-31,true,We're closed for Memorial Day.,0,0",
        "Memorial Day,2027-05-31,true,We're closed for Memorial Day.,eight,0",
      )
      // A bad cell beside a real edit: a change once fixed.
      .replace(
        'Labor Day,2027-09-06,true,Closed for Labor Day.,0,0',
        'Labor Day,2027-09-06,true,Closed for Labor Day weekend.,x,0',
      )}Juneteenth,2027-06-18,true,,0,"1,5"\n`;
    const ws = await workspace('hand-edited/Holidays.csv', 'Holidays');
    await writeFile(path.join(ws, 'tables', 'Holidays.csv'), edited);
    const planned = await plan(ws);
    expect(planned.exitCode).toBe(1);
    expect(planned.outputs['rows-invalid']).toBe('3');
    expect(planned.summary).toContain('The 3 invalid rows would add 1, change 1 and leave 1 unchanged once fixed.');
    expect(planned.summary).toContain(
      'Once fixed, they would add 1 row, change 1 existing row and leave 1 row as the table has it (not counted above).',
    );
  });
});

describe('the sample table edited by hand, carefully', () => {
  it('plans a new row, a real date change and a new surcharge as ordinary changes, and applies them', async () => {
    const ws = await workspace('hand-edited/Holidays.csv', 'Holidays');
    const planned = await plan(ws);
    expect(planned.exitCode).toBe(0);
    expect(planned.outputs['rows-added']).toBe('1');
    expect(planned.outputs['rows-updated']).toBe('2');
    expect(planned.summary).not.toMatch(/Blocked|Warnings|❌|⚠️/);
    const applied = await apply(ws);
    expect(applied.exitCode).toBe(0);
    expect(env.emulator.rowsOf('Holidays').find((r) => r.key === 'Independence Day')?.Date).toBe('2027-07-04');
  });

  it("plans next year's dates for every holiday as changes: no reshuffle, no limit on changes by default", async () => {
    const ws = await workspace('hand-edited/Holidays-2028.csv', 'Holidays');
    const planned = await plan(ws);
    expect(planned.exitCode).toBe(0);
    expect(planned.outputs['rows-updated']).toBe('8');
    expect(planned.summary).not.toMatch(/Blocked|Warnings/);
  });
});
