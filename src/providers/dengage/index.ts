import { setTimeout as sleep } from 'node:timers/promises';
import { writeCsv } from '../../core/csv.ts';
import type { Row } from '../../core/schema.ts';
import type { HttpClient, HttpResponse } from '../http.ts';
import { safeUrl } from '../http.ts';
import type { ImportJob, ImportResult, LiveRows, LiveTable, Provider } from '../provider.ts';
import { ProviderError } from '../provider.ts';

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
  private token: string | undefined;

  constructor(options: DengageOptions, http: HttpClient) {
    this.options = { ...options, apiUrl: options.apiUrl.replace(/\/+$/, '') };
    this.http = http;
    http.addSecret(options.password);
  }

  requestCount(): number {
    return this.http.requestCount();
  }

  async getTable(nameOrId: string): Promise<LiveTable> {
    return {
      id: nameOrId,
      name: nameOrId,
      limits: { maxRows: Number.MAX_SAFE_INTEGER, maxKeyLength: Number.MAX_SAFE_INTEGER },
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
    const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const file = Buffer.from(
      writeCsv(
        header,
        rows.map((row) => header.map((name) => String(row[name] ?? ''))),
      ),
      'utf8',
    );
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
    const parsed = safeJson(answer.body) as { uuid?: string; jobId?: string } | string;
    const uuid = typeof parsed === 'string' ? parsed : (parsed.uuid ?? parsed.jobId);
    if (!uuid) throw new ProviderError(`D·engage started the upsert into ${table.name} but its answer has no job uuid`);
    return { id: uuid };
  }

  async waitForJob(table: LiveTable, job: ImportJob, timeoutMs: number): Promise<ImportResult> {
    const deadline = Date.now() + timeoutMs;
    let wait = this.options.pollMs?.first ?? 500;
    for (;;) {
      const status = safeJson(
        (await this.api('GET', PATHS.status(job.id), undefined, 'check the upsert')).body,
      ) as JobStatus;
      const state = status.status ?? 'Unknown';
      if (/^(completed|succeeded|success|failed|error)$/i.test(state)) {
        const failed = status.failRecords ?? (/^(failed|error)$/i.test(state) ? (status.totalRecords ?? 1) : 0);
        return {
          jobId: job.id,
          status: state,
          succeeded: !/^(failed|error)$/i.test(state),
          updated: status.successRecords ?? 0,
          deleted: 0,
          failed,
          ...(status.message ? { error: { message: status.message } } : {}),
        };
      }
      if (Date.now() + wait > deadline) {
        throw new ProviderError(
          `The upsert ${job.id} into ${table.name} was still "${state}" after ${Math.round(timeoutMs / 1000)} s (job-timeout); it may still finish`,
        );
      }
      await sleep(wait);
      wait = Math.min(wait * 2, this.options.pollMs?.longest ?? 5000);
    }
  }

  private async api(method: 'GET' | 'POST', path: string, body: unknown, action: string): Promise<HttpResponse> {
    const url = `${this.options.apiUrl}${path}`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const answer = await this.http.send({
        method,
        url,
        headers: {
          authorization: `Bearer ${await this.accessToken()}`,
          accept: 'application/json',
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      if (answer.status === 401 && attempt === 0) {
        this.token = undefined; // "Not-authenticated. Please re-login."
        continue;
      }
      if (answer.status >= 200 && answer.status < 300) return answer;
      const message = (safeJson(answer.body) as { message?: string }).message ?? answer.body.slice(0, 200);
      throw new ProviderError(
        this.http.redact(
          `D·engage answered ${answer.status} to ${method} ${safeUrl(url)} while trying to ${action}: ${message}`,
        ),
      );
    }
    throw new ProviderError(
      `D·engage rejected a fresh login while trying to ${action}: check dengage-username and dengage-password`,
    );
  }

  private async accessToken(): Promise<string> {
    if (this.token) return this.token;
    const url = `${this.options.apiUrl}${PATHS.login}`;
    const answer = await this.http.send({
      method: 'POST',
      url,
      idempotent: true,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username: this.options.username, password: this.options.password }),
    });
    const token = (safeJson(answer.body) as { access_token?: string }).access_token;
    if (answer.status !== 200 || !token) {
      throw new ProviderError(
        `D·engage login at ${safeUrl(url)} failed (${answer.status}). Check dengage-api-url, dengage-username and dengage-password`,
      );
    }
    this.http.addSecret(token);
    this.token = token;
    return token;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) ?? {};
  } catch {
    return {};
  }
}
