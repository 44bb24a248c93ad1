import { setTimeout as sleep } from 'node:timers/promises';
import type { Row } from '../../core/schema.ts';
import { BearerSession } from '../bearer-session.ts';
import type { HttpClient, HttpResponse } from '../http.ts';
import { parseJson, safeUrl } from '../http.ts';
import type { ImportJob, ImportResult, LiveRows, LiveTable, Provider, TableChanges } from '../provider.ts';
import { NO_TABLE_LIMITS, ProviderError } from '../provider.ts';

export interface DengageOptions {
  /** The account's region host, e.g. https://eu-api.dengage.com (without /rest). */
  apiUrl: string;
  /** The API user's key (the login's `userkey`). */
  userKey: string;
  password: string;
  /** D·engage asks for one upsert a minute per table; tests shorten it. */
  minIntervalMs?: number;
}

/**
 * The calls, from D·engage's developer reference and public integration code (see docs/vendors.md). The sync
 * upsert and delete are used, not the async ones: their bodies are documented and their answer carries the result
 * (affected and failed rows), where the async V1 status path and the V2 body and status answer appear in no source.
 */
const PATHS = {
  login: '/rest/login',
  tables: (offset: number) => `/rest/dataspace/tables?limit=${TABLES_PAGE}&offset=${offset}`,
  table: (id: string) => `/rest/dataspace/tables/${encodeURIComponent(id)}`,
  upsert: '/rest/dataspace/sync/upsert',
  delete: '/rest/dataspace/sync/delete',
};
/** Rows per sync call: the documented maximum. */
export const DENGAGE_ROWS_PER_CALL = 1000;
const TABLES_PAGE = 1000;
const MAX_TABLE_PAGES = 100;

/** The date-time forms D·engage's upsert pages list. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?$/;
const DATE_TIME_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;
const LOOKS_LIKE_DATE = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?!\d)/;

/** Checks a cell that looks like a date against D·engage's date-time forms; undefined when fine. */
export function checkDengageDateTime(value: string): string | undefined {
  if (!LOOKS_LIKE_DATE.test(value) || DATE_TIME.test(value) || DATE_TIME_Z.test(value)) return undefined;
  if (/Z$/.test(value)) return 'a date-time with Z must be yyyy-MM-ddTHH:mm:ssZ or yyyy-MM-ddTHH:mm:ss.fffZ';
  return 'D·engage takes dates as yyyy-MM-dd, with an optional time HH:mm, HH:mm:ss or HH:mm:ss.fff after a space or T';
}

/** D·engage answers `{code, message, data}`; `code` 0 is success. */
interface Envelope<T> {
  code?: number;
  message?: string;
  actionResult?: string;
  data?: T;
}

interface SyncResult {
  affectedRowCount?: number;
  errorCount?: number;
  errorList?: unknown[];
}

/** One sync call still to make, and what the finished ones did. */
interface Batch {
  table: LiveTable;
  calls: { path: string; method: 'POST' | 'DELETE'; body: unknown; kind: 'upsert' | 'delete'; rows: number }[];
  updated: number;
  deleted: number;
  failed: number;
  errors: string[];
}

/**
 * D·engage Data Space tables through the synchronous upsert and delete calls, at most 1,000 rows each and one upsert
 * a minute per table, as D·engage asks. There is no API to read a table's rows, so the plan compares the file with
 * its previous version in git; the table's primary key (from its definition) keys the rows, and a table without one
 * is appended to, so changing or deleting its rows is refused in the plan.
 */
export class DengageProvider implements Provider {
  readonly name = 'dengage';
  readonly capabilities = {
    readsLiveRows: false,
    deletes: true,
    reportsJobStatus: true,
    describe: 'D·engage Data Space tables',
    checkCell: (_column: string, value: string) => checkDengageDateTime(value),
  };
  private readonly http: HttpClient;
  private readonly options: DengageOptions;
  private readonly lastUpsert = new Map<string, number>();
  private readonly batches = new Map<string, Batch>();
  private readonly session: BearerSession;

  constructor(options: DengageOptions, http: HttpClient) {
    // The documented base includes no /rest: accept it written either way.
    this.options = { ...options, apiUrl: options.apiUrl.replace(/\/+$/, '').replace(/\/rest$/, '') };
    this.http = http;
    this.session = new BearerSession(http, () => this.login());
    http.addSecret(options.password);
  }

  requestCount(): number {
    return this.http.requestCount();
  }

