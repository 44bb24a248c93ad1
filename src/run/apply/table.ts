/**
 * One table's apply: nothing when it has no changes; else wait for an import already running, give the table the
 * columns its schema file asks for, keep a snapshot of its live rows, and import (import.ts).
 */
import { changesTable } from '../../core/plan.ts';
import { DataFileError } from '../../core/problems.ts';
import type { ImportOutcome } from '../../core/report/apply.ts';
import { describeColumnChanges, hasSchemaChange } from '../../core/schema-change.ts';
import { liveTableCsv } from '../../core/table-csv.ts';
import { readSchemaBeside } from '../../inputs/schema-files.ts';
import type { Provider } from '../../providers/provider.ts';
import { ProviderError } from '../../providers/provider.ts';
import { type RunContext, safeName } from '../context.ts';
import { type PlannedTable, planOneLive } from '../plan.ts';
import { importTable } from './import.ts';

/** One table: nothing when it has no changes; else wait for a running import, snapshot, import, and the outcome. */
export async function applyTable(
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
