import { describe, expect, it } from 'vitest';
import type { RowDiff } from '../../src/core/diff.ts';
import { checkGuards, parseDeleteLimit } from '../../src/core/guards.ts';

const deleting = (count: number): RowDiff => ({
  added: [],
  updated: [],
  deleted: Array.from({ length: count }, (_, i) => ({ key: `k${i}`, row: { key: `k${i}` } })),
  unchanged: 0,
});

describe('deletion guards', () => {
  it('reads counts and percentages, and nothing else', () => {
    expect(parseDeleteLimit('25%')).toEqual({ percent: 25 });
    expect(parseDeleteLimit('0')).toEqual({ count: 0 });
    expect(parseDeleteLimit('12.5%')).toEqual({ percent: 12.5 });
    for (const bad of ['', '-1', '101%', 'ten', '5 %']) expect(parseDeleteLimit(bad)).toBeUndefined();
  });

  it('refuses strictly more deletions than allowed; a percentage of live rows rounds down', () => {
    const options = { liveRowCount: 10, fileRowCount: 7, mode: 'replace' as const, maxDeletes: { percent: 25 } };
    expect(checkGuards(deleting(2), options)).toEqual([]);
    expect(checkGuards(deleting(3), options)).toEqual([
      'the plan deletes 3 of 10 live rows; max-deletes (25%) allows 2',
    ]);
    expect(checkGuards(deleting(3), { ...options, maxDeletes: { count: 3 } })).toEqual([]);
  });

  it('refuses an empty file against a non-empty table unless max-deletes is 100%', () => {
    const options = { liveRowCount: 4, fileRowCount: 0, mode: 'replace' as const, maxDeletes: { count: 1000 } };
    expect(checkGuards(deleting(4), options)[0]).toContain('the file has no rows and would delete all 4 live rows');
    expect(checkGuards(deleting(4), { ...options, maxDeletes: { percent: 100 } })).toEqual([]);
    expect(checkGuards(deleting(0), { ...options, mode: 'append' })).toEqual([]);
  });

  it("refuses an import that would leave more rows than the table's limit, in either mode", () => {
    const adding = (count: number): RowDiff => ({
      added: Array.from({ length: count }, (_, i) => ({ key: `n${i}`, row: { key: `n${i}` } })),
      updated: [],
      deleted: [],
      unchanged: 0,
    });
    const options = { liveRowCount: 4, fileRowCount: 6, mode: 'replace' as const, maxDeletes: { count: 0 } };
    expect(checkGuards(adding(2), { ...options, maxRows: 6 })).toEqual([]);
    expect(checkGuards(adding(2), { ...options, maxRows: 5 })).toEqual([
      'the file has 6 rows; the table allows at most 5, so nothing would be imported',
    ]);
    expect(checkGuards(adding(2), { ...options, mode: 'append', fileRowCount: 2, maxRows: 5 })).toEqual([
      'appending would leave 6 rows (4 live + 2 new); the table allows at most 5',
    ]);
  });
});
