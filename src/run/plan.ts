import { statSync } from 'node:fs';
import type { CsvSource } from '../core/csv.ts';
import { type LiveRecords, type LiveRowsInput, type RowStore, readCsvRecords } from '../core/live-records.ts';
import { changesTable, type PlanInput, planTable, type TablePlan } from '../core/plan.ts';
import { mapConcurrent } from '../core/pool.ts';
import { DataFileError } from '../core/problems.ts';
import { ReferenceCells } from '../core/references.ts';
import type { TableFailure } from '../core/report/plan.ts';
import { schemaFromHeader, type TableSchema } from '../core/schema.ts';
import { diffSchema, hasSchemaChange } from '../core/schema-change.ts';
import { boundHeapGrowth } from '../heap-growth.ts';
import type { DataFile } from '../inputs/data-files.ts';
import type { SchemaBeside } from '../inputs/schema-files.ts';
import {
  type LiveTable,
  MissingPermissionError,
  NO_TABLE_LIMITS,
  type Provider,
  ProviderError,
  TableNotFoundError,
} from '../providers/provider.ts';

export interface PlannedTable {
  plan: TablePlan;
  file: DataFile;
  /** The live table; absent for a plan made offline. */
  table?: LiveTable;
  /** The live rows the plan was made against: the snapshot before apply (let go once the table is applied). */
  liveRecords: LiveRowsInput;
  /** Why the apply sends every row of the file, not only the changes (the table's state is not known). */
  sendWholeFile?: string;
  /** The cells of columns the schema file declares as references, to check against the org (references.ts). */
  referenceCells?: ReferenceCells;
}

export interface PlannedRun {
  tables: PlannedTable[];
  failures: TableFailure[];
}

/**
 * Plans each file against its live table, `parallelism` at a time: results in config order whatever finishes first,
 * one table's failure recorded without stopping the others, and every table planned before anything is applied.
 */
export async function planLive(
  files: readonly DataFile[],
  provider: Provider,
  options: {
    log: (m: string) => void;
    group?: Group;
    parallelism?: number;
    /** The schema file beside a CSV, if any (tables as code: create the table, add columns). */
    readSchema?: (file: DataFile) => SchemaBeside | undefined;
    /** Where added rows are kept (a file of the run's folder); none: in memory. */
    rowStore?: () => RowStore;
  },
): Promise<PlannedRun> {
  const group = options.group ?? ((_name, work) => work());
  await provider.expectTables?.(files.map((file) => file.table));
  const results = await mapConcurrent(files, options.parallelism ?? 1, (file) =>
    // One fold of the log per table.
    group(`Plan ${file.relativePath} -> ${file.table}`, async () => {
      try {
        return await planOneLive(file, provider, options.log, options.readSchema, options.rowStore);
      } catch (error) {
        return failureOf(file, error);
      }
    }),
  );
  return collect(results);
}

type Group = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/** The planned tables and the failures, each in config order. */
function collect(results: readonly (PlannedTable | TableFailure)[]): PlannedRun {
  const run: PlannedRun = { tables: [], failures: [] };
  for (const result of results) {
    if ('plan' in result) run.tables.push(result);
    else run.failures.push(result);
  }
  return run;
}

/**
 * The most rows the file can hold, counted in a first read (a few milliseconds for 10 MB), so that a plan makes what it
 * keeps a row at its size at once. Unknown (0) when it cannot be read: the plan's own read then says why.
 */
function rowsAtMost(file: DataFile): number {
  try {
    return file.linesAtMost?.() ?? 0;
  } catch {
    return 0;
  }
}

/** One file against its live table (also used to plan again after waiting for another import). */
export async function planOneLive(
  file: DataFile,
  provider: Provider,
  log: (m: string) => void,
  readSchema?: (file: DataFile) => SchemaBeside | undefined,
  rowStore?: () => RowStore,
): Promise<PlannedTable> {
  // A schema file is used only by a vendor that can create tables and columns.
  const beside = provider.createTable ? readSchema?.(file) : undefined;
  let table: LiveTable | undefined;
  try {
    table = await provider.getTable(file.table);
  } catch (error) {
    if (!(error instanceof TableNotFoundError && beside)) throw error;
  }
  const change = beside
    ? diffSchema(
        beside.schema,
        table?.schema,
        beside.division,
        provider.capabilities.describe,
        provider.capabilities.schemaChanges,
      )
    : undefined;
  const fixedKey = provider.capabilities.fixedKeyName;
  const key = beside?.schema.fields.find((field) => field.isKey)?.name;
  if (change && fixedKey && key !== fixedKey) {
    change.refusals.push(
      `${beside?.path}: the key field is named "${key}", but ${provider.capabilities.describe} name it "${fixedKey}" (its title is what the CSV header shows)`,
    );
  }
  // Rows are checked against the schema the table will have: the file's, when it creates the table or changes columns.
  const schema = change && hasSchemaChange(change) && change.refusals.length === 0 ? beside?.schema : table?.schema;
  // Before any rows are read (after the first request, so that loading node:v8 is not part of the start).
  boundHeapGrowth();
  const live = table
    ? await provider.readRows(table)
    : { records: [], source: 'nothing: the table does not exist yet' };
  const referenceCells = beside?.references ? new ReferenceCells(beside.references) : undefined;
  const plan = await planTable({
    ...planInput(file, provider, table ?? { id: `new:${file.table}`, name: file.table }, live.records, schema),
    ...(change ? { schemaChange: change } : {}),
    ...(referenceCells ? { onValidRow: (key, row, line) => referenceCells.row(key, row, line) } : {}),
    addedRows: rowStore,
    rowsAtMost: rowsAtMost(file),
  });
  log(`${file.relativePath} -> ${file.table}: live rows read by ${live.source}`);
  return {
    plan,
    file,
    ...(table ? { table } : {}),
    liveRecords: live.records,
    ...(referenceCells ? { referenceCells } : {}),
  };
}

