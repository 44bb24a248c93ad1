import { describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import { notQueuedEither, type ReviewedPlan, reviewDecision } from '../../src/review/decision.ts';
import {
  type CommentRecord,
  checkPlanComment,
  planMarkerFor,
  renderComment,
  sealWith,
} from '../../src/review/protocol.ts';
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

  it('adds why the pull requests merged since the last apply do not settle it before "Nothing was applied."', async () => {
    const reviewed: ReviewedPlan = {
      state: 'found',
      marker: planMarkerFor([await plan([{ key: 'A', Surcharge: 5 }])], 'abcdef1234'),
      where: 'pull request #7',
    };
    const refused = reviewDecision(reviewed, [await plan([{ key: 'Z', Surcharge: 0 }])], failOnDrift);
    if (refused.apply) throw new Error('expected a refusal');
    const both = notQueuedEither(refused, '#5 is not trusted');
    expect(both.refusal).toBe(
      'The plan differs from the one reviewed at abcdef1 (pull request #7): the live tables or the files changed since the review. Nor is it what the pull requests merged since the last applied commit reviewed (an apply queued behind a cancelled one): #5 is not trusted. Nothing was applied. Re-run the plan in a pull request to review the changes, or set on-drift: apply.',
    );
    expect(both.differences).toEqual(refused.differences);
    expect(both.differences.length).toBeGreaterThan(0);
  });

  it('applies the fresh plan when there is no reviewed one, saying why', async () => {
    const none: ReviewedPlan = { state: 'none', where: 'no merged pull request for commit abc1234' };
    expect(reviewDecision(none, [await plan([])], failOnDrift)).toEqual({
      apply: true,
      notice:
        'No reviewed plan was found (no merged pull request for commit abc1234): applying the plan made now, which no review showed.',
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

describe('reviewDecision, a pull request plan that read only the tables it changes (notRead)', () => {
  /** A table `name` whose live rows are `live`, against the file A,1 / B,2. */
  const tablePlan = (name: string, live: Record<string, unknown>[]) =>
    planTable({
      file: `${name}.csv`,
      table: { id: `id-${name}`, name },
      schema: holidaysSchema,
      source: 'Holiday,Surcharge\nA,1\nB,2\n',
      liveRecords: live,
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits,
    });
  const same = [
    { key: 'A', Surcharge: 1 },
    { key: 'B', Surcharge: 2 },
  ];
  const reviewedOf = async (read: Awaited<ReturnType<typeof tablePlan>>[], notRead: number): Promise<ReviewedPlan> => ({
    state: 'found',
    marker: { ...planMarkerFor(read, 'abc1234'), ...(notRead ? { notRead } : {}) },
    where: 'pull request #7',
  });

  it('applies when the tables it did not read have no changes', async () => {
    const reviewed = await reviewedOf([await tablePlan('Holidays', [{ key: 'A', Surcharge: 5 }])], 2);
    const now = [
      await tablePlan('Queues', same),
      await tablePlan('Holidays', [{ key: 'A', Surcharge: 5 }]),
      await tablePlan('Skills', same),
    ];
    expect(reviewDecision(reviewed, now, failOnDrift)).toEqual({
      apply: true,
      notice: expect.stringContaining('the 2 table(s) that plan did not read have no changes'),
    });
  });

  it('refuses a table it did not read that the apply would change, unless on-drift: apply', async () => {
    const reviewed = await reviewedOf([await tablePlan('Holidays', [{ key: 'A', Surcharge: 5 }])], 1);
    const now = [
      await tablePlan('Holidays', [{ key: 'A', Surcharge: 5 }]),
      await tablePlan('Queues', [{ key: 'A', Surcharge: 1 }]),
    ];
    expect(reviewDecision(reviewed, now, failOnDrift)).toMatchObject({
      apply: false,
      differences: [
        'Queues: not read by the reviewed plan (the pull request changed none of its files), but this apply would change it: 1 to add, 0 to change, 0 to delete',
      ],
    });
    expect(reviewDecision(reviewed, now, { ...failOnDrift, onDrift: 'apply' })).toMatchObject({ apply: true });
    // A full plan (no notRead) treats a table missing from it as today: refused, even when it changes nothing.
    const full = await reviewedOf([await tablePlan('Holidays', [{ key: 'A', Surcharge: 5 }])], 0);
    const unchanged = [await tablePlan('Holidays', [{ key: 'A', Surcharge: 5 }]), await tablePlan('Queues', same)];
    expect(reviewDecision(full, unchanged, failOnDrift)).toMatchObject({
      apply: false,
      differences: ['Queues: not in the reviewed plan'],
    });
  });

  it('still compares the tables it read: a changed one is refused', async () => {
    const reviewed = await reviewedOf([await tablePlan('Holidays', [{ key: 'A', Surcharge: 5 }])], 1);
    const now = [await tablePlan('Holidays', [{ key: 'A', Surcharge: 6 }]), await tablePlan('Queues', same)];
    expect(reviewDecision(reviewed, now, failOnDrift)).toMatchObject({ apply: false });
  });

  it('keeps notRead through the comment, signed with the rest of the plan line', async () => {
    const read = [await tablePlan('Holidays', [{ key: 'A', Surcharge: 5 }])];
    const body = renderComment(
      {
        mode: 'plan',
        plans: read,
        failures: [],
        configId: 'cfg',
        planMarker: { ...planMarkerFor(read, 'abc1234'), notRead: 99 },
        wherePlanIs: 'here',
      },
      sealWith('key'),
    );
    const check = checkPlanComment({ body, createdAt: '2026-11-24T09:00:00Z', edits: [] }, 'cfg', 'key', undefined);
    expect(check).toMatchObject({ trusted: true, marker: { notRead: 99 } });
    const forged = body.replace('"notRead":99', '"notRead":98');
    expect(
      checkPlanComment({ body: forged, createdAt: '2026-11-24T09:00:00Z', edits: [] }, 'cfg', 'key', undefined),
    ).toMatchObject({ trusted: false });
  });
});

describe('reviewDecision, a merged pull request without a plan comment', () => {
  const missing: ReviewedPlan = { state: 'missing', where: 'pull request #7' };
  it('refuses a plan that imports anything, unless on-drift: apply', async () => {
    expect(reviewDecision(missing, [await plan([])], failOnDrift)).toMatchObject({
      apply: false,
      refusal: expect.stringContaining('No plan comment of ours on pull request #7, so no review showed'),
    });
    expect(reviewDecision(missing, [await plan([])], { ...failOnDrift, onDrift: 'apply' })).toMatchObject({
      apply: true,
    });
  });
  it('lets a plan that imports nothing through, and comment: never apply as without a pull request', async () => {
    expect(reviewDecision(missing, [await plan([])], failOnDrift, true)).toMatchObject({ apply: true });
    expect(reviewDecision(missing, [await plan([])], { ...failOnDrift, comment: 'never' })).toMatchObject({
      apply: true,
      notice: expect.stringContaining('No reviewed plan was found (pull request #7)'),
    });
  });
});

describe('checkPlanComment: the comment exactly as the action wrote it, before the merge', () => {
  const key = 'k';
  const bot = { at: '2026-11-24T09:30:00Z', login: 'github-actions', ours: true };
  async function written(signingKey = key): Promise<string> {
    const reviewed = await plan([]);
    return renderComment(
      {
        mode: 'plan',
        plans: [reviewed],
        failures: [],
        configId: 'c',
        planMarker: planMarkerFor([reviewed], 'a'.repeat(40)),
        commit: { planned: 'a'.repeat(40) },
        wherePlanIs: 'w',
      },
      sealWith(signingKey),
    );
  }
  const record = (body: string, more: Partial<CommentRecord> = {}): CommentRecord => ({
    body,
    createdAt: '2026-11-24T09:00:00Z',
    edits: [],
    ...more,
  });
  const merged = '2026-11-24T10:00:00Z';

  it('trusts it unedited, or edited only by the action', async () => {
    const body = await written();
    expect(checkPlanComment(record(body), 'c', key, merged)).toMatchObject({ trusted: true });
    expect(checkPlanComment(record(body, { lastEdit: bot, edits: [bot] }), 'c', key, merged)).toMatchObject({
      trusted: true,
    });
  });

  it('refuses an edit by anyone else, naming who and when, even when the action wrote the same text since', async () => {
    const body = await written();
    const mallory = { at: '2026-11-24T09:40:00Z', login: 'mallory', ours: false };
    expect(checkPlanComment(record(body, { lastEdit: mallory, edits: [bot, mallory] }), 'c', key, merged)).toEqual({
      trusted: false,
      why: expect.stringContaining('edited by mallory at 2026-11-24T09:40:00Z'),
    });
    // An account since deleted: GitHub names no editor.
    const ghost = { at: '2026-11-24T09:41:00Z', ours: false };
    expect(checkPlanComment(record(body, { lastEdit: ghost, edits: [] }), 'c', key, merged)).toMatchObject({
      why: expect.stringContaining('an account GitHub no longer names at 2026-11-24T09:41:00Z'),
    });
    // Overwritten by the action afterwards: the text is the action's again.
    const later = { ...bot, at: '2026-11-24T09:50:00Z' };
    expect(
      checkPlanComment(record(body, { lastEdit: later, edits: [bot, mallory, later] }), 'c', key, merged),
    ).toMatchObject({ trusted: true });
  });

  it('refuses a changed text, a line without digest or signature, another shape, and a plan written after the merge', async () => {
    const body = await written();
    const why = (text: string, signingKey = key, at?: string) => {
      const check = checkPlanComment(record(text, at ? { createdAt: at } : {}), 'c', signingKey, merged);
      return check.trusted ? 'trusted' : check.why;
    };
    expect(why(body.replace('Data tables plan', 'Data tables PLAN'))).toContain(
      'its text is not the text the action wrote',
    );
    expect(why(body.replace(/,"body":"[0-9a-f]{64}"/, ''), '')).toContain('carries no digest of its text');
    expect(why(await written(''))).toContain('not signed with plan-signing-key');
    expect(why(`hello\n${body}`)).toContain('does not have the shape the action writes');
    expect(why(body, key, '2026-11-24T10:00:01Z')).toContain('after the merge at 2026-11-24T10:00:00Z');
    expect(why(body, key, 'not a time')).toContain('after the merge');
    // Line endings and trailing white space a store may rewrite change nothing a reader sees.
    expect(why(`${body.replace(/\n/g, '\r\n')}  `)).toBe('trusted');
  });
});
