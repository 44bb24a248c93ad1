import { setTimeout as sleep } from 'node:timers/promises';
import { csvLines } from '../../core/csv.ts';
import { BearerSession } from '../bearer-session.ts';
import type { HttpClient, HttpResponse } from '../http.ts';
import { parseJson, safeUrl } from '../http.ts';
import type { ImportJob, ImportResult, LiveRows, LiveTable, Provider, RowSource, TableChanges } from '../provider.ts';
import { NO_TABLE_LIMITS, ProviderError, rowList } from '../provider.ts';

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
 * The calls, from D·engage's developer reference and public integration code (see docs/vendors.md). Small changes go
 * through the sync upsert and delete, whose answer carries the result; large ones, and every first import, through the
 * async upsert and delete (the whole change in one call, as a base64 file), answered with a job id.
 */
const PATHS = {
  login: '/rest/login',
  tables: (offset: number) => `/rest/dataspace/tables?limit=${TABLES_PAGE}&offset=${offset}`,
  table: (id: string) => `/rest/dataspace/tables/${encodeURIComponent(id)}`,
  upsert: '/rest/dataspace/sync/upsert',
  delete: '/rest/dataspace/sync/delete',
  asyncUpsert: '/rest/dataspace/async/upsert',
  asyncDelete: '/rest/dataspace/async/delete',
};
/**
 * Where an async job's status might be read. GetStatus has no public path: the first is the V1 calls' path with the job
 * id (as V2's documented `GET /rest/dataspace/async/upsert_v2/{jobId}` is V2's own path), the second that documented V2
 * path, the third GetStatus's name. Each is tried once per run until one answers; none may.
 */
const STATUS_PATHS = [
  (kind: AsyncKind, id: string) => `/rest/dataspace/async/${kind}/${encodeURIComponent(id)}`,
  (_kind: AsyncKind, id: string) => `/rest/dataspace/async/upsert_v2/${encodeURIComponent(id)}`,
  (_kind: AsyncKind, id: string) => `/rest/dataspace/async/status/${encodeURIComponent(id)}`,
];
/** Rows per sync upsert: "no more than 1000 records" (the sync upsert page). */
export const DENGAGE_ROWS_PER_CALL = 1000;
/** Rows per sync delete: "less than 1000 records" (the DeleteData page). */
export const DENGAGE_DELETES_PER_CALL = 999;
/** "The maximum request size limit is 50mb" (UpsertData-Async): a body over it is split, the parts a minute apart. */
export const DENGAGE_MAX_REQUEST_BYTES = 50 * 1000 * 1000;
const TABLES_PAGE = 1000;
const MAX_TABLE_PAGES = 100;

type AsyncKind = 'upsert' | 'delete';

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

/** One call still to make. */
type Call =
  | { kind: 'upsert' | 'delete'; mode: 'sync'; body: unknown; rows: number }
  | { kind: AsyncKind; mode: 'async'; body: unknown; rows: number };

/** An apply's calls: the ones still to make, and what the made ones did. */
interface Batch {
  table: LiveTable;
  calls: Call[];
  updated: number;
  deleted: number;
  failed: number;
  /** Rows handed to async jobs whose end was confirmed... */
  jobs: { id: string; kind: AsyncKind; rows: number }[];
  errors: string[];
}

/** An async job's end, as far as it could be read. */
interface JobEnd {
  state: 'succeeded' | 'failed' | 'unknown';
  affected?: number;
  failed?: number;
  message?: string;
}

