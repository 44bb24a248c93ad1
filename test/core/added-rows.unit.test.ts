import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddedRow, AddedRows } from '../../src/core/added-rows.ts';
import { compareKeys } from '../../src/core/canonical-json.ts';
import { isWellFormed, KeyIndex } from '../../src/core/key-index.ts';
import { planTable } from '../../src/core/plan.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';

/**
 * Keys whose UTF-8 byte order and UTF-16 order differ (past U+FFFF against U+E000-U+FFFF), lone surrogates (kept as
 * strings), prefixes of each other, and ordinary ones.
 */
const key = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '',
    'a',
    'ab',
    '\ue000',
    '\uffff',
    '\ufffd',
    '😀',
    '😀a',
    '\ud83d',
    '\ude00',
    '\ud7ff',
    'é',
    'e\u0301',
  ),
  fc.nat(500).map((n) => `code-${n}`),
);

describe('AddedRows (added rows without an object or a string a row)', () => {
  it('gives back every row in the order compareKeys puts their keys, with its values, as an array of AddedRow would', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 400 }), (keys) => {
        const rows = new AddedRows(['key', 'n']);
        keys.forEach((k, n) => {
          rows.add(k, { key: k, n });
        });
        rows.sort();
        const expected = keys.map((k, n) => ({ key: k, row: { key: k, n } })).sort((a, b) => compareKeys(a.key, b.key));
        expect(rows.length).toBe(keys.length);
        expect([...rows].map((row) => row.toJSON())).toEqual(expected);
        expect(rows.map(({ key, row }) => ({ key, row }))).toEqual(expected);
        expect(rows.slice(1, 3).map((row) => row.key)).toEqual(expected.slice(1, 3).map((row) => row.key));
        expect(rows.at(-1)?.key).toBe(expected.at(-1)?.key);
        expect(rows.at(keys.length)).toBeUndefined();
        // Written as JSON (a group's plan file), it is the list it stands for.
        expect(JSON.parse(JSON.stringify({ added: rows }))).toEqual(JSON.parse(JSON.stringify({ added: expected })));
      }),
      { numRuns: 200 },
    );
  });

  it('reads its keys from the index that holds them, in the same order, a key it was not given an entry for kept itself', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 400 }), fc.nat(400), (keys, noEntry) => {
        const index = new KeyIndex();
        // Keys the index holds and no row adds (an invalid row's), between the added ones.
        index.set('zz-not-added', 0);
        const rows = new AddedRows(['key', 'n'], undefined, keys.length, index);
        keys.forEach((k, n) => {
          index.claim(k, n);
          rows.add(k, { key: k, n }, n === noEntry ? undefined : index.size - 1);
        });
        expect(rows.keyBytesHeld).toBe(0);
        rows.sort();
        // Sorted, the keys are copied out of the index at their exact size (keys UTF-8 cannot hold stay strings).
        const bytes = keys.filter((k, n) => n !== noEntry && isWellFormed(k)).map((k) => Buffer.byteLength(k));
        expect(rows.keyBytesHeld).toBe(bytes.reduce((sum, length) => sum + length, 0));
        const expected = keys.map((k, n) => ({ key: k, row: { key: k, n } })).sort((a, b) => compareKeys(a.key, b.key));
        expect([...rows].map((row) => row.toJSON())).toEqual(expected);
        // Added after the sort (not in a plan), a row keeps its own key as before.
        rows.add('\uffffafter', { key: '\uffffafter', n: -1 });
        rows.sort();
        expect([...rows].map((row) => row.key)).toEqual([...keys, '\uffffafter'].sort(compareKeys));
      }),
      { numRuns: 200 },
    );
  });

  it("holds a first load's keys once: in the plan's index of the file's keys, none in the added rows", async () => {
    const lines = ['Holiday,Surcharge'];
    for (let n = 0; n < 3000; n++) lines.push(`day-${n},${n}`);
    const source = `${lines.join('\n')}\n`;
    const plan = await planTable({
      file: 'h.csv',
      table: { id: 't', name: 'Holidays' },
      schema: holidaysSchema,
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits,
      source,
      liveRecords: [],
      rowsAtMost: lines.length + 1,
    });
    const added = plan.diff.added as AddedRows;
    expect(added.length).toBe(3000);
    // Held while planning in the index of the file's keys only, then copied out at their exact size: no slack.
    expect(added.keyBytesHeld).toBe(lines.slice(1).reduce((sum, line) => sum + line.indexOf(','), 0));
    expect(added.at(0)?.key).toBe('day-0');
    expect(added.at(-1)?.key).toBe('day-999');
    expect(added.at(-1)?.row.Surcharge).toBe(999);
  });

  it('makes each row an AddedRow only when read, packed and typed as it was added', () => {
    const rows = new AddedRows(['key', 'open', 'weight', 'note']);
    rows.add('b', { key: 'b', open: true, weight: 2 });
    rows.add('a', { key: 'a', open: false, weight: 1.5, note: 'x, "y"' });
    rows.sort();
    const first = rows.at(0);
    expect(first).toBeInstanceOf(AddedRow);
    expect(first?.packed).toBe('["a",false,1.5,"x, \\"y\\""]');
    expect(JSON.stringify(rows.at(1))).toBe('{"key":"b","row":{"key":"b","open":true,"weight":2}}');
    expect(rows.filter((row) => row.row.open === true).map((row) => row.key)).toEqual(['b']);
    expect(rows.find((row) => row.key === 'b')?.row.weight).toBe(2);
  });
});
