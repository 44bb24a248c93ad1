import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';
import { type CsvOptions, type CsvSource, hashingSource, parseCsv, writeCsv } from './csv.ts';
import { hasChanges, type ImportMode, planHash, type RowDiff, RowDiffer } from './diff.ts';
import { checkGuards, type DeleteLimit } from './guards.ts';
import { KeyIndex } from './key-index.ts';
import { asLiveRecords, type LiveRecords, type LiveRowsInput, type RowStore } from './live-records.ts';
import { lookAlikeRenames } from './look-alike-keys.ts';
import { type InvalidWould, onceFixed } from './once-fixed.ts';
import { DataFileError, type Problem } from './problems.ts';
import type { PlanReferences } from './references.ts';
import { findReshuffledColumns } from './reshuffled-columns.ts';
import type { RowSource } from './row-source.ts';
import {
  emptyValue,
  type Field,
  type FileKeys,
  keyField,
  normalizeLiveValue,
  type RejectedRow,
  type Row,
  RowValidator,
  type TableLimits,
  type TableSchema,
  UncheckedKeys,
} from './schema.ts';
import { hasSchemaChange, type SchemaChange, schemaChangeForHash } from './schema-change.ts';
import { findSpreadsheetMarks } from './spreadsheet-marks.ts';
import { tableCsv } from './table-csv.ts';
import { findShapeChanges } from './value-shapes.ts';

export interface TableRef {
  id: string;
  name: string;
}

export interface TablePlan {
  file: string;
  table: TableRef;
  schema: TableSchema;
  mode: ImportMode;
  /** The file's header as written, for the rejected-rows file. */
  header: string[];
  /** Rows of the file that passed validation. */
  validRows: number;
  limits: TableLimits;
  diff: RowDiff;
  hash: string;
  liveRowCount: number;
  /**
   * For a vendor that cannot read its rows (compared with a version of the file): the rows its table holds by its own
   * count, or null when it gives none, so that a report never calls a table with rows empty.
   */
  rowsInTable?: number | null;
  /** Errors and warnings, in file order. */
  problems: Problem[];
  /** Rows with at least one error (ragged rows included). */
  invalidRows: number;
  /**
   * What the invalid rows would do once their named cells are fixed: keys the table lacks (add), keys it has whose
   * valid cells differ (change) or not (unchanged), and rows whose valid cells a spreadsheet damaged (not counted).
   */
  invalidWould?: InvalidWould;
  rejected: RejectedRow[];
  /** How the file was read, to read it again the same way for the import. */
  csvOptions?: CsvOptions;
  /** sha256 of the bytes planned: the import refuses bytes that differ from them. */
  fileSha256: string;
  /** Why applying this plan is refused (guards); empty when it may be applied. */
  refusals: string[];
  /** Rows the file no longer has that the provider cannot delete: shown, never applied. */
  notApplied: { key: string; row: Row }[];
  /** Why `notApplied` rows are not applied, in the provider's words. */
  notAppliedReason?: string;
  /** The table or columns to create first, from the schema file beside the CSV. */
  schemaChange?: SchemaChange;
  /** What reads the table (a vendor's flows), when asked: a changed table's impact. Not part of the plan's hash. */
  readers?: TableReaders;
  /** Ids in reference columns held against the org: names to show, ids that point at nothing. Not hashed. */
  references?: PlanReferences;
}

/** What reads a table, as its vendor's dependency tracking says. */
export interface TableReaders {
  /** How many there are (more than `shown` when the vendor gave one page of them). */
  total: number;
  shown: { name: string; kind: string }[];
  /** Whether every reader is a flow ("Read by 2 flows"); otherwise they are named resources. */
  allFlows: boolean;
  /** Where this comes from, for "Read by no flow (...)": "Genesys dependency tracking". */
  source: string;
  /** Why the list may be incomplete (the vendor's index is not built): then none found is "unknown", never "no flow". */
  unknown?: string;
  /** Why they were not asked (the rate limit's budget was spent): then nothing is known of them. */
  notAsked?: string;
}

