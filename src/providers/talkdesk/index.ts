import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeCsv } from '../../core/csv.ts';
import type { Row } from '../../core/schema.ts';
import type { HttpClient, HttpResponse } from '../http.ts';
import { safeUrl } from '../http.ts';
import type { ImportJob, ImportResult, LiveRows, LiveTable, Provider } from '../provider.ts';
import { ProviderError } from '../provider.ts';

export interface TalkdeskOptions {
  /** `<account>` of `<account>.talkdeskid.com`, where the token comes from. */
  account: string;
  clientId: string;
  clientSecret: string;
  apiUrl: string;
  /** Overrides `https://<account>.talkdeskid.com` (tests, proxies). */
  loginUrl?: string;
  pollMs?: { first: number; longest: number };
}

/** The largest CSV one upload request takes (csv_metadata.byte_size, per the public reference). */
export const TALKDESK_MAX_UPLOAD_BYTES = 20_000;
const RECORDS_PAGE_SIZE = 100;
const MAX_PAGES = 10_000;
/** Statuses after which an upload request changes no more (assumed from the public reference's list). */
const FINAL = new Set(['ACCEPTED', 'REJECTED', 'INCOMPLETE', 'CORRUPTED']);

interface UploadRequest {
  id: string;
  signed_url?: string;
  status?: string;
  failed_records?: number;
  processed_records?: number;
  errors?: unknown;
}

/**
 * Talkdesk record lists: the records can be read back (a live diff), a CSV is uploaded through an upload request
 * and a signed URL. Uploading adds and updates records; it is assumed not to delete, so rows the file dropped are
 * reported as not applied. The completion call and the status polling are assumed, and kept in this file.
 */
export class TalkdeskProvider implements Provider {
  readonly name = 'talkdesk';
  readonly capabilities = {
    readsLiveRows: true,
    deletes: false,
    reportsJobStatus: true,
    describe: 'Talkdesk record lists',
    maxUploadBytes: TALKDESK_MAX_UPLOAD_BYTES,
  };
  private readonly http: HttpClient;
  private readonly options: TalkdeskOptions;
  private token: string | undefined;

