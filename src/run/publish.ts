import type { CsvSource } from '../core/csv.ts';
import { changesTable, combinedPlanHash, planJsonChunks, rejectedRowsCsv, type TablePlan } from '../core/plan.ts';
import { planLabel } from '../core/plan-label.ts';
import { pointsAtNothing } from '../core/references.ts';
import { type FileLink, fitToBudget, pathForUrl, SUMMARY_LIMIT } from '../core/report/markdown.ts';
import { type PlanReportInput, renderPlanReport, totalCounts } from '../core/report/plan.ts';
import type { Provider } from '../providers/provider.ts';
import { ProviderError } from '../providers/provider.ts';
import { postComment } from '../review/comment.ts';
import { trackDrift } from '../review/drift-issue.ts';
import { planMarkerFor, renderComment, sealWith } from '../review/protocol.ts';
import { describeRemoteError, type PullRequestsPort, type RunEvent } from '../runner.ts';
import { artifactName, isDriftCheck, type RunContext, safeName } from './context.ts';
import type { PlannedRun } from './plan.ts';

/** Notes above the plan that say what it could not do and why (offline, no row reads, a scheduled drift check). */
export function planNotices(
  event: RunEvent,
  offline: boolean,
  provider: Provider | undefined,
  previousRef: string | undefined,
  /** What each file was compared with, for a vendor that cannot read its rows (describeBaselines). */
  baselines?: string,
  driftCheck = false,
): string[] {
  const notices: string[] = [];
  const previous = previousRef
    ? `their version at \`${previousRef.slice(0, 7)}\` (${event.pullRequest ? "the pull request's base" : 'the previous commit'})`
    : 'nothing (no previous version is known, so every row counts as added)';
  if (offline) {
    const why = event.pullRequest?.fromFork
      ? 'this pull request comes from a fork, so the workflow has no access to the secrets'
      : 'the credentials are not set';
    notices.push(
      `Live plan skipped: ${why}. The files were checked offline (CSV structure and keys) and compared, as text, with ${previous}. Types, the live rows and the table's limits are checked when the plan runs with credentials.`,
    );
  } else if (provider && !provider.capabilities.readsLiveRows) {
    notices.push(
      baselines
        ? `${provider.capabilities.describe} cannot read its rows: each file was compared, as text, with the version last applied to its table. ${baselines}.`
        : `${provider.capabilities.describe} cannot read its rows: the files were compared, as text, with ${previous}.`,
    );
  }
  if (driftCheck) {
    notices.push(
      'A drift check (a plan outside a pull request, on a schedule or with drift-issue: true): each difference below is an edit made to a live table outside git, or an apply that did not finish.',
    );
  }
  return notices;
}

/**
 * A file at a commit (the previous version a plan compares with), through the GitHub API: its bytes as they arrive
 * where the port streams them (a 50 MB file is then never one string, nor a buffer and a string), else its text. A
 * failure while the bytes are read is the same ProviderError as one before they are.
 */
export async function readVersion(
  pullRequests: PullRequestsPort | undefined,
  file: string,
  ref: string | undefined,
): Promise<CsvSource | undefined> {
  if (!pullRequests || !ref) return undefined;
  const failed = (error: unknown) =>
    new ProviderError(`Could not read ${file} at ${ref.slice(0, 7)}: ${describeRemoteError(error)}`);
  try {
    if (!pullRequests.fileBytesAt) return await pullRequests.fileAt(file, ref);
    const bytes = await pullRequests.fileBytesAt(file, ref);
    if (bytes === undefined) return undefined;
    return (async function* () {
      try {
        yield* bytes;
      } catch (error) {
        throw failed(error);
      }
    })();
  } catch (error) {
    throw failed(error);
  }
}

/** Links problems to the CSV lines as the pull request (or the pushed commit) has them. */
/** The plan markdown's budget: under the fork workflow's own cap (60,000), so it never has to cut it. */
const FORK_COMMENT_LIMIT = 59_000;

export function fileLink(event: RunEvent): FileLink | undefined {
  const sha = event.pullRequest?.headSha ?? event.sha;
  if (!event.owner || !sha) return undefined;
  return (file, line) => `${event.serverUrl}/${event.owner}/${event.repo}/blob/${sha}/${pathForUrl(file)}#L${line}`;
}

export interface PublishedPlan {
  /** Why the plan cannot be applied: tables not planned, invalid rows, then the guards' refusals. */
  blocked: string[];
  /** The first two of those only: what fails even a run that applies nothing (a drift check). */
  unplanned: string[];
  wherePlanIs: string;
  reportInput: PlanReportInput;
}

