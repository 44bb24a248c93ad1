/** The one label a plan sets on its pull request, by what the plan does (each configuration's plan line records it). */

import { planCounts, type TablePlan } from './plan.ts';
import type { TableFailure } from './report/plan.ts';

/** The labels a plan can set on its pull request: exactly one at a time. */
export const PLAN_LABELS = [
  { name: 'datatables: no changes', color: 'c2e0c6', description: 'The data table plan changes nothing' },
  { name: 'datatables: changes', color: '0e8a16', description: 'The data table plan adds or changes rows' },
  { name: 'datatables: deletes', color: 'fbca04', description: 'The data table plan deletes rows' },
  { name: 'datatables: blocked', color: 'b60205', description: 'The data table plan cannot be applied' },
] as const;

export type PlanLabel = (typeof PLAN_LABELS)[number];

/** The one label for these plans: blocked before deletes before changes before none. */
export function planLabel(plans: readonly TablePlan[], failures: readonly TableFailure[]): PlanLabel {
  const [none, changes, deletes, blocked] = PLAN_LABELS;
  if (failures.length > 0 || plans.some((plan) => plan.refusals.length > 0 || plan.invalidRows > 0)) return blocked;
  const counts = plans.map((plan) => planCounts(plan));
  if (counts.some((c) => c.deleted > 0)) return deletes;
  if (counts.some((c) => c.added + c.updated > 0) || plans.some((plan) => plan.schemaChange)) return changes;
  return none;
}
