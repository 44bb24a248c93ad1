import { createHash } from 'node:crypto';
import { type AddedRow, AddedRows, type KeyEntries, type RowList } from './added-rows.ts';
import { canonicalJson, compareKeys } from './canonical-json.ts';
import type { RowStore } from './live-records.ts';
import { type CellValue, emptyValue, type Field, type Row, type TableSchema } from './schema.ts';

export { AddedRow, AddedRows, type KeyEntries, type RowList } from './added-rows.ts';

export type ImportMode = 'replace' | 'append';

export interface CellChange {
  field: string;
  old: CellValue;
  new: CellValue;
}

export interface RowDiff {
  /** Keys in the file and not in the table, in key order (a compact list when a plan made it). */
  added: RowList<AddedRow | { key: string; row: Row }>;
  /** Keys in both whose cells differ, each changed cell old -> new, in key order. */
  updated: { key: string; row: Row; changes: CellChange[] }[];
  /** Keys in the table and not in the file (replace mode only), with their old values, in key order. */
  deleted: { key: string; row: Row }[];
  /** Keys in both with equal cells, plus (append mode) live keys the file leaves alone. */
  unchanged: number;
}

/** Live rows by key, as a Map gives them (or a compact index). */
export interface LiveIndex<Live> {
  get(key: string): Live | undefined;
  [Symbol.iterator](): Iterator<[string, Live]>;
}

/**
 * Diffs file rows against live rows, one file row at a time, so a large file is never held whole.
 * Live values are normalised one by one as they are compared (`liveValue`), never copied up front.
 */
export class RowDiffer<Live> {
  private readonly added: AddedRows;
  private readonly diff: RowDiff;
  private readonly fields: readonly Field[];
  private readonly fieldNames: readonly string[];
  private readonly liveRows: LiveIndex<Live>;
  private readonly mode: ImportMode;
  private readonly liveValue: (live: Live, field: Field) => CellValue;
  private readonly sameAsLive: ((live: Live, row: Row) => boolean) | undefined;

  constructor(
    schema: TableSchema,
    liveRows: LiveIndex<Live>,
    mode: ImportMode,
    liveValue: (live: Live, field: Field) => CellValue,
    /** Where added rows are kept; none: in memory. */
    addedStore?: RowStore,
    /** Tells an equal row without normalising its live values (live rows kept as text); false: compare them. */
    sameAsLive?: (live: Live, row: Row) => boolean,
    /** The most rows it may add, when known (the list is made that size at once). */
    addedAtMost = 0,
    /** Where the added rows' keys are held already (the plan's index of the file's keys): held once, there. */
    addedKeys?: KeyEntries,
  ) {
    this.sameAsLive = sameAsLive;
    this.fields = schema.fields;
    this.fieldNames = schema.fields.map((field) => field.name);
    this.added = new AddedRows(this.fieldNames, addedStore, addedAtMost, addedKeys);
    this.diff = { added: this.added, updated: [], deleted: [], unchanged: 0 };
    this.liveRows = liveRows;
    this.mode = mode;
    this.liveValue = liveValue;
  }

  private toRow(live: Live): Row {
    const row: Row = {};
    for (const field of this.fields) row[field.name] = this.liveValue(live, field);
    return row;
  }

  /** One file row: the file is the new state. */
  compare(key: string, row: Row): void {
    this.compareWith(key, row, this.liveRows.get(key));
  }

  /**
   * One file row whose live row the caller has looked up already (undefined: the table lacks its key); `keyEntry`: its
   * key's entry in the added keys' index, when the caller has it.
   */
  compareWith(key: string, row: Row, liveRow: Live | undefined, keyEntry?: number): void {
    if (liveRow === undefined) {
      this.added.add(key, row, keyEntry);
      return;
    }
    if (this.sameAsLive?.(liveRow, row)) {
      this.diff.unchanged++;
      return;
    }
    let changes: CellChange[] | undefined;
    for (const field of this.fields) {
      const before = this.liveValue(liveRow, field);
      const after = row[field.name] ?? emptyValue(field);
      if (before === after) continue;
      changes ??= [];
      changes.push({ field: field.name, old: before, new: after });
    }
    if (changes) this.diff.updated.push({ key, row, changes });
    else this.diff.unchanged++;
  }

