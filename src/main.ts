import { createReadStream, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasChanges } from './core/diff.ts';
import { combinedPlanHash, planToJson, rejectedRowsCsv, rowsToImport } from './core/plan.ts';
import { DataFileError } from './core/problems.ts';
import {
  commentMarker,
  describeImportError,
  escapeMarkdown,
  type FileLink,
  fitToBudget,
  type ImportOutcome,
  type PlanReportInput,
  readPlanMarker,
  renderApplyReport,
  renderComment,
  renderPlanReport,
  SUMMARY_LIMIT,
  totalCounts,
} from './core/report.ts';
import { planMarkerFor, reviewDecision } from './core/review.ts';
import { normalizeLiveRow } from './core/schema.ts';
import { liveTableCsv } from './core/table-csv.ts';
import { type DataFile, findDataFiles } from './data-files.ts';
import type { Runner } from './github/action.ts';
import type { RunEvent } from './github/event.ts';
import { describeGitHubError, type PullRequests } from './github/pull-request.ts';
import { type PlannedRun, type PlannedTable, planAgainstPrevious, planLive, planOneLive } from './plan-tables.ts';
import { HttpClient } from './providers/http.ts';
import { type LiveTable, type Provider, ProviderError } from './providers/provider.ts';
import { createProvider, missingInputs } from './providers/registry.ts';
import { readSettings, type Settings, SettingsError } from './settings.ts';

/** The user's day: read settings, plan every table, report; in apply mode import each changed table and report. */
export async function run(runner: Runner): Promise<void> {
  let settings: Settings;
  let files: DataFile[];
  try {
    settings = readSettings(runner.input, (file) => readFileSync(path.resolve(runner.workspace(), file), 'utf8'));
    files = await findDataFiles(runner.workspace(), settings.tables, settings.mode === 'export');
  } catch (error) {
    if (error instanceof SettingsError) return runner.fail(error.message);
    throw error;
  }
  runner.mask(settings.githubToken);
  const event = runner.event();
  const pullRequests =
    settings.githubToken && event.owner ? runner.pullRequests(settings.githubToken, event) : undefined;
  const missing = missingInputs(settings);
  const offline = missing !== undefined;
  if (missing && (settings.mode !== 'plan' || !event.pullRequest)) return runner.fail(missing);

  const http = new HttpClient({
    onSecret: runner.mask,
    onRetry: ({ reason, waitMs, url }) =>
      runner.info(`${reason} from ${url}; retrying in ${(waitMs / 1000).toFixed(1)} s`),
  });
  const context: RunContext = {
    runner,
    settings,
    event,
    pullRequests,
    workDir: path.join(runner.tempDir(), `datatable-sync-${settings.configId}`),
  };
  try {
    await mkdir(context.workDir, { recursive: true });
    const provider = offline ? undefined : createProvider(settings, http, runner.info);
    if (settings.mode === 'export' && provider) return await exportTables(context, provider, files);
    const previousRef = event.pullRequest?.baseSha ?? event.before;
    const readPrevious = (file: string) => readVersion(pullRequests, file, previousRef);
    const planned =
      provider?.capabilities.readsLiveRows === true
        ? await planLive(files, provider, runner.info)
        : await planAgainstPrevious(files, readPrevious, provider);
    const published = await publishPlan(context, planned, {
      mode: settings.mode === 'apply' ? 'apply' : 'plan',
      plans: planned.tables.map((t) => t.plan),
      failures: planned.failures,
      requests: provider?.requestCount() ?? 0,
      notices: planNotices(event, offline, provider, previousRef),
      link: fileLink(event),
    });
    if (published.blocked.length > 0) {
      runner.output('import-jobs', '[]');
      const verb = settings.mode === 'plan' ? 'The plan cannot be applied' : 'Nothing was applied, because';
      return runner.fail(`${verb}:\n${published.blocked.join('\n')}`);
    }
    if (settings.mode === 'apply' && provider) await applyPlans(context, provider, planned, published);
    else runner.output('import-jobs', '[]');
  } finally {
    await http.close();
  }
}

interface RunContext {
  runner: Runner;
  settings: Settings;
  event: RunEvent;
  pullRequests: PullRequests | undefined;
  /** RUNNER_TEMP/datatable-sync-<id>: the plan file, rejected rows and snapshots. */
  workDir: string;
}

function planNotices(
  event: RunEvent,
  offline: boolean,
  provider: Provider | undefined,
  previousRef: string | undefined,
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
      `${provider.capabilities.describe} cannot read its rows: the files were compared, as text, with ${previous}.`,
    );
  }
  if (event.name === 'schedule') {
    notices.push('A scheduled plan: any change below was made to the live tables outside git (drift).');
  }
  return notices;
}

