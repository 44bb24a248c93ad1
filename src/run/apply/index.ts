import path from 'node:path';
import { groupName } from '../../core/groups.ts';
import { outputJson } from '../../core/log-line.ts';
import { changedRows, changesTable, fileRowStream, planCounts, rowsToImport } from '../../core/plan.ts';
import { mapConcurrent } from '../../core/pool.ts';
import { DataFileError } from '../../core/problems.ts';
import { describeImportError, type ImportOutcome, renderApplyReport } from '../../core/report/apply.ts';
import { escapeMarkdown } from '../../core/report/markdown.ts';
import { keyField } from '../../core/schema.ts';
import { describeColumnChanges, hasSchemaChange } from '../../core/schema-change.ts';
import { liveTableCsv } from '../../core/table-csv.ts';
import { readSchemaBeside } from '../../inputs/schema-files.ts';
import type { Settings } from '../../inputs/settings.ts';
import type { ImportResult, Provider } from '../../providers/provider.ts';
import { ProviderError } from '../../providers/provider.ts';
import { findReviewedPlan, postComment } from '../../review/comment.ts';
import { notQueuedEither, reviewDecision } from '../../review/decision.ts';
import { planMarkerFor, renderComment, sealWith } from '../../review/protocol.ts';
import { markStalePlans } from '../../review/review-queue.ts';
import type { Runner } from '../../runner.ts';
import { recordBaselines, recordQueued } from '../baseline.ts';
import { artifactName, type RunContext, safeName } from '../context.ts';
import { type PlannedRun, type PlannedTable, planOneLive } from '../plan.ts';
import type { PublishedPlan } from '../publish.ts';
import { reviewedSinceLastApply } from './queued.ts';
import { checkAgainstSnapshot, type FailedJob, settleOptions, verifyImport } from './verify.ts';

