import { describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import { planMarkerFor, type ReviewedPlan, reviewDecision } from '../../src/core/review.ts';
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

const failOnDrift = { onDrift: 'fail' as const, requireReviewedPlan: false };

describe('reviewDecision', () => {
  it('applies the reviewed plan, saying so', async () => {
    const reviewed = await plan([{ key: 'A', Surcharge: 5 }]);
    const decision = reviewDecision(
      {
        state: 'found',
        marker: planMarkerFor([reviewed], 'abcdef1234'),
        where: 'pull request #7',
        headSha: 'abcdef1234',
      },
      [await plan([{ key: 'A', Surcharge: 5 }])],
      failOnDrift,
    );
    expect(decision).toEqual({
      apply: true,
      notice: expect.stringContaining('This is the plan reviewed at `abcdef1` (pull request #7)'),
    });
  });

  it('refuses a plan that changed since the review, saying what changed, unless on-drift: apply', async () => {
    const reviewed: ReviewedPlan = {
      state: 'found',
      marker: planMarkerFor([await plan([{ key: 'A', Surcharge: 5 }])], 'abcdef1234'),
      where: 'pull request #7',
    };
    const now = [
      await plan([
        { key: 'A', Surcharge: 5 },
        { key: 'Z', Surcharge: 0 },
      ]),
    ];
    const refused = reviewDecision(reviewed, now, failOnDrift);
    expect(refused).toMatchObject({
      apply: false,
      differences: ['Holidays: reviewed 1 to add, 1 to change, 0 to delete; now 1, 1, 1'],
    });
    expect(reviewDecision(reviewed, now, { ...failOnDrift, onDrift: 'apply' })).toMatchObject({
      apply: true,
      notice: expect.stringContaining('applying it anyway (on-drift: apply)'),
    });
  });

  it('applies the fresh plan when there is no reviewed one, saying why', async () => {
    const none: ReviewedPlan = { state: 'none', where: 'no merged pull request for commit abc1234' };
    expect(reviewDecision(none, [await plan([])], failOnDrift)).toEqual({
      apply: true,
      notice:
        'No reviewed plan was found (no merged pull request for commit abc1234): applying the plan made now (in the summary).',
    });
    expect(reviewDecision(none, [await plan([])], { ...failOnDrift, requireReviewedPlan: true })).toMatchObject({
      apply: false,
      refusal: expect.stringContaining('require-reviewed-plan is true. Nothing was applied'),
    });
  });

  it('fails closed when the review cannot be read, unless on-drift: apply', async () => {
    const unreadable: ReviewedPlan = { state: 'unreadable', where: 'GitHub could not be read: GitHub answered 502' };
    expect(reviewDecision(unreadable, [await plan([])], failOnDrift)).toMatchObject({
      apply: false,
      refusal: expect.stringContaining(
        'The reviewed plan could not be read (GitHub could not be read: GitHub answered 502)',
      ),
    });
    expect(reviewDecision(unreadable, [await plan([])], { ...failOnDrift, onDrift: 'apply' })).toMatchObject({
      apply: true,
    });
  });

  it('refuses a plan line recorded at another commit than the pull request head', async () => {
    const live = [{ key: 'A', Surcharge: 5 }];
    const reviewed: ReviewedPlan = {
      state: 'found',
      marker: planMarkerFor([await plan(live)], 'aaaaaaa111'),
      where: 'pull request #7',
      headSha: 'bbbbbbb222',
    };
    expect(reviewDecision(reviewed, [await plan(live)], failOnDrift)).toMatchObject({
      apply: false,
      refusal: expect.stringContaining("was made at aaaaaaa, but the pull request's head is bbbbbbb"),
    });
  });
});
