import type { ImportMode, RowDiff } from './diff.ts';

/** How many live rows a plan may delete: a count, or a percentage of the live rows (rounded down). */
export type DeleteLimit = { count: number } | { percent: number };

/** Reads `25%` or `10`; undefined when the text is neither. */
export function parseDeleteLimit(text: string): DeleteLimit | undefined {
  const percent = /^([0-9]+(?:\.[0-9]+)?)%$/.exec(text);
  if (percent) {
    const value = Number(percent[1]);
    return value <= 100 ? { percent: value } : undefined;
  }
  return /^[0-9]+$/.test(text) ? { count: Number(text) } : undefined;
}

export function formatDeleteLimit(limit: DeleteLimit): string {
  return 'percent' in limit ? `${limit.percent}%` : String(limit.count);
}

export function allowedDeletes(limit: DeleteLimit, liveRowCount: number): number {
  return 'percent' in limit ? Math.floor((liveRowCount * limit.percent) / 100) : limit.count;
}

/** Reasons to refuse the plan; empty when it is safe to apply. */
export function checkGuards(
  diff: RowDiff,
  options: {
    liveRowCount: number;
    fileRowCount: number;
    mode: ImportMode;
    maxDeletes: DeleteLimit;
    /** How many live rows a plan may change (same forms as maxDeletes); none: no limit. */
    maxChanges?: DeleteLimit | undefined;
    /** The table's row limit: an import that would leave more rows is refused before it starts. */
    maxRows?: number;
  },
): string[] {
  const refusals: string[] = [];
  const { liveRowCount, fileRowCount, mode, maxDeletes, maxChanges, maxRows } = options;
  const rowsAfter = mode === 'replace' ? fileRowCount : liveRowCount + diff.added.length;
  if (maxRows !== undefined && rowsAfter > maxRows) {
    refusals.push(
      mode === 'replace'
        ? `the file has ${fileRowCount} rows; the table allows at most ${maxRows}, so nothing would be imported`
        : `appending would leave ${rowsAfter} rows (${liveRowCount} live + ${diff.added.length} new); the table allows at most ${maxRows}`,
    );
  }
  const everything = 'percent' in maxDeletes && maxDeletes.percent === 100;
  if (mode === 'replace' && fileRowCount === 0 && liveRowCount > 0 && !everything) {
    refusals.push(
      `the file has no rows and would delete all ${liveRowCount} live rows; set max-deletes: 100% if that is intended`,
    );
    return refusals;
  }
  const allowed = allowedDeletes(maxDeletes, liveRowCount);
  if (diff.deleted.length > allowed) {
    refusals.push(
      `the plan deletes ${diff.deleted.length} of ${liveRowCount} live rows; max-deletes (${formatDeleteLimit(maxDeletes)}) allows ${allowed}`,
    );
  }
  const changesAllowed = maxChanges === undefined ? undefined : allowedDeletes(maxChanges, liveRowCount);
  if (maxChanges !== undefined && changesAllowed !== undefined && diff.updated.length > changesAllowed) {
    refusals.push(
      `the plan changes ${diff.updated.length} of ${liveRowCount} live rows; max-changes (${formatDeleteLimit(maxChanges)}) allows ${changesAllowed}. If that many changes are intended, raise max-changes for this table`,
    );
  }
  return refusals;
}
