/**
 * The review gate: whether this apply may import, from the plan its pull request reviewed (or, on a terminal, from
 * the person who approved the plan just made), and what the report must say about how it was reviewed.
 */
import { groupName } from '../../core/groups.ts';
import { changesTable } from '../../core/plan.ts';
import { escapeMarkdown } from '../../core/report/markdown.ts';
import type { Provider } from '../../providers/provider.ts';
import { findReviewedPlan } from '../../review/comment.ts';
import { notQueuedEither, reviewDecision } from '../../review/decision.ts';
import type { Runner } from '../../runner.ts';
import type { RunContext } from '../context.ts';
import type { PlannedRun } from '../plan.ts';
import { reviewedSinceLastApply } from './queued.ts';

/** The reviewed plan as the gate found it, with its pull request's number when there is one. */
export type Reviewed = Awaited<ReturnType<typeof findReviewedPlan>>;

/**
 * Whether this run is on a terminal (the command line): there the person at it was asked before the apply began
 * (askOnTerminal, below), and that answer is the review. A runner on GitHub has no one to ask: the pull request's
 * reviewed plan is the approval.
 */
export function approvedOnTerminal(runner: Runner): boolean {
  return runner.approve !== undefined;
}

/**
 * On a terminal, asks the person at it before anything is imported (they just read the plan); on GitHub, and when
 * nothing would change, asks nothing. False when they said no (the run has then failed, saying so).
 */
export async function askOnTerminal(runner: Runner, planned: PlannedRun): Promise<boolean> {
  if (!runner.approve || !planned.tables.some((t) => changesTable(t.plan) || t.sendWholeFile)) return true;
  const answer = await runner.approve('Do you want to apply these changes?');
  if (answer.approved) return true;
  runner.output('import-jobs', '[]');
  runner.fail(answer.why ?? 'Apply cancelled: nothing was applied', 'not-approved');
  return false;
}

export type Gate =
  | {
      open: true;
      reviewed: Reviewed;
      /** Said as a notice before the import: how this apply differs from a plain reviewed one. */
      notice: string;
      /** Said where the results are read: an apply of a plan no review showed, or of queued pull requests' changes. */
      unreviewed: string;
    }
  | { open: false; reviewed: Reviewed; refusal: string; differences: string[] };

/** Whether the planned run may be applied: the review it had, against the plan made now. */
export async function reviewGate(context: RunContext, provider: Provider, planned: PlannedRun): Promise<Gate> {
  const { runner, settings } = context;
  const plans = planned.tables.map((t) => t.plan);
  const onTerminal = approvedOnTerminal(runner);
  const reviewed: Reviewed = onTerminal
    ? { state: 'none', where: 'approved on the terminal' }
    : await findReviewedPlan(context);
  runner.debug(`Reviewed plan: ${reviewed.state} (${reviewed.where})`);
  const importsNothing = planned.tables.every((t) => !changesTable(t.plan) && !t.sendWholeFile);
  let decision = onTerminal
    ? { apply: true as const, notice: '' }
    : reviewDecision(
        reviewed,
        plans,
        settings,
        importsNothing,
        (plan) => planned.tables.some((t) => t.plan === plan && (changesTable(plan) || t.sendWholeFile !== undefined)),
        settings.group && groupName(settings.group),
      );
  let lookedBack = '';
  // Not the pushed pull request's plan: an apply queued behind a cancelled one holds every change merged since the
  // last applied commit, each checked against its own pull request's reviewed plan (src/run/apply/queued.ts). A group
  // of a job matrix answers only for its own tables of the pushed pull request's plan.
  if (!decision.apply && !settings.group && reviewed.state === 'found' && reviewed.headSha === reviewed.marker.sha) {
    const queued = await reviewedSinceLastApply(context, provider, planned);
    if (queued?.apply) {
      decision = queued;
      lookedBack = queued.notice;
    } else if (queued) {
      decision = notQueuedEither(decision, queued.why);
    }
  }
  if (!decision.apply) {
    return { open: false, reviewed, refusal: decision.refusal, differences: decision.differences };
  }
  // An apply of a plan no review showed (a direct push, a tag) says so where the results are read.
  // So does an apply that carries the changes of pull requests merged before the pushed one (apply/queued.ts).
  const unreviewed = (reviewed.state !== 'found' && !onTerminal ? decision.notice : '') || lookedBack;
  return { open: true, reviewed, notice: decision.notice, unreviewed };
}

/** A closed gate: says why in the summary and the outputs (no import job), and fails the run. */
export async function refuseApply(runner: Runner, gate: Extract<Gate, { open: false }>): Promise<void> {
  runner.output('import-jobs', '[]');
  await runner.summary(
    `## Apply refused\n\n${escapeMarkdown(gate.refusal)}\n\n${gate.differences.map((d) => `- ${escapeMarkdown(d)}`).join('\n')}\n`,
  );
  const reason = gate.reviewed.state === 'found' ? 'plan-changed' : 'not-reviewed';
  runner.fail(`${gate.refusal}\n${gate.differences.join('\n')}`, reason);
}