/**
 * What planning `file` needs, made here alone so that every plan of a file holds it to the same limits: against a live
 * table's rows, a previous version of the file (planAgainstPrevious), the table read again after an import (verify),
 * or another commit's file (apply/queued.ts, which passes that text as `source`). Without a provider: the file's own
 * rules only, as a plan without credentials.
 */
export function planInput(
  file: DataFile,
  provider: Provider | undefined,
  table: Pick<LiveTable, 'id' | 'name'> & Partial<LiveTable>,
  records: LiveRowsInput,
  schema: TableSchema | undefined,
  /** The bytes to plan, when not the file's own (opened only when not given). */
  source: CsvSource = file.open(),
): PlanInput {
  return {
    file: file.relativePath,
    source,
    csvOptions: { delimiter: file.delimiter },
    table: { id: table.id, name: table.name },
    schema:
      schema ??
      ((header) =>
        table.headerSchema?.(header, file.relativePath) ??
        schemaFromHeader(header, table.keyColumn, file.relativePath)),
    liveRecords: records,
    mode: file.importMode,
    maxDeletes: file.maxDeletes,
    maxChanges: file.maxChanges,
    allowRenames: file.allowRenames,
    allowReshuffle: file.allowReshuffle,
    limits: table.limits ?? NO_TABLE_LIMITS,
    cannotDelete: provider && cannotDeleteReason(provider),
    checkCell: provider?.capabilities.checkCell,
    uploadLimit: provider && uploadLimit(provider, file),
    updatesRefused: table.updatesRefused,
    allowShapeChange: file.allowShapeChange,
  };
}

/**
 * Plans each file without the live rows (no credentials, or a provider that cannot read them): the file's structure
 * and keys are checked, and it is diffed, as text, against a version of it (`readBase` gives that text: the version
 * last applied, or the previous one; undefined when there is none). With a provider, its table is the import target,
 * what it cannot delete is listed as not applied, and `sendWholeFile` says why a table gets every row, not changes.
 */
export async function planAgainstPrevious(
  files: readonly DataFile[],
  readBase: (file: DataFile) => Promise<CsvSource | undefined>,
  provider?: Provider,
  parallelism = 1,
  sendWholeFile: (file: DataFile) => string | undefined = () => undefined,
  /** Where a previous version's rows are kept (a file of the run's folder); none: in memory. */
  rowStore?: () => RowStore,
): Promise<PlannedRun> {
  await provider?.expectTables?.(files.map((file) => file.table));
  const results = await mapConcurrent(files, parallelism, async (file): Promise<PlannedTable | TableFailure> => {
    try {
      const table = provider ? await provider.getTable(file.table) : undefined;
      // Before any rows are read (after the first request, so that loading node:v8 is not part of the start).
      boundHeapGrowth();
      const liveRecords = await readPreviousVersion(file, readBase, rowStore);
      const plan = await planTable({
        ...planInput(
          file,
          provider,
          table ?? { id: `offline:${file.relativePath}`, name: file.table },
          liveRecords,
          table?.schema,
        ),
        addedRows: rowStore,
        rowsAtMost: rowsAtMost(file),
      });
      const whole = sendWholeFile(file);
      if (table && provider) {
        plan.rowsInTable = table.rowCount ?? null;
        plan.refusals.push(...wholeFileRefusals(plan, table, provider, whole));
      }
      return { plan, file, ...(table ? { table } : {}), liveRecords: [], ...(whole ? { sendWholeFile: whole } : {}) };
    } catch (error) {
      return failureOf(file, error);
    }
  });
  return collect(results);
}

/**
 * The file's previous version, read as it arrives into the rows' store (a file of the run's folder in a run): never
 * held whole, so a large file's previous version costs its keys and offsets, not its size.
 */
async function readPreviousVersion(
  file: DataFile,
  readBase: (file: DataFile) => Promise<CsvSource | undefined>,
  rowStore?: () => RowStore,
): Promise<LiveRecords | []> {
  const source = await readBase(file);
  if (source === undefined) return [];
  return readCsvRecords(source, `${file.relativePath} (previous version)`, { delimiter: file.delimiter }, rowStore?.());
}

