import type { TableEdit } from '../core/audit-trail.ts';
import type { ImportMode } from '../core/diff.ts';
import type { LiveRowsInput } from '../core/live-records.ts';
import type { TableReaders, TableRef } from '../core/plan.ts';
import type { ReferenceKind } from '../core/references.ts';
import { type RowSource, rowList } from '../core/row-source.ts';
import type { Row, TableLimits, TableSchema } from '../core/schema.ts';
import type { ChangeableAttribute } from '../core/schema-change.ts';

export interface LiveTable extends TableRef {
  /** The table's schema; undefined when the vendor has none to give (the file's header is used, every column text). */
  schema?: TableSchema;
  limits: TableLimits;
  /** Without a schema: the column that keys the rows, when the vendor says which (else `key`, else the first). */
  keyColumn?: string;
  /** Why rows of this table cannot be changed or deleted in place, when they cannot (a table without a key). */
  updatesRefused?: string;
  /**
   * For a vendor that cannot read its rows: how many rows the table holds by the vendor's own count, when it gives one
   * (the plan then never calls a table that holds rows empty).
   */
  rowCount?: number;
  /**
   * Without a schema: the fields a file's header names, for a vendor whose columns are fixed names with aliases
   * (Talkdesk: "First name" is first_name). Without this, every column is a text field named as written.
   */
  headerSchema?: (header: readonly string[], file: string) => TableSchema;
}

export { type RowSource, rowList } from '../core/row-source.ts';

/**
 * What one import must do, in both forms a vendor may take it; each vendor reads the form its API takes. A file
 * import (Genesys, LearningBuilder) sends `rows` in `mode`; a vendor whose API takes changes (Talkdesk, D·engage)
 * upserts `upsert` and deletes `delete` by `key`. The row sources are lazy and read at most once: only the form a
 * vendor reads is ever read (a whole file read again is never held as row objects unless a vendor lists it).
 */
export interface ImportRequest {
  /** replace: the table becomes `rows` (a vendor with `replacesWholeTable`); append: `rows` are added or updated. */
  mode: ImportMode;
  /** The rows a file import sends: every row of the file in replace mode or when the whole file goes, else changes. */
  rows: RowSource;
  /** The key field's name (rows are keyed by it). */
  key: string;
  /** Added and changed rows, whole (every row of the file with `wholeFile`). */
  upsert: RowSource;
  /** Keys of the rows to delete; a vendor that replaces whole tables deletes them by leaving them out of `rows`. */
  delete: string[];
  /** Every row of the file is sent (the table's state is not known): not only changes. */
  wholeFile?: boolean;
}

/** An import as changes (upsert these rows, delete these keys), for the vendors whose API takes them. */
export interface TableChanges {
  /** The key field's name (rows are keyed by it). */
  key: string;
  /** Added and changed rows, whole. */
  upsert: Row[];
  /** Keys of the rows to delete. */
  delete: string[];
  /** Every row of the file is sent (the table's state is not known): not only changes. */
  wholeFile?: boolean;
}

/** An import request as changes, its upserts listed (a vendor's upsert calls take lists). */
export async function changesOf(request: ImportRequest): Promise<TableChanges> {
  return {
    key: request.key,
    upsert: await rowList(request.upsert),
    delete: request.delete,
    ...(request.wholeFile ? { wholeFile: true } : {}),
  };
}

/** What a vendor's API can do; the plan and apply adapt to it, without naming the vendor. */
export interface Capabilities {
  /** Live rows can be read: without, the plan compares the file with its previous version in git. */
  readsLiveRows: boolean;
  /** The import can delete rows (replace semantics): without, rows missing from the file are reported as not applied. */
  deletes: boolean;
  /** An import's progress and result can be read: without, the import is queued and only its id and link are known. */
  reportsJobStatus: boolean;
  /** In words, for reports: "LearningBuilder cannot read its rows". */
  describe: string;
  /** What an existing column may change through the schema API (with updateSchema): Genesys takes titles and defaults. */
  schemaChanges?: readonly ChangeableAttribute[];
  /**
   * An import in replace mode makes the table exactly the rows sent, deleting the rows it leaves out (Genesys:
   * ReplaceAll): putting a table back after a failed import then sends its whole snapshot. False: an import adds and
   * updates the rows sent and deletes the keys it names, so a restore sends only what the failed import changed.
   */
  replacesWholeTable: boolean;
  /** The name every table's key field has, when the vendor fixes it (Genesys: `key`). */
  fixedKeyName?: string;
  /** The largest upload one import takes, in bytes, when the vendor has such a limit. */
  maxUploadBytes?: number;
  /**
   * How long a read of the rows may still show the table as it was before a write, when the vendor's sources say
   * reads lag (Genesys: 60 s): an applied table is read again within this window. Without: one read decides.
   */
  readLagMs?: number;
  /** A vendor rule for each cell of the file (e.g. date-time forms): a message when the value breaks it. */
  checkCell?: (column: string, value: string) => string | undefined;
}

export interface LiveRows {
  /** Rows keyed by field name; values as the vendor gives them (typed JSON or CSV text), as objects or packed. */
  records: LiveRowsInput;
  /** How the rows were read, for the report. */
  source: string;
}

export interface ImportJob {
  id: string;
  /** Where to see the import in the vendor's UI, when the vendor gives a link. */
  url?: string;
  /** Something the user should know about how the import was taken (an unexpected answer), not a failure. */
  note?: string;
}

export interface ImportError {
  message: string;
  code?: string;
  contextId?: string;
}

