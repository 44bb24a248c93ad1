import { setTimeout as sleep } from 'node:timers/promises';
import type { Row } from '../../core/schema.ts';
import { rowsCsv } from '../../core/table-csv.ts';
import { BearerSession } from '../bearer-session.ts';
import type { HttpClient, HttpResponse } from '../http.ts';
import { parseJson, safeUrl } from '../http.ts';
import { pollUntil } from '../poll.ts';
import type { ImportJob, ImportResult, LiveRows, LiveTable, Provider } from '../provider.ts';
import { NO_TABLE_LIMITS, ProviderError } from '../provider.ts';

export interface DengageOptions {
  apiUrl: string;
  username: string;
  password: string;
  /** D·engage asks for one upsert a minute per table; tests shorten it. */
  minIntervalMs?: number;
  pollMs?: { first: number; longest: number };
}

/** The request may be 50 MB; the file travels base64-encoded (4/3 larger) inside JSON. */
export const DENGAGE_MAX_FILE_BYTES = Math.floor(((50 * 1024 * 1024) / 4) * 3) - 64 * 1024;

/** Assumed paths and answer names (the seed page gives neither): kept here, in one place. */
const PATHS = {
  login: '/rest/login',
  upsert: '/rest/datatable/upsertdata-async',
  status: (uuid: string) => `/rest/datatable/getstatus?uuid=${encodeURIComponent(uuid)}`,
};

/** The date-time forms D·engage accepts (its UpsertData page). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3}|Z)?)?)?$/;
const LOOKS_LIKE_DATE = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?!\d)/;

/** Checks a cell that looks like a date against D·engage's date-time forms; undefined when fine. */
export function checkDengageDateTime(value: string): string | undefined {
  if (!LOOKS_LIKE_DATE.test(value) || DATE_TIME.test(value)) return undefined;
  if (/Z$/.test(value) && !/T\d{2}:\d{2}:\d{2}Z$/.test(value)) return 'a date-time with Z must be yyyy-MM-ddTHH:mm:ssZ';
  return 'D·engage takes dates as yyyy-MM-dd, with an optional time HH:mm, HH:mm:ss or HH:mm:ss.fff after a space or T';
}

interface JobStatus {
  status?: string;
  totalRecords?: number;
  successRecords?: number;
  failRecords?: number;
  message?: string;
}

/**
 * D·engage Data Space tables through the asynchronous UpsertData call: the whole file, base64-encoded, with a column
 * mapping built from its header; then GetStatus until the job ends. There is no row read API and an upsert never
 * deletes: the plan compares the file with its previous version in git, and dropped rows are not applied.
 */
export class DengageProvider implements Provider {
  readonly name = 'dengage';
  readonly capabilities = {
    readsLiveRows: false,
    deletes: false,
    reportsJobStatus: true,
    describe: 'D·engage Data Space tables',
    maxUploadBytes: DENGAGE_MAX_FILE_BYTES,
    checkCell: (_column: string, value: string) => checkDengageDateTime(value),
  };
  private readonly http: HttpClient;
  private readonly options: DengageOptions;
  private readonly lastUpsert = new Map<string, number>();
  private readonly session: BearerSession;

  constructor(options: DengageOptions, http: HttpClient) {
    this.options = { ...options, apiUrl: options.apiUrl.replace(/\/+$/, '') };
    this.http = http;
    this.session = new BearerSession(http, () => this.login());
    http.addSecret(options.password);
  }

  requestCount(): number {
    return this.http.requestCount();
  }

  async getTable(nameOrId: string): Promise<LiveTable> {
    return {
      id: nameOrId,
      name: nameOrId,
      limits: NO_TABLE_LIMITS,
    };
  }

  async readRows(): Promise<LiveRows> {
    throw new ProviderError(
      'D·engage has no API to read a table: the plan compares the file with its previous version',
    );
  }

  async runningImport(): Promise<ImportJob | undefined> {
    return undefined;
  }

