/** One table's import: start it, wait for its job, take its counts, and check what it did to the table (verify.ts). */
import { changedRows, fileRowStream, planCounts, rowsToImport } from '../../core/plan.ts';
import { DataFileError } from '../../core/problems.ts';
import type { ImportOutcome } from '../../core/report/apply.ts';
import { keyField } from '../../core/schema.ts';
import type { Settings } from '../../inputs/settings.ts';
import type { ImportResult, Provider } from '../../providers/provider.ts';
import { ProviderError } from '../../providers/provider.ts';
import type { Runner } from '../../runner.ts';
import type { PlannedTable } from '../plan.ts';
import { checkAgainstSnapshot, type FailedJob, settleOptions, verifyImport } from './verify.ts';

/**
 * Imports the planned table's changes (or every row of the file, when its state is not known) and says what came of
 * it: the job's result, then the table read again after a success, or compared with its snapshot after a failure.
 */
export async function importTable(
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