export interface ImportResult {
  jobId: string;
  url?: string;
  status: string;
  succeeded: boolean;
  updated: number;
  deleted: number;
  failed: number;
  /** The vendor's answer had no counts of rows written or deleted (0 above then means "not said", not "none"). */
  countsUnknown?: boolean;
  /** Rows handed to a queue whose outcome is not known yet (a vendor without job status): neither updated nor failed. */
  queued?: number;
  /** What the user should know beside the counts: where results will appear, an unexpected answer. */
  note?: string;
  error?: ImportError;
  /**
   * False when the vendor took rows whose result no documented answer confirmed (a job whose status could not be read
   * or has not ended): the apply is reported queued and never recorded as applied, so the next run checks it or sends
   * the rows again. Left out: the result is as confirmed as this vendor can say.
   */
  confirmed?: boolean;
  /**
   * With `confirmed: false`: the jobs whose end alone is not known (everything else of the import was confirmed), for
   * a later run to ask about with `queuedJobEnd` before it sends anything.
   */
  queuedJobs?: string[];
}

/** One vendor's data tables. Everything vendor-specific lives behind this interface. */
export interface Provider {
  readonly name: string;
  readonly capabilities: Capabilities;
  /**
   * Told, before planning, every table name or id the run will ask getTable for, so that a vendor can find them all
   * with fewer requests (one listing rather than one lookup each). Never throws: a problem shows in getTable.
   */
  expectTables?(namesOrIds: readonly string[]): Promise<void>;
  /** Finds a table by name (exact match) or id, with its schema; a TableNotFoundError when there is none. */
  getTable(nameOrId: string): Promise<LiveTable>;
  /**
   * For vendors with a schema API: creates a table with these fields (the key first), and returns it once it reads
   * back with them. Without: a schema file beside a CSV is used only to check cells.
   */
  createTable?(name: string, schema: TableSchema, division?: string): Promise<LiveTable>;
  /**
   * Gives a table the schema the schema file describes (new fields, and the changes `schemaChanges` allows), keeping
   * everything else of the table as it is, and returns it once it reads back so.
   */
  updateSchema?(table: LiveTable, schema: TableSchema): Promise<LiveTable>;
  readRows(table: LiveTable): Promise<LiveRows>;
  /**
   * What reads the table (a flow that looks rows up), for a changed table's plan: one request at most. Throws
   * MissingPermissionError when the credentials may not ask; vendors without dependency tracking leave it out.
   */
  readers?(table: LiveTable): Promise<TableReaders>;
  /**
   * The objects of one kind that have these ids (at most IDS_PER_LOOKUP, one request), as id -> name; an id absent
   * from the answer names nothing in the org. Throws MissingPermissionError when the credentials may not look them up.
   */
  lookupObjects?(kind: ReferenceKind, ids: readonly string[]): Promise<Map<string, string>>;
  /**
   * Who changed these tables over `[since, until]`, from the vendor's audit log (newest first, a bounded number of
   * requests). Throws MissingPermissionError when the credentials may not read it; vendors without one leave it out.
   */
  tableEdits?(tables: readonly TableRef[], since: Date, until: Date): Promise<TableEdit[]>;
  /** How far back `tableEdits` can see, in days. */
  readonly auditDays?: number;
  /** The org the credentials reach, in words for messages ("the Genesys org at api.mypurecloud.ie"). */
  describeOrg?(): string;
  /** The form every object id has, so that a name in a reference column is called what it is. */
  readonly objectIdForm?: { pattern: RegExp; example: string };
  /**
   * How many tables' readers can be asked now without waiting on the rate limit (the plan's own requests counted):
   * more would push the plan past the budget of one window. Without it, no bound.
   */
  readersRoom?(): { tables: number; budget: string };
  /**
   * Starts one import into the table, taking from the request the form its API takes (rows in a mode, or changes):
   * the engine never asks which. A row stream (a whole file, read again and checked) is read before anything is sent.
   */
  import(table: LiveTable, request: ImportRequest): Promise<ImportJob>;
  waitForJob(table: LiveTable, job: ImportJob, timeoutMs: number): Promise<ImportResult>;
  /**
   * The end of a job an earlier run left queued, read where the vendor documents it, waiting up to `timeoutMs` while
   * it runs: `unknown` when it still cannot be said. Vendors without such a call leave it out.
   */
  queuedJobEnd?(
    table: LiveTable,
    jobId: string,
    timeoutMs: number,
  ): Promise<{ state: 'succeeded' | 'failed' | 'unknown'; message?: string }>;
  /** An import into this table that is still running (started by anyone), if there is one. */
  runningImport(table: LiveTable): Promise<ImportJob | undefined>;
  /** HTTP requests made so far (every attempt, login included). */
  requestCount(): number;
}

/** For vendors that state no row or key limit of their own. */
export const NO_TABLE_LIMITS: TableLimits = { maxRows: Number.MAX_SAFE_INTEGER, maxKeyLength: Number.MAX_SAFE_INTEGER };

/** A failure talking to the vendor, with a message fit to show the user (secrets already redacted). */
export class ProviderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderError';
  }
}

/** No table has this name or id (the plan can then create it from a schema file). */
export class TableNotFoundError extends ProviderError {
  constructor(message: string) {
    super(message);
    this.name = 'TableNotFoundError';
  }
}

/** The credentials lack a permission an optional request needs: said once, never a failure. */
export class MissingPermissionError extends ProviderError {
  readonly permission: string;
  constructor(message: string, permission: string) {
    super(message);
    this.permission = permission;
  }
}
