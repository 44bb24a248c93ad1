import type { ImportMode } from '../core/diff.ts';
import type { TableRef } from '../core/plan.ts';
import type { Row, TableLimits, TableSchema } from '../core/schema.ts';

export interface LiveTable extends TableRef {
  schema: TableSchema;
  limits: TableLimits;
}

export interface LiveRows {
  /** Rows keyed by field name; values as the vendor gives them (typed JSON or CSV text). */
  records: Record<string, unknown>[];
  /** How the rows were read, for the report. */
  source: string;
}

export interface ImportJob {
  id: string;
}

export interface ImportError {
  message: string;
  code?: string;
  contextId?: string;
}

export interface ImportResult {
  jobId: string;
  status: string;
  succeeded: boolean;
  updated: number;
  deleted: number;
  failed: number;
  error?: ImportError;
}

/** One vendor's data tables. Everything vendor-specific lives behind this interface. */
export interface Provider {
  readonly name: string;
  /** Finds a table by name (exact match) or id, with its schema. */
  getTable(nameOrId: string): Promise<LiveTable>;
  readRows(table: LiveTable): Promise<LiveRows>;
  /** Uploads these rows (the whole file's, in replace mode) in the vendor's import format and starts the job. */
  startImport(table: LiveTable, rows: readonly Row[], mode: ImportMode): Promise<ImportJob>;
  waitForJob(table: LiveTable, job: ImportJob, timeoutMs: number): Promise<ImportResult>;
  /** An import into this table that is still running (started by anyone), if there is one. */
  runningImport(table: LiveTable): Promise<ImportJob | undefined>;
  /** HTTP requests made so far (every attempt, login included). */
  requestCount(): number;
}

/** A failure talking to the vendor, with a message fit to show the user (secrets already redacted). */
export class ProviderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderError';
  }
}
