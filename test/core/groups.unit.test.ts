import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientOfGroup, itemsOfGroup, parseGroup, planMatrix, shareOfBudget } from '../../src/core/groups.ts';
import { planTable } from '../../src/core/plan.ts';
import { reviewDecision } from '../../src/review/decision.ts';
import { planMarkerFor } from '../../src/review/protocol.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';

describe('table groups of a job matrix', () => {
  it('split any list into groups that cover it once, in order, their sizes one apart at most', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 300 }), fc.integer({ min: 1, max: 256 }), (items, count) => {
        const parts = Array.from({ length: count }, (_, i) => itemsOfGroup(items, { index: i + 1, count }));
        expect(parts.flat()).toEqual(items);
        const sizes = parts.map((p) => p.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('read a group as the matrix names it, and refuse what is not one', () => {
    expect(parseGroup('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseGroup(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '2', '2/0', '1/257', 'a/b', '2/4/8', '-1/4'])
      expect(parseGroup(bad)).toBeUndefined();
  });

  it('give each client its groups round robin, and the groups of one client never more than its budget together', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 256 }),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 3000 }),
        (count, clients, allowed) => {
          const spent = new Map<number, number>();
          for (let index = 1; index <= count; index++) {
            const group = { index, count };
            const client = clientOfGroup(group, clients);
            expect(client).toBeGreaterThanOrEqual(1);
            expect(client).toBeLessThanOrEqual(clients);
            spent.set(client, (spent.get(client) ?? 0) + shareOfBudget(group, clients, allowed));
          }
          const sharing = Math.ceil(count / clients);
          // At least one request each: only a budget smaller than its groups can be exceeded, and then by one a group.
          for (const total of spent.values()) expect(total).toBeLessThanOrEqual(Math.max(allowed, sharing));
        },
      ),
    );
  });

  it('list 4 groups over 200 tables and two clients: 50 tables each, two groups a client at half its budget', () => {
    const tables = Array.from({ length: 200 }, (_, i) => `t${i}`);
    const groups = planMatrix(tables, { groups: 4, clients: 2, allowed: 300 });
    expect(groups.map((g) => [g.group, g.client, g.tables.length, g.requests, g.allowed])).toEqual([
      ['1/4', 1, 50, 350, 150],
      ['2/4', 2, 50, 350, 150],
      ['3/4', 1, 50, 350, 150],
      ['4/4', 2, 50, 350, 150],
    ]);
    // Never more groups than tables, nor one empty group.
    expect(planMatrix(['a', 'b'], { groups: 4, clients: 1, allowed: 300 }).map((g) => g.group)).toEqual(['1/2', '2/2']);
  });
});

describe("a group's apply against the gathered plan", () => {
  const plan = (table: string, live: Record<string, unknown>[]) =>
    planTable({
      file: `${table}.csv`,
      table: { id: `id-${table}`, name: table },
      schema: holidaysSchema,
      source: 'Holiday,Surcharge\nA,1\nB,2\n',
      liveRecords: live,
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits,
    });
  const policy = { onDrift: 'fail' as const, requireReviewedPlan: false };

  it("applies when its own tables are as reviewed, whatever the other groups' tables", async () => {
    const all = [await plan('One', []), await plan('Two', []), await plan('Three', [])];
    const reviewed = { state: 'found' as const, marker: planMarkerFor(all, 'abc1234'), where: 'pull request #3' };
    // One group of two: its tables alone do not make the whole plan's hash, and still match table by table.
    const mine = [await plan('Two', []), await plan('Three', [])];
    expect(reviewDecision(reviewed, mine, policy)).toMatchObject({ apply: false });
    expect(reviewDecision(reviewed, mine, policy, false, undefined, '2/2')).toMatchObject({
      apply: true,
      notice: expect.stringContaining('Group 2/2: its 2 table(s) are as reviewed'),
    });
  });

  it('refuses when one of its tables changed, or is not in the reviewed plan', async () => {
    const all = [await plan('One', []), await plan('Two', [])];
    const reviewed = { state: 'found' as const, marker: planMarkerFor(all, 'abc1234'), where: 'pull request #3' };
    expect(
      reviewDecision(reviewed, [await plan('Two', [{ key: 'A', Surcharge: 9 }])], policy, false, undefined, '2/2'),
    ).toMatchObject({
      apply: false,
      differences: ['Two: reviewed 2 to add, 0 to change, 0 to delete; now 1, 1, 0'],
    });
    expect(reviewDecision(reviewed, [await plan('Four', [])], policy, false, undefined, '2/2')).toMatchObject({
      apply: false,
      differences: ['Four: not in the reviewed plan'],
    });
  });
});