/**
 * D·engage Data Space tables. There is no API to read a table's rows, so the plan compares the file with the version
 * last applied (see baseline.ts); the table's primary key (from its definition) keys the rows, and a table without one
 * is appended to, so changing or deleting its rows is refused in the plan. Changes of up to 1,000 rows go through the
 * sync upsert (its answer carries the result); more, and every first import, through one async upsert per table (the
 * rows as a base64 CSV, up to 50 MB a call, a minute apart past that). Deletes of fewer than 1,000 rows go through the
 * sync delete, more through the async one. An async job is followed where its status can be read; where it cannot,
 * its rows are reported queued, never updated.
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
  /** Which status path answered in this run (an index into STATUS_PATHS), or -1 when none did. */
  private statusPath: number | undefined;

  constructor(options: DengageOptions, http: HttpClient) {
    // The documented base includes no /rest: accept it written either way.
    this.options = { ...options, apiUrl: options.apiUrl.replace(/\/+$/, '').replace(/\/rest$/, '') };
    this.http = http;
    this.session = new BearerSession(http, () => this.login());
    // The login body carries both: neither may show in an error message that echoes the request.
    http.addSecret(options.password);
    http.addSecret(options.userKey);
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
        `D·engage answered the definition of table "${name}" without a column list this action can read (it has ${describeKeys(definition)}), so its primary key is unknown; nothing was planned. Please report this answer's shape`,
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
  async startImport(table: LiveTable, source: RowSource): Promise<ImportJob> {
    const rows = await rowList(source);
    const columns = Object.keys(rows[0] ?? {});
    return this.applyChanges(table, {
      key: table.keyColumn ?? columns[0] ?? '',
      upsert: [...rows],
      delete: [],
      wholeFile: true,
    });
  }

  /** Plans the calls, makes the first now; waitForJob makes the rest (a minute apart where D·engage asks). */
  async applyChanges(table: LiveTable, changes: TableChanges): Promise<ImportJob> {
    const calls: Call[] = [];
    const columns = Object.keys(changes.upsert[0] ?? {});
    if (changes.upsert.length > DENGAGE_ROWS_PER_CALL || (changes.wholeFile && changes.upsert.length > 0)) {
      for (const part of csvParts(
        columns,
        changes.upsert.map((row) => columns.map((c) => String(row[c] ?? ''))),
      )) {
        calls.push({
          kind: 'upsert',
          mode: 'async',
          rows: part.rows,
          body: asyncBody(table, 'upsert', columns, part.csv),
        });
      }
    } else if (changes.upsert.length > 0) {
      calls.push({
        kind: 'upsert',
        mode: 'sync',
        rows: changes.upsert.length,
        body: {
          tableName: table.name,
          columns,
          rows: changes.upsert.map((row) => columns.map((c) => String(row[c] ?? ''))),
        },
      });
    }
    if (changes.delete.length > 0 && !table.keyColumn) {
      throw new ProviderError(table.updatesRefused ?? `table "${table.name}" has no key`);
    }
    const key = table.keyColumn as string;
    if (changes.delete.length > DENGAGE_DELETES_PER_CALL) {
      for (const part of csvParts(
        [key],
        changes.delete.map((value) => [value]),
      )) {
        calls.push({
          kind: 'delete',
          mode: 'async',
          rows: part.rows,
          body: asyncBody(table, 'delete', [key], part.csv),
        });
      }
    } else if (changes.delete.length > 0) {
      calls.push({
        kind: 'delete',
        mode: 'sync',
        rows: changes.delete.length,
        body: { tableName: table.name, columns: [key], rows: changes.delete.map((value) => [value]) },
      });
    }
    const id = `dengage-${table.name}-${Date.now()}`;
    const batch: Batch = { table, calls, updated: 0, deleted: 0, failed: 0, jobs: [], errors: [] };
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
          `${left} row(s) of ${table.name} were not sent within job-timeout: D·engage takes one upsert a minute per table. Raise job-timeout, or apply again to send the rest`,
        );
      }
      await this.nextCall(batch);
    }
    // Async jobs: followed to their end where their status can be read, else their rows are queued.
    let queued = 0;
    const unread: string[] = [];
    for (const started of batch.jobs) {
      const end = await this.followJob(started, deadline);
      if (end.state === 'unknown') {
        queued += started.rows;
        unread.push(started.id);
        continue;
      }
      const failed = end.state === 'failed' ? (end.failed ?? started.rows) : (end.failed ?? 0);
      const affected = end.affected ?? started.rows - failed;
      if (started.kind === 'upsert') batch.updated += affected;
      else batch.deleted += affected;
      batch.failed += failed;
      if (end.message && failed > 0) batch.errors.push(`job ${started.id}: ${end.message}`);
    }
    const failed = batch.failed > 0;
    const note =
      unread.length > 0
        ? `D·engage took ${queued} row(s) as async job(s) ${unread.join(', ')}, whose status has no public API (${this.statusPath === -1 ? 'no status path answered' : 'not read'}): they are queued, not confirmed; check the table in D·engage`
        : undefined;
    return {
      jobId: batch.jobs.map((j) => j.id).join(', ') || job.id,
      status: failed ? 'CompletedWithErrors' : queued > 0 ? 'Queued' : 'Completed',
      succeeded: !failed,
      updated: batch.updated,
      deleted: batch.deleted,
      failed: batch.failed,
      ...(queued > 0 ? { queued } : {}),
      ...(note ? { note } : {}),
      ...(failed ? { error: { message: batch.errors.slice(0, 5).join('; ') || `${batch.failed} row(s) failed` } } : {}),
    };
  }

  /**
   * An async job's end: its status read at the first path that answers (remembered for the run), polled until it ends
   * or the time is up. When no path answers, the end is unknown.
   */
  private async followJob(job: { id: string; kind: AsyncKind }, deadline: number): Promise<JobEnd> {
    if (this.statusPath === -1) return { state: 'unknown' };
    let wait = 1000;
    for (;;) {
      const status = await this.readStatus(job);
      if (status === undefined) return { state: 'unknown' };
      if (status.state !== 'running') return status;
      if (Date.now() + wait > deadline) {
        return { state: 'unknown', message: 'still running after job-timeout' };
      }
      await sleep(wait);
      wait = Math.min(wait * 2, 15_000);
    }
  }

  private async readStatus(job: { id: string; kind: AsyncKind }): Promise<(JobEnd | { state: 'running' }) | undefined> {
    const candidates = this.statusPath === undefined ? STATUS_PATHS.map((_, i) => i) : [this.statusPath];
    for (const index of candidates) {
      const path = (STATUS_PATHS[index] as (kind: AsyncKind, id: string) => string)(job.kind, job.id);
      const answer = await this.session.send({
        method: 'GET',
        url: `${this.options.apiUrl}${path}`,
        headers: { accept: 'application/json' },
      });
      const state = answer.status >= 200 && answer.status < 300 ? readJobStatus(parseJson(answer.body)) : undefined;
      if (state) {
        this.statusPath = index;
        return state;
      }
    }
    if (this.statusPath === undefined) this.statusPath = -1;
    return undefined;
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
    const path =
      call.mode === 'sync'
        ? call.kind === 'upsert'
          ? PATHS.upsert
          : PATHS.delete
        : call.kind === 'upsert'
          ? PATHS.asyncUpsert
          : PATHS.asyncDelete;
    const method = call.kind === 'upsert' ? 'POST' : 'DELETE';
    const action = `${call.kind} ${call.rows} row(s) of ${batch.table.name}${call.mode === 'async' ? ' (async)' : ''}`;
    if (call.mode === 'async') {
      const answer = await this.json<unknown>(method, path, call.body, action, repeatable);
      if (call.kind === 'upsert') this.lastUpsert.set(batch.table.name, Date.now());
      const id = jobIdOf(answer);
      batch.jobs.push({ id: id ?? '(no id)', kind: call.kind, rows: call.rows });
      return;
    }
    const result = await this.json<SyncResult>(method, path, call.body, action, repeatable);
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

/** The async call's body: the table, each column mapped to the file's header of the same name, the file in base64. */
function asyncBody(
  table: LiveTable,
  kind: AsyncKind,
  columns: readonly string[],
  csv: string,
): Record<string, unknown> {
  return {
    tableName: table.name,
    jobName: `datatable-sync ${kind} ${table.name}`,
    columnMapping: columns.map((column) => ({ tableColumn: column, fileColumnHeader: column })),
    fileContent: Buffer.from(csv, 'utf8').toString('base64'),
  };
}

/**
 * The rows as CSV files (each with the header) small enough that a request carrying one as base64 stays under 50 MB:
 * one file for all but the largest tables.
 */
function* csvParts(columns: readonly string[], rows: readonly string[][]): Generator<{ csv: string; rows: number }> {
  // base64 takes 4 bytes for every 3; a few kilobytes are left for the rest of the JSON body.
  const maxCsvBytes = Math.floor(((DENGAGE_MAX_REQUEST_BYTES - 64 * 1024) * 3) / 4);
  const header = csvLines([columns]);
  let lines: string[] = [];
  let bytes = Buffer.byteLength(header);
  for (const row of rows) {
    const line = csvLines([row]);
    const size = Buffer.byteLength(line);
    if (lines.length > 0 && bytes + size > maxCsvBytes) {
      yield { csv: header + lines.join(''), rows: lines.length };
      lines = [];
      bytes = Buffer.byteLength(header);
    }
    lines.push(line);
    bytes += size;
  }
  if (lines.length > 0) yield { csv: header + lines.join(''), rows: lines.length };
}

/** The job id an async call answers with: the uuid itself, or under one of a few likely names. */
export function jobIdOf(answer: unknown): string | undefined {
  if (typeof answer === 'string' && answer !== '') return answer;
  if (answer === null || typeof answer !== 'object') return undefined;
  const record = answer as Record<string, unknown>;
  for (const name of ['jobId', 'jobUuid', 'uuid', 'id', 'transactionId']) {
    const value = record[name];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** An async job's status answer, read from its likely fields; undefined when it is no status at all. */
export function readJobStatus(answer: Record<string, unknown>): JobEnd | { state: 'running' } | undefined {
  const data = (answer.data && typeof answer.data === 'object' ? answer.data : answer) as Record<string, unknown>;
  const status = [data.status, data.jobStatus, data.state].find((value) => typeof value === 'string') as
    | string
    | undefined;
  if (status === undefined) return undefined;
  const number = (...names: string[]) =>
    names.map((name) => data[name]).find((value): value is number => typeof value === 'number');
  const affected = number('affectedRowCount', 'processedRowCount', 'successCount', 'successRowCount');
  const failed = number('errorCount', 'failedRowCount', 'failCount');
  const message = [data.message, data.errorMessage].find((value) => typeof value === 'string') as string | undefined;
  const end = {
    ...(affected !== undefined ? { affected } : {}),
    ...(failed !== undefined ? { failed } : {}),
    ...(message ? { message } : {}),
  };
  if (/^(completed?|succeeded|success|successful|done|finished)$/i.test(status)) return { state: 'succeeded', ...end };
  if (/^(failed|failure|error|cancell?ed|aborted)$/i.test(status)) return { state: 'failed', ...end };
  return { state: 'running' };
}

/** The top-level keys of an answer, for a message about a shape this action cannot read. */
function describeKeys(answer: Record<string, unknown>): string {
  const keys = Object.keys(answer);
  return keys.length > 0
    ? `the keys ${keys
        .slice(0, 20)
        .map((k) => `"${k}"`)
        .join(', ')}`
    : 'no keys';
}

/**
 * The primary key column names in a table definition, from the shapes it plausibly has (no source shows it: public
 * code reads only `data.totalRowCount`): a column list under `columns`, `fields`, `tableColumns` or `schema.columns`
 * (itself at the top or under `table`), each named by `name`, `columnName` or `fieldName` and flagged `isPrimary`,
 * `isPrimaryKey`, `primaryKey` or `isKey`; or a `primaryKey`/`primaryKeys` list of names beside it. Undefined when no
 * column list is there at all.
 */
export function primaryKeyOf(definition: Record<string, unknown>): string[] | undefined {
  const holders = [
    definition,
    definition.table,
    definition.schema,
    (definition.table as Record<string, unknown> | undefined)?.schema,
  ].filter((holder): holder is Record<string, unknown> => holder !== null && typeof holder === 'object');
  for (const holder of holders) {
    const listed = [holder.primaryKeys, holder.primaryKey].find((value) => Array.isArray(value)) as
      | unknown[]
      | undefined;
    const columns = [holder.columns, holder.fields, holder.tableColumns].find((value) => Array.isArray(value)) as
      | Record<string, unknown>[]
      | undefined;
    if (!columns && !listed) continue;
    if (listed) return listed.map(String);
    return (columns ?? [])
      .filter((column) =>
        [column.isPrimary, column.isPrimaryKey, column.primaryKey, column.isKey].some((flag) => flag === true),
      )
      .map((column) => String(column.name ?? column.columnName ?? column.fieldName));
  }
  return undefined;
}

function reasonOf(envelope: Envelope<unknown>, body: string): string {
  return envelope.message || envelope.actionResult || body.slice(0, 200) || 'no details';
}

/** D·engage answers an address outside the account's allowlist with an empty 403, before any credential check. */
function ipAllowlistMessage(url: string): string {
  return `D·engage refused ${safeUrl(url)} with an empty 403 before checking any credentials: the account accepts API calls only from allowlisted IP addresses. GitHub-hosted runners have no fixed address; run this job on a self-hosted runner with a fixed address and add that address to the account's allowlist`;
}
