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

export function planMarkerFor(plans: readonly TablePlan[], sha: string): PlanMarker {
  return {
    hash: combinedPlanHash(plans),
    sha,
    tables: plans.map((plan) => {
      const { added, updated, deleted } = planCounts(plan);
      return { table: plan.table.name, hash: plan.hash, added, updated, deleted };
    }),
  };
}

export type ReviewDecision = { apply: true; notice: string } | { apply: false; refusal: string; differences: string[] };

/**
 * Whether the plan about to be applied is the one reviewed in the pull request. With no reviewed plan (a direct
 * push, a tag, `comment: never`) the fresh plan is applied, saying so; a different plan is refused unless
 * `on-drift: apply`.
 */
export function reviewDecision(
  reviewed: PlanMarker | undefined,
  plans: readonly TablePlan[],
  onDrift: 'fail' | 'apply',
  where: string,
): ReviewDecision {
  if (!reviewed) {
    return {
      apply: true,
      notice: `No reviewed plan was found (${where}): applying the plan made now (in the summary).`,
    };
  }
  const current = planMarkerFor(plans, '');
  if (current.hash === reviewed.hash) {
    return {
      apply: true,
      notice: `This is the plan reviewed at \`${reviewed.sha.slice(0, 7)}\` (${where}): plan hash \`${current.hash.slice(0, 12)}\`.`,
    };
  }
  const differences: string[] = [];
  const before = new Map((reviewed.tables ?? []).map((t) => [t.table, t]));
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
      notice: `The plan differs from the one reviewed at \`${reviewed.sha.slice(0, 7)}\` (${where}); applying it anyway (on-drift: apply): ${differences.join('; ')}.`,
    };
  }
  return {
    apply: false,
    refusal: `The plan differs from the one reviewed at ${reviewed.sha.slice(0, 7)} (${where}): the live tables or the files changed since the review. Nothing was applied. Re-run the plan in a pull request to review the changes, or set on-drift: apply.`,
    differences,
  };
}