  async startImport(table: LiveTable, rows: readonly Row[]): Promise<ImportJob> {
    const header = Object.keys(rows[0] ?? {});
    const file = Buffer.from(rowsCsv(rows), 'utf8');
    if (file.length > DENGAGE_MAX_FILE_BYTES) {
      throw new ProviderError(
        `the upsert for ${table.name} is ${file.length} bytes; D·engage takes requests of at most 50 MB. Split the file`,
      );
    }
    // One upsert a minute per table, as D·engage asks: wait out the rest of the minute rather than fail.
    const interval = this.options.minIntervalMs ?? 60_000;
    const wait = (this.lastUpsert.get(table.name) ?? 0) + interval - Date.now();
    if (wait > 0) await sleep(wait);
    const body = {
      tableName: table.name,
      file: file.toString('base64'),
      columnMapping: header.map((name) => ({ tableColumn: name, fileColumnHeader: name })),
      jobName: `datatable-sync ${table.name}`.slice(0, 60),
      overwriteWithEmpty: true,
    };
    const answer = await this.api('POST', PATHS.upsert, body, `upsert into ${table.name}`);
    this.lastUpsert.set(table.name, Date.now());
    // Assumed: the uuid comes as JSON ({"uuid": ...}) or as a bare JSON string.
    const bare = answer.body.trim().replace(/^"|"$/g, '');
    const parsed = parseJson(answer.body);
    const uuid = parsed.uuid ?? parsed.jobId ?? (/^[0-9a-f-]{16,}$/i.test(bare) ? bare : undefined);
    if (typeof uuid !== 'string')
      throw new ProviderError(`D·engage started the upsert into ${table.name} but its answer has no job uuid`);
    return { id: uuid };
  }

  async waitForJob(table: LiveTable, job: ImportJob, timeoutMs: number): Promise<ImportResult> {
    const ended = /^(completed|succeeded|success|failed|error)$/i;
    const failedState = /^(failed|error)$/i;
    const status = await pollUntil(
      async () =>
        parseJson((await this.api('GET', PATHS.status(job.id), undefined, 'check the upsert')).body) as JobStatus,
      (state) => ended.test(state.status ?? ''),
      {
        timeoutMs,
        pollMs: this.options.pollMs ?? { first: 500, longest: 5000 },
        stillRunning: (state) =>
          `The upsert ${job.id} into ${table.name} was still "${state.status}" after ${Math.round(timeoutMs / 1000)} s (job-timeout); it may still finish`,
      },
    );
    const state = status.status as string;
    return {
      jobId: job.id,
      status: state,
      succeeded: !failedState.test(state),
      updated: status.successRecords ?? 0,
      deleted: 0,
      failed: status.failRecords ?? (failedState.test(state) ? (status.totalRecords ?? 1) : 0),
      ...(status.message ? { error: { message: status.message } } : {}),
    };
  }

  private async api(method: 'GET' | 'POST', path: string, body: unknown, action: string): Promise<HttpResponse> {
    const url = `${this.options.apiUrl}${path}`;
    const answer = await this.session.send({
      method,
      url,
      headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (answer.status >= 200 && answer.status < 300) return answer;
    if (answer.status === 401) {
      throw new ProviderError(
        `D·engage rejected a fresh login while trying to ${action}: check dengage-username and dengage-password`,
      );
    }
    const message = parseJson(answer.body).message ?? answer.body.slice(0, 200);
    throw new ProviderError(
      this.http.redact(
        `D·engage answered ${answer.status} to ${method} ${safeUrl(url)} while trying to ${action}: ${message}`,
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
      body: JSON.stringify({ username: this.options.username, password: this.options.password }),
    });
    const token = parseJson(answer.body).access_token;
    if (answer.status !== 200 || typeof token !== 'string' || token === '') {
      throw new ProviderError(
        `D·engage login at ${safeUrl(url)} failed (${answer.status}). Check dengage-api-url, dengage-username and dengage-password`,
      );
    }
    return token;
  }
}
