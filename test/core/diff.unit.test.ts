import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/canonical-json.ts';
import { applyDiff, diffRows, planHash, type RowDiff } from '../../src/core/diff.ts';
import type { Row, TableSchema } from '../../src/core/schema.ts';

const schema: TableSchema = {
  fields: [
    { name: 'key', title: 'Key', type: 'string', isKey: true },
    { name: 'n', title: 'N', type: 'integer', isKey: false },
    { name: 'b', title: 'B', type: 'boolean', isKey: false },
  ],
};

const rows = (...list: Row[]) => new Map(list.map((row) => [String(row.key), row]));

const rowArbitrary = fc.record({
  key: fc.string({ maxLength: 4 }),
  n: fc.integer({ min: -3, max: 3 }),
  b: fc.boolean(),
});
const tableArbitrary = fc
  .uniqueArray(rowArbitrary, { selector: (row) => row.key, maxLength: 30 })
  .map((list) => rows(...list));

describe('diffRows', () => {
  it('reads the file as the new state: a key only in the file is added, a key only live is deleted', () => {
    const file = rows({ key: 'new', n: 1, b: true }, { key: 'same', n: 1, b: false }, { key: 'edit', n: 2, b: false });
    const live = rows({ key: 'old', n: 9, b: true }, { key: 'same', n: 1, b: false }, { key: 'edit', n: 1, b: false });
    const diff = diffRows(schema, file, live, 'replace');
    expect(diff.added.map((r) => r.key)).toEqual(['new']);
    expect(diff.deleted).toEqual([{ key: 'old', row: { key: 'old', n: 9, b: true } }]);
    expect(diff.updated).toEqual([
      { key: 'edit', row: { key: 'edit', n: 2, b: false }, changes: [{ field: 'n', old: 1, new: 2 }] },
    ]);
    expect(diff.unchanged).toBe(1);
  });

  it('never deletes in append mode and counts the rows it leaves alone as unchanged', () => {
    const diff = diffRows(
      schema,
      rows({ key: 'a', n: 1, b: true }),
      rows({ key: 'x', n: 1, b: true }, { key: 'y', n: 1, b: true }),
      'append',
    );
    expect(diff.deleted).toEqual([]);
    expect(diff.added.map((r) => r.key)).toEqual(['a']);
    expect(diff.unchanged).toBe(2);
  });

  it('lists changes in key order whatever the file order', () => {
    const diff = diffRows(
      schema,
      rows({ key: 'b', n: 1, b: true }, { key: 'B', n: 1, b: true }, { key: 'a', n: 1, b: true }),
      new Map(),
      'replace',
    );
    expect(diff.added.map((r) => r.key)).toEqual(['B', 'a', 'b']);
  });

  it('finds nothing to do when the file equals the table', () => {
    fc.assert(
      fc.property(tableArbitrary, (table) => {
        const diff = diffRows(schema, table, new Map(table), 'replace');
        expect(diff.added.length + diff.updated.length + diff.deleted.length).toBe(0);
        expect(diff.unchanged).toBe(table.size);
      }),
    );
  });

  it('yields exactly the file when its changes are applied to the live rows', () => {
    fc.assert(
      fc.property(tableArbitrary, tableArbitrary, (file, live) => {
        const result = applyDiff(live, diffRows(schema, file, live, 'replace'));
        const sorted = (table: Map<string, Row>) => [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        expect(sorted(result)).toEqual(sorted(file));
      }),
    );
  });

  it('hashes the same data in any row order to the same plan hash, and different data differently', () => {
    fc.assert(
      fc.property(tableArbitrary, tableArbitrary, (file, live) => {
        const reversed = new Map([...file].reverse());
        const liveReversed = new Map([...live].reverse());
        const hash = planHash('t', 'replace', diffRows(schema, file, live, 'replace'));
        expect(planHash('t', 'replace', diffRows(schema, reversed, liveReversed, 'replace'))).toBe(hash);
        expect(planHash('other-table', 'replace', diffRows(schema, file, live, 'replace'))).not.toBe(hash);
      }),
    );
    const base = rows({ key: 'a', n: 1, b: true });
    const hashA = planHash('t', 'replace', diffRows(schema, base, new Map(), 'replace'));
    const hashB = planHash('t', 'replace', diffRows(schema, rows({ key: 'a', n: 2, b: true }), new Map(), 'replace'));
    expect(hashA).not.toBe(hashB);
  });
});

describe('the plan hash, piece by piece', () => {
  /** The definition: sha256 of one canonical JSON string of the whole plan (as it was computed before). */
  const wholeStringHash = (tableId: string, mode: 'replace' | 'append', diff: RowDiff, schemaChange?: unknown) =>
    createHash('sha256')
      .update(
        canonicalJson({
          tableId,
          importMode: mode,
          added: diff.added.map(({ key, row }) => ({ key, row })),
          updated: diff.updated.map(({ key, changes }) => ({ key, changes })),
          deleted: diff.deleted.map(({ key, row }) => ({ key, row })),
          ...(schemaChange !== undefined ? { schemaChange } : {}),
        }),
      )
      .digest('hex');

  it('equals the hash of the whole canonical string, for any plan (so reviewed plans keep their hashes)', () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    const entry = fc.record({ key: fc.string(), row: fc.dictionary(fc.string({ minLength: 1 }), value) });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 5 }),
        fc.array(entry, { maxLength: 5 }),
        fc.array(
          fc.record({
            key: fc.string(),
            row: fc.constant({}),
            changes: fc.array(fc.record({ field: fc.string(), old: value, new: value }), { maxLength: 2 }),
          }),
          { maxLength: 5 },
        ),
        fc.option(fc.record({ create: fc.boolean() }), { nil: undefined }),
        (added, deleted, updated, change) => {
          const diff: RowDiff = { added, deleted, updated, unchanged: 0 };
          expect(planHash('t-1', 'replace', diff, change)).toBe(wholeStringHash('t-1', 'replace', diff, change));
        },
      ),
      { numRuns: 300 },
    );
  });
});
