import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasChanges } from './core/diff.ts';
import { combinedPlanHash, planToJson, rejectedRowsCsv, rowsToImport } from './core/plan.ts';
import { DataFileError } from './core/problems.ts';
import {
  commentMarker,
  describeImportError,
  type FileLink,
  fitToBudget,
  type ImportOutcome,
  type PlanReportInput,
  renderApplyReport,
  renderComment,
  renderPlanReport,
  SUMMARY_LIMIT,
  totalCounts,
} from './core/report.ts';
import { type DataFile, findDataFiles } from './data-files.ts';
import type { Runner } from './github/action.ts';
import type { RunEvent } from './github/event.ts';
import { describeGitHubError, type PullRequests } from './github/pull-request.ts';
import { type PlannedRun, type PlannedTable, planLive, planOffline } from './plan-tables.ts';
import { HttpClient } from './providers/http.ts';
import { type Provider, ProviderError } from './providers/provider.ts';
import { createProvider } from './providers/registry.ts';
import { hasCredentials, MISSING_CREDENTIALS, readSettings, type Settings, SettingsError } from './settings.ts';

/** The user's day: read settings, plan every table, report; in apply mode import each changed table and report. */
export async function run(runner: Runner): Promise<void> {
  let settings: Settings;
  let files: DataFile[];
  try {
    settings = readSettings(runner.input);
    files = await findDataFiles(runner.workspace(), settings.file, settings.table);
  } catch (error) {
    if (error instanceof SettingsError) return runner.fail(error.message);
    throw error;
  }
  const event = runner.event();
  const pullRequests =
    settings.githubToken && event.owner ? runner.pullRequests(settings.githubToken, event) : undefined;
  const offline = !hasCredentials(settings);
  if (offline && (settings.mode === 'apply' || !event.pullRequest)) return runner.fail(MISSING_CREDENTIALS);

  const http = new HttpClient({
    onSecret: runner.mask,
    onRetry: ({ reason, waitMs, url }) =>
      runner.info(`${reason} from ${url}; retrying in ${(waitMs / 1000).toFixed(1)} s`),
  });
  try {
    const provider = offline ? undefined : createProvider(settings, http, runner.info);
    const planned = provider
      ? await planLive(files, settings, provider, runner.info)
      : await planOffline(files, settings, (file) => readBaseVersion(pullRequests, event, file));
    const notices = planNotices(settings, event, offline);
    const report = await publishPlan(
      runner,
      settings,
      event,
      planned,
      {
        mode: settings.mode,
        plans: planned.tables.map((t) => t.plan),
        failures: planned.failures,
        requests: provider?.requestCount() ?? 0,
        notices,
        link: fileLink(event),
      },
      pullRequests,
    );
    if (report.blocked.length > 0) {
      runner.output('import-jobs', '[]');
      const verb = settings.mode === 'plan' ? 'The plan cannot be applied' : 'Nothing was applied, because';
      return runner.fail(`${verb}:\n${report.blocked.join('\n')}`);
    }
    if (settings.mode === 'apply' && provider)
      await applyPlans(runner, settings, event, provider, planned, report, pullRequests);
    else runner.output('import-jobs', '[]');
  } finally {
    await http.close();
  }
}

function planNotices(settings: Settings, event: RunEvent, offline: boolean): string[] {
  const notices: string[] = [];
  if (offline) {
    const why = event.pullRequest?.fromFork
      ? 'this pull request comes from a fork, so the workflow has no access to the secrets'
      : 'genesys-client-id and genesys-client-secret are not set';
    notices.push(
      `Live plan skipped: ${why}. The files were checked offline (CSV structure and keys) and compared, as text, with their version on the base branch (\`${event.pullRequest?.baseSha.slice(0, 7)}\`). Types, the live rows and the table's limits are checked when the plan runs with credentials.`,
    );
  }
  if (settings.mode === 'apply') {
    notices.push(
      'Comparing with the plan reviewed in the pull request is not supported yet: the fresh plan below is what gets applied.',
    );
  }
  return notices;
}

