import { createHash } from 'node:crypto';
import type { Row } from '../../core/schema.ts';
import { rowsCsv } from '../../core/table-csv.ts';
import { BearerSession } from '../bearer-session.ts';
import type { HttpClient, HttpResponse } from '../http.ts';
import { parseJson, requireSecureUrl, safeUrl } from '../http.ts';
import { pollUntil } from '../poll.ts';
import type { ImportJob, ImportResult, LiveRows, LiveTable, Provider } from '../provider.ts';
import { NO_TABLE_LIMITS, ProviderError } from '../provider.ts';

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
  private readonly session: BearerSession;

  constructor(options: TalkdeskOptions, http: HttpClient) {
    this.options = { ...options, apiUrl: options.apiUrl.replace(/\/+$/, '') };
    this.http = http;
    this.session = new BearerSession(http, () => this.login());
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
      limits: NO_TABLE_LIMITS,
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
    const csv = Buffer.from(rowsCsv(rows), 'utf8');
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
    const request = parseJson(created.body) as unknown as UploadRequest;
    if (!request.id || !request.signed_url)
      throw new ProviderError('Talkdesk created an upload request without an id and a signed_url');
    // The signed URL is storage: no bearer token there, only the file as declared (size and MD5), and only over https.
    requireSecureUrl(request.signed_url, "Talkdesk's signed upload URL");
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
    const request = await pollUntil(
      async () =>
        parseJson(
          (
            await this.api(
              'GET',
              `/record-lists/${encodeURIComponent(table.id)}/upload-requests/${job.id}`,
              undefined,
              'check the upload',
            )
          ).body,
        ) as unknown as UploadRequest,
      (state) => FINAL.has(state.status ?? ''),
      {
        timeoutMs,
        pollMs: this.options.pollMs ?? { first: 250, longest: 3000 },
        stillRunning: (state) =>
          `The upload ${job.id} into record list ${table.id} was still "${state.status}" after ${Math.round(timeoutMs / 1000)} s (job-timeout); it may still finish`,
      },
    );
    const status = request.status as string;
    const accepted = status === 'ACCEPTED';
    return {
      jobId: job.id,
      status,
      succeeded: accepted,
      updated: request.processed_records ?? 0,
      deleted: 0,
      failed: request.failed_records ?? (accepted ? 0 : 1),
      ...(accepted
        ? {}
        : {
            error: {
              message: `the upload ended ${status}${request.errors ? `: ${JSON.stringify(request.errors).slice(0, 200)}` : ''}`,
            },
          }),
    };
  }

  private async api(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body: unknown,
    action: string,
  ): Promise<HttpResponse> {
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
        `Talkdesk rejected a fresh access token while trying to ${action}: check the client's scopes (record-lists:manage, record-lists:read)`,
      );
    }
    const error = parseJson(answer.body) as {
      code?: string;
      message?: string;
      fields?: { name?: string; description?: string }[];
    };
    const fields = (error.fields ?? []).map((f) => `${f.name}: ${f.description}`).join('; ');
    throw new ProviderError(
      this.http.redact(
        `Talkdesk answered ${answer.status} to ${method} ${safeUrl(url)} while trying to ${action}: ${error.message ?? answer.body.slice(0, 200)}${error.code ? ` (code ${error.code})` : ''}${fields ? `; ${fields}` : ''}`,
      ),
    );
  }

  private async login(): Promise<string> {
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
    const token = parseJson(answer.body).access_token;
    if (answer.status !== 200 || typeof token !== 'string' || token === '') {
      throw new ProviderError(
        `Talkdesk login at ${safeUrl(`${loginUrl}/oauth/token`)} failed (${answer.status}). Check talkdesk-account, talkdesk-client-id and talkdesk-client-secret`,
      );
    }
    return token;
  }
}