export interface PlanInput {
  file: string;
  /** The CSV bytes, streamed: the file is never held whole. */
  source: CsvSource;
  csvOptions?: CsvOptions;
  table: TableRef;
  /** The table's schema, or how to make one from the file's header (planning without the live table). */
  schema: TableSchema | ((header: readonly string[]) => TableSchema);
  /** What the schema file asks of the table's columns (create it, add columns), when there is a schema file. */
  schemaChange?: SchemaChange;
  /** The live rows: a vendor's answer as objects, or a previous version of the file read compactly. */
  liveRecords: LiveRowsInput;
  mode: ImportMode;
  maxDeletes: DeleteLimit;
  /** How many live rows the plan may change; none: no limit. */
  maxChanges?: DeleteLimit | undefined;
  /** Renames of a live key by a look-alike spelling are intended (they warn, not block). */
  allowRenames?: boolean | undefined;
  /** A column's values moved between rows is intended (it warns, not blocks). */
  allowReshuffle?: boolean | undefined;
  limits: TableLimits;
  /**
   * Set when the provider cannot delete rows: the import then only adds and updates (append), and rows the file
   * no longer has are listed as not applied, with this reason.
   */
  cannotDelete?: string | undefined;
  /** A provider's own rule for each cell: a message when the value breaks it. */
  checkCell?: ((column: string, value: string) => string | undefined) | undefined;
  /**
   * Set when the table cannot change or delete a row in place (a table without a key is appended to): a plan that
   * changes or deletes rows is refused, with this reason.
   */
  updatesRefused?: string | undefined;
  /** A provider's upload limit: the plan is refused when what it would upload is larger. */
  uploadLimit?: { maxBytes: number; fileBytes: number; vendor: string } | undefined;
  /** Columns (titles or names) whose values may change shape: dates, digits, decimals (`allow-shape-change`). */
  allowShapeChange?: readonly string[] | undefined;
  /** Told each valid row as it is read (the reference columns' cells are kept for the check against the org). */
  onValidRow?: ((key: string, row: Row, line: number) => void) | undefined;
  /** Where added rows are kept (a file of the run's folder: a first load of a large table); none: in memory. */
  addedRows?: (() => RowStore) | undefined;
  /** The most rows the file can hold (`linesAtMost`), when known: what is kept a row is made at that size at once. */
  rowsAtMost?: number | undefined;
}

/**
 * The upload a plan would send, against the provider's limit: the changed rows when appending, the whole file when
 * replacing. Checked in the plan, so an oversized change is refused before any import request.
 */
function uploadRefusal(
  limit: { maxBytes: number; fileBytes: number; vendor: string },
  mode: ImportMode,
  schema: TableSchema,
  diff: RowDiff,
): string | undefined {
  if (!hasChanges(diff)) return undefined;
  const changed = [...diff.added, ...diff.updated].map(({ row }) => row);
  const bytes = mode === 'append' ? Buffer.byteLength(tableCsv(schema, changed)) : limit.fileBytes;
  if (bytes <= limit.maxBytes) return undefined;
  return `the upload would be ${bytes} bytes; ${limit.vendor} take at most ${limit.maxBytes} bytes per upload: split the file`;
}

/**
 * A column the file lacks would be blanked in every row by a replace: refused when that changes any live value
 * (counting the rows), left as a warning when every live value already is the empty one.
 */
function droppedColumnRefusals(missing: readonly Field[], records: LiveRecords): string[] {
  const refusals: string[] = [];
  for (const field of missing) {
    const empty = emptyValue(field);
    let blanked = 0;
    for (let index = 0; index < records.length; index++) {
      if (normalizeLiveValue(field, records.value(index, field.name)) !== empty) blanked++;
    }
    if (blanked > 0) {
      refusals.push(
        `the file has no "${field.title}" column, so replacing the table would blank it in ${blanked} row(s) that have a value. Add the column back (the table's export has it)`,
      );
    }
  }
  return refusals;
}

/**
 * The file's keys, kept beside the live index: a slot per live row, a map only for keys the table lacks. A claim
 * remembers the live row it found, so the diff of the same row needs no lookup of its own.
 */
class LiveFileKeys implements FileKeys {
  private readonly live: { get(key: string): number | undefined };
  private readonly lines: Int32Array;
  /** The file's keys the table lacks, in the order first claimed: the added rows' keys are read here (held once). */
  readonly others: KeyIndex;
  /** The key last claimed, the live row it names (-1: none), and its entry in `others` when it was new there (-1). */
  lastKey: string | undefined;
  lastLive = -1;
  lastOther = -1;