/** The plan goes out everywhere at once: summary, annotations, plan file and artifact, outputs, PR comment. */
export async function publishPlan(
  context: RunContext,
  planned: Pick<PlannedRun, 'failures'> & { tables: readonly { plan: TablePlan; file?: { table: string } }[] },
  reportInput: PlanReportInput,
): Promise<PublishedPlan> {
  const { runner, settings, event, pullRequests, run } = context;
  const plans = planned.tables.map((t) => t.plan);
  for (const failure of planned.failures) if (failure.problems) runner.annotate(failure.problems);
  for (const plan of plans) {
    runner.annotate(plan.problems);
    if (plan.diff.deleted.length > 0) {
      runner.warning(
        reportInput.drift
          ? `${plan.table.name} has ${plan.diff.deleted.length} row(s) that the file in git does not have (drift): the next apply deletes them`
          : `This plan deletes ${plan.diff.deleted.length} row(s) from ${plan.table.name}`,
        plan.file,
      );
    }
  }

  const planFile = await run.write('plan.json', planJsonChunks(plans, planned.failures));
  const files = [planFile];
  for (const plan of plans.filter((p) => p.rejected.length > 0)) {
    const rejectedFile = await run.write(`rejected-${safeName(plan.table.name)}.csv`, rejectedRowsCsv(plan));
    files.push(rejectedFile);
    runner.info(
      `${plan.file}: ${plan.rejected.length} invalid row(s), each with an error column, written to ${rejectedFile}`,
    );
  }
  const planArtifact = artifactName('datatable-plan', settings);
  let wherePlanIs = `the whole plan is in the plan file (${planFile}).`;
  if (settings.uploadArtifacts) {
    const upload = await runner.uploadArtifact(planArtifact, files, run.path, settings.retentionDays);
    if (upload.skipped) runner.notice(`Plan artifact not uploaded: ${upload.skipped}.`);
    else wherePlanIs = `the whole plan is in the \`${planArtifact}\` artifact of [this run](${event.runUrl}).`;
  }

  await runner.summary(fitToBudget((detail) => renderPlanReport(reportInput, detail), SUMMARY_LIMIT, wherePlanIs));

  const total = totalCounts(plans);
  // On a drift check, an id under a row that points at nothing (an object deleted since) is drift too.
  const drift = reportInput.drift === true;
  const drifted = (plan: TablePlan) => changesTable(plan) || (drift && pointsAtNothing(plan));
  const changed = plans.some(drifted);
  runner.output('changed', changed);
  runner.output('rows-added', total.added);
  runner.output('rows-updated', total.updated);
  runner.output('rows-deleted', total.deleted);
  runner.output('rows-unchanged', total.unchanged);
  runner.output('rows-invalid', total.invalid);
  runner.output('plan-hash', combinedPlanHash(plans));
  runner.output('plan-json', planFile);
  // The plan as a comment would show it (no markers), for a workflow that posts it elsewhere (forks): see
  // examples/workflows/post-fork-comment.yml.
  const markdown = fitToBudget((detail) => renderPlanReport(reportInput, detail), FORK_COMMENT_LIMIT, wherePlanIs);
  runner.output('plan-markdown', await run.write('plan.md', markdown));

  // One job of a matrix posts no comment: the gather posts one with every group's tables (matrix.ts).
  const commenting = (settings.mode === 'plan' && !settings.group) || settings.mode === 'gather';
  if (commenting && event.pullRequest && pullRequests && settings.comment !== 'never') {
    // Under on-change too, a plan that found no changes is written down (a short comment): it is the review the
    // apply compares with, so a table that drifts before the merge is refused rather than imported unseen.
    const quiet = settings.comment === 'on-change' && !changed && total.invalid === 0 && planned.failures.length === 0;
    const body = renderComment(
      {
        ...reportInput,
        ...(quiet ? { compact: true } : {}),
        configId: settings.configId,
        planMarker: {
          ...planMarkerFor(plans, event.pullRequest.headSha),
          label: planLabel(plans, planned.failures).name,
          ...(reportInput.notRead ? { notRead: reportInput.notRead } : {}),
        },
        commit: { planned: event.pullRequest.headSha },
        wherePlanIs,
      },
      sealWith(settings.planSigningKey),
    );
    await postComment(context, event.pullRequest.number, body, true, settings.comment === 'new');
  }

  if (settings.driftIssue && isDriftCheck(settings, event)) {
    await trackDrift(
      context,
      reportInput,
      {
        drifted: plans.filter(drifted).length,
        unknown: planned.failures.length > 0,
        // A gathered plan (job matrix) has no files here; drift checks run as one job, never gathered.
        checked: planned.tables.map((t) => ({ table: t.file?.table ?? t.plan.table.name, drifted: drifted(t.plan) })),
        failed: planned.failures.map((f) => f.table),
      },
      context.driftRotation,
    );
  }

  const unplanned = [
    ...planned.failures.map((f) => `${f.file}: ${f.message}`),
    ...plans.filter((p) => p.invalidRows > 0).map((p) => `${p.file}: ${p.invalidRows} invalid row(s)`),
  ];
  const blocked = [...unplanned, ...plans.flatMap((p) => p.refusals.map((r) => `${p.file}: ${r}`))];
  return { blocked, unplanned, wherePlanIs, reportInput };
}