/**
 * What sending the whole file (no applied version recorded) would do wrong to a table whose rows cannot be read:
 * append every row again to a table without a key that already holds rows, or, in replace mode, leave rows that no
 * version of the file names (they cannot be read, so they cannot be deleted).
 */
function wholeFileRefusals(plan: TablePlan, table: LiveTable, provider: Provider, whole: string | undefined): string[] {
  if (!whole || provider.capabilities.readsLiveRows) return [];
  const refusals: string[] = [];
  const held = table.rowCount;
  if (table.updatesRefused && plan.validRows > 0 && held !== 0) {
    refusals.push(
      `${whole}, so the apply would send every row of the file; but this table has no primary key this action can see, and ${provider.capabilities.describe} append what they are sent: the file's ${plan.validRows} row(s) would be added again beside the ${held === undefined ? '' : `${held} `}row(s) the table holds. Let the action record its applies (a github-token with contents: write), or empty the table there first`,
    );
  }
  // Upserting the file's rows and deleting the plan's leaves at least this many: more than the file has means rows
  // that no version of the file names stay, and, unreadable, they cannot be deleted.
  const left = held === undefined ? 0 : held - plan.diff.deleted.length;
  if (plan.mode === 'replace' && left > plan.validRows) {
    refusals.push(
      `import-mode is replace, but the table holds ${held} row(s): after this apply at least ${left} would remain, more than the file's ${plan.validRows}. Rows no version of the file names cannot be read from ${provider.capabilities.describe}, so they cannot be deleted and the table would not become the file. Empty the table there first, or use import-mode: append to keep them`,
    );
  }
  return refusals;
}

/** The provider's upload limit with the file's size, for the plan to check. */
function uploadLimit(provider: Provider, file: DataFile): PlanInput['uploadLimit'] {
  const maxBytes = provider.capabilities.maxUploadBytes;
  if (maxBytes === undefined) return undefined;
  return { maxBytes, fileBytes: statSync(file.absolutePath).size, vendor: provider.capabilities.describe };
}

/** Why rows the file dropped are not applied, for a provider that cannot delete. */
function cannotDeleteReason(provider: Provider): string | undefined {
  return provider.capabilities.deletes
    ? undefined
    : `${provider.capabilities.describe} cannot delete rows: remove them there if they should go`;
}

/** A table that could not be planned, for the report; anything but a vendor or data-file error is a bug: thrown. */
function failureOf(file: DataFile, error: unknown): TableFailure {
  if (!(error instanceof ProviderError || error instanceof DataFileError)) throw error;
  return {
    file: file.relativePath,
    table: file.table,
    message: error.message,
    ...(error instanceof DataFileError ? { problems: error.problems } : {}),
  };
}

/**
 * What reads each changed table (its vendor's flows), onto its plan: one request per table whose plan changes it,
 * none for the others. Never a failure: a refused permission stops the asking and comes back as one notice; any
 * other error leaves that table without the line, logged.
 */
export async function findReaders(
  planned: PlannedRun,
  provider: Provider,
  parallelism: number,
  log: (message: string) => void,
): Promise<string | undefined> {
  const readers = provider.readers?.bind(provider);
  if (!readers) return undefined;
  let refused: MissingPermissionError | undefined;
  const changed = planned.tables.filter((t) => t.table && changesTable(t.plan));
  // Never past the rate limit's budget for one window: a 200-table plan would otherwise wait a minute for its readers.
  const room = provider.readersRoom?.();
  const asked = room ? changed.slice(0, room.tables) : changed;
  const notAsked = changed.slice(asked.length);
  const overBudget =
    !room || notAsked.length === 0
      ? undefined
      : asked.length === 0
        ? `What reads each changed table was not asked: reading the tables spent the rate limit's budget (${room.budget}) for now; each says "Readers not asked".`
        : `What reads each changed table was asked for the first ${asked.length} of ${changed.length} changed tables, within the rate limit's budget (${room.budget}) left after reading them; the other ${notAsked.length} say "Readers not asked".`;
  for (const one of notAsked) {
    one.plan.readers = {
      total: 0,
      shown: [],
      allFlows: true,
      source: '',
      notAsked: `the plan kept within the rate limit's budget (${room?.budget})`,
    };
  }
  await mapConcurrent(asked, parallelism, async (one) => {
    if (refused) return;
    try {
      one.plan.readers = await readers(one.table as LiveTable);
    } catch (error) {
      if (error instanceof MissingPermissionError) refused ??= error;
      else if (error instanceof ProviderError)
        log(`${one.plan.table.name}: what reads it was not found: ${error.message}`);
      else throw error;
    }
  });
  if (!refused) return overBudget;
  return `${overBudget ? `${overBudget} ` : ''}The flows that read each changed table are not shown: the OAuth client's role lacks the permission ${refused.permission}. Add it to the role to see them in the plan.`;
}
