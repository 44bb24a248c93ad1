/**
 * What an import did to a table, read back: after a success, that the table equals the file; after a failure, that it
 * equals its snapshot, or the snapshot is put back. Reads may lag behind writes (Genesys: docs/genesys.md), so a table
 * is read again within a bounded window as src/core/settle.ts decides, and the report says how long that took.
 */
import { realClock } from '../../core/clock.ts';
import { describeDamage, diffRows, hasChanges } from '../../core/diff.ts';
import { asLiveRecords, type LiveRowsInput, liveRowObjects } from '../../core/live-records.ts';
import { planCounts, planTable } from '../../core/plan.ts';
import { DataFileError } from '../../core/problems.ts';
import { describeImportError, type ImportOutcome } from '../../core/report/apply.ts';
import { keyField, normalizeLiveRow, type Row } from '../../core/schema.ts';
import {
  type Clock,
  describeReads,
  type JobEnd,
  type ReadShows,
  type SettleStep,
  settleSchedule,
  settleStep,
} from '../../core/settle.ts';
import type { LiveTable, Provider } from '../../providers/provider.ts';
import { ProviderError } from '../../providers/provider.ts';
import type { Runner } from '../../runner.ts';
import { type PlannedTable, planInput } from '../plan.ts';

/** How long a table may take to read as a job left it, and the clock that waits. */
export interface SettleOptions {
  /** 0: one read decides (a vendor whose reads are not known to lag). */
  windowMs: number;
  clock: Clock;
}

/** The window for this provider: the verify-timeout input when set, else how long the vendor's reads may lag. */
export function settleOptions(
  provider: Provider,
  verifyTimeoutMs: number | undefined,
  clock = realClock,
): SettleOptions {
  return { windowMs: verifyTimeoutMs ?? provider.capabilities.readLagMs ?? 0, clock };
}

interface Settled<T> {
  step: Exclude<SettleStep, { next: 'wait' }>;
  last: T;
  reads: number;
  elapsedMs: number;
}

/** Reads until the rule says the table settled (or will not): a bounded loop, as many reads as the schedule has. */
async function readUntilSettled<T>(
  read: () => Promise<{ shows: ReadShows; detail: T }>,
  end: JobEnd,
  options: SettleOptions,
  restoreNeedsChange = false,
): Promise<Settled<T>> {
  const schedule = settleSchedule(options.windowMs);
  const started = options.clock.now();
  for (let reads = 1; ; reads++) {
    const { shows, detail } = await read();
    const elapsedMs = options.clock.now() - started;
    const step = settleStep(end, shows, reads, elapsedMs, schedule, restoreNeedsChange);
    if (step.next !== 'wait') return { step, last: detail, reads, elapsedMs };
    await options.clock.sleep(step.ms);
  }
}

/** " after 3 reads over 4.0 s", or nothing when the first read settled it. */
function waited(reads: number, elapsedMs: number): string {
  return reads > 1 ? ` after ${describeReads(reads, elapsedMs)}` : '';
}

/** Keys named in a failed check, at most. */
const KEYS_SHOWN = 20;

/**
 * After an import the vendor called a success: reads the table again (as a plan does) and plans the file against it,
 * until nothing is left to do ("verified") or the window is over. Anything still left then (rows missing, different,
 * or extra) fails the table, naming up to 20 keys and the snapshot to restore from.
 */