  constructor(live: { get(key: string): number | undefined }, liveCount: number, othersAtMost = 0) {
    this.live = live;
    this.lines = new Int32Array(liveCount);
    this.others = new KeyIndex(othersAtMost);
  }

  firstLine(key: string): number | undefined {
    const index = this.live.get(key);
    if (index === undefined) return this.others.get(key);
    return this.lines[index] || undefined;
  }

  claim(key: string, line: number): number | undefined {
    const index = this.live.get(key);
    this.lastKey = key;
    this.lastLive = index ?? -1;
    this.lastOther = -1;
    if (index === undefined) {
      const earlier = this.others.claim(key, line);
      if (earlier === undefined) this.lastOther = this.others.size - 1;
      return earlier;
    }
    const earlier = this.lines[index] || undefined;
    if (earlier === undefined) this.lines[index] = line;
    return earlier;
  }

  has(key: string): boolean {
    return this.firstLine(key) !== undefined;
  }
}

/**
 * Whether a file row equals a live row kept as text (its cells joined by U+0000), told from the text alone: the
 * file row's values written as cells, in the live row's column order, are that text. When they are, every live value
 * normalises to the file's (a string is itself, `true` reads as true, a number's own spelling as that number), so
 * nothing is normalised or split; when not (a change, or live text spelled otherwise, `1.0` or `TRUE`), the diff
 * compares the normalised values as always. Undefined when the rows are not kept as text or their columns are not
 * exactly the schema's fields.
 */
export function sameAsLiveText(
  records: LiveRecords,
  schema: TableSchema,
): ((index: number, row: Row) => boolean) | undefined {
  const text = records.text?.bind(records);
  const columns = records.textColumns;
  if (!text || !columns) return undefined;
  const byName = new Map(schema.fields.map((field) => [field.name, field]));
  const fields = columns.map((name) => byName.get(name));
  if (fields.length !== schema.fields.length || new Set(fields).size !== fields.length || fields.includes(undefined))
    return undefined;
  const known = fields as Field[];
  const kinds = known.map((field) =>
    field.type === 'string' ? 'string' : field.type === 'boolean' ? 'boolean' : 'number',
  );
  return (index, row) => {
    const live = text(index);
    if (live === undefined) return false;
    let written = '';
    for (let i = 0; i < known.length; i++) {
      const field = known[i] as Field;
      const value = row[field.name] ?? emptyValue(field);
      // A value not of its field's type (a default written otherwise) is left to the full comparison.
      if (typeof value !== kinds[i]) return false;
      written += i === 0 ? String(value) : `\u0000${value}`;
    }
    // A carriage return would normalise as a live value (CSV text read here has LF already): left to the full comparison.
    return written === live && live.indexOf('\r') < 0;
  };
}

