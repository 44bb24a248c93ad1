import { describe, expect, it } from 'vitest';
import type { RowDiff } from '../../src/core/diff.ts';
import { checkGuards } from '../../src/core/guards.ts';
import { planTable } from '../../src/core/plan.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';

const live = [
  { key: 'A', Date: '2027-01-01', Greeting: 'one' },
  { key: 'B', Date: '2027-02-01', Greeting: 'two' },
  { key: 'C', Date: '2027-03-01', Greeting: 'three' },
  { key: 'D', Date: '2027-04-01', Greeting: 'four' },
  { key: 'E', Date: '2027-05-01', Greeting: 'five' },
];
const plan = (source: string, options: { allowReshuffle?: boolean; maxChanges?: { percent: number } } = {}) =>
  planTable({
    file: 'h.csv',
    source,
    table: { id: 't', name: 'Holidays' },
    schema: holidaysSchema,
    liveRecords: live,
    mode: 'replace',
    maxDeletes: { percent: 25 },
    limits,
    ...options,
  });
const csv = (rows: [string, string, string][]) =>
  `Holiday,Date,Greeting,Closed,Callback Hours,Surcharge\n${rows.map((r) => `${r.join(',')},false,0,0`).join('\n')}\n`;

describe('a column reshuffled', () => {
  it('blocks a column sorted on its own: every date moved to another row, the same dates still there', async () => {
    // The dates sorted descending, the rest left: "current selection only".
    const sorted = await plan(
      csv([
        ['A', '2027-05-01', 'one'],
        ['B', '2027-04-01', 'two'],
        ['C', '2027-03-01', 'three'],
        ['D', '2027-02-01', 'four'],
        ['E', '2027-01-01', 'five'],
      ]),
    );
    expect(sorted.diff.updated).toHaveLength(4);
    expect(sorted.refusals).toEqual([
      expect.stringMatching(
        /^column "Date": 4 rows' "Date" changed, but the column holds the same values as before, only in other rows \("A" "2027-01-01" → "2027-05-01", .*they are now in descending order, as if the column was sorted on its own.*set allow-reshuffle: true/,
      ),
    ]);
    expect(sorted.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', kind: 'reshuffled-column', column: 'Date', line: 2 }),
    );
    const allowed = await plan(
      csv([
        ['A', '2027-05-01', 'one'],
        ['B', '2027-04-01', 'two'],
        ['C', '2027-03-01', 'three'],
        ['D', '2027-02-01', 'four'],
        ['E', '2027-01-01', 'five'],
      ]),
      { allowReshuffle: true },
    );
    expect(allowed.refusals).toEqual([]);
    expect(allowed.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', kind: 'reshuffled-column' }),
    );
  });

  it('plans real edits as edits: new dates for every row, two values traded, a shuffle beside a new value', async () => {
    const nextYear = await plan(
      csv([
        ['A', '2028-01-01', 'one'],
        ['B', '2028-02-01', 'two'],
        ['C', '2028-03-01', 'three'],
        ['D', '2028-04-01', 'four'],
        ['E', '2028-05-01', 'five'],
      ]),
    );
    expect(nextYear.diff.updated).toHaveLength(5);
    expect(nextYear.refusals).toEqual([]);
    const traded = await plan(
      csv([
        ['A', '2027-02-01', 'one'],
        ['B', '2027-01-01', 'two'],
        ['C', '2027-03-01', 'three'],
        ['D', '2027-04-01', 'four'],
        ['E', '2027-05-01', 'five'],
      ]),
    );
    expect(traded.refusals).toEqual([]);
    const notTheSameValues = await plan(
      csv([
        ['A', '2027-05-01', 'one'],
        ['B', '2027-04-01', 'two'],
        ['C', '2027-03-01', 'three'],
        ['D', '2027-02-01', 'four'],
        ['E', '2027-12-24', 'five'],
      ]),
    );
    expect(notTheSameValues.refusals).toEqual([]);
  });

  it('plans four values traded by hand, in no order, as an edit; a shuffle of many rows blocks even in no order', async () => {
    const hours = [
      { key: 'A', 'Callback Hours': 0 },
      { key: 'B', 'Callback Hours': 8 },
      { key: 'C', 'Callback Hours': 6 },
      { key: 'D', 'Callback Hours': 0 },
      { key: 'E', 'Callback Hours': 4 },
    ];
    const traded = await planTable({
      file: 'h.csv',
      source: 'Holiday,Callback Hours\nA,8\nB,0\nC,0\nD,6\nE,4\n',
      table: { id: 't', name: 'Holidays' },
      schema: holidaysSchema,
      liveRecords: hours,
      mode: 'replace',
      maxDeletes: { percent: 25 },
      limits,
    });
    expect(traded.diff.updated).toHaveLength(4);
    expect(traded.refusals).toEqual([]);
    const many = Array.from({ length: 12 }, (_, i) => ({ key: `k${i}`, Greeting: `g${(i * 7) % 12}` }));
    const shuffled = await planTable({
      file: 'h.csv',
      source: `Holiday,Greeting\n${many.map((row, i) => `${row.key},g${(i * 5) % 12}`).join('\n')}\n`,
      table: { id: 't', name: 'Holidays' },
      schema: holidaysSchema,
      liveRecords: many,
      mode: 'replace',
      maxDeletes: { percent: 25 },
      limits,
    });
    expect(shuffled.refusals).toEqual([expect.stringContaining('it looks shuffled')]);
  });

  it('leaves a yes/no column toggled both ways alone (too few different values to be a sort)', async () => {
    const rows = live.map((row, i) => ({ ...row, Closed: i % 2 === 0 }));
    const toggled = await planTable({
      file: 'h.csv',
      source: `Holiday,Date,Greeting,Closed\n${rows.map((r, i) => `${r.key},${r.Date},${r.Greeting},${i % 2 !== 0}`).join('\n')}\n`,
      table: { id: 't', name: 'Holidays' },
      schema: holidaysSchema,
      liveRecords: rows,
      mode: 'replace',
      maxDeletes: { percent: 25 },
      limits,
    });
    expect(toggled.diff.updated).toHaveLength(5);
    expect(toggled.refusals.filter((r) => r.includes('same values'))).toEqual([]);
  });
});

