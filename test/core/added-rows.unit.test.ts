import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddedRow, AddedRows } from '../../src/core/added-rows.ts';
import { compareKeys } from '../../src/core/diff.ts';

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