/** Streams the file through validation and the diff against the live rows, row by row. */
export async function planTable(input: PlanInput): Promise<TablePlan> {
  const { file, table, maxDeletes, limits } = input;
  // A provider that cannot delete still gets a replace diff, so that the rows it cannot remove are seen.
  const mode: ImportMode = input.cannotDelete ? 'append' : input.mode;
  const diffMode: ImportMode = input.cannotDelete ? 'replace' : input.mode;
  let schema = typeof input.schema === 'function' ? undefined : input.schema;
  let validator: RowValidator | undefined;
  let differ: RowDiffer<number> | undefined;
  let keyName = '';
  const records = asLiveRecords(input.liveRecords);
  // Live rows by key, as their index in `records` (kept compactly, not as strings in a Map): the file's keys that the
  // table has are then remembered in a typed array, so a large file's keys are not all kept as strings (only the added
  // ones are).
  const liveRows = new KeyIndex(records.length);
  // Keys the table lacks, at most: all of the file's in a first load, few in a plan against a full table.
  const newAtMost = Math.max(0, (input.rowsAtMost ?? 0) - records.length);
  const keys = new LiveFileKeys(liveRows, records.length, newAtMost);
  let header: string[] = [];
  let validRows = 0;
  const invalidWould: InvalidWould = { add: 0, change: 0, unchanged: 0, damaged: 0 };
  /** Rows past the table's row limit: counted, not checked or kept (the plan is refused for them anyway). */
  let uncheckedRows = 0;
  let firstUnchecked = 0;
  const hashed = hashingSource(input.source);
  const csvProblems = await parseCsv(
    hashed.source,
    file,
    {
      header: (cells) => {
        header = cells;
        schema ??= (input.schema as (header: readonly string[]) => TableSchema)(cells);
        const known = schema;
        keyName = keyField(known).name;
        for (let index = 0; index < records.length; index++) {
          liveRows.set(String(records.value(index, keyName) ?? ''), index);
        }
        validator = new RowValidator(known, cells, file, limits, input.checkCell, keys);
        differ = new RowDiffer(
          known,
          liveRows,
          diffMode,
          (index, field) => normalizeLiveValue(field, records.value(index, field.name)),
          input.addedRows?.(),
          sameAsLiveText(records, known),
          newAtMost,
          keys.others,
        );
      },
      row: (cells, line) => {
        const checking = validator as RowValidator;
        if (validRows + checking.invalidRows >= limits.maxRows) {
          uncheckedRows++;
          firstUnchecked ||= line;
          return;
        }
        const row = checking.validate(cells, line);
        if (row === undefined) {
          // Counted by the key it names (a row whose key cell is itself bad counts as an add) and its valid cells.
          // The key as the table knows it (a key made of two columns, Talkdesk's id/provider, is combined) when valid.
          const partialKey = checking.partial?.[keyName];
          const key =
            partialKey !== undefined && partialKey !== null
              ? String(partialKey)
              : checking.keyColumn === undefined
                ? undefined
                : cells[header.indexOf(checking.keyColumn)];
          const index = key === undefined ? undefined : liveRows.get(key);
          const live =
            index === undefined
              ? undefined
              : (field: Field) => normalizeLiveValue(field, records.value(index, field.name));
          invalidWould[onceFixed(checking.partial ?? {}, (schema as TableSchema).fields, live)]++;
          return;
        }
        validRows++;
        const key = String(row[keyName]);
        // The validator's claim of this key found its live row already: one lookup a row.
        const claimed = keys.lastKey === key;
        const live = claimed ? keys.lastLive : (liveRows.get(key) ?? -1);
        // A key the table lacks was set in the file's keys by that claim: the added row reads it there.
        const entry = claimed && keys.lastOther >= 0 ? keys.lastOther : undefined;
        (differ as RowDiffer<number>).compareWith(key, row, live < 0 ? undefined : live, entry);
        input.onValidRow?.(String(row[keyName]), row, line);
      },
      ragged: (cells, line) => {
        // Into the rejected rows too, so that file holds every invalid row the summary counts.
        const fields = `this row has ${cells.length} fields but the header has ${header.length}`;
        (validator as RowValidator).reject(line, cells, [fields]);
      },
    },
    input.csvOptions,
  );
  // parseCsv always calls header() or throws, so these are set.
  const checked = validator as RowValidator;
  // Keys of invalid rows count as present: the user means to keep those rows, so they are not shown as deletions.
  const diff = (differ as RowDiffer<number>).finish(keys);
  // Appending deletes nothing: a look-alike of a live key the file leaves alone would sit beside it in the table.
  const keptLiveKeys =
    diffMode === 'append' && diff.added.length > 0 ? [...liveRows.keys()].filter((key) => !keys.has(key)) : [];
  const renames = lookAlikeRenames(diff, keys, file, checked.keyColumn, input.allowRenames, keptLiveKeys);
  const reshuffled = findReshuffledColumns(diff, schema as TableSchema, keys, file, input.allowReshuffle);
  // What a spreadsheet did to the file (lost leading zeros, text decoded twice): named, and blocking where certain.
  const marks = findSpreadsheetMarks(diff, schema as TableSchema, keys, file, checked.keyColumn);
  // What a spreadsheet did to values (dates in its locale, long numbers, decimals, formulas), held to each column's shape.
  const shapes = findShapeChanges({
    diff,
    schema: schema as TableSchema,
    records,
    keys,
    file,
    header,
    allowed: input.allowShapeChange,
    rejected: checked.rejected,
  });
  const notApplied = input.cannotDelete ? diff.deleted.splice(0) : [];
  // Every invalid row is counted, ragged ones included; the CSV problems also hold warnings (blank rows).
  const invalidRows = checked.invalidRows;
  if (uncheckedRows > 0) {
    csvProblems.push({
      severity: 'warning',
      kind: 'too-many-rows',
      file,
      line: firstUnchecked,
      message: `the file has more rows than the table allows (${limits.maxRows}): the ${uncheckedRows} row(s) from this line on were counted, not checked`,
    });
  }
  const refusals = checkGuards(diff, {
    liveRowCount: liveRows.size,
    fileRowCount: validRows + invalidRows + uncheckedRows,
    mode,
    maxDeletes,
    maxChanges: input.maxChanges,
    maxRows: limits.maxRows,
  });
  if (mode === 'replace') refusals.push(...droppedColumnRefusals(checked.missingFields, records));
  const tooLarge = input.uploadLimit && uploadRefusal(input.uploadLimit, mode, schema as TableSchema, diff);
  if (tooLarge) refusals.push(tooLarge);
  if (input.schemaChange) refusals.push(...input.schemaChange.refusals);
  refusals.push(...renames.refusals, ...reshuffled.refusals, ...marks.refusals, ...shapes.refusals);
  if (input.updatesRefused && diff.updated.length + diff.deleted.length + notApplied.length > 0) {
    refusals.push(
      `the plan changes ${diff.updated.length} and deletes ${diff.deleted.length + notApplied.length} row(s), but ${input.updatesRefused}`,
    );
  }
  return {
    file,
    table,
    schema: schema as TableSchema,
    mode,
    header,
    ...(input.csvOptions ? { csvOptions: input.csvOptions } : {}),
    fileSha256: hashed.digest(),
    validRows,
    limits,
    diff,
    hash: planHash(table.id, mode, diff, schemaChangeForHash(input.schemaChange)),
    liveRowCount: liveRows.size,
    problems: [
      ...csvProblems,
      ...checked.problems,
      ...renames.problems,
      ...reshuffled.problems,
      ...marks.problems,
      ...shapes.problems,
    ].sort((a, b) => a.line - b.line),
    invalidRows,
    ...(invalidRows > 0 ? { invalidWould } : {}),
    rejected: checked.rejected,
    refusals,
    ...(hasSchemaChange(input.schemaChange) ? { schemaChange: input.schemaChange } : {}),
    notApplied,
    ...(input.cannotDelete ? { notAppliedReason: input.cannotDelete } : {}),
  };
}