/** A file's text at a commit (the previous version a plan compares with), through the GitHub API. */
async function readVersion(
  pullRequests: PullRequests | undefined,
  file: string,
  ref: string | undefined,
): Promise<string | undefined> {
  if (!pullRequests || !ref) return undefined;
  try {
    return await pullRequests.fileAt(file, ref);
  } catch (error) {
    throw new ProviderError(`Could not read ${file} at ${ref.slice(0, 7)}: ${describeGitHubError(error)}`);
  }
}

/** Links problems to the CSV lines as the pull request (or the pushed commit) has them. */
function fileLink(event: RunEvent): FileLink | undefined {
  const sha = event.pullRequest?.headSha ?? event.sha;
  if (!event.owner || !sha) return undefined;
  return (file, line) => `${event.serverUrl}/${event.owner}/${event.repo}/blob/${sha}/${encodeURI(file)}#L${line}`;
}

interface PublishedPlan {
  blocked: string[];
  wherePlanIs: string;
  reportInput: PlanReportInput;
}

/** The plan goes out everywhere at once: summary, annotations, plan file and artifact, outputs, PR comment. */
async function publishPlan(
  context: RunContext,
  planned: PlannedRun,
  reportInput: PlanReportInput,
): Promise<PublishedPlan> {
  const { runner, settings, event, pullRequests, workDir } = context;
  const plans = planned.tables.map((t) => t.plan);
  for (const failure of planned.failures) if (failure.problems) runner.annotate(failure.problems);
  for (const plan of plans) {
    runner.annotate(plan.problems);
    if (plan.diff.deleted.length > 0) {
      runner.warning(`This plan deletes ${plan.diff.deleted.length} row(s) from ${plan.table.name}`, plan.file);
    }
  }

  const planFile = path.join(workDir, 'plan.json');
  const files = [planFile];
  await writeFile(
    planFile,
    `${JSON.stringify({ tables: plans.map(planToJson), failures: planned.failures }, null, 2)}\n`,
  );
  for (const plan of plans.filter((p) => p.rejected.length > 0)) {
    const rejectedFile = path.join(workDir, `rejected-${safeName(plan.table.name)}.csv`);
    await writeFile(rejectedFile, rejectedRowsCsv(plan));
    files.push(rejectedFile);
    runner.info(
      `${plan.file}: ${plan.rejected.length} invalid row(s), each with an error column, written to ${rejectedFile}`,
    );
  }
  const artifactName = `datatable-plan-${settings.configId}`;
  let wherePlanIs = `the whole plan is in the plan file (${planFile}).`;
  if (settings.uploadArtifacts) {
    const upload = await runner.uploadArtifact(artifactName, files, workDir);
    if (upload.skipped) runner.notice(`Plan artifact not uploaded: ${upload.skipped}.`);
    else wherePlanIs = `the whole plan is in the \`${artifactName}\` artifact of [this run](${event.runUrl}).`;
  }

  await runner.summary(fitToBudget((detail) => renderPlanReport(reportInput, detail), SUMMARY_LIMIT, wherePlanIs));

  const total = totalCounts(plans);
  const changed = plans.some((plan) => hasChanges(plan.diff));
  runner.output('changed', changed);
  runner.output('rows-added', total.added);
  runner.output('rows-updated', total.updated);
  runner.output('rows-deleted', total.deleted);
  runner.output('rows-unchanged', total.unchanged);
  runner.output('rows-invalid', total.invalid);
  runner.output('plan-hash', combinedPlanHash(plans));
  runner.output('plan-json', planFile);

  if (settings.mode === 'plan' && event.pullRequest && pullRequests && settings.comment !== 'never') {
    const worthSaying = settings.comment === 'always' || changed || total.invalid > 0 || planned.failures.length > 0;
    const body = renderComment({
      ...reportInput,
      configId: settings.configId,
      planMarker: planMarkerFor(plans, event.pullRequest.headSha),
      wherePlanIs,
    });
    await postComment(context, event.pullRequest.number, body, worthSaying);
  }

  const blocked = [
    ...planned.failures.map((f) => `${f.file}: ${f.message}`),
    ...plans.filter((p) => p.invalidRows > 0).map((p) => `${p.file}: ${p.invalidRows} invalid row(s)`),
    ...plans.flatMap((p) => p.refusals.map((r) => `${p.file}: ${r}`)),
  ];
  return { blocked, wherePlanIs, reportInput };
}

function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, '_');
}

async function postComment(
  context: RunContext,
  issueNumber: number,
  body: string,
  createIfMissing: boolean,
): Promise<void> {
  const { runner, pullRequests, settings } = context;
  if (!pullRequests) return;
  try {
    const result = await pullRequests.upsertComment(
      issueNumber,
      commentMarker(settings.configId),
      body,
      createIfMissing,
    );
    if (result.url) runner.output('comment-url', result.url);
    else runner.info(`No pull request comment: ${result.skipped}.`);
  } catch (error) {
    // A fork's token is read-only: the plan is still in the step summary, so this is a notice, not a failure.
    runner.notice(
      `Could not post the pull request comment (${describeGitHubError(error)}); the plan is in the step summary.`,
    );
  }
}