  /** Live keys the file does not have are deleted (replace) or left alone (append); then everything in key order. */
  finish(fileKeys: { has(key: string): boolean }): RowDiff {
    for (const [key, liveRow] of this.liveRows) {
      if (fileKeys.has(key)) continue;
      if (this.mode === 'replace') this.diff.deleted.push({ key, row: this.toRow(liveRow) });
      else this.diff.unchanged++;
    }
    this.added.sort();
    this.diff.updated.sort((a, b) => compareKeys(a.key, b.key));
    this.diff.deleted.sort((a, b) => compareKeys(a.key, b.key));
    return this.diff;
  }
}

/** Diffs whole row maps (the file is the new state). */
export function diffRows(
  schema: TableSchema,
  fileRows: ReadonlyMap<string, Row>,
  liveRows: ReadonlyMap<string, Row>,
  mode: ImportMode,
): RowDiff {
  const differ = new RowDiffer(schema, liveRows, mode, (row, field) => row[field.name] ?? emptyValue(field));
  for (const [key, row] of fileRows) differ.compare(key, row);
  return differ.finish(fileRows);
}

/**
 * What an import did to a table, in words, from the diff that would restore it (the snapshot as the file, the
 * table now as the live rows): rows it lost were deleted, rows it gained were added.
 */
export function describeDamage(restore: RowDiff): string {
  const parts = [
    restore.added.length > 0 && `deleted ${restore.added.length} row(s)`,
    restore.updated.length > 0 && `changed ${restore.updated.length} row(s)`,
    restore.deleted.length > 0 && `added ${restore.deleted.length} row(s)`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'changed nothing';
}

export function hasChanges(diff: RowDiff): boolean {
  return diff.added.length + diff.updated.length + diff.deleted.length > 0;
}

/** What the table holds once the diff is applied (the file's rows, when the diff is complete). */
export function applyDiff(liveRows: ReadonlyMap<string, Row>, diff: RowDiff): Map<string, Row> {
  const result = new Map(liveRows);
  for (const { key } of diff.deleted) result.delete(key);
  for (const { key, row } of diff.added) result.set(key, row);
  for (const { key, row } of diff.updated) result.set(key, row);
  return result;
}

/**
 * sha256 of the normalised plan: the table id, the import mode and the row changes in key order. Not the file path,
 * the rendering or the unchanged rows, so the same change always hashes the same. Hashed piece by piece, never as one
 * string: the pieces are exactly the canonical JSON of `{tableId, importMode, added, updated, deleted, schemaChange?}`
 * (keys sorted), so the hash is the one that string would have (a plan of a million rows costs no copy of it).
 */
export function planHash(tableId: string, mode: ImportMode, diff: RowDiff, schemaChange?: unknown): string {
  const hash = createHash('sha256');
  const list = <T>(name: string, items: Iterable<T>, pick: (item: T) => unknown, first: boolean) => {
    hash.update(`${first ? '{' : ','}${JSON.stringify(name)}:[`);
    let index = 0;
    for (const item of items) hash.update(`${index++ === 0 ? '' : ','}${canonicalJson(pick(item))}`);
    hash.update(']');
  };
  // Keys in canonical (sorted) order: added, deleted, importMode, schemaChange, tableId, updated.
  list('added', diff.added, ({ key, row }) => ({ key, row }), true);
  list('deleted', diff.deleted, ({ key, row }) => ({ key, row }), false);
  hash.update(`,"importMode":${JSON.stringify(mode)}`);
  // Only when there is one, so that every plan without a schema change keeps the hash it had.
  if (schemaChange !== undefined) hash.update(`,"schemaChange":${canonicalJson(schemaChange)}`);
  hash.update(`,"tableId":${JSON.stringify(tableId)}`);
  list('updated', diff.updated, ({ key, changes }) => ({ key, changes }), false);
  hash.update('}');
  return hash.digest('hex');
}