/**
 * The rows an import needs: only added and changed rows when appending; when replacing, the whole file,
 * read again (the plan keeps only the changes) and checked to be the file that was planned.
 */
export function rowsToImport(
  plan: TablePlan,
  source: () => CsvSource,
  csvOptions: CsvOptions | undefined = plan.csvOptions,
): RowSource {
  if (plan.mode === 'append') return changedRows(plan);
  return fileRowStream(plan, source, csvOptions);
}

/** The added and changed rows, one at a time (an added row is unpacked only when it is read). */
export function* changedRows(plan: TablePlan): Generator<Row> {
  for (const { row } of plan.diff.added) yield row;
  for (const { row } of plan.diff.updated) yield row;
}

/**
 * Every row of the planned file, read again, as a stream: a whole file is never held as row objects. Its bytes must be
 * the ones planned (sha256), so a file changed between the plan and the import (by a concurrent writer, or a swap on
 * disk) is refused, never imported: the check comes when the stream ends, before a consumer sends anything.
 */
export async function* fileRowStream(
  plan: TablePlan,
  source: () => CsvSource,
  csvOptions: CsvOptions | undefined = plan.csvOptions,
): AsyncGenerator<Row> {
  const queue: Row[] = [];
  let next = 0;
  let done = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  let count = 0;
  let invalid = 0;
  let validator: RowValidator | undefined;
  const hashed = hashingSource(source());
  const parsing = parseCsv(
    hashed.source,
    plan.file,
    {
      header: (cells) => {
        // The file must be the one planned (checked below), so its keys need no second check nor a second copy.
        validator = new RowValidator(plan.schema, cells, plan.file, plan.limits, undefined, new UncheckedKeys());
      },
      row: (cells, line) => {
        const row = (validator as RowValidator).validate(cells, line);
        if (!row) {
          invalid++;
          return;
        }
        count++;
        queue.push(row);
        wake?.();
      },
    },
    csvOptions,
  ).then(
    () => {
      done = true;
      wake?.();
    },
    (error: unknown) => {
      failure = { error };
      done = true;
      wake?.();
    },
  );
  for (;;) {
    while (next < queue.length) {
      const row = queue[next] as Row;
      queue[next++] = undefined as unknown as Row; // let it go once yielded
      yield row;
    }
    queue.length = 0;
    next = 0;
    if (done) break;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = undefined;
  }
  await parsing;
  if (failure) throw failure.error;
  if (hashed.digest() !== plan.fileSha256 || count !== plan.validRows || invalid > 0) {
    throw new DataFileError({
      kind: 'malformed-csv',
      file: plan.file,
      line: 1,
      message:
        'the file changed after it was planned (its bytes differ from the ones planned); nothing was applied, run it again',
    });
  }
}