export async function applyPlans(
  context: RunContext,
  provider: Provider,
  planned: PlannedRun,
  published: PublishedPlan,
): Promise<void> {
  const { runner, settings } = context;
  const plans = planned.tables.map((t) => t.plan);
  // On a terminal the person who approved the plan just made is the review; on GitHub, the pull request's plan.
  const reviewed: Awaited<ReturnType<typeof findReviewedPlan>> = runner.approve
    ? { state: 'none', where: 'approved on the terminal' }
    : await findReviewedPlan(context);
  runner.debug(`Reviewed plan: ${reviewed.state} (${reviewed.where})`);
  const importsNothing = planned.tables.every((t) => !changesTable(t.plan) && !t.sendWholeFile);
  let decision = runner.approve
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
    runner.output('import-jobs', '[]');
    await runner.summary(
      `## Apply refused\n\n${escapeMarkdown(decision.refusal)}\n\n${decision.differences.map((d) => `- ${escapeMarkdown(d)}`).join('\n')}\n`,
    );
    const reason = reviewed.state === 'found' ? 'plan-changed' : 'not-reviewed';
    return runner.fail(`${decision.refusal}\n${decision.differences.join('\n')}`, reason);
  }
  if (decision.notice) runner.notice(decision.notice);
  // An apply of a plan no review showed (a direct push, a tag) says so where the results are read.
  // So does an apply that carries the changes of pull requests merged before the pushed one (apply/queued.ts).
  const unreviewed = (reviewed.state !== 'found' && !runner.approve ? decision.notice : '') || lookedBack;

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
  // The commit each table now matches: for the next plan to compare with (baseline.ts), and for an apply queued
  // behind a cancelled one to find the pull requests merged since (apply/queued.ts).
  const done = planned.tables.filter((t, i) => {
    const outcome = applied[i]?.outcome;
    // Only what the vendor confirmed: a queued apply is checked or sent again by the next run.
    return outcome
      ? outcome.succeeded === true && outcome.confirmed !== false
      : !changesTable(t.plan) && !t.sendWholeFile;
  });
  if (!provider.capabilities.readsLiveRows) {
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
  if (snapshots.length > 0) {
    const snapshotDir = path.join(context.run.path, 'snapshots');
    runner.output('snapshot-dir', snapshotDir);
    // A snapshot is a full copy of the table, readable by anyone who can read the repository's artifacts: uploaded
    // for private repositories unless turned off, for public ones only when asked.
    const uploadSnapshots = settings.uploadSnapshots ?? context.event.publicRepository === false;
    if (runner.approve) {
      runner.info(`The tables as they were before the import (to restore with import-mode: replace): ${snapshotDir}`);
    } else if (uploadSnapshots) {
      const name = artifactName('datatable-snapshot', settings);
      const upload = await runner.uploadArtifact(name, snapshots, snapshotDir, settings.retentionDays);
      if (upload.skipped)
        runner.notice(`Snapshot artifact not uploaded: ${upload.skipped}. The snapshots are in ${snapshotDir}.`);
    } else {
      runner.info(
        `Snapshots not uploaded as an artifact (upload-snapshots: ${settings.uploadSnapshots === false ? 'false' : 'auto, and the repository is public or its visibility unknown'}); they are in ${snapshotDir} for this job.`,
      );
    }
  }
  const note = unreviewed ? `> [!NOTE]\n> ${escapeMarkdown(unreviewed)}\n\n` : '';
  await runner.summary(note + renderApplyReport(outcomes, settings.environment));
  // One group of a matrix leaves the comment as gathered: it holds every group's plan, which the other groups'
  // applies still check; this group's results are in its summary and outputs.
  if (reviewed.number !== undefined && settings.comment !== 'never' && !settings.group) {
    // The results join the reviewed plan's comment: the plan line keeps the reviewed commit and says where it was
    // applied, so a re-run of this apply still finds the plan reviewed before the merge, and nothing reads it as a new one.
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
  // Other pull requests planned against these tables as they were: their comments now say so.
  const changed = new Set(outcomes.filter((o) => o.jobId !== undefined).map((o) => o.table));
  await markStalePlans(context, changed, reviewed.number);
  const failed = outcomes.filter((o) => !o.succeeded);
  if (failed.length > 0) {
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
}

/** One table: nothing when it has no changes; else wait for a running import, snapshot, import, and the outcome. */
async function applyTable(
  context: RunContext,
  provider: Provider,
  plannedTable: PlannedTable,
): Promise<{ outcome?: ImportOutcome; snapshot?: string }> {
  const { runner, settings } = context;
  let current = plannedTable;
  if (!changesTable(current.plan) && !current.sendWholeFile) return {};
  // One fold of the log per table, as for its plan.
  return runner.group(`Apply ${current.file.relativePath} -> ${current.plan.table.name}`, async () => {
    try {
      current = await waitForRunningImport(context, provider, current);
      // Tables as code: the table, or its new columns, before the rows, which need them. After the wait for another
      // import, whose re-plan still holds the change (made after it, not before, so the two plans compare).
      current = await applySchemaChange(context, provider, current);
    } catch (error) {
      // A vendor failure, or a schema file that became unreadable while another import ran: this table only.
      if (!(error instanceof ProviderError || error instanceof DataFileError)) throw error;
      const outcome: ImportOutcome = {
        table: current.plan.table.name,
        file: current.plan.file,
        status: 'NotStarted',
        updated: 0,
        deleted: 0,
        failed: 0,
        message: error.message,
      };
      return { outcome };
    }
    if (!changesTable(current.plan)) return {};
    const snapshot = provider.capabilities.readsLiveRows ? await saveSnapshot(context, current) : undefined;
    const outcome = await importTable(provider, current, settings, runner, snapshot);
    // Nothing reads this table's live rows again: let them go before the tables still to apply.
    current.liveRecords = [];
    plannedTable.liveRecords = [];
    return { outcome, ...(snapshot ? { snapshot } : {}) };
  });
}

/**
 * Creates the table, or gives it the columns, titles and defaults the plan's schema change names, and plans on with
 * the table as it now is.
 */
async function applySchemaChange(
  context: RunContext,
  provider: Provider,
  planned: PlannedTable,
): Promise<PlannedTable> {
  const change = planned.plan.schemaChange;
  if (!change || !hasSchemaChange(change)) return planned;
  const name = planned.plan.table.name;
  if (change.create) {
    if (!provider.createTable) throw new ProviderError(`${provider.capabilities.describe} cannot create tables`);
    const table = await provider.createTable(name, planned.plan.schema, change.division);
    context.runner.info(`${name}: table created (id ${table.id}) with ${change.add.length} column(s)`);
    return { ...planned, table };
  }
  if (!provider.updateSchema || !planned.table) {
    throw new ProviderError(`${provider.capabilities.describe} cannot change a table's columns`);
  }
  const table = await provider.updateSchema(planned.table, planned.plan.schema);
  const done = [
    change.add.length > 0 && `${change.add.length} column(s) added: ${change.add.map((f) => f.name).join(', ')}`,
    ...describeColumnChanges(change),
  ].filter(Boolean);
  context.runner.info(`${name}: ${done.join('; ')}`);
  return { ...planned, table };
}

/**
 * Never two imports into one table: when one is running (started by anyone), wait for it (within job-timeout),
 * then plan again; a plan that changed meanwhile is refused unless on-drift: apply.
 */
async function waitForRunningImport(
  context: RunContext,
  provider: Provider,
  planned: PlannedTable,
): Promise<PlannedTable> {
  const { runner, settings } = context;
  const table = planned.table;
  if (!table) return planned;
  const running = await provider.runningImport(table);
  if (!running) return planned;
  runner.info(`${table.name}: import job ${running.id} is already running; waiting for it before planning again`);
  await provider.waitForJob(table, running, settings.jobTimeoutMs);
  const again = await planOneLive(planned.file, provider, runner.info, (file) =>
    readSchemaBeside(context.files, file.relativePath),
  );
  if (again.plan.hash !== planned.plan.hash && settings.onDrift === 'fail') {
    throw new ProviderError(
      `another import (job ${running.id}) changed the table while this run waited; nothing was applied to it. Run the plan again to review the new changes, or set on-drift: apply`,
    );
  }
  return again;
}

/** The live table as it was before the import, as a CSV that restores it (apply it with import-mode: replace). */
async function saveSnapshot(context: RunContext, planned: PlannedTable): Promise<string> {
  const file = await context.run.write(
    `snapshots/${safeName(planned.plan.table.name)}.csv`,
    liveTableCsv(planned.plan.schema, planned.liveRecords),
  );
  context.runner.info(
    `${planned.plan.table.name}: snapshot of the ${planned.liveRecords.length} live rows saved to ${file}`,
  );
  return file;
}

async function importTable(
  provider: Provider,
  planned: PlannedTable,
  settings: Settings,
  runner: Runner,
  snapshotFile: string | undefined,
): Promise<ImportOutcome> {
  const { plan, file } = planned;
  const table = planned.table;
  const counts = planCounts(plan);
  const outcome: ImportOutcome = {
    table: plan.table.name,
    file: plan.file,
    status: 'NotStarted',
    updated: 0,
    deleted: 0,
    failed: 0,
    planned: { added: counts.added, changed: counts.updated, deleted: counts.deleted },
  };
  if (!table) return { ...outcome, message: 'planned without the live table; not applied' };
  try {
    // Without a known state of the table (no applied version recorded), every row of the file goes, not only changes.
    if (planned.sendWholeFile) {
      runner.info(`${table.name}: sending all ${plan.validRows} rows of the file: ${planned.sendWholeFile}`);
    }
    // Both forms, lazily: a file import reads the rows as a stream (a whole file read again is never held as row
    // objects), checked against the planned bytes before anything is sent; a vendor that takes changes reads those.
    const wholeFile = () => fileRowStream(plan, () => file.open());
    const job = await provider.import(table, {
      mode: plan.mode,
      rows: planned.sendWholeFile ? wholeFile() : rowsToImport(plan, () => file.open()),
      key: keyField(plan.schema).name,
      upsert: planned.sendWholeFile ? wholeFile() : changedRows(plan),
      delete: plan.diff.deleted.map(({ key }) => key),
      ...(planned.sendWholeFile ? { wholeFile: true } : {}),
    });
    outcome.jobId = job.id;
    runner.info(`${table.name}: import job ${job.id} started (${plan.mode}); waiting for it`);
    let result: ImportResult | undefined;
    try {
      result = await provider.waitForJob(table, job, settings.jobTimeoutMs);
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      // Timed out, or the job could not be read: what it did to the table is checked below.
      outcome.status = 'Unknown';
      outcome.message = error.message;
    }
    if (result) {
      Object.assign(outcome, {
        // The vendor's own job id(s), when its jobs are not the one the import started.
        jobId: result.jobId || outcome.jobId,
        status: result.status,
        updated: result.updated,
        deleted: result.deleted,
        failed: result.failed,
      });
      if (result.error) outcome.error = result.error;
      if (result.url) outcome.url = result.url;
      if (result.queued !== undefined) outcome.queued = result.queued;
      if (result.note) outcome.note = result.note;
      if (result.confirmed === false) outcome.confirmed = false;
      if (result.queuedJobs && result.queuedJobs.length > 0) outcome.queuedJobs = result.queuedJobs;
      if (planned.sendWholeFile) {
        const whole = `every row of the file was sent: ${planned.sendWholeFile}`;
        outcome.note = outcome.note ? `${whole}; ${outcome.note}` : whole;
      }
      outcome.succeeded = result.succeeded && result.failed === 0;
      if (result.failed > 0) outcome.message = `the import job finished with ${result.failed} failed row(s)`;
      else if (!result.succeeded) outcome.message = `the import job ended ${result.status}`;
    }
    // Reads may lag behind the job: read back within the vendor's window (src/run/apply/verify.ts).
    const settle = settleOptions(provider, settings.verifyTimeoutMs, runner.clock);
    if (outcome.succeeded) {
      // A job that says Succeeded is not proof: a vendor that can read its rows is read again and compared.
      if (provider.capabilities.readsLiveRows) {
        await verifyImport(provider, planned, outcome, runner, snapshotFile, settle);
      }
      return outcome;
    }
    if (provider.capabilities.readsLiveRows) {
      // No source says a failed or timed-out import leaves the table as it was: read it and compare with the snapshot,
      // trusting a read equal to it only as far as the job's own counts allow.
      const job: FailedJob = result
        ? {
            finished: true,
            counted: result.countsUnknown ? undefined : { written: result.updated, deleted: result.deleted },
          }
        : { finished: false };
      outcome.message += `; ${await checkAgainstSnapshot(provider, planned, settings.jobTimeoutMs, runner, snapshotFile, job, settle)}`;
    } else if (result && !result.succeeded && result.failed === 0) {
      outcome.message += '; the table was not changed';
    }
  } catch (error) {
    if (!(error instanceof ProviderError || error instanceof DataFileError)) throw error;
    outcome.status = outcome.jobId ? 'Unknown' : 'NotStarted';
    outcome.message = error.message;
  }
  return outcome;
}