export async function verifyImport(
  provider: Provider,
  planned: PlannedTable,
  outcome: ImportOutcome,
  runner: Runner,
  snapshotFile: string | undefined,
  options: SettleOptions,
): Promise<void> {
  const table = planned.table as LiveTable;
  const name = planned.plan.table.name;
  let settled: Settled<{ counts: ReturnType<typeof planCounts>; keys: string[]; rows: number }>;
  try {
    settled = await readUntilSettled(
      async () => {
        const live = await provider.readRows(table);
        const check = await planTable(planInput(planned.file, provider, table, live.records, planned.plan.schema));
        // The check reads the file again: bytes other than the imported ones would never settle (and prove nothing).
        if (check.fileSha256 !== planned.plan.fileSha256) {
          throw new DataFileError({
            kind: 'malformed-csv',
            file: planned.plan.file,
            line: 1,
            message:
              'the file changed after it was imported, so the table cannot be checked against the bytes that were sent; plan it again to see where they differ',
          });
        }
        const { diff } = check;
        return {
          shows: hasChanges(diff) ? 'other' : 'expected',
          detail: {
            counts: planCounts(check),
            keys: [...diff.added, ...diff.updated, ...diff.deleted].map(({ key }) => key),
            rows: check.validRows,
          },
        };
      },
      { kind: 'succeeded' },
      options,
    );
  } catch (error) {
    if (!(error instanceof ProviderError || error instanceof DataFileError)) throw error;
    outcome.verified = false;
    outcome.succeeded = false;
    outcome.message = `the import job ${outcome.jobId} said ${outcome.status}, but ${name} could not be read again to check it (${error.message})`;
    return;
  }
  const { last, reads, elapsedMs } = settled;
  outcome.verified = settled.step.next === 'settled';
  if (outcome.verified) {
    const after = waited(reads, elapsedMs);
    outcome.note = [`verified: ${name} now equals the file (${last.rows} rows)${after}`, outcome.note]
      .filter(Boolean)
      .join('; ');
    runner.info(`${name}: read again after the import: it equals the file (${last.rows} rows)${after}`);
    return;
  }
  outcome.succeeded = false;
  const left = last.counts;
  const parts = [
    left.added > 0 && `${left.added} row(s) of the file missing`,
    left.updated > 0 && `${left.updated} row(s) different from the file`,
    left.deleted > 0 && `${left.deleted} row(s) the file does not have`,
  ].filter(Boolean);
  const shown = last.keys.slice(0, KEYS_SHOWN).map((key) => `"${key}"`);
  const more = last.keys.length > KEYS_SHOWN ? ` and ${last.keys.length - KEYS_SHOWN} more` : '';
  const restore = snapshotFile
    ? `restore it from the snapshot ${snapshotFile} (apply it with import-mode: replace), or run the apply again`
    : 'run the apply again';
  const over = reads > 1 ? ` (${describeReads(reads, elapsedMs)})` : '';
  outcome.message = `the import job ${outcome.jobId} said ${outcome.status}, but ${name} read again does not equal the file${over}: ${parts.join(', ')} (keys ${shown.join(', ')}${more}); ${restore}`;
}

/**
 * How a job that did not fully succeed ended: its own counts of rows written and deleted (undefined when its answer
 * had none), or unfinished (timed out, unreadable: its end is unknown).
 */
export type FailedJob =
  | { finished: true; counted: { written: number; deleted: number } | undefined }
  | { finished: false };

/**
 * After an import that did not fully succeed: reads the table again and, when it was changed (a read that differs
 * from the snapshot, or the job's own counts), puts the snapshot back and reads until the table equals it. Says what
 * happened, in words for the outcome; a failed restore names the snapshot file.
 */
