/**
 * Reading a table back after an import, when reads may lag behind writes: when to read again, and what the reads
 * mean. A read that shows the old table may only be late; a read that shows the table as the job left it ends the
 * wait at once. Pure: the caller reads, and waits on a clock it is given.
 */

export type { Clock } from './clock.ts';

/**
 * When the reads come, as parts of the window after the first read (at once): for 60 s, at 0, 1, 4, 12, 30 and 60 s.
 * Six reads at most; a late table is usually seen within seconds, and the last two reads are spread over the window,
 * so a mismatch is never reported on reads taken close together.
 */
const READ_AT = [0, 1, 4, 12, 30, 60].map((second) => second / 60);

/** The times (ms after the first read) at which the table is read; one read when the window is 0. */
export function settleSchedule(windowMs: number): number[] {
  if (!(windowMs > 0)) return [0];
  return READ_AT.map((part) => Math.round(part * windowMs));
}

/** How the job ended, as far as the reads are concerned. */
export type JobEnd =
  /** It said it succeeded: the table should read as the file (or, after a restore, as the snapshot). */
  | { kind: 'succeeded' }
  /**
   * It failed (or half applied): the table should read as its snapshot. `changedRows` is what the job's own counts say
   * it wrote or deleted (undefined when its answer had no counts).
   */
  | { kind: 'failed'; changedRows: number | undefined };

/** What one read showed: the table as expected, as its snapshot (before the job), or neither. */
export type ReadShows = 'expected' | 'snapshot' | 'other';

export type SettleStep =
  /** Read again after this many ms. */
  | { next: 'wait'; ms: number }
  /** The table reads as expected (after a failed job: unchanged). */
  | { next: 'settled' }
  /** A failed job changed the table: put the snapshot back. `seen`: a read showed the change (else only the counts say so). */
  | { next: 'restore'; seen: boolean }
  /** The window is over and the table never read as expected. */
  | { next: 'mismatch' };

/**
 * After read number `reads` (1 for the first) at `elapsedMs` after the first, what to do. After a failed job, "expected"
 * is the snapshot: a read that differs from it is evidence of a change (restore at once); a read equal to it ends the
 * wait only when the job's counts say nothing changed. While the counts say rows changed, an equal read may be a late
 * one, and the snapshot is put back (harmless when the table really is as it was) unless `restoreNeedsChange`: a vendor
 * that restores by sending the differences needs a read that shows them, so it waits for one. Without counts, reads
 * continue over the whole window before the table is called unchanged.
 */
export function settleStep(
  end: JobEnd,
  shows: ReadShows,
  reads: number,
  elapsedMs: number,
  schedule: readonly number[],
  restoreNeedsChange = false,
): SettleStep {
  const nextAt = schedule[reads];
  const wait = (): SettleStep => ({ next: 'wait', ms: Math.max(0, (nextAt as number) - elapsedMs) });
  const more = nextAt !== undefined;
  if (end.kind === 'succeeded') {
    if (shows === 'expected') return { next: 'settled' };
    return more ? wait() : { next: 'mismatch' };
  }
  if (shows !== 'expected') return { next: 'restore', seen: true };
  if (end.changedRows === 0) return { next: 'settled' };
  if (end.changedRows !== undefined && !restoreNeedsChange) return { next: 'restore', seen: false };
  if (more) return wait();
  return end.changedRows === undefined ? { next: 'settled' } : { next: 'restore', seen: false };
}

/** "3 reads over 4.2 s", for reports. */
export function describeReads(reads: number, elapsedMs: number): string {
  if (reads <= 1) return 'one read';
  return `${reads} reads over ${(elapsedMs / 1000).toFixed(1)} s`;
}