  /** Finds the table by name in the Data Space listing, and its primary key in its definition. */
  async getTable(name: string): Promise<LiveTable> {
    let id: string | undefined;
    const similar: string[] = [];
    for (let page = 0; page < MAX_TABLE_PAGES && !id; page++) {
      const listing = await this.json<{ result?: { tableName?: string; publicId?: string }[] }>(
        'GET',
        PATHS.tables(page * TABLES_PAGE),
        undefined,
        'list the Data Space tables',
      );
      const result = listing.result ?? [];
      id = result.find((table) => table.tableName === name)?.publicId;
      for (const table of result) {
        if (table.tableName?.toLowerCase() === name.toLowerCase() && table.tableName !== name)
          similar.push(table.tableName);
      }
      if (result.length < TABLES_PAGE) break;
    }
    if (!id) {
      const hint = similar.length > 0 ? `; names differ in case only: ${similar.join(', ')}` : '';
      throw new ProviderError(
        `No D·engage Data Space table is named "${name}"${hint}. Check the table input or the file name`,
      );
    }
    const definition = await this.json<Record<string, unknown>>(
      'GET',
      PATHS.table(id),
      undefined,
      `read table ${name}`,
    );
    const keys = primaryKeyOf(definition);
    if (keys === undefined) {
      throw new ProviderError(
        `D·engage answered the definition of table "${name}" without its columns, so its primary key is unknown; nothing was planned`,
      );
    }
    if (keys.length > 1) {
      throw new ProviderError(
        `D·engage table "${name}" has a primary key of ${keys.length} columns (${keys.join(', ')}); this action keys rows by one column`,
      );
    }
    const table: LiveTable = { id, name, limits: NO_TABLE_LIMITS };
    if (keys[0]) table.keyColumn = keys[0];
    else {
      table.updatesRefused = `D·engage table "${name}" has no primary key, so D·engage appends every row sent to it: a changed row would be added again and a deleted one cannot be named. Give the table a primary key, or only add rows`;
    }
    return table;
  }

  async readRows(): Promise<LiveRows> {
    throw new ProviderError(
      'D·engage has no API to read a table: the plan compares the file with its previous version',
    );
  }

  async runningImport(): Promise<ImportJob | undefined> {
    return undefined;
  }

  /** The whole file as upserts (a provider may be called this way); deletes need applyChanges. */
  async startImport(table: LiveTable, rows: readonly Row[]): Promise<ImportJob> {
    return this.applyChanges(table, { upsert: [...rows], delete: [] });
  }

  /** Makes the first call now; waitForJob makes the rest, a minute apart, and reports what they did. */
  async applyChanges(table: LiveTable, changes: TableChanges): Promise<ImportJob> {
    const calls: Batch['calls'] = [];
    const columns = Object.keys(changes.upsert[0] ?? {});
    for (let start = 0; start < changes.upsert.length; start += DENGAGE_ROWS_PER_CALL) {
      const chunk = changes.upsert.slice(start, start + DENGAGE_ROWS_PER_CALL);
      calls.push({
        path: PATHS.upsert,
        method: 'POST',
        kind: 'upsert',
        rows: chunk.length,
        body: { tableName: table.name, columns, rows: chunk.map((row) => columns.map((c) => String(row[c] ?? ''))) },
      });
    }
    for (let start = 0; start < changes.delete.length; start += DENGAGE_ROWS_PER_CALL) {
      const keys = changes.delete.slice(start, start + DENGAGE_ROWS_PER_CALL);
      if (!table.keyColumn) throw new ProviderError(table.updatesRefused ?? `table "${table.name}" has no key`);
      calls.push({
        path: PATHS.delete,
        method: 'DELETE',
        kind: 'delete',
        rows: keys.length,
        body: { tableName: table.name, columns: [table.keyColumn], rows: keys.map((key) => [key]) },
      });
    }
    const id = `sync-${table.name}-${Date.now()}`;
    const batch: Batch = { table, calls, updated: 0, deleted: 0, failed: 0, errors: [] };
    this.batches.set(id, batch);
    await this.nextCall(batch);
    return { id };
  }

  async waitForJob(table: LiveTable, job: ImportJob, timeoutMs: number): Promise<ImportResult> {
    const batch = this.batches.get(job.id);
    if (!batch) throw new ProviderError(`no D·engage calls were started as ${job.id}`);
    const deadline = Date.now() + timeoutMs;
    while (batch.calls.length > 0) {
      const waitMs = this.nextCallAt(batch) - Date.now();
      if (Date.now() + Math.max(0, waitMs) > deadline) {
        const left = batch.calls.reduce((sum, call) => sum + call.rows, 0);
        throw new ProviderError(
          `${left} row(s) of ${table.name} were not sent within job-timeout: D·engage takes one call a minute per table, ${DENGAGE_ROWS_PER_CALL} rows each. Raise job-timeout, or apply again to send the rest`,
        );
      }
      await this.nextCall(batch);
    }
    const failed = batch.failed > 0;
    return {
      jobId: job.id,
      status: failed ? 'CompletedWithErrors' : 'Completed',
      succeeded: !failed,
      updated: batch.updated,
      deleted: batch.deleted,
      failed: batch.failed,
      ...(failed ? { error: { message: batch.errors.slice(0, 5).join('; ') || `${batch.failed} row(s) failed` } } : {}),
    };
  }

  /** When the next upsert into this table may go: D·engage asks for one a minute per table (a delete may go at once). */
  private nextUpsertAt(table: LiveTable): number {
    return (this.lastUpsert.get(table.name) ?? 0) + (this.options.minIntervalMs ?? 60_000);
  }

