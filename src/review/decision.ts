/**
 * Whether the plan about to be applied is the plan reviewed in the pull request: the rule the apply follows, given
 * the reviewed plan's search (src/review/comment.ts) and the plan made now. Pure.
 */
import { changesTable, planCounts, type TablePlan } from '../core/plan.ts';
import type { ReviewedTable } from '../core/queued-review.ts';
import { type PlanMarker, planMarkerFor } from './protocol.ts';

/**
 * A refused apply: `refusal` is the sentence said to the user, built from why, "Nothing was applied.", and what to do
 * (`remedy`), so that a later reason (an apply queued behind a cancelled one: notQueuedEither) joins the why.
 */
export interface Refused {
  apply: false;
  refusal: string;
  why: string;
  remedy: string;
  differences: string[];
}

export type ReviewDecision = { apply: true; notice: string } | Refused;

function refuse(why: string, remedy: string, differences: string[] = []): Refused {
  return { apply: false, refusal: `${why} Nothing was applied. ${remedy}`, why, remedy, differences };
}

/**
 * The refusal, adding that the plan made now is not what the pull requests merged since the last applied commit
 * reviewed either (an apply queued behind a cancelled one: src/run/apply/queued.ts), and why.
 */
export function notQueuedEither(refused: Refused, why: string): Refused {
  return refuse(
    `${refused.why} Nor is it what the pull requests merged since the last applied commit reviewed (an apply queued behind a cancelled one): ${why}.`,
    refused.remedy,
    refused.differences,
  );
}

/** Whether every table planned now is in the reviewed plan with the same hash (and some table is). */
function sameTables(now: readonly ReviewedTable[], reviewed: readonly ReviewedTable[]): boolean {
  const hashes = new Map(reviewed.map((t) => [t.table, t.hash]));
  return now.length > 0 && now.length === reviewed.length && now.every((t) => hashes.get(t.table) === t.hash);
}

/** What looking for the reviewed plan found. */
export type ReviewedPlan =
  /** Our comment on the merged pull request, with its plan line; `headSha` is the pull request's head commit. */
  | { state: 'found'; marker: PlanMarker; where: string; headSha?: string }
  /** No pull request (a direct push, a tag): no review to compare with. */
  | { state: 'none'; where: string }
  /** A merged pull request without a plan comment of ours: no review showed what would be imported. */
  | { state: 'missing'; where: string }
  /** Our comment, but not as the action wrote it (edited, unsigned, written after the merge): `why` says how. */
  | { state: 'untrusted'; where: string; why: string }
  /** GitHub could not be read, or the search could not finish: whether a plan was reviewed is unknown. */
  | { state: 'unreadable'; where: string };

export interface ReviewPolicy {
  onDrift: 'fail' | 'apply';
  /** Refuse an apply when no reviewed plan exists at all. */
  requireReviewedPlan: boolean;
  /** `never`: no plan comment is ever written, so a pull request without one is no sign of anything. */
  comment?: string;
}

/**
 * Whether the plan about to be applied is the one reviewed in the pull request. It fails closed: when the review
 * cannot be read, when the comment is not as the action wrote it, and when a merged pull request has no plan comment
 * at all, the apply is refused unless `on-drift: apply` (a pull request without one may still apply a plan that
 * imports nothing). With no pull request (a direct push, a tag) the fresh plan is applied, saying so, unless
 * `require-reviewed-plan`. A different plan, or a plan line recorded at another commit than the pull request's head,
 * is refused unless `on-drift: apply`.
 */
