/**
 * What an apply leaves behind, once its tables are imported: the record of what each table now matches, the
 * import-jobs output, the snapshots, the results in the reviewed plan's comment, and the failure that names each table.
 */
import path from 'node:path';
import { outputJson } from '../../core/log-line.ts';
import { changesTable, type TablePlan } from '../../core/plan.ts';
import { describeImportError, type ImportOutcome } from '../../core/report/apply.ts';
import type { Provider } from '../../providers/provider.ts';
import { postComment } from '../../review/comment.ts';
import { planMarkerFor, renderComment, sealWith } from '../../review/protocol.ts';
import type { Runner } from '../../runner.ts';
import { recordBaselines, recordQueued } from '../baseline.ts';
import { artifactName, type RunContext } from '../context.ts';
import type { PlannedRun } from '../plan.ts';
import type { PublishedPlan } from '../publish.ts';
import type { Reviewed } from './gate.ts';

/** What applying one table gave: its outcome when an import was tried, its snapshot when one was kept. */
export interface AppliedTable {
  outcome?: ImportOutcome;
  snapshot?: string;
}

/**
 * The commit each table now matches: for the next plan to compare with (baseline.ts), and for an apply queued behind
 * a cancelled one to find the pull requests merged since (apply/queued.ts). `applied` is in the order of the tables.
 */
export async function recordApplied(
  context: RunContext,
  provider: Provider,
  planned: PlannedRun,
  applied: readonly AppliedTable[],
): Promise<void> {
  const { runner } = context;
  const done = planned.tables.filter((t, i) => {
    const outcome = applied[i]?.outcome;
    // Only what the vendor confirmed: a queued apply is checked or sent again by the next run.
    return outcome
      ? outcome.succeeded === true && outcome.confirmed !== false
      : !changesTable(t.plan) && !t.sendWholeFile;
  });
  if (!provider.capabilities.readsLiveRows) {
    const outcomes = applied.flatMap((a) => (a.outcome ? [a.outcome] : []));
    for (const outcome of outcomes.filter((o) => o.succeeded && o.confirmed === false)) {
      runner.warning(
        `${outcome.table}: not recorded as applied: ${provider.capabilities.describe} took the rows but has not confirmed what it did with them. The next run ${outcome.queuedJobs ? 'asks about the queued job(s) first, and unless they ended well ' : ''}compares with the version last recorded and sends these rows again`,
      );
      if (outcome.queuedJobs) await recordQueued(context, outcome.table, outcome.queuedJobs);
    }
  }
  await recordBaselines(
    context,
    done.map((t) => t.file.table),
    provider.capabilities.readsLiveRows,
  );
}

/** The import-jobs output: each tried table's job, status and counts. */
export function importJobsOutput(runner: Runner, outcomes: readonly ImportOutcome[]): void {
  runner.output(
    'import-jobs',
    outputJson(
      outcomes.map(({ table, jobId, status, updated, deleted, failed, url, queued, planned, verified }) => ({
        table,
        jobId,
        status,
        updated,
        deleted,
        failed,
        ...(queued !== undefined ? { queued } : {}),
        ...(url ? { url } : {}),
        ...(planned ? { planned } : {}),
        ...(verified !== undefined ? { verified } : {}),
      })),
    ),
  );
}

/**
 * Where the snapshots of the tables before the import are: said on a terminal; on GitHub, an artifact when allowed.
 */
export async function keepSnapshots(
  context: RunContext,
  snapshots: readonly string[],
  onTerminal: boolean,
): Promise<void> {
  const { runner, settings } = context;
  if (snapshots.length === 0) return;
  const snapshotDir = path.join(context.run.path, 'snapshots');
  runner.output('snapshot-dir', snapshotDir);
  // A snapshot is a full copy of the table, readable by anyone who can read the repository's artifacts: uploaded
  // for private repositories unless turned off, for public ones only when asked.
  const uploadSnapshots = settings.uploadSnapshots ?? context.event.publicRepository === false;
  if (onTerminal) {
    runner.info(`The tables as they were before the import (to restore with import-mode: replace): ${snapshotDir}`);
  } else if (uploadSnapshots) {
    const name = artifactName('datatable-snapshot', settings);
    const upload = await runner.uploadArtifact(name, [...snapshots], snapshotDir, settings.retentionDays);
    if (upload.skipped)
      runner.notice(`Snapshot artifact not uploaded: ${upload.skipped}. The snapshots are in ${snapshotDir}.`);
  } else {
    runner.info(
      `Snapshots not uploaded as an artifact (upload-snapshots: ${settings.uploadSnapshots === false ? 'false' : 'auto, and the repository is public or its visibility unknown'}); they are in ${snapshotDir} for this job.`,
    );
  }
}

/**
 * The results join the reviewed plan's comment: the plan line keeps the reviewed commit and says where it was
 * applied, so a re-run of this apply still finds the plan reviewed before the merge, and nothing reads it as a new one.
 */
export async function commentResults(
  context: RunContext,
  reviewed: Reviewed,
  published: PublishedPlan,
  plans: readonly TablePlan[],
  outcomes: ImportOutcome[],
): Promise<void> {
  const { settings } = context;
  // One group of a matrix leaves the comment as gathered: it holds every group's plan, which the other groups'
  // applies still check; this group's results are in its summary and outputs.
  if (reviewed.number === undefined || settings.comment === 'never' || settings.group) return;
  const plannedAt = reviewed.state === 'found' ? reviewed.marker.sha : context.event.sha;
  const body = renderComment(
    {
      ...published.reportInput,
      configId: settings.configId,
      planMarker: { ...planMarkerFor(plans, plannedAt), applied: context.event.sha },
      commit: { planned: plannedAt, applied: context.event.sha },
      outcomes,
      wherePlanIs: published.wherePlanIs,
    },
    sealWith(settings.planSigningKey),
  );
  await postComment(context, reviewed.number, body, false);
}

/** Fails the run when any table's import failed, naming each with why. */
export function failImports(runner: Runner, outcomes: readonly ImportOutcome[]): void {
  const failed = outcomes.filter((o) => !o.succeeded);
  if (failed.length === 0) return;
  runner.fail(
    failed
      .map(
        (o) =>
          `${o.table}: ${o.message ?? `import job ${o.jobId} ${o.status}`}${o.error ? `: ${describeImportError(o.error)}` : ''}`,
      )
      .join('\n'),
    'import-failed',
  );
}
