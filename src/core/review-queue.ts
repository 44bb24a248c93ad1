/**
 * What the review queue shows of a plan beyond its comment: a plan that another change made stale, and the one label
 * that says what a plan does.
 */

import { planCounts, type TablePlan } from './plan.ts';
import {
  codeOrText,
  commentConfigId,
  escapeMarkdown,
  type PlanMarker,
  readPlanMarker,
  type TableFailure,
} from './report.ts';

const OUTDATED_START = '<!-- datatable-sync-outdated -->';
const OUTDATED_END = '<!-- /datatable-sync-outdated -->';

/** Whether a comment carries the note an apply of another pull request adds to a plan it made stale. */
export function hasOutdatedNote(body: string): boolean {
  return body.includes(OUTDATED_START);
}

/** The tables of a plan comment's marker that an apply just changed (none: the comment is left alone). */
export function staleTables(marker: PlanMarker | undefined, changed: ReadonlySet<string>): string[] {
  return [...new Set((marker?.tables ?? []).map((t) => t.table).filter((name) => changed.has(name)))];
}

/** The note at the top of a plan comment made stale: which tables changed, where and at which commit, and what to do. */
export function outdatedNote(tables: readonly string[], branch: string | undefined, sha: string): string {
  const names = tables.map((name) => `**${escapeMarkdown(name)}**`).join(', ');
  const where = branch ? ` on ${codeOrText(branch)}` : '';
  return [
    OUTDATED_START,
    '> [!WARNING]',
    `> **Outdated**: ${names} changed${where} at \`${sha.slice(0, 7)}\` after this plan was made; push or re-run the plan workflow to refresh it. Applying this plan as it is would be refused.`,
    OUTDATED_END,
  ].join('\n');
}

/**
 * The comment with the note at its top (after the hidden marker lines, which must stay first), replacing an earlier
 * note; the rest of the comment is left as it was. Undefined when the note would not fit GitHub's comment limit.
 */
export function withOutdatedNote(body: string, note: string, limit = 65_536): string | undefined {
  let rest = body;
  const start = rest.indexOf(OUTDATED_START);
  const end = rest.indexOf(OUTDATED_END);
  if (start >= 0 && end > start)
    rest = `${rest.slice(0, start)}${rest.slice(end + OUTDATED_END.length).replace(/^\n+/, '')}`;
  // The marker lines are HTML comments at the very top: the note goes right after the last of them.
  const lines = rest.split('\n');
  let markers = 0;
  while (markers < lines.length && /^<!-- datatable-sync[-:].* -->$/.test(lines[markers] as string)) markers++;
  let first = markers;
  while (first < lines.length && lines[first] === '') first++;
  const updated = [...lines.slice(0, markers), note, '', ...lines.slice(first)].join('\n');
  return updated.length <= limit ? updated : undefined;
}

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

/**
 * One label for the whole pull request: the worst of this run's and of what the other configurations' (and
 * environments') plan comments of ours recorded, so a run changes only its own part. A comment without a label
 * (written by an apply, or an earlier version) counts for nothing.
 */
export function pullRequestLabel(own: PlanLabel, ownConfigId: string, ourComments: readonly string[]): PlanLabel {
  let worst = PLAN_LABELS.indexOf(own);
  for (const body of ourComments) {
    if (commentConfigId(body) === ownConfigId) continue;
    const index = PLAN_LABELS.findIndex((label) => label.name === readPlanMarker(body)?.label);
    worst = Math.max(worst, index);
  }
  return PLAN_LABELS[worst] ?? own;
}