/** The merged pull request of the pushed commit and our comment on it, where the reviewed plan's marker is. */
async function findReviewedPlan(context: RunContext): Promise<{ number?: number; body?: string; where: string }> {
  const { pullRequests, event, settings } = context;
  if (!pullRequests || !event.sha) return { where: 'no GitHub token' };
  try {
    const number = await pullRequests.mergedPullRequestOf(event.sha);
    if (number === undefined) return { where: `no merged pull request for commit ${event.sha.slice(0, 7)}` };
    const comment = await pullRequests.findComment(number, commentMarker(settings.configId));
    return comment
      ? { number, body: comment.body, where: `pull request #${number}` }
      : { number, where: `no plan comment on pull request #${number}` };
  } catch (error) {
    context.runner.warning(`Could not look for the reviewed plan: ${describeGitHubError(error)}`);
    return { where: 'the pull request could not be read' };
  }
}

async function applyPlans(
  context: RunContext,
  provider: Provider,
  planned: PlannedRun,
  published: PublishedPlan,
): Promise<void> {
  const { runner, settings } = context;
  const plans = planned.tables.map((t) => t.plan);
  const reviewed = await findReviewedPlan(context);
  const decision = reviewDecision(
    reviewed.body ? readPlanMarker(reviewed.body) : undefined,
    plans,
    settings.onDrift,
    reviewed.where,
  );
  if (!decision.apply) {
    runner.output('import-jobs', '[]');
    await runner.summary(
      `## Apply refused\n\n${escapeMarkdown(decision.refusal)}\n\n${decision.differences.map((d) => `- ${escapeMarkdown(d)}`).join('\n')}\n`,
    );
    return runner.fail(`${decision.refusal}\n${decision.differences.join('\n')}`);
  }
  runner.notice(decision.notice);

  const outcomes: ImportOutcome[] = [];
  const snapshots: string[] = [];
  for (const plannedTable of planned.tables) {
    let current = plannedTable;
    if (!hasChanges(current.plan.diff)) {
      runner.info(`${current.plan.table.name}: no changes, no import job started`);
      continue;
    }
    try {
      current = await waitForRunningImport(context, provider, current);
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      outcomes.push({
        table: current.plan.table.name,
        file: current.plan.file,
        status: 'NotStarted',
        updated: 0,
        deleted: 0,
        failed: 0,
        message: error.message,
      });
      continue;
    }
    if (!hasChanges(current.plan.diff)) continue;
    if (provider.capabilities.readsLiveRows) snapshots.push(await saveSnapshot(context, current));
    outcomes.push(await importTable(provider, current, settings, runner));
  }
  runner.output(
    'import-jobs',
    JSON.stringify(
      outcomes.map(({ table, jobId, status, updated, deleted, failed, url }) => ({
        table,
        jobId,
        status,
        updated,
        deleted,
        failed,
        ...(url ? { url } : {}),
      })),
    ),
  );
  if (snapshots.length > 0) {
    const snapshotDir = path.join(context.workDir, 'snapshots');
    runner.output('snapshot-dir', snapshotDir);
    if (settings.uploadArtifacts) {
      const upload = await runner.uploadArtifact(`datatable-snapshot-${settings.configId}`, snapshots, snapshotDir);
      if (upload.skipped)
        runner.notice(`Snapshot artifact not uploaded: ${upload.skipped}. The snapshots are in ${snapshotDir}.`);
    }
  }
  await runner.summary(renderApplyReport(outcomes));
  if (reviewed.number !== undefined && settings.comment !== 'never') {
    const body = renderComment({
      ...published.reportInput,
      configId: settings.configId,
      planMarker: planMarkerFor(plans, context.event.sha),
      outcomes,
      wherePlanIs: published.wherePlanIs,
    });
    await postComment(context, reviewed.number, body, false);
  }
  const failed = outcomes.filter((o) => !o.succeeded);
  if (failed.length > 0) {
    runner.fail(
      failed
        .map(
          (o) =>
            `${o.table}: ${o.message ?? `import job ${o.jobId} ${o.status}`}${o.error ? `: ${describeImportError(o.error)}` : ''}`,
        )
        .join('\n'),
    );
  }
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
  const again = await planOneLive(planned.file, provider, runner.info);
  if (again.plan.hash !== planned.plan.hash && settings.onDrift === 'fail') {
    throw new ProviderError(
      `another import (job ${running.id}) changed the table while this run waited; nothing was applied to it. Run the plan again to review the new changes, or set on-drift: apply`,
    );
  }
  return again;
}