  constructor(options: TalkdeskOptions, http: HttpClient) {
    this.options = { ...options, apiUrl: options.apiUrl.replace(/\/+$/, '') };
    this.http = http;
    http.addSecret(options.clientSecret);
    http.addSecret(Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64'));
  }

  requestCount(): number {
    return this.http.requestCount();
  }

  /** A record list is named by its id (the `table` input); its columns are the file's own header. */
  async getTable(nameOrId: string): Promise<LiveTable> {
    return {
      id: nameOrId,
      name: nameOrId,
      limits: { maxRows: Number.MAX_SAFE_INTEGER, maxKeyLength: Number.MAX_SAFE_INTEGER },
    };
  }

  async readRows(table: LiveTable): Promise<LiveRows> {
    const records: Record<string, unknown>[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const answer = await this.api(
        'GET',
        `/record-lists/${encodeURIComponent(table.id)}/records?page=${page}&per_page=${RECORDS_PAGE_SIZE}`,
        undefined,
        'read the records',
      );
      const listing = JSON.parse(answer.body) as {
        _embedded?: { records?: Record<string, unknown>[] };
        total_pages?: number;
      };
      records.push(...(listing._embedded?.records ?? []));
      if (page >= (listing.total_pages ?? 1)) break;
    }
    return { records, source: 'records API, page by page' };
  }

  async runningImport(): Promise<ImportJob | undefined> {
    return undefined; // upload requests of a record list cannot be listed (assumed): nothing to wait for
  }

  async startImport(table: LiveTable, rows: readonly Row[]): Promise<ImportJob> {
    const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const csv = Buffer.from(
      writeCsv(
        header,
        rows.map((row) => header.map((name) => String(row[name] ?? ''))),
      ),
      'utf8',
    );
    if (csv.length > TALKDESK_MAX_UPLOAD_BYTES) {
      throw new ProviderError(
        `the upload for record list ${table.id} is ${csv.length} bytes; Talkdesk takes at most ${TALKDESK_MAX_UPLOAD_BYTES} bytes per upload. Split the file; nothing was sent`,
      );
    }
    const metadata = {
      filename: `${table.name}`.slice(0, 31).concat('.csv'),
      byte_size: csv.length,
      checksum: createHash('md5').update(csv).digest('hex'),
      content_type: 'text/csv',
    };
    const created = await this.api(
      'POST',
      `/record-lists/${encodeURIComponent(table.id)}/upload-requests`,
      { csv_metadata: metadata },
      'create an upload request',
    );
    const request = JSON.parse(created.body) as UploadRequest;
    if (!request.id || !request.signed_url)
      throw new ProviderError('Talkdesk created an upload request without an id and a signed_url');
    // The signed URL is storage: no bearer token there, only the file as declared (size and MD5).
    const upload = await this.http.send({
      method: 'PUT',
      url: request.signed_url,
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    if (upload.status < 200 || upload.status >= 300) {
      throw new ProviderError(
        `Uploading to the signed URL (${safeUrl(request.signed_url)}) was refused (${upload.status}): ${upload.body.slice(0, 200)}`,
      );
    }
    // Assumed: telling Talkdesk the upload is complete starts the processing.
    await this.api(
      'PATCH',
      `/record-lists/${encodeURIComponent(table.id)}/upload-requests/${request.id}`,
      { status: 'UPLOADED' },
      'complete the upload',
    );
    return { id: request.id };
  }

  async waitForJob(table: LiveTable, job: ImportJob, timeoutMs: number): Promise<ImportResult> {
    const deadline = Date.now() + timeoutMs;
    let wait = this.options.pollMs?.first ?? 250;
    for (;;) {
      const answer = await this.api(
        'GET',
        `/record-lists/${encodeURIComponent(table.id)}/upload-requests/${job.id}`,
        undefined,
        'check the upload',
      );
      const request = JSON.parse(answer.body) as UploadRequest;
      const status = request.status ?? 'UNKNOWN';
      if (FINAL.has(status)) {
        const failed = request.failed_records ?? (status === 'ACCEPTED' ? 0 : 1);
        return {
          jobId: job.id,
          status,
          succeeded: status === 'ACCEPTED',
          updated: request.processed_records ?? 0,
          deleted: 0,
          failed,
          ...(status === 'ACCEPTED'
            ? {}
            : {
                error: {
                  message: `the upload ended ${status}${request.errors ? `: ${JSON.stringify(request.errors).slice(0, 200)}` : ''}`,
                },
              }),
        };
      }
      if (Date.now() + wait > deadline) {
        throw new ProviderError(
          `The upload ${job.id} into record list ${table.id} was still "${status}" after ${Math.round(timeoutMs / 1000)} s (job-timeout); it may still finish`,
        );
      }
      await sleep(wait);
      wait = Math.min(wait * 2, this.options.pollMs?.longest ?? 3000);
    }
  }

  private async api(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    path: string,
    body: unknown,
    action: string,
  ): Promise<HttpResponse> {
    const url = `${this.options.apiUrl}${path}`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const token = await this.accessToken();
      const answer = await this.http.send({
        method,
        url,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      if (answer.status === 401 && attempt === 0) {
        this.token = undefined; // expired or revoked: log in once more
        continue;
      }
      if (answer.status >= 200 && answer.status < 300) return answer;
      const error = safeJson(answer.body) as {
        code?: string;
        message?: string;
        description?: string;
        fields?: { name?: string; description?: string }[];
      };
      const fields = (error.fields ?? []).map((f) => `${f.name}: ${f.description}`).join('; ');
      throw new ProviderError(
        this.http.redact(
          `Talkdesk answered ${answer.status} to ${method} ${safeUrl(url)} while trying to ${action}: ${error.message ?? answer.body.slice(0, 200)}${error.code ? ` (code ${error.code})` : ''}${fields ? `; ${fields}` : ''}`,
        ),
      );
    }
    throw new ProviderError(
      `Talkdesk rejected a fresh access token while trying to ${action}: check the client's scopes (record-lists:manage, record-lists:read)`,
    );
  }

  private async accessToken(): Promise<string> {
    if (this.token) return this.token;
    const loginUrl = (this.options.loginUrl || `https://${this.options.account}.talkdeskid.com`).replace(/\/+$/, '');
    const answer = await this.http.send({
      method: 'POST',
      url: `${loginUrl}/oauth/token`,
      idempotent: true,
      headers: {
        authorization: `Basic ${Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials&scope=record-lists%3Amanage%20record-lists%3Aread',
    });
    const token = (safeJson(answer.body) as { access_token?: string }).access_token;
    if (answer.status !== 200 || !token) {
      throw new ProviderError(
        `Talkdesk login at ${safeUrl(`${loginUrl}/oauth/token`)} failed (${answer.status}). Check talkdesk-account, talkdesk-client-id and talkdesk-client-secret`,
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