export function reviewDecision(
  reviewed: ReviewedPlan,
  plans: readonly TablePlan[],
  policy: ReviewPolicy,
  /** This apply would start no import (no table changes): nothing it does can differ from a review. */
  importsNothing = false,
  /** Whether the apply would import into this table (its changes, or every row when its state is not known). */
  imports: (plan: TablePlan) => boolean = changesTable,
  /**
   * One group of a job matrix: the reviewed plan holds every group's tables, and this apply answers for its own
   * (each table's hash as reviewed), never for the tables of the other groups.
   */
  group?: string,
): ReviewDecision {
  const { where } = reviewed;
  const onDrift = policy.onDrift;
  if (reviewed.state === 'untrusted') {
    if (onDrift === 'apply') {
      return {
        apply: true,
        notice: `The plan comment on ${where} is not as the action wrote it (${reviewed.why}); applying the plan made now anyway (on-drift: apply).`,
      };
    }
    return refuse(
      `The plan comment on ${where} is not the plan the action wrote: ${reviewed.why}.`,
      `To apply the files as they are now, review their plan in a new pull request, or run this apply with on-drift: apply.`,
    );
  }
  if (reviewed.state === 'missing' && policy.comment !== 'never') {
    if (importsNothing) {
      return { apply: true, notice: `No plan comment of ours on ${where}, and this apply imports nothing.` };
    }
    if (onDrift === 'apply') {
      return {
        apply: true,
        notice: `No plan comment of ours on ${where}: no review showed this plan; applying it anyway (on-drift: apply).`,
      };
    }
    return refuse(
      `No plan comment of ours on ${where}, so no review showed what this apply would import.`,
      `Review the plan in a pull request (its comment is the review), or run this apply with on-drift: apply.`,
    );
  }
  if (reviewed.state === 'unreadable') {
    if (onDrift === 'apply') {
      return {
        apply: true,
        notice: `The reviewed plan could not be read (${where}); applying the plan made now anyway (on-drift: apply).`,
      };
    }
    return refuse(
      `The reviewed plan could not be read (${where}), so it is not known what was reviewed.`,
      `Run again, or set on-drift: apply to apply the plan made now.`,
    );
  }
  if (reviewed.state === 'none' || reviewed.state === 'missing') {
    if (policy.requireReviewedPlan) {
      return refuse(
        `No reviewed plan was found (${where}) and require-reviewed-plan is true.`,
        `Apply changes through a pull request whose plan comment was reviewed.`,
      );
    }
    return {
      apply: true,
      notice: `No reviewed plan was found (${where}): applying the plan made now, which no review showed.`,
    };
  }
  const marker = reviewed.marker;
  if (reviewed.headSha !== undefined && reviewed.headSha !== marker.sha) {
    const stale = `The plan comment (${where}) was made at ${marker.sha.slice(0, 7)}, but the pull request's head is ${reviewed.headSha.slice(0, 7)}: the last push was never planned`;
    if (onDrift === 'apply') return { apply: true, notice: `${stale}; applying the plan made now (on-drift: apply).` };
    return refuse(`${stale}.`, `Re-run the plan in a pull request, or set on-drift: apply.`);
  }
  const reviewedPlan = marker;
  // A plan that read only the tables its pull request changes (notRead): the tables it read are compared as always;
  // every other table may be applied only if the apply would not change it, as a no-change plan would have shown it.
  const read = marker.notRead ? new Set((marker.tables ?? []).map((t) => t.table)) : undefined;
  const compared = read ? plans.filter((plan) => read.has(plan.table.name)) : plans;
  const unread = read ? plans.filter((plan) => !read.has(plan.table.name) && imports(plan)) : [];
  const current = planMarkerFor(compared, '');
  // One group of a job matrix answers for its own tables (each table's hash as reviewed), never for another group's.
  const mine = new Set(plans.map((plan) => plan.table.name));
  const reviewedTables = (reviewedPlan.tables ?? []).filter((t) => group === undefined || mine.has(t.table));
  const same =
    group === undefined ? current.hash === reviewedPlan.hash : sameTables(current.tables ?? [], reviewedTables);
  if (same && unread.length === 0) {
    const others = read ? plans.length - compared.length : 0;
    const unreadNote = others > 0 ? `; the ${others} table(s) that plan did not read have no changes` : '';
    return {
      apply: true,
      notice:
        group === undefined
          ? `This is the plan reviewed at \`${reviewedPlan.sha.slice(0, 7)}\` (${where}): plan hash \`${current.hash.slice(0, 12)}\`${unreadNote}.`
          : `Group ${group}: its ${mine.size} table(s) are as reviewed at \`${reviewedPlan.sha.slice(0, 7)}\` (${where}), in the plan of every group with hash \`${reviewedPlan.hash.slice(0, 12)}\`${unreadNote}.`,
    };
  }
  const differences: string[] = [];
  const before = new Map(reviewedTables.map((t) => [t.table, t]));
  for (const now of current.tables ?? []) {
    const then = before.get(now.table);
    if (!then) differences.push(`${now.table}: not in the reviewed plan`);
    else if (then.hash !== now.hash) {
      differences.push(
        `${now.table}: reviewed ${then.added} to add, ${then.updated} to change, ${then.deleted} to delete; now ${now.added}, ${now.updated}, ${now.deleted}`,
      );
    }
    before.delete(now.table);
  }
  for (const plan of unread) {
    const { added, updated, deleted } = planCounts(plan);
    differences.push(
      `${plan.table.name}: not read by the reviewed plan (the pull request changed none of its files), but this apply would change it: ${added} to add, ${updated} to change, ${deleted} to delete`,
    );
  }
  for (const gone of before.keys()) differences.push(`${gone}: in the reviewed plan, not in this one`);
  if (differences.length === 0) differences.push('the plan differs from the reviewed one');
  if (onDrift === 'apply') {
    return {
      apply: true,
      notice: `The plan differs from the one reviewed at \`${reviewedPlan.sha.slice(0, 7)}\` (${where}); applying it anyway (on-drift: apply): ${differences.join('; ')}.`,
    };
  }
  return refuse(
    `The plan differs from the one reviewed at ${reviewedPlan.sha.slice(0, 7)} (${where}): the live tables or the files changed since the review.`,
    `Re-run the plan in a pull request to review the changes, or set on-drift: apply.`,
    differences,
  );
}