/** The live table as it was before the import, as a CSV that restores it (apply it with import-mode: replace). */
async function saveSnapshot(context: RunContext, planned: PlannedTable): Promise<string> {
  const dir = path.join(context.workDir, 'snapshots');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${safeName(planned.plan.table.name)}.csv`);
  await writeFile(file, liveTableCsv(planned.plan.schema, planned.liveRecords));
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
): Promise<ImportOutcome> {
  const { plan, file } = planned;
  const table = planned.table;
  const outcome: ImportOutcome = {
    table: plan.table.name,
    file: plan.file,
    status: 'NotStarted',
    updated: 0,
    deleted: 0,
    failed: 0,
  };
  if (!table) return { ...outcome, message: 'planned without the live table; not applied' };
  try {
    const rows = await rowsToImport(plan, () => createReadStream(file.absolutePath));
    const job = await provider.startImport(table, rows, plan.mode);
    outcome.jobId = job.id;
    runner.info(`${table.name}: import job ${job.id} started (${plan.mode}); waiting for it`);
    const result = await provider.waitForJob(table, job, settings.jobTimeoutMs);
    Object.assign(outcome, {
      status: result.status,
      updated: result.updated,
      deleted: result.deleted,
      failed: result.failed,
    });
    if (result.error) outcome.error = result.error;
    if (result.url) outcome.url = result.url;
    outcome.succeeded = result.succeeded && result.failed === 0;
    if (result.failed > 0 && provider.capabilities.readsLiveRows) {
      // Some rows were written and some not: the table is half-applied. Put it back as it was.
      const restored = await restoreSnapshot(provider, planned, settings, runner);
      outcome.message = `the import job finished with ${result.failed} failed row(s), so the table was half-applied; ${restored}`;
    } else if (result.failed > 0) {
      outcome.message = `the import finished with ${result.failed} failed row(s)`;
    } else if (!result.succeeded) {
      outcome.message = `the import job ended ${result.status}; the table was not changed`;
    }
  } catch (error) {
    if (!(error instanceof ProviderError || error instanceof DataFileError)) throw error;
    outcome.status = outcome.jobId ? 'Unknown' : 'NotStarted';
    outcome.message = error.message;
  }
  return outcome;
}

/** Re-imports the snapshot (replace) after a partial failure; says how that went, in words for the outcome. */
async function restoreSnapshot(
  provider: Provider,
  planned: PlannedTable,
  settings: Settings,
  runner: Runner,
): Promise<string> {
  const table = planned.table as LiveTable;
  const rows = planned.liveRecords.map((record) => normalizeLiveRow(planned.plan.schema, record));
  try {
    const job = await provider.startImport(table, rows, 'replace');
    runner.info(`${table.name}: restoring the snapshot (import job ${job.id})`);
    const result = await provider.waitForJob(table, job, settings.jobTimeoutMs);
    if (result.succeeded) return `it was restored from its snapshot (job ${job.id}): no row was lost`;
    return `restoring its snapshot (job ${job.id}) ended ${result.status} with ${result.failed} failed row(s): restore it by hand from the snapshot CSV`;
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    return `restoring its snapshot failed (${error.message}): restore it by hand from the snapshot CSV`;
  }
}

/** Export: each table's live rows into its file (header by title, key first, key order), to adopt it into git. */
async function exportTables(context: RunContext, provider: Provider, files: readonly DataFile[]): Promise<void> {
  const { runner } = context;
  const lines = ['## Data tables export', '', '| table | file | rows |', '|---|---|---:|'];
  const failures: string[] = [];
  for (const file of files) {
    try {
      const table = await provider.getTable(file.table);
      if (!provider.capabilities.readsLiveRows || !table.schema) {
        throw new ProviderError(
          `${provider.capabilities.describe}: export needs the live rows and schema, which this API does not give`,
        );
      }
      const live = await provider.readRows(table);
      await mkdir(path.dirname(file.absolutePath), { recursive: true });
      await writeFile(file.absolutePath, liveTableCsv(table.schema, live.records));
      lines.push(`| ${escapeMarkdown(table.name)} | \`${file.relativePath}\` | ${live.records.length} |`);
      runner.info(`${table.name}: ${live.records.length} rows written to ${file.relativePath}`);
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      failures.push(`${file.relativePath}: ${error.message}`);
    }
  }
  lines.push('', 'Commit the files to keep the tables in git; a plan of them now shows no changes.', '');
  await runner.summary(lines.join('\n'));
  runner.output('changed', false);
  runner.output('import-jobs', '[]');
  if (failures.length > 0) runner.fail(`Some tables were not exported:\n${failures.join('\n')}`);
}
