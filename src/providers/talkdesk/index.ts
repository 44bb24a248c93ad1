import { createHash } from 'node:crypto';
import type { Row } from '../../core/schema.ts';
import { rowsCsv } from '../../core/table-csv.ts';
import { BearerSession } from '../bearer-session.ts';
import type { HttpClient, HttpResponse } from '../http.ts';
import { parseJson, requireSecureUrl, safeUrl } from '../http.ts';
import { pollUntil } from '../poll.ts';
import type { ImportJob, ImportResult, LiveRows, LiveTable, Provider } from '../provider.ts';
import { NO_TABLE_LIMITS, ProviderError } from '../provider.ts';

export const TALKDESK_REGIONS = ['us', 'eu', 'ca', 'au'] as const;
export type TalkdeskRegion = (typeof TALKDESK_REGIONS)[number];

export interface TalkdeskOptions {
  /** `<account>` of `<account>.talkdeskid.com` (or the region's login domain), where the token comes from. */
  account: string;
  region: TalkdeskRegion;
  clientId: string;
  clientSecret: string;
  /** Overrides the region's API host (tests, proxies; required for `au`, whose API host no source names). */
  apiUrl?: string;
  /** Overrides the region's login host. */
  loginUrl?: string;
  pollMs?: { first: number; longest: number };
}

/** Login and API hosts per region, from Talkdesk's regions guide (see docs/vendors.md). */
const REGION_HOSTS: Record<TalkdeskRegion, { login: string; api?: string }> = {
  us: { login: 'talkdeskid.com', api: 'https://api.talkdeskapp.com' },
  eu: { login: 'talkdeskid.eu', api: 'https://api.talkdeskapp.eu' },
  ca: { login: 'talkdeskidca.com', api: 'https://api.talkdeskappca.com' },
  au: { login: 'talkdeskid.au' },
};

/** The hosts of an account in a region, with the overrides applied; a message when the API host is unknown. */
export function talkdeskHosts(options: Pick<TalkdeskOptions, 'account' | 'region' | 'apiUrl' | 'loginUrl'>): {
  apiUrl?: string;
  loginUrl: string;
} {
  const hosts = REGION_HOSTS[options.region];
  const trim = (url: string) => url.replace(/\/+$/, '');
  return {
    loginUrl: trim(options.loginUrl || `https://${options.account}.${hosts.login}`),
    ...(options.apiUrl || hosts.api ? { apiUrl: trim(options.apiUrl || (hosts.api as string)) } : {}),
  };
}

/** The largest CSV one upload request takes (csv_metadata.byte_size, per the public reference). */
export const TALKDESK_MAX_UPLOAD_BYTES = 20_000;
/** Only this scope is known to any source, and it covers every record-list call, reading records included. */
const SCOPE = 'record-lists:manage';
/** Record-list statuses after which nothing more happens (the reference lists them; which are final is assumed). */
const FINAL = new Set(['ACCEPTED', 'REJECTED', 'INCOMPLETE', 'CORRUPTED']);
/** Final reads that count as done when the list was never seen validating (it may have been too quick to see). */
const UNCONFIRMED_FINAL_READS = 3;
/** Bounds the records paging: far more pages than a 20,000-byte list has. */
const MAX_PAGES = 10_000;

/**
 * The CSV column each key kind is written in (Talkdesk's template: first and last name, phone numbers, external id
 * and provider, timezone, priority, extra fields). The exact header strings are assumed, here in one place.
 */
const KEY_COLUMN: Record<string, string> = { EXTERNAL: 'external_id', PHONE_NUMBER: 'phone_number' };

interface RecordList {
  id?: string;
  name?: string;
  status?: string;
  records_count?: number;
  unique_identifier_type?: string;
}

interface StructuredRecord {
  id?: string;
  first_name?: string;
  last_name?: string;
  timezone?: string;
  priority?: number | string;
  external_id?: string;
  external_provider?: string;
  phone_numbers?: { phone_number?: string; phone_type?: string }[];
  extra_data?: Record<string, unknown>;
}

/** A record as Talkdesk returns it, as a row of the CSV's columns: the first phone number in `phone_number`. */
export function recordToRow(record: StructuredRecord): Record<string, string> {
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  const row: Record<string, string> = {};
  for (const [name, value] of Object.entries(record.extra_data ?? {})) row[name] = text(value);
  for (const name of ['first_name', 'last_name', 'timezone', 'priority', 'external_id', 'external_provider'] as const) {
    if (record[name] !== undefined && record[name] !== null) row[name] = text(record[name]);
  }
  (record.phone_numbers ?? []).forEach((phone, index) => {
    row[index === 0 ? 'phone_number' : `phone_number_${index + 1}`] = text(phone.phone_number);
  });
  return row;
}

/** What an upload is expected to do, to tell a finished upload from a stale status and a short count. */
interface Expectation {
  rows: number;
  countBefore: number;
  added: number;
}