  /** When the batch's next call may go. */
  private nextCallAt(batch: Batch): number {
    return batch.calls[0]?.kind === 'upsert' ? this.nextUpsertAt(batch.table) : Date.now();
  }

  /** Makes the batch's next call (waiting out the minute), adding what it did; a 200 can still carry failed rows. */
  private async nextCall(batch: Batch): Promise<void> {
    const wait = this.nextCallAt(batch) - Date.now();
    const call = batch.calls.shift();
    if (!call) return;
    if (wait > 0) await sleep(wait);
    // An upsert into a keyed table writes the same values if repeated; into an unkeyed one it would add them twice.
    const repeatable = call.kind === 'delete' || batch.table.keyColumn !== undefined;
    const result = await this.json<SyncResult>(
      call.method,
      call.path,
      call.body,
      `${call.kind} rows of ${batch.table.name}`,
      repeatable,
    );
    if (call.kind === 'upsert') this.lastUpsert.set(batch.table.name, Date.now());
    const errors = result.errorCount ?? 0;
    const affected = result.affectedRowCount ?? call.rows - errors;
    if (call.kind === 'upsert') batch.updated += affected;
    else batch.deleted += affected;
    batch.failed += errors;
    for (const error of result.errorList ?? [])
      batch.errors.push(typeof error === 'string' ? error : JSON.stringify(error));
  }

  /** A call's `data`, once its envelope says success. */
  private async json<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body: unknown,
    action: string,
    repeatable = method === 'GET',
  ): Promise<T> {
    const answer = await this.api(method, path, body, action, repeatable);
    const envelope = parseJson(answer.body) as Envelope<T>;
    if (envelope.code !== undefined && envelope.code !== 0) {
      throw new ProviderError(
        this.http.redact(`D·engage refused to ${action} (code ${envelope.code}): ${reasonOf(envelope, answer.body)}`),
      );
    }
    return (envelope.data ?? envelope) as T;
  }

  private async api(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body: unknown,
    action: string,
    repeatable: boolean,
  ): Promise<HttpResponse> {
    const url = `${this.options.apiUrl}${path}`;
    const answer = await this.session.send({
      method,
      url,
      idempotent: repeatable,
      headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (answer.status >= 200 && answer.status < 300) return answer;
    if (answer.status === 401) {
      throw new ProviderError(
        `D·engage rejected a fresh login while trying to ${action}: check dengage-user-key and dengage-password`,
      );
    }
    if (answer.status === 403 && answer.body.trim() === '') throw new ProviderError(ipAllowlistMessage(url));
    const envelope = parseJson(answer.body) as Envelope<unknown>;
    throw new ProviderError(
      this.http.redact(
        `D·engage answered ${answer.status} to ${method} ${safeUrl(url)} while trying to ${action}: ${reasonOf(envelope, answer.body)}`,
      ),
    );
  }

  private async login(): Promise<string> {
    const url = `${this.options.apiUrl}${PATHS.login}`;
    const answer = await this.http.send({
      method: 'POST',
      url,
      idempotent: true,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ userkey: this.options.userKey, password: this.options.password }),
    });
    if (answer.status === 403 && answer.body.trim() === '') throw new ProviderError(ipAllowlistMessage(url));
    const envelope = parseJson(answer.body) as Envelope<{ access_token?: unknown }> & { access_token?: unknown };
    // Public code reads access_token at the top; the reference says answers are wrapped in data: take either.
    const token = envelope.access_token ?? envelope.data?.access_token;
    if (answer.status !== 200 || typeof token !== 'string' || token === '') {
      throw new ProviderError(
        this.http.redact(
          `D·engage login at ${safeUrl(url)} failed (${answer.status}): ${reasonOf(envelope, answer.body)}. Check dengage-api-url (your account's region host), dengage-user-key and dengage-password`,
        ),
      );
    }
    return token;
  }
}

/** The primary key column names in a table definition (undefined when it lists no columns at all). */
export function primaryKeyOf(definition: Record<string, unknown>): string[] | undefined {
  const columns = (definition.columns ?? (definition.table as Record<string, unknown> | undefined)?.columns) as
    | { name?: string; columnName?: string; isPrimary?: boolean; isPrimaryKey?: boolean; primaryKey?: boolean }[]
    | undefined;
  if (!Array.isArray(columns)) return undefined;
  return columns
    .filter((column) => column.isPrimary === true || column.isPrimaryKey === true || column.primaryKey === true)
    .map((column) => String(column.name ?? column.columnName));
}

function reasonOf(envelope: Envelope<unknown>, body: string): string {
  return envelope.message || envelope.actionResult || body.slice(0, 200) || 'no details';
}

/** D·engage answers an address outside the account's allowlist with an empty 403, before any credential check. */
function ipAllowlistMessage(url: string): string {
  return `D·engage refused ${safeUrl(url)} with an empty 403 before checking any credentials: the account accepts API calls only from allowlisted IP addresses. GitHub-hosted runners have no fixed address; run this job on a self-hosted runner with a fixed address and add that address to the account's allowlist`;
}
