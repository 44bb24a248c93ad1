import { describe, expect, it } from 'vitest';
import type { RowDiff } from '../../src/core/diff.ts';
import {
  composeChanges,
  compositionDifferences,
  keysBetween,
  matchTables,
  onlyKeys,
} from '../../src/core/queued-review.ts';

const reviewed = (table: string, hash: string, updated = 1) => ({ table, hash, added: 0, updated, deleted: 0 });

/** A diff from the same live rows: `set` keys get the row `{v}`, `del` keys are deleted. */
function diff(set: Record<string, string>, del: string[] = []): RowDiff {
  return {
    added: [],
    updated: Object.entries(set).map(([key, v]) => ({ key, row: { key, v }, changes: [] })),
    deleted: del.map((key) => ({ key, row: { key } })),
    unchanged: 0,
  };
}

describe('matchTables', () => {
  it('a table one reviewed plan changes must be exactly that plan', () => {
    const reviews = [
      { number: 2, tables: [reviewed('A', 'a2')] },
      { number: 3, tables: [reviewed('B', 'b3'), reviewed('A', 'a-unchanged', 0)] },
    ];
    expect(
      matchTables(
        [
          { table: 'A', hash: 'a2', changes: true },
          { table: 'B', hash: 'b3', changes: true },
        ],
        reviews,
      ),
    ).toEqual([
      { table: 'A', state: 'reviewed', by: 2 },
      { table: 'B', state: 'reviewed', by: 3 },
    ]);
    const [other] = matchTables([{ table: 'B', hash: 'bX', changes: true }], reviews);
    expect(other).toMatchObject({
      state: 'unreviewed',
      why: expect.stringContaining('the only reviewed plan that changes it (#3'),
    });
  });

  it('a table no reviewed plan changes is unreviewed, naming the pull requests; tables without changes are not asked about', () => {
    const matches = matchTables(
      [
        { table: 'C', hash: 'c', changes: true },
        { table: 'D', hash: 'd', changes: false },
      ],
      [{ number: 4, tables: [reviewed('A', 'a')] }],
    );
    expect(matches).toEqual([
      {
        table: 'C',
        state: 'unreviewed',
        why: 'changed by none of the reviewed plans of the pull requests merged since (#4)',
      },
    ]);
  });

  it('a table two reviewed plans change needs their composition, in merge order', () => {
    const reviews = [
      { number: 2, tables: [reviewed('A', 'a2')] },
      { number: 3, tables: [reviewed('A', 'a3')] },
    ];
    expect(matchTables([{ table: 'A', hash: 'a23', changes: true }], reviews)).toEqual([
      { table: 'A', state: 'compose', by: [2, 3] },
    ]);
  });
});

describe('composeChanges', () => {
  it('two pull requests changing other rows compose into both changes', () => {
    const composed = composeChanges([diff({ x: '2' }), diff({ y: '3' })]);
    expect(compositionDifferences(composed, diff({ x: '2', y: '3' }))).toEqual([]);
  });

  it('a row changed by both ends as the later merge left it', () => {
    const composed = composeChanges([diff({ x: '2' }), diff({ x: '3' })]);
    expect(compositionDifferences(composed, diff({ x: '3' }))).toEqual([]);
    expect(compositionDifferences(composed, diff({ x: '2' }))).toEqual([
      'key "x": the reviewed plans set it, the plan made now sets it to another row',
    ]);
  });

  it('a change none reviewed, or a reviewed change the merge dropped, is a difference', () => {
    const composed = composeChanges([diff({ x: '2' }), diff({}, ['z'])]);
    expect(compositionDifferences(composed, diff({ x: '2', w: '9' }, ['z']))).toEqual([
      'key "w": the reviewed plans leave it alone, the plan made now sets it',
    ]);
    expect(compositionDifferences(composed, diff({ x: '2' }))).toEqual([
      'key "z": the reviewed plans delete it, the plan made now leaves it',
    ]);
  });
});

describe("a pull request's own rows", () => {
  it('are the keys where its merge and the commit before it differ, as diffs from the same table', () => {
    // The table has x=1, y=1. Before the merge the file changed x (an earlier pull request); the merge adds y and deletes z.
    const before = diff({ x: '2' });
    const merge = diff({ x: '2', y: '3' }, ['z']);
    expect([...keysBetween(before, merge)].sort()).toEqual(['y', 'z']);
    expect([...keysBetween(merge, merge)]).toEqual([]);
  });

  it('cut a diff down to them: a branch file without an earlier change does not carry its revert', () => {
    // The branch's file lacks x's earlier change (it reverts x against the table now) and changes y.
    const branch = diff({ x: '1', y: '3' });
    expect(onlyKeys(branch, new Set(['y']))).toEqual(diff({ y: '3' }));
  });
});