/**
 * Talkdesk record lists: the records are read back (structured, mapped to the CSV's columns) for a live diff, keyed as
 * the list deduplicates them (`unique_identifier_type`); a CSV of the added and changed rows is uploaded through an
 * upload request and its signed URL, completed with the documented PATCH, and followed on the record list itself.
 * Uploading adds and updates; it cannot delete, so rows the file dropped are reported as not applied.
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
  private readonly apiUrl: string;
  private readonly loginUrl: string;
  private readonly session: BearerSession;
  /** Keys each list had when read, to know how many rows of an upload are new. */
  private readonly liveKeys = new Map<string, Set<string>>();
  private readonly expectations = new Map<string, Expectation>();

  constructor(options: TalkdeskOptions, http: HttpClient) {
    const hosts = talkdeskHosts(options);
    if (!hosts.apiUrl) {
      throw new ProviderError(
        `No source names the Talkdesk API host of region "${options.region}": set talkdesk-api-url to your account's API host`,
      );
    }
    this.options = options;
    this.apiUrl = hosts.apiUrl;
    this.loginUrl = hosts.loginUrl;
    this.http = http;
    this.session = new BearerSession(http, () => this.login());
    http.addSecret(options.clientSecret);
    http.addSecret(Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64'));
  }

  requestCount(): number {
    return this.http.requestCount();
  }

  /** The record list (the `table` input is its id), keyed as it deduplicates records; `NOTHING` cannot be synced. */
  async getTable(id: string): Promise<LiveTable> {
    const list = await this.recordList(id, 'read the record list');
    const kind = list.unique_identifier_type ?? '';
    const keyColumn = KEY_COLUMN[kind];
    if (!keyColumn) {
      throw new ProviderError(
        kind === 'NOTHING'
          ? `Talkdesk record list ${id} does not deduplicate records (unique_identifier_type NOTHING): every upload adds its rows again, so it cannot be kept in sync by key. Use a list that deduplicates by EXTERNAL id or PHONE_NUMBER`
          : `Talkdesk record list ${id} has unique_identifier_type "${kind}"; this action syncs lists keyed by EXTERNAL or PHONE_NUMBER`,
      );
    }
    return { id, name: list.name || id, limits: NO_TABLE_LIMITS, keyColumn };
  }

  /** Every record, following `_links.next` (Talkdesk says not to build page numbers), mapped to the CSV's columns. */
  async readRows(table: LiveTable): Promise<LiveRows> {
    const records: Record<string, string>[] = [];
    let next: string | undefined = `/record-lists/${encodeURIComponent(table.id)}/records`;
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const answer = await this.api('GET', next, undefined, 'read the records');
      const listing = parseJson(answer.body) as {
        _embedded?: { records?: StructuredRecord[] };
        _links?: { next?: { href?: string } };
      };
      records.push(...(listing._embedded?.records ?? []).map(recordToRow));
      next = listing._links?.next?.href;
    }
    const key = table.keyColumn ?? 'phone_number';
    this.liveKeys.set(table.id, new Set(records.map((record) => record[key] ?? '')));
    return { records, source: 'records API, following _links.next' };
  }

  /** A list whose status says an upload is being validated is importing, whoever started it. */
  async runningImport(table: LiveTable): Promise<ImportJob | undefined> {
    const list = await this.recordList(table.id, 'read the record list');
    return list.status === 'UPLOADED' || list.status === 'VALIDATION_STARTED' ? { id: `list ${table.id}` } : undefined;
  }

  async startImport(table: LiveTable, rows: readonly Row[]): Promise<ImportJob> {
    const csv = Buffer.from(rowsCsv(rows), 'utf8');
    if (csv.length > TALKDESK_MAX_UPLOAD_BYTES) {
      throw new ProviderError(
        `the upload for record list ${table.id} is ${csv.length} bytes; Talkdesk takes at most ${TALKDESK_MAX_UPLOAD_BYTES}`,
      );
    }
    const before = await this.recordList(table.id, 'read the record list');
    const known = this.liveKeys.get(table.id) ?? new Set<string>();
    const key = table.keyColumn ?? 'phone_number';
    const expectation: Expectation = {
      rows: rows.length,
      countBefore: before.records_count ?? known.size,
      added: rows.filter((row) => !known.has(String(row[key] ?? ''))).length,
    };
    const metadata = {
      filename: `${table.id}.csv`.slice(-35),
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
    const request = parseJson(created.body) as { id?: string; signed_url?: string };
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
    // The documented completion: a JSON-patch-like body that moves the request to UPLOADED and starts validation.
    await this.api(
      'PATCH',
      `/record-lists/${encodeURIComponent(table.id)}/upload-requests/${encodeURIComponent(request.id)}`,
      { op: 'replace', path: '/status', status: 'UPLOADED' },
      'complete the upload',
    );
    this.expectations.set(request.id, expectation);
    return { id: request.id };
  }

  /**
   * Follows the record list (no GET of an upload request is documented) until its status is final. A final status
   * read before the list was seen validating is taken as done only when it has held for a few reads and the count has
   * what the upload adds, so a status left from an earlier upload is not mistaken for this one's. ACCEPTED with fewer records than expected is
   * a partial result: the UI calls a list validated when at least one record validated.
   */
  async waitForJob(table: LiveTable, job: ImportJob, timeoutMs: number): Promise<ImportResult> {
    const expected = this.expectations.get(job.id);
    let seenValidating = false;
    let finalReads = 0;
    const list = await pollUntil(
      async () => {
        const state = await this.recordList(table.id, 'check the upload');
        if (FINAL.has(state.status ?? '')) finalReads++;
        else seenValidating = true;
        return state;
      },
      (state) =>
        FINAL.has(state.status ?? '') &&
        (seenValidating ||
          !expected ||
          (finalReads >= UNCONFIRMED_FINAL_READS &&
            (state.records_count ?? 0) >= expected.countBefore + expected.added)),
      {
        timeoutMs,
        pollMs: this.options.pollMs ?? { first: 500, longest: 30_000 },
        stillRunning: (state) =>
          `Record list ${table.id} was still "${state.status}" after ${Math.round(timeoutMs / 1000)} s (job-timeout); the upload may still finish in Talkdesk`,
      },
    );
    const status = list.status as string;
    const count = list.records_count ?? 0;
    const rows = expected?.rows ?? 0;
    const missing = expected ? Math.max(0, expected.countBefore + expected.added - count) : 0;
    if (status === 'ACCEPTED' && missing === 0) {
      return {
        jobId: job.id,
        status,
        succeeded: true,
        updated: rows,
        deleted: 0,
        failed: 0,
        note: `the record list now has ${count} records (records_count)`,
      };
    }
    const failed =
      status === 'REJECTED' || status === 'CORRUPTED' ? rows : Math.max(missing, status === 'ACCEPTED' ? 0 : 1);
    return {
      jobId: job.id,
      status,
      succeeded: false,
      updated: Math.max(0, rows - failed),
      deleted: 0,
      failed,
      error: {
        message:
          status === 'REJECTED' || status === 'CORRUPTED'
            ? `the record list ended ${status}: Talkdesk did not take the file`
            : `the record list ended ${status} with ${count} records; ${expected ? expected.countBefore + expected.added : 'more'} were expected, so ${missing} new row(s) were not taken (Talkdesk names no rows: check the list in Talkdesk)`,
      },
    };
  }

  private async recordList(id: string, action: string): Promise<RecordList> {
    return parseJson(
      (await this.api('GET', `/record-lists/${encodeURIComponent(id)}`, undefined, action)).body,
    ) as RecordList;
  }

  private async api(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body: unknown,
    action: string,
  ): Promise<HttpResponse> {
    // `_links` hrefs may be absolute: only ever on the API host, where the token may go.
    const url = path.startsWith('http') ? path : `${this.apiUrl}${path}`;
    if (new URL(url).origin !== new URL(this.apiUrl).origin) {
      throw new ProviderError(`Talkdesk linked ${safeUrl(url)}, which is not its API host; not following it`);
    }
    const answer = await this.session.send({
      method,
      url,
      headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (answer.status >= 200 && answer.status < 300) return answer;
    if (answer.status === 401) {
      throw new ProviderError(
        `Talkdesk rejected a fresh access token while trying to ${action}: check that the OAuth client has the ${SCOPE} scope`,
      );
    }
    const error = parseJson(answer.body) as {
      code?: string;
      message?: string;
      fields?: { name?: string; description?: string }[];
    };
    const fields = (error.fields ?? []).map((f) => `${f.name}: ${f.description}`).join('; ');
    const conflict =
      answer.status === 409 ? ' (the upload request is in a conflicting state: another upload may be running)' : '';
    throw new ProviderError(
      this.http.redact(
        `Talkdesk answered ${answer.status} to ${method} ${safeUrl(url)} while trying to ${action}${conflict}: ${error.message ?? answer.body.slice(0, 200)}${error.code ? ` (code ${error.code})` : ''}${fields ? `; ${fields}` : ''}`,
      ),
    );
  }

  private async login(): Promise<string> {
    const answer = await this.http.send({
      method: 'POST',
      url: `${this.loginUrl}/oauth/token`,
      idempotent: true,
      headers: {
        authorization: `Basic ${Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: SCOPE }).toString(),
    });
    const parsed = parseJson(answer.body);
    const token = parsed.access_token;
    if (answer.status !== 200 || typeof token !== 'string' || token === '') {
      const reason = [parsed.error, parsed.error_description ?? parsed.message].filter(Boolean).join(': ');
      throw new ProviderError(
        this.http.redact(
          `Talkdesk login at ${safeUrl(`${this.loginUrl}/oauth/token`)} failed (${answer.status})${reason ? `: ${reason}` : ''}. Check talkdesk-account, talkdesk-region, talkdesk-client-id and talkdesk-client-secret, and that the client has the ${SCOPE} scope`,
        ),
      );
    }
    return token;
  }
}
