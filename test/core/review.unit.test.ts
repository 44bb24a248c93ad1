import { describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import { planMarkerFor, reviewDecision } from '../../src/core/review.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';

async function plan(live: Record<string, unknown>[]) {
  return planTable({
    file: 'h.csv',
    table: { id: 't', name: 'Holidays' },
    schema: holidaysSchema,
    source: 'Holiday,Surcharge\nA,1\nB,2\n',
    liveRecords: live,
    mode: 'replace',
    maxDeletes: { percent: 100 },
    limits,
  });
}

describe('reviewDecision', () => {
  it('applies the reviewed plan, saying so', async () => {
    const reviewed = await plan([{ key: 'A', Surcharge: 5 }]);
    const decision = reviewDecision(
      planMarkerFor([reviewed], 'abcdef1234'),
      [await plan([{ key: 'A', Surcharge: 5 }])],
      'fail',
      'pull request #7',
    );
    expect(decision).toEqual({
      apply: true,
      notice: expect.stringContaining('This is the plan reviewed at `abcdef1` (pull request #7)'),
    });
  });

  it('refuses a plan that changed since the review, saying what changed, unless on-drift: apply', async () => {
    const reviewed = planMarkerFor([await plan([{ key: 'A', Surcharge: 5 }])], 'abcdef1234');
    const now = [
      await plan([
        { key: 'A', Surcharge: 5 },
        { key: 'Z', Surcharge: 0 },
      ]),
    ];
    const refused = reviewDecision(reviewed, now, 'fail', 'pull request #7');
    expect(refused).toMatchObject({
      apply: false,
      differences: ['Holidays: reviewed 1 to add, 1 to change, 0 to delete; now 1, 1, 1'],
    });
    expect(reviewDecision(reviewed, now, 'apply', 'pull request #7')).toMatchObject({
      apply: true,
      notice: expect.stringContaining('applying it anyway (on-drift: apply)'),
    });
  });

  it('applies the fresh plan when there is no reviewed one, saying why', async () => {
    expect(reviewDecision(undefined, [await plan([])], 'fail', 'no merged pull request for commit abc1234')).toEqual({
      apply: true,
      notice:
        'No reviewed plan was found (no merged pull request for commit abc1234): applying the plan made now (in the summary).',
    });
  });
});
