import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/core/csv.ts';
import { memoryRowStore, readCsvRecords, recordList } from '../../src/core/live-records.ts';
import { planJsonChunks, planTable, sameAsLiveText } from '../../src/core/plan.ts';
import type { TableSchema } from '../../src/core/schema.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';

/** Cells as live tables and files spell them: canonical, and not (`1.0`, `TRUE`, spaces, line breaks, U+0000). */
const spelling = fc.constantFrom(
  '',
  '0',
  '1',
  '1.0',
  '1e0',
  '-0',
  '24',
  'true',
  'false',
  'TRUE',
  ' 1',
  'a',
  'a\r\nb',
  'a\nb',
  'x\u0000y',
  '\ufffd',
);
const row = fc.record({
  key: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
  Date: spelling,
  Closed: spelling,
  Greeting: spelling,
  'Callback Hours': spelling,
  Surcharge: spelling,
});
const names = holidaysSchema.fields.map((field) => field.name);

describe('live rows compared as text before normalising', () => {
  it('plans exactly as comparing every normalised value does (the rows as objects), whatever the spellings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 10 }),
        // File rows: copies of live rows (most unchanged, so the text comparison decides them), or rows of their own.
        fc.array(fc.tuple(fc.nat(9), fc.boolean(), row), { maxLength: 10 }),
        // The live file's columns in any order: the text is read in its own.
        fc.shuffledSubarray(names, { minLength: names.length }),
        async (live, picks, order) => {
          const file = picks.map(
            ([at, copy, own]) => (copy && live.length > 0 ? live[at % live.length] : own) as typeof own,
          );
          const liveCsv = writeCsv(
            order,
            live.map((r) => order.map((name) => r[name as keyof typeof r])),
          );
          const fileCsv = writeCsv(
            holidaysSchema.fields.map((field) => field.title),
            file.map((r) => names.map((name) => r[name as keyof typeof r])),
          );
          const plan = async (liveRecords: Parameters<typeof planTable>[0]['liveRecords']) => {
            const planned = await planTable({
              file: 'h.csv',
              table: { id: 't', name: 'Holidays' },
              schema: holidaysSchema,
              mode: 'replace',
              maxDeletes: { percent: 100 },
              limits,
              source: fileCsv,
              liveRecords,
            });
            return { hash: planned.hash, json: [...planJsonChunks([planned], [])].join('') };
          };
          const packed = await readCsvRecords(liveCsv, 'live', {}, memoryRowStore());
          expect(sameAsLiveText(packed, holidaysSchema)).toBeDefined();
          const objects = Array.from({ length: packed.length }, (_, index) =>
            Object.fromEntries(order.map((name) => [name, packed.value(index, name)])),
          );
          expect(await plan(packed)).toEqual(await plan(recordList(objects)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells equal rows by their text, and leaves other spellings, other columns and line breaks to the full comparison', async () => {
    const live = await readCsvRecords(
      'key,Date,Closed,Greeting,Callback Hours,Surcharge\nA,d,true,hi,3,1.5\nB,d,TRUE,hi,3,1.5\nC,d,false,"a\r\nb",3,1\n',
      'live',
    );
    const same = sameAsLiveText(live, holidaysSchema);
    const fileRow = { key: 'A', Date: 'd', Closed: true, Greeting: 'hi', 'Callback Hours': 3, Surcharge: 1.5 };
    expect(same?.(0, fileRow)).toBe(true);
    expect(same?.(0, { ...fileRow, Surcharge: 1.25 })).toBe(false);
    // Equal once normalised, but not as text: the diff's own comparison decides.
    expect(same?.(1, { ...fileRow, key: 'B' })).toBe(false);
    expect(same?.(2, { ...fileRow, key: 'C', Closed: false, Greeting: 'a\r\nb', Surcharge: 1 })).toBe(false);
    // A value not of its field's type (a default written as text for a number) reads as the same text, yet is not the
    // live number: left to the full comparison, which calls it changed.
    const textDefault: TableSchema = {
      fields: holidaysSchema.fields.map((field) => (field.name === 'Surcharge' ? { ...field, default: '1.5' } : field)),
    };
    expect(sameAsLiveText(live, textDefault)?.(0, { ...fileRow, Surcharge: '1.5' })).toBe(false);
    // Columns that are not exactly the schema's fields: no text comparison at all.
    const fewer: TableSchema = { fields: holidaysSchema.fields.slice(0, 3) };
    expect(sameAsLiveText(live, fewer)).toBeUndefined();
    expect(sameAsLiveText(recordList([]), holidaysSchema)).toBeUndefined();
  });
});
