import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasChanges } from './core/diff.ts';
import { combinedPlanHash, planTable, planToJson, rejectedRowsCsv, rowsToImport, type TablePlan } from './core/plan.ts';
import { DataFileError } from './core/problems.ts';
import {
  describeImportError,
  type ImportOutcome,
  renderApplyReport,
  renderPlanReport,
  type TableFailure,
  totalCounts,
} from './core/report.ts';
import { type DataFile, findDataFiles } from './data-files.ts';
import type { Runner } from './github/action.ts';
import { HttpClient } from './providers/http.ts';
import { type LiveTable, type Provider, ProviderError } from './providers/provider.ts';
import { createProvider } from './providers/registry.ts';
import { readSettings, type Settings, SettingsError } from './settings.ts';

/** The user's day: read settings, plan every table, report; in apply mode import each changed table and report. */
export async function run(runner: Runner): Promise<void> {
  let settings: Settings;
  try {
    settings = readSettings(runner.input);
  } catch (error) {
    if (error instanceof SettingsError) return runner.fail(error.message);
    throw error;
  }
  const http = new HttpClient({
    onSecret: runner.mask,
    onRetry: ({ reason, waitMs, url }) =>
      runner.info(`${reason} from ${url}; retrying in ${(waitMs / 1000).toFixed(1)} s`),
  });
  try {
    await planAndApply(settings, createProvider(settings, http, runner.info), runner);
  } finally {
    await http.close();
  }
}

async function planAndApply(settings: Settings, provider: Provider, runner: Runner): Promise<void> {
  let files: DataFile[];
  try {
    files = await findDataFiles(runner.workspace(), settings.file, settings.table);
  } catch (error) {
    if (error instanceof SettingsError) return runner.fail(error.message);
    throw error;
  }

  const plans: { plan: TablePlan; file: DataFile; table: LiveTable }[] = [];
  const failures: TableFailure[] = [];
  for (const file of files) {
    try {
      const table = await provider.getTable(file.table);
      const live = await provider.readRows(table);
      const plan = await planTable({
        file: file.relativePath,
        source: createReadStream(file.absolutePath),
        table: { id: table.id, name: table.name },
        schema: table.schema,
        liveRecords: live.records,
        mode: settings.importMode,
        maxDeletes: settings.maxDeletes,
        limits: table.limits,
      });
      runner.info(`${file.relativePath} -> ${table.name}: live rows read by ${live.source}`);
      plans.push({ plan, file, table });
    } catch (error) {
      if (!(error instanceof ProviderError || error instanceof DataFileError)) throw error;
      if (error instanceof DataFileError) runner.annotate([error.problem]);
      failures.push({ file: file.relativePath, table: file.table, message: error.message });
    }
  }

  const notices: string[] = [];
  if (settings.mode === 'apply') {
    notices.push(
      'Comparing with the plan reviewed in the pull request is not supported yet: the fresh plan below is what gets applied.',
    );
  }
  if (settings.comment !== 'never' && runner.eventName().startsWith('pull_request')) {
    notices.push('Pull request comments are not supported yet: the plan is in this step summary.');
  }
  const allPlans = plans.map((p) => p.plan);
  await runner.summary(
    renderPlanReport({ mode: settings.mode, plans: allPlans, failures, requests: provider.requestCount(), notices }),
  );
  for (const { plan } of plans) runner.annotate(plan.problems);

  const planFile = path.join(runner.tempDir(), 'datatable-plan.json');
  await writeFile(planFile, `${JSON.stringify({ tables: allPlans.map(planToJson), failures }, null, 2)}\n`);
  for (const plan of allPlans.filter((p) => p.rejected.length > 0)) {
    const rejectedFile = path.join(
      runner.tempDir(),
      `datatable-rejected-${plan.table.name.replace(/[^\w.-]+/g, '_')}.csv`,
    );
    await writeFile(rejectedFile, rejectedRowsCsv(plan));
    runner.info(
      `${plan.file}: ${plan.rejected.length} invalid row(s), each with an error column, written to ${rejectedFile}`,
    );
  }
  const total = totalCounts(allPlans);
  runner.output(
    'changed',
    allPlans.some((plan) => hasChanges(plan.diff)),
  );
  runner.output('rows-added', total.added);
  runner.output('rows-updated', total.updated);
  runner.output('rows-deleted', total.deleted);
  runner.output('rows-unchanged', total.unchanged);
  runner.output('rows-invalid', total.invalid);
  runner.output('plan-hash', combinedPlanHash(allPlans));
  runner.output('plan-json', planFile);

  const blocked = [
    ...failures.map((f) => `${f.file}: ${f.message}`),
    ...allPlans.filter((p) => p.invalidRows > 0).map((p) => `${p.file}: ${p.invalidRows} invalid row(s)`),
    ...allPlans.flatMap((p) => p.refusals.map((r) => `${p.file}: ${r}`)),
  ];
  if (settings.mode === 'plan') {
    runner.output('import-jobs', '[]');
    if (blocked.length > 0) runner.fail(`The plan cannot be applied:\n${blocked.join('\n')}`);
    return;
  }
  if (blocked.length > 0) {
    runner.output('import-jobs', '[]');
    return runner.fail(`Nothing was applied, because:\n${blocked.join('\n')}`);
  }

  const outcomes: ImportOutcome[] = [];
  for (const { plan, table, file } of plans) {
    if (!hasChanges(plan.diff)) {
      runner.info(`${table.name}: no changes, no import job started`);
      continue;
    }
    outcomes.push(await importTable(provider, plan, table, file, settings, runner));
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
  if (outcomes.length === 0) {
    await runner.summary('## Import results\n\nNo table changed: no import job was started.\n');
    return;
  }
  await runner.summary(renderApplyReport(outcomes));
  const failed = outcomes.filter((o) => o.status !== 'Succeeded' || o.failed > 0 || o.message);
  if (failed.length > 0) {
    runner.fail(
      failed
        .map(
          (o) =>
            `${o.table}: ${o.message ?? `import job ${o.jobId} ${o.status} with ${o.failed} failed row(s)`}${o.error ? `: ${describeImportError(o.error)}` : ''}`,
        )
        .join('\n'),
    );
  }
}

async function importTable(
  provider: Provider,
  plan: TablePlan,
  table: LiveTable,
  file: DataFile,
  settings: Settings,
  runner: Runner,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = {
    table: table.name,
    file: plan.file,
    status: 'NotStarted',
    updated: 0,
    deleted: 0,
    failed: 0,
  };
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