async function readBaseVersion(
  pullRequests: PullRequests | undefined,
  event: RunEvent,
  file: string,
): Promise<string | undefined> {
  if (!pullRequests || !event.pullRequest) return undefined;
  try {
    return await pullRequests.fileAt(file, event.pullRequest.baseSha);
  } catch (error) {
    throw new ProviderError(`Could not read ${file} at the base commit: ${describeGitHubError(error)}`);
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
  artifactName: string;
  wherePlanIs: string;
  reportInput: PlanReportInput;
}

/** The plan goes out everywhere at once: summary, annotations, plan file and artifact, outputs, PR comment. */
async function publishPlan(
  runner: Runner,
  settings: Settings,
  event: RunEvent,
  planned: PlannedRun,
  reportInput: PlanReportInput,
  pullRequests: PullRequests | undefined,
): Promise<PublishedPlan> {
  const plans = planned.tables.map((t) => t.plan);
  for (const failure of planned.failures) if (failure.problems) runner.annotate(failure.problems);
  for (const plan of plans) {
    runner.annotate(plan.problems);
    if (plan.diff.deleted.length > 0) {
      runner.warning(`This plan deletes ${plan.diff.deleted.length} row(s) from ${plan.table.name}`, plan.file);
    }
  }

  const dir = path.join(runner.tempDir(), `datatable-sync-${settings.configId}`);
  await mkdir(dir, { recursive: true });
  const planFile = path.join(dir, 'plan.json');
  const files = [planFile];
  await writeFile(
    planFile,
    `${JSON.stringify({ tables: plans.map(planToJson), failures: planned.failures }, null, 2)}\n`,
  );
  for (const plan of plans.filter((p) => p.rejected.length > 0)) {
    const rejectedFile = path.join(dir, `rejected-${plan.table.name.replace(/[^\w.-]+/g, '_')}.csv`);
    await writeFile(rejectedFile, rejectedRowsCsv(plan));
    files.push(rejectedFile);
    runner.info(
      `${plan.file}: ${plan.rejected.length} invalid row(s), each with an error column, written to ${rejectedFile}`,
    );
  }
  const artifactName = `datatable-plan-${settings.configId}`;
  let wherePlanIs = `the whole plan is in the plan file (${planFile}).`;
  if (settings.uploadArtifacts) {
    const upload = await runner.uploadArtifact(artifactName, files, dir);
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
      planMarker: { hash: combinedPlanHash(plans), sha: event.pullRequest.headSha },
      wherePlanIs,
    });
    await postComment(runner, pullRequests, event.pullRequest.number, settings.configId, body, worthSaying);
  }

  const blocked = [
    ...planned.failures.map((f) => `${f.file}: ${f.message}`),
    ...plans.filter((p) => p.invalidRows > 0).map((p) => `${p.file}: ${p.invalidRows} invalid row(s)`),
    ...plans.flatMap((p) => p.refusals.map((r) => `${p.file}: ${r}`)),
  ];
  return { blocked, artifactName, wherePlanIs, reportInput };
}

async function postComment(
  runner: Runner,
  pullRequests: PullRequests,
  issueNumber: number,
  configId: string,
  body: string,
  createIfMissing: boolean,
): Promise<void> {
  try {
    const result = await pullRequests.upsertComment(issueNumber, commentMarker(configId), body, createIfMissing);
    if (result.url) runner.output('comment-url', result.url);
    else runner.info(`No pull request comment: ${result.skipped}.`);
  } catch (error) {
    // A fork's token is read-only: the plan is still in the step summary, so this is a notice, not a failure.
    runner.notice(
      `Could not post the pull request comment (${describeGitHubError(error)}); the plan is in the step summary.`,
    );
  }
}

async function applyPlans(
  runner: Runner,
  settings: Settings,
  event: RunEvent,
  provider: Provider,
  planned: PlannedRun,
  published: PublishedPlan,
  pullRequests: PullRequests | undefined,
): Promise<void> {
  const outcomes: ImportOutcome[] = [];
  for (const table of planned.tables) {
    if (!hasChanges(table.plan.diff)) {
      runner.info(`${table.plan.table.name}: no changes, no import job started`);
      continue;
    }
    outcomes.push(await importTable(provider, table, settings, runner));
  }
  runner.output(
    'import-jobs',
    JSON.stringify(
      outcomes.map(({ table, jobId, status, updated, deleted, failed }) => ({
        table,
        jobId,
        status,
        updated,
        deleted,
        failed,
      })),
    ),
  );
  await runner.summary(renderApplyReport(outcomes));
  if (pullRequests && settings.comment !== 'never')
    await reportToMergedPullRequest(runner, settings, event, pullRequests, published, outcomes);
  const failed = outcomes.filter((o) => o.status !== 'Succeeded' || o.failed > 0 || o.message);
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

/** After a merge, the merged pull request's comment shows what the apply did. */
async function reportToMergedPullRequest(
  runner: Runner,
  settings: Settings,
  event: RunEvent,
  pullRequests: PullRequests,
  published: PublishedPlan,
  outcomes: readonly ImportOutcome[],
): Promise<void> {
  try {
    const number = await pullRequests.mergedPullRequestOf(event.sha);
    if (number === undefined) return;
    const body = renderComment({
      ...published.reportInput,
      configId: settings.configId,
      planMarker: { hash: combinedPlanHash(published.reportInput.plans), sha: event.sha },
      outcomes,
      wherePlanIs: published.wherePlanIs,
    });
    await postComment(runner, pullRequests, number, settings.configId, body, false);
  } catch (error) {
    runner.notice(`Could not report the apply on the merged pull request (${describeGitHubError(error)}).`);
  }
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
    if (result.failed > 0)
      outcome.message = `the import job finished with ${result.failed} failed row(s); those rows were not written`;
    else if (!result.succeeded) outcome.message = `the import job ended ${result.status}; the table was not changed`;
  } catch (error) {
    if (!(error instanceof ProviderError || error instanceof DataFileError)) throw error;
    outcome.status = outcome.jobId ? 'Unknown' : 'NotStarted';
    outcome.message = error.message;
  }
  return outcome;
}
