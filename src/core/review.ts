import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './diff.ts';
import { combinedPlanHash, planCounts, type TablePlan } from './plan.ts';
import type { PlanMarker } from './report.ts';

/** One table's part of the plan marker: enough to say what differs from the reviewed plan. */
export interface ReviewedTable {
  table: string;
  hash: string;
  added: number;
  updated: number;
  deleted: number;
}

export function planMarkerFor(plans: readonly TablePlan[], sha: string, signingKey = ''): PlanMarker {
  const marker: PlanMarker = {
    hash: combinedPlanHash(plans),
    sha,
    tables: plans.map((plan) => {
      const { added, updated, deleted } = planCounts(plan);
      return { table: plan.table.name, hash: plan.hash, added, updated, deleted };
    }),
  };
  return signingKey ? { ...marker, sig: markerSignature(marker, signingKey) } : marker;
}

/**
 * The plan line's HMAC (sha256) under a key only this configuration's workflows hold: every workflow that runs with
 * the workflow token posts as the same identity, so without it any of them could write a plan line the apply trusts.
 */
function markerSignature(marker: PlanMarker, key: string): string {
  const { sig: _sig, ...signed } = marker;
  return createHmac('sha256', key).update(canonicalJson(signed)).digest('hex');
}

/** Whether a plan line carries this key's signature (always true without a key: nothing to check). */
export function markerSigned(marker: PlanMarker, key: string): boolean {
  if (!key) return true;
  if (typeof marker.sig !== 'string' || !/^[0-9a-f]{64}$/.test(marker.sig)) return false;
  return timingSafeEqual(Buffer.from(marker.sig, 'hex'), Buffer.from(markerSignature(marker, key), 'hex'));
}

export type ReviewDecision = { apply: true; notice: string } | { apply: false; refusal: string; differences: string[] };

/** What looking for the reviewed plan found. */
export type ReviewedPlan =
  /** Our comment on the merged pull request, with its plan line; `headSha` is the pull request's head commit. */
  | { state: 'found'; marker: PlanMarker; where: string; headSha?: string }
  /** No pull request, or none of our comments on it (a direct push, a tag, `comment: never`). */
  | { state: 'none'; where: string }
  /** GitHub could not be read, or our comment has no readable plan line: whether a plan was reviewed is unknown. */
  | { state: 'unreadable'; where: string };

export interface ReviewPolicy {
  onDrift: 'fail' | 'apply';
  /** Refuse an apply when no reviewed plan exists at all. */
  requireReviewedPlan: boolean;
}

/**
 * Whether the plan about to be applied is the one reviewed in the pull request. It fails closed: when the review
 * cannot be read, the apply is refused unless `on-drift: apply`. With no reviewed plan (a direct push, a tag,
 * `comment: never`) the fresh plan is applied, saying so, unless `require-reviewed-plan`. A different plan, or a plan
 * line recorded at another commit than the pull request's head, is refused unless `on-drift: apply`.
 */
export function reviewDecision(
  reviewed: ReviewedPlan,
  plans: readonly TablePlan[],
  policy: ReviewPolicy,
): ReviewDecision {
  const { where } = reviewed;
  const onDrift = policy.onDrift;
  if (reviewed.state === 'unreadable') {
    if (onDrift === 'apply') {
      return {
        apply: true,
        notice: `The reviewed plan could not be read (${where}); applying the plan made now anyway (on-drift: apply).`,
      };
    }
    return {
      apply: false,
      refusal: `The reviewed plan could not be read (${where}), so it is not known what was reviewed. Nothing was applied. Run again, or set on-drift: apply to apply the plan made now.`,
      differences: [],
    };
  }
  if (reviewed.state === 'none') {
    if (policy.requireReviewedPlan) {
      return {
        apply: false,
        refusal: `No reviewed plan was found (${where}) and require-reviewed-plan is true. Nothing was applied. Apply changes through a pull request whose plan comment was reviewed.`,
        differences: [],
      };
    }
    return {
      apply: true,
      notice: `No reviewed plan was found (${where}): applying the plan made now (in the summary).`,
    };
  }
  const marker = reviewed.marker;
  if (reviewed.headSha !== undefined && reviewed.headSha !== marker.sha) {
    const stale = `The plan comment (${where}) was made at ${marker.sha.slice(0, 7)}, but the pull request's head is ${reviewed.headSha.slice(0, 7)}: the last push was never planned`;
    if (onDrift === 'apply') return { apply: true, notice: `${stale}; applying the plan made now (on-drift: apply).` };
    return {
      apply: false,
      refusal: `${stale}. Nothing was applied. Re-run the plan in a pull request, or set on-drift: apply.`,
      differences: [],
    };
  }
  const reviewedPlan = marker;
  const current = planMarkerFor(plans, '');
  if (current.hash === reviewedPlan.hash) {
    return {
      apply: true,
      notice: `This is the plan reviewed at \`${reviewedPlan.sha.slice(0, 7)}\` (${where}): plan hash \`${current.hash.slice(0, 12)}\`.`,
    };
  }
  const differences: string[] = [];
  const before = new Map((reviewedPlan.tables ?? []).map((t) => [t.table, t]));
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
  for (const gone of before.keys()) differences.push(`${gone}: in the reviewed plan, not in this one`);
  if (differences.length === 0) differences.push('the plan differs from the reviewed one');
  if (onDrift === 'apply') {
    return {
      apply: true,
      notice: `The plan differs from the one reviewed at \`${reviewedPlan.sha.slice(0, 7)}\` (${where}); applying it anyway (on-drift: apply): ${differences.join('; ')}.`,
    };
  }
  return {
    apply: false,
    refusal: `The plan differs from the one reviewed at ${reviewedPlan.sha.slice(0, 7)} (${where}): the live tables or the files changed since the review. Nothing was applied. Re-run the plan in a pull request to review the changes, or set on-drift: apply.`,
    differences,
  };
}