/** The invalid rows as CSV, each with an `error` column saying what is wrong: ready to fix and re-submit. */
export function rejectedRowsCsv(plan: TablePlan): string {
  return writeCsv(
    ['line', ...plan.header, 'error'].map(inertCell),
    plan.rejected.map(({ line, cells, errors }) => [String(line), ...cells, errors.join('; ')].map(inertCell)),
  );
}

/**
 * A cell a spreadsheet will not run: one starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a
 * formula by Excel and Calc, so it gets a leading `'` (shown as text, the quote hidden). Only for the rejected-rows
 * file, which is meant to be opened in a spreadsheet; exports and snapshots stay exact, as they are data for imports.
 */
export function inertCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The plan as JSON for the plan file: data only, no rendering. */
/**
 * plan.json, piece by piece: each table's lists (added, updated, deleted rows, problems) one item to a line, so that a
 * plan of a million rows is written without ever being one string.
 */
export function* planJsonChunks(plans: readonly TablePlan[], failures: readonly unknown[]): Generator<string> {
  yield '{\n  "tables": [';
  for (const [index, plan] of plans.entries()) {
    const lists: [string, Iterable<unknown> & { length: number }][] = [
      ['added', plan.diff.added],
      ['updated', plan.diff.updated.map(({ key, changes }) => ({ key, changes }))],
      ['deleted', plan.diff.deleted],
      ['notApplied', plan.notApplied],
      ['problems', plan.problems],
      ['refusals', plan.refusals],
    ];
    const head = {
      file: plan.file,
      table: plan.table,
      importMode: plan.mode,
      hash: plan.hash,
      counts: planCounts(plan),
    };
    yield `${index === 0 ? '' : ','}\n    {\n`;
    yield Object.entries(head)
      .map(([name, value]) => `      ${JSON.stringify(name)}: ${JSON.stringify(value)}`)
      .join(',\n');
    for (const [name, items] of lists) {
      yield `,\n      ${JSON.stringify(name)}: [`;
      let i = 0;
      for (const item of items) yield `${i++ === 0 ? '' : ','}\n        ${JSON.stringify(item)}`;
      yield items.length > 0 ? '\n      ]' : ']';
    }
    yield '\n    }';
  }
  yield `${plans.length > 0 ? '\n  ' : ''}],\n  "failures": ${JSON.stringify(failures)}\n}\n`;
}

export interface PlanCounts {
  added: number;
  updated: number;
  deleted: number;
  unchanged: number;
  invalid: number;
}

export function planCounts(plan: TablePlan): PlanCounts {
  return {
    added: plan.diff.added.length,
    updated: plan.diff.updated.length,
    deleted: plan.diff.deleted.length,
    unchanged: plan.diff.unchanged,
    invalid: plan.invalidRows,
  };
}

/** The run's plan hash: the table's own for one table, else a hash over every table's, in file order. */
export function combinedPlanHash(plans: readonly TablePlan[]): string {
  if (plans.length === 1) return (plans[0] as TablePlan).hash;
  const tables = plans.map((plan) => ({ table: plan.table.id, hash: plan.hash }));
  return createHash('sha256').update(canonicalJson(tables)).digest('hex');
}

/** Whether applying the plan does anything to its table: rows to write or delete, or columns (or the table) to create. */
export function changesTable(plan: TablePlan): boolean {
  return hasChanges(plan.diff) || hasSchemaChange(plan.schemaChange);
}