export async function checkAgainstSnapshot(
  provider: Provider,
  planned: PlannedTable,
  jobTimeoutMs: number,
  runner: Runner,
  snapshotFile: string | undefined,
  job: FailedJob,
  options: SettleOptions,
): Promise<string> {
  const table = planned.table as LiveTable;
  const schema = planned.plan.schema;
  const key = keyField(schema).name;
  const names = schema.fields.map((field) => field.name);
  const byKey = (records: LiveRowsInput) => {
    const rows = new Map<string, Row>();
    for (const record of liveRowObjects(asLiveRecords(records), names)) {
      const row = normalizeLiveRow(schema, record);
      rows.set(String(row[key]), row);
    }
    return rows;
  };
  const snapshot = byKey(planned.liveRecords);
  const readAgainstSnapshot = async () => {
    const diff = diffRows(schema, snapshot, byKey((await provider.readRows(table)).records), 'replace');
    return { shows: (hasChanges(diff) ? 'other' : 'expected') as ReadShows, detail: diff };
  };
  const byHand = snapshotFile
    ? `restore it by hand: apply the snapshot ${snapshotFile} (also in the run's snapshot artifact) with import-mode: replace`
    : 'restore it by hand from the previous version of its CSV file';
  const deletes = provider.capabilities.deletes;
  // A vendor whose replace makes the table its rows gets the whole snapshot; one that can only add and update (or
  // deletes by key) gets the rows the import lost or changed, which a read must show first.
  const replacesWhole = deletes && provider.capabilities.replacesWholeTable;
  // A job whose end is unknown may still be running: one read, as reading on would only race it.
  const counted = job.finished ? job.counted : undefined;
  const end: JobEnd = { kind: 'failed', changedRows: counted ? counted.written + counted.deleted : undefined };
  let settled: Settled<ReturnType<typeof diffRows>>;
  try {
    settled = await readUntilSettled(
      readAgainstSnapshot,
      end,
      job.finished ? options : { ...options, windowMs: 0 },
      !replacesWhole,
    );
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    return `the table could not be read again to check it (${error.message}); ${byHand}`;
  }
  const { step, last: restore, reads, elapsedMs } = settled;
  if (step.next !== 'restore') {
    const over = reads > 1 ? ` (${describeReads(reads, elapsedMs)})` : '';
    return `the table was read again and equals its snapshot${over}: nothing was changed`;
  }
  const byCounts = `written ${counted?.written ?? 0} row(s) and deleted ${counted?.deleted ?? 0} by its own counts`;
  const damage = step.seen
    ? describeDamage(restore)
    : `${byCounts}, though the table still read as before (reads lag behind writes; ${describeReads(reads, elapsedMs)})`;
  const rows = replacesWhole ? [...snapshot.values()] : [...restore.added, ...restore.updated].map(({ row }) => row);
  const leftOver =
    !deletes && restore.deleted.length > 0
      ? `; the ${restore.deleted.length} row(s) it added remain (${provider.capabilities.describe} cannot delete them: remove them there)`
      : '';
  const removals = deletes && !replacesWhole ? restore.deleted.length : 0;
  if (rows.length === 0 && removals === 0) {
    if (!step.seen) {
      return `the import had ${byCounts}, but the table still reads as its snapshot (${describeReads(reads, elapsedMs)}); check it, and if rows are missing ${byHand}`;
    }
    return `the table was read again: the import had ${damage}; no row was lost${leftOver}`;
  }
  try {
    // The restoring diff itself: the rows to put back, and those to remove (by key, or left out of a replace).
    const restoreJob = await provider.import(table, {
      mode: replacesWhole ? 'replace' : 'append',
      rows,
      key,
      upsert: rows,
      delete: deletes ? restore.deleted.map((row) => row.key) : [],
    });
    runner.info(`${table.name}: the failed import ${damage}; restoring the snapshot (import job ${restoreJob.id})`);
    const result = await provider.waitForJob(table, restoreJob, jobTimeoutMs);
    if (!result.succeeded) {
      // The vendor's own account of the failed restore (which rows it did and did not put back), when it gives one.
      const why = result.error ? ` (${describeImportError(result.error)})` : '';
      return `the table was read again: the import had ${damage}. Restoring its snapshot (job ${restoreJob.id}) ended ${result.status} with ${result.failed} failed row(s)${why}: THE TABLE IS NOT AS IT WAS; ${byHand}`;
    }
    if (!replacesWhole) {
      return `the table was read again: the import had ${damage}. It was restored from its snapshot (job ${restoreJob.id}): no row was lost${leftOver}`;
    }
    // The whole snapshot went back: read until the table equals it, as after any import.
    let back: Settled<ReturnType<typeof diffRows>>;
    try {
      back = await readUntilSettled(readAgainstSnapshot, { kind: 'succeeded' }, options);
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      return `the table was read again: the import had ${damage}. Its snapshot was imported again (job ${restoreJob.id}, Succeeded), but the table could not be read to check it (${error.message}); if it is not as it was, ${byHand}`;
    }
    if (back.step.next === 'settled') {
      return `the table was read again: the import had ${damage}. It was restored from its snapshot (job ${restoreJob.id}): no row was lost; the table was put back and reads as before the import${waited(back.reads, back.elapsedMs)}`;
    }
    return `the table was read again: the import had ${damage}. Restoring its snapshot (job ${restoreJob.id}) said Succeeded, but the table still differs from the snapshot (${describeReads(back.reads, back.elapsedMs)}: ${describeDamage(back.last)}): THE TABLE MAY NOT BE AS IT WAS; ${byHand}`;
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    return `the table was read again: the import had ${damage}. Restoring its snapshot failed (${error.message}): THE TABLE IS NOT AS IT WAS; ${byHand}`;
  }
}