describe('max-changes', () => {
  const changing = (count: number): RowDiff => ({
    added: [],
    updated: Array.from({ length: count }, (_, i) => ({ key: `k${i}`, row: {}, changes: [] })),
    deleted: [],
    unchanged: 0,
  });
  const options = { liveRowCount: 10, fileRowCount: 10, mode: 'replace' as const, maxDeletes: { percent: 25 } };

  it('refuses strictly more changed rows than allowed, as a count or a percentage of live rows rounded down', () => {
    expect(checkGuards(changing(5), { ...options, maxChanges: { percent: 50 } })).toEqual([]);
    expect(checkGuards(changing(6), { ...options, maxChanges: { percent: 55 } })).toEqual([
      'the plan changes 6 of 10 live rows; max-changes (55%) allows 5. If that many changes are intended, raise max-changes for this table',
    ]);
    expect(checkGuards(changing(3), { ...options, maxChanges: { count: 2 } })).toHaveLength(1);
    expect(checkGuards(changing(10), { ...options, maxChanges: { percent: 100 } })).toEqual([]);
    expect(checkGuards(changing(10), options)).toEqual([]);
  });

  it('is checked in the plan', async () => {
    const result = await plan(
      csv([
        ['A', '2028-01-01', 'one'],
        ['B', '2028-02-01', 'two'],
        ['C', '2027-03-01', 'three'],
        ['D', '2027-04-01', 'four'],
        ['E', '2027-05-01', 'five'],
      ]),
      { maxChanges: { percent: 20 } },
    );
    expect(result.refusals).toEqual([
      expect.stringContaining('the plan changes 2 of 5 live rows; max-changes (20%) allows 1'),
    ]);
  });
});
