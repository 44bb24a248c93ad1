/**
 * The apply, in order: the review gate (gate.ts), each changed table applied side by side (table.ts, import.ts,
 * verify.ts), then what the apply leaves behind (results.ts).
 */

import { changesTable } from '../../core/plan.ts';
import { mapConcurrent } from '../../core/pool.ts';
import { renderApplyReport } from '../../core/report/apply.ts';
import { escapeMarkdown } from '../../core/report/markdown.ts';
import type { Provider } from '../../providers/provider.ts';
import { markStalePlans } from '../../review/review-queue.ts';
import type { RunContext } from '../context.ts';
import type { PlannedRun } from '../plan.ts';
import type { PublishedPlan } from '../publish.ts';
import { approvedOnTerminal, refuseApply, reviewGate } from './gate.ts';
import { commentResults, failImports, importJobsOutput, keepSnapshots, recordApplied } from './results.ts';
import { applyTable } from './table.ts';

export async function applyPlans(
  context: RunContext,
  provider: Provider,
  planned: PlannedRun,
  published: PublishedPlan,
): Promise<void> {
  const { runner, settings } = context;
  const gate = await reviewGate(context, provider, planned);
  if (!gate.open) return refuseApply(runner, gate);
  if (gate.notice) runner.notice(gate.notice);

  // Changed tables are applied side by side; outcomes and snapshots come out in config order.
  const applied = await mapConcurrent(planned.tables, settings.parallelism, (plannedTable) =>
    applyTable(context, provider, plannedTable),
  );
  // Said once, after the folds: a line outside them could land inside another table's open fold.
  const unchanged = planned.tables
    .filter((t) => !changesTable(t.plan) && !t.sendWholeFile)
    .map((t) => t.plan.table.name);
  if (unchanged.length > 0) runner.info(`No changes, no import job started: ${unchanged.join(', ')}`);
  const outcomes = applied.flatMap((a) => (a.outcome ? [a.outcome] : []));
  const snapshots = applied.flatMap((a) => (a.snapshot ? [a.snapshot] : []));

  await recordApplied(context, provider, planned, applied);
  importJobsOutput(runner, outcomes);
  await keepSnapshots(context, snapshots, approvedOnTerminal(runner));
  const note = gate.unreviewed ? `> [!NOTE]\n> ${escapeMarkdown(gate.unreviewed)}\n\n` : '';
  await runner.summary(note + renderApplyReport(outcomes, settings.environment));
  await commentResults(
    context,
    gate.reviewed,
    published,
    planned.tables.map((t) => t.plan),
    outcomes,
  );
  // Other pull requests planned against these tables as they were: their comments now say so.
  const changed = new Set(outcomes.filter((o) => o.jobId !== undefined).map((o) => o.table));
  await markStalePlans(context, changed, gate.reviewed.number);
  failImports(runner, outcomes);
}
