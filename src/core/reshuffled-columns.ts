import type { RowDiff } from './diff.ts';
import type { Problem } from './problems.ts';
import { type CellValue, type FileKeys, makeVisible, type TableSchema } from './schema.ts';

/** The config file's key that lets a table's plan move a column's values between rows on purpose. */
export const ALLOW_RESHUFFLE = 'allow-reshuffle';

/**
 * Changed cells of one column, at least, before a reshuffle is considered: two or three values traded by hand (two
 * queues swapping a skill) are an edit; a column sorted on its own moves nearly every value.
 */
const MIN_MOVED = 4;
/** Distinct values among them, at least: a yes/no column toggled both ways in a few rows is an edit, not a sort. */
const MIN_DISTINCT = 3;
/** Changed cells, at least, that make a reshuffle whose values are in no order (not a sort) more than an edit. */
const MIN_SHUFFLED = 10;
/** Rows named in one message. */
const SHOWN = 3;

export interface ReshuffledColumns {
  problems: Problem[];
  refusals: string[];
}

/** A cell as a multiset member: its type and value, so `1` and `"1"` stay apart. */
function token(value: CellValue): string {
  return `${typeof value}:${String(value)}`;
}

/** Text compared as a spreadsheet sorts it: letters alike whatever their case, numbers within text by value. */
const COLLATOR = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * "ascending" or "descending" when the values, empty ones left out (a spreadsheet sorts them last either way), are in
 * that order; undefined when in neither (or when all are equal).
 */
function sortOrder(values: readonly CellValue[]): 'ascending' | 'descending' | undefined {
  const present = values.filter((value) => value !== '');
  let up = true;
  let down = true;
  for (let i = 1; i < present.length; i++) {
    const a = present[i - 1] as CellValue;
    const b = present[i] as CellValue;
    const step = typeof a === 'number' && typeof b === 'number' ? a - b : COLLATOR.compare(String(a), String(b));
    if (step > 0) up = false;
    if (step < 0) down = false;
  }
  if (up === down) return undefined;
  return up ? 'ascending' : 'descending';
}

/**
 * A column sorted on its own in a spreadsheet ("Continue with the current selection"): many rows' values changed, yet
 * the changed cells still hold the very same values, only in other rows (every holiday got another holiday's date).
 * Found per column among the changed rows: the old values of the changed cells and the new ones are the same
 * multiset, there are at least MIN_MOVED of them and MIN_DISTINCT different ones, and they are in sorted order in the
 * file (or, in no order, many: a shuffle). Blocks the table, unless its entry allows a reshuffle (then a warning).
 */
export function findReshuffledColumns(
  diff: RowDiff,
  schema: TableSchema,
  keys: FileKeys,
  file: string,
  allowReshuffle = false,
): ReshuffledColumns {
  const found: ReshuffledColumns = { problems: [], refusals: [] };
  if (diff.updated.length < MIN_MOVED) return found;
  const byColumn = new Map<
    string,
    { counts: Map<string, number>; moved: { key: string; old: CellValue; new: CellValue }[] }
  >();
  for (const { key, changes } of diff.updated) {
    for (const change of changes) {
      let entry = byColumn.get(change.field);
      if (!entry) {
        entry = { counts: new Map(), moved: [] };
        byColumn.set(change.field, entry);
      }
      const before = token(change.old);
      const after = token(change.new);
      entry.counts.set(before, (entry.counts.get(before) ?? 0) + 1);
      entry.counts.set(after, (entry.counts.get(after) ?? 0) - 1);
      entry.moved.push({ key, old: change.old, new: change.new });
    }
  }
  const compared = diff.updated.length + diff.unchanged;
  for (const [field, { counts, moved }] of byColumn) {
    if (moved.length < MIN_MOVED || counts.size < MIN_DISTINCT) continue;
    if ([...counts.values()].some((count) => count !== 0)) continue;
    // In the file's order: a sorted column's moved values are in order (any part of a sorted list is); values traded
    // by hand rarely are. Unsorted, it takes many rows (a shuffle) to be more than an edit.
    const inFileOrder = moved
      .map((cell) => ({ ...cell, line: keys.firstLine(cell.key) ?? 1 }))
      .sort((a, b) => a.line - b.line);
    const order = sortOrder(inFileOrder.map((cell) => cell.new));
    if (order === undefined && moved.length < Math.max(MIN_SHUFFLED, compared / 2)) continue;
    const title = schema.fields.find((f) => f.name === field)?.title ?? field;
    const lines = inFileOrder.map((cell) => cell.line);
    const examples = inFileOrder
      .slice(0, SHOWN)
      .map((cell) => `"${makeVisible(cell.key)}" ${JSON.stringify(cell.old)} → ${JSON.stringify(cell.new)}`)
      .join(', ');
    const what = `${moved.length} rows' "${title}" changed, but the column holds the same values as before, only in other rows (${examples}${moved.length > SHOWN ? ', ...' : ''}): ${order === undefined ? 'it looks shuffled' : `they are now in ${order} order, as if the column was sorted on its own`}, apart from the rest of its rows (a spreadsheet's "Continue with the current selection")`;
    const fix = allowReshuffle
      ? `Allowed by ${ALLOW_RESHUFFLE}: true`
      : `Undo the sort (take the file from git again, and sort by selecting every column, "Expand the selection"); if the values really move between rows, set ${ALLOW_RESHUFFLE}: true on this table's entry of the config file`;
    found.problems.push({
      severity: allowReshuffle ? 'warning' : 'error',
      kind: 'reshuffled-column',
      file,
      line: lines[0] as number,
      column: title,
      message: `${what}. ${fix}`,
    });
    if (!allowReshuffle) found.refusals.push(`column "${title}": ${what}. ${fix}`);
  }
  return found;
}
