import { DataFileError } from '../../core/problems.ts';
import type { Field, Row, TableSchema } from '../../core/schema.ts';
import { BearerSession } from '../bearer-session.ts';
import type { HttpClient, HttpResponse } from '../http.ts';
import { parseJson, safeUrl } from '../http.ts';
import type { ImportJob, ImportResult, LiveRows, LiveTable, Provider, TableChanges } from '../provider.ts';
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

/** Only this scope is known to any source, and it covers every record-list call, reading records included. */
const SCOPE = 'record-lists:manage';
/**
 * Records per bulk call (POST, PATCH and DELETE `/record-lists/{id}/records/bulks`): their answers count up to 100
 * (`total_created`, `total_deleted`, `total_errors`: ">= 0 <= 100" in the reference), so a call takes at most 100.
 */
export const TALKDESK_RECORDS_PER_CALL = 100;
/** Bounds the records paging: 50 records a page, far more pages than any record list has. */
const MAX_PAGES = 10_000;

/** The phone types the API takes (`phone_type`, upper case), by the CSV column the support article names them. */
const PHONE_TYPES: Record<string, string> = {
  mobile: 'MOBILE',
  home: 'HOME',
  office: 'OFFICE',
  extra1: 'EXTRA_1',
  extra2: 'EXTRA_2',
  extra3: 'EXTRA_3',
  // The older article's single "Phone" column, and this action's earlier spelling.
  phone: 'MOBILE',
  phonenumber: 'MOBILE',
};
/** The record's own fields, by the CSV column (the support article's "First name"...; the API's first_name too). */
const RECORD_FIELDS: Record<string, string> = {
  firstname: 'first_name',
  lastname: 'last_name',
  timezone: 'timezone',
  priority: 'priority',
  externalid: 'external_id',
  externalprovider: 'external_provider',
};
/** How a header names a column, for matching either spelling: "First name", "first_name", "FIRST NAME". */
const folded = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * The field a CSV column holds: a record field (`first_name`...), a phone of a type (`phone:MOBILE`), or an extra
 * field (`extra:<column>`, kept under the column's own name). "Mandatory & Extra Fields in a List" names the CSV columns
 * First name, Last name, Mobile, Home, Office, Extra 1/2/3, External ID, External Provider, Timezone, Priority; the
 * API names them first_name, phone_numbers[].phone_type MOBILE... Both spellings are read.
 */
export function talkdeskField(column: string): string {
  const name = folded(column);
  if (RECORD_FIELDS[name]) return RECORD_FIELDS[name] as string;
  if (PHONE_TYPES[name]) return `phone:${PHONE_TYPES[name]}`;
  return `extra:${column}`;
}

const E164 = /^\+[1-9][0-9]{1,14}$/;

/** Talkdesk's rules for a cell, by its column: E.164 phones, names of 1 to 80 characters, priority 1 to 10. */
export function checkTalkdeskCell(column: string, value: string): string | undefined {
  const field = talkdeskField(column);
  if (field.startsWith('phone:') && value !== '' && !E164.test(value)) {
    return 'Talkdesk takes phone numbers in E.164 form: a + and the country code, digits only, like +14155550123';
  }
  if ((field === 'first_name' || field === 'last_name') && (value === '' || value.length > 80)) {
    return `Talkdesk requires a ${field === 'first_name' ? 'first' : 'last'} name of 1 to 80 characters for every record`;
  }
  if (field === 'priority' && !/^([1-9]|10)$/.test(value)) {
    return 'Talkdesk priority is a whole number from 1 (lowest) to 10 (highest); a record added without one gets 11, so write it';
  }
  return undefined;
}

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

/** A record as Talkdesk returns it, as a row keyed by field (see talkdeskField): each phone under its type. */
export function recordToRow(record: StructuredRecord): Record<string, string> {
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  const row: Record<string, string> = {};
  for (const [name, value] of Object.entries(record.extra_data ?? {})) row[`extra:${name}`] = text(value);
  for (const name of ['first_name', 'last_name', 'timezone', 'priority', 'external_id', 'external_provider'] as const) {
    if (record[name] !== undefined && record[name] !== null) row[name] = text(record[name]);
  }
  for (const phone of record.phone_numbers ?? []) {
    const field = `phone:${String(phone.phone_type ?? '').toUpperCase()}`;
    // The first number of a type is that type's column.
    if (!(field in row)) row[field] = text(phone.phone_number);
  }
  return row;
}

/** A row of the file as the record Talkdesk's record calls take. */
export function rowToRecord(
  row: Row,
): StructuredRecord & { phone_numbers: { phone_number: string; phone_type: string }[] } {
  const record: StructuredRecord & { phone_numbers: { phone_number: string; phone_type: string }[] } = {
    phone_numbers: [],
  };
  const extra: Record<string, string> = {};
  for (const [field, value] of Object.entries(row)) {
    const text = String(value);
    if (field.startsWith('phone:')) {
      if (text !== '') record.phone_numbers.push({ phone_number: text, phone_type: field.slice(6) });
    } else if (field.startsWith('extra:')) {
      extra[field.slice(6)] = text;
    } else if (field === 'priority') {
      if (text !== '') record.priority = Number(text);
    } else if (text !== '' || field === 'first_name' || field === 'last_name') {
      (record as unknown as Record<string, unknown>)[field] = text;
    }
  }
  if (Object.keys(extra).length > 0) record.extra_data = extra;
  return record;
}

/**
 * The file's columns as fields (every one text), keyed as the list deduplicates: EXTERNAL lists by External ID (with
 * External Provider), PHONE_NUMBER lists by the file's first phone column. First and last name and a phone column are
 * mandatory for every record (the support article), so a header without them is refused.
 */
function headerSchema(kind: string, header: readonly string[], file: string): TableSchema {
  const fields: Field[] = header.map((title) => ({ name: talkdeskField(title), title, type: 'string', isKey: false }));
  const fail = (message: string): never => {
    throw new DataFileError({ kind: 'missing-key-column', file, line: 1, message });
  };
  const has = (name: string) => fields.some((field) => field.name === name);
  const missing = [!has('first_name') && 'First name', !has('last_name') && 'Last name'].filter(Boolean);
  if (missing.length > 0) {
    fail(`the header has no ${missing.join(' and ')} column; Talkdesk requires both for every record`);
  }
  const phones = fields.filter((field) => field.name.startsWith('phone:'));
  if (phones.length === 0) {
    fail(
      'the header has no phone column; Talkdesk requires at least one of Mobile, Home, Office, Extra 1, Extra 2, Extra 3',
    );
  }
  const key = kind === 'EXTERNAL' ? fields.find((field) => field.name === 'external_id') : phones[0];
  if (!key) {
    return fail(
      'the header has no External ID column: the record list deduplicates by external_id and external_provider, so that is its key',
    );
  }
  key.isKey = true;
  return { fields: [key, ...fields.filter((field) => field !== key)] };
}

/** What the record calls did, kept from applyChanges for waitForJob. */
interface Applied {
  created: number;
  updated: number;
  deleted: number;
  errors: number;
  messages: string[];
}

/**
 * Talkdesk record lists: the records are read back (structured, mapped to the file's columns) for a live diff, keyed
 * as the list deduplicates them (`unique_identifier_type`), and the plan's changes are applied through the documented
 * record calls: added records created (`POST .../records/bulks`), changed ones replaced by record id (`PATCH`), dropped
 * ones deleted by record id (`DELETE`), at most 100 a call. No file is uploaded, so the upload request's 20,000-byte
 * limit does not apply. The table is then read again to verify it.
 */
export class TalkdeskProvider implements Provider {
  readonly name = 'talkdesk';
  readonly capabilities = {
    readsLiveRows: true,
    deletes: true,
    reportsJobStatus: true,
    describe: 'Talkdesk record lists',
    checkCell: checkTalkdeskCell,
  };
  private readonly http: HttpClient;
  private readonly options: TalkdeskOptions;
  private readonly apiUrl: string;
  private readonly loginUrl: string;
  private readonly session: BearerSession;
  /** Each list's records as last read, for their ids. */
  private readonly liveRecords = new Map<string, StructuredRecord[]>();
  private readonly applied = new Map<string, Applied>();

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
    if (kind !== 'EXTERNAL' && kind !== 'PHONE_NUMBER') {
      throw new ProviderError(
        kind === 'NOTHING'
          ? `Talkdesk record list ${id} does not deduplicate records (unique_identifier_type NOTHING): every record added is added again, so it cannot be kept in sync by key. Use a list that deduplicates by EXTERNAL id or PHONE_NUMBER`
          : `Talkdesk record list ${id} has unique_identifier_type "${kind}"; this action syncs lists keyed by EXTERNAL or PHONE_NUMBER`,
      );
    }
    return {
      id,
      name: list.name || id,
      limits: NO_TABLE_LIMITS,
      headerSchema: (header, file) => headerSchema(kind, header, file),
    };
  }

  /** Every record, following `_links.next` (Talkdesk says not to build page numbers), mapped to the file's fields. */
  async readRows(table: LiveTable): Promise<LiveRows> {
    const records: StructuredRecord[] = [];
    let next: string | undefined = `/record-lists/${encodeURIComponent(table.id)}/records`;
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const answer = await this.api('GET', next, undefined, 'read the records');
      const listing = parseJson(answer.body) as {
        _embedded?: { records?: StructuredRecord[] };
        _links?: { next?: { href?: string } };
      };
      records.push(...(listing._embedded?.records ?? []));
      next = listing._links?.next?.href;
    }
    this.liveRecords.set(table.id, records);
    return { records: records.map(recordToRow), source: 'records API, following _links.next' };
  }

  /** A list whose status says a CSV upload is being validated is importing, whoever started it. */
  async runningImport(table: LiveTable): Promise<ImportJob | undefined> {
    const list = await this.recordList(table.id, 'read the record list');
    return list.status === 'UPLOADED' || list.status === 'VALIDATION_STARTED' ? { id: `list ${table.id}` } : undefined;
  }

  async startImport(table: LiveTable): Promise<ImportJob> {
    throw new ProviderError(
      `Talkdesk record list ${table.id} takes changes, not whole files: this is a bug in the action`,
    );
  }

  /** Creates, replaces and deletes records, at most 100 a call; what each call answered is kept for waitForJob. */
  async applyChanges(table: LiveTable, changes: TableChanges): Promise<ImportJob> {
    const list = encodeURIComponent(table.id);
    const path = `/record-lists/${list}/records/bulks`;
    const ids = new Map<string, string>();
    for (const record of this.liveRecords.get(table.id) ?? []) {
      const key = recordToRow(record)[changes.key];
      if (key !== undefined && record.id) ids.set(key, record.id);
    }
    const done: Applied = { created: 0, updated: 0, deleted: 0, errors: 0, messages: [] };
    const added = changes.upsert.filter((row) => !ids.has(String(row[changes.key])));
    const changed = changes.upsert.filter((row) => ids.has(String(row[changes.key])));
    const count = (answer: Record<string, unknown>, field: string, sent: number, what: string) => {
      const errors = Number(answer.total_errors ?? 0);
      done.errors += errors;
      if (errors > 0) done.messages.push(`${errors} of ${sent} record(s) ${what} were refused`);
      return typeof answer[field] === 'number' ? (answer[field] as number) : sent - errors;
    };
    for (const batch of chunks(added, TALKDESK_RECORDS_PER_CALL)) {
      const answer = await this.json('POST', path, { records: batch.map(rowToRecord) }, 'create records');
      done.created += count(answer, 'total_created', batch.length, 'to create');
    }
    for (const batch of chunks(changed, TALKDESK_RECORDS_PER_CALL)) {
      const body = batch.map((row) => ({
        op: 'replace',
        path: `/records/${ids.get(String(row[changes.key]))}`,
        value: rowToRecord(row),
      }));
      const answer = await this.json('PATCH', path, body, 'update records');
      // The PATCH answer's count is named total_created in the reference; total_updated is read first.
      done.updated += count(
        answer,
        'total_updated' in answer ? 'total_updated' : 'total_created',
        batch.length,
        'to update',
      );
    }
    for (const batch of chunks(changes.delete, TALKDESK_RECORDS_PER_CALL)) {
      const body = batch.map((key) => ({ id: ids.get(key) ?? '' })).filter((entry) => entry.id !== '');
      if (body.length < batch.length) {
        done.errors += batch.length - body.length;
        done.messages.push(`${batch.length - body.length} record(s) to delete were not found in the list`);
      }
      if (body.length === 0) continue;
      const answer = await this.json('DELETE', path, body, 'delete records');
      done.deleted += count(answer, 'total_deleted', body.length, 'to delete');
    }
    const id = `records-${table.id}-${Date.now()}`;
    this.applied.set(id, done);
    return { id };
  }

  /** The record calls are synchronous: their answers are the result (nothing to wait for, whatever the timeout). */
  async waitForJob(_table: LiveTable, job: ImportJob, _timeoutMs?: number): Promise<ImportResult> {
    const done = this.applied.get(job.id);
    if (!done) throw new ProviderError(`no Talkdesk record calls were made as ${job.id}`);
    const failed = done.errors > 0;
    return {
      jobId: job.id,
      status: failed ? 'CompletedWithErrors' : 'Completed',
      succeeded: !failed,
      updated: done.created + done.updated,
      deleted: done.deleted,
      failed: done.errors,
      note: `${done.created} record(s) created, ${done.updated} replaced, ${done.deleted} deleted through the record calls`,
      ...(failed ? { error: { message: done.messages.join('; ') } } : {}),
    };
  }

  private async recordList(id: string, action: string): Promise<RecordList> {
    return parseJson(
      (await this.api('GET', `/record-lists/${encodeURIComponent(id)}`, undefined, action)).body,
    ) as RecordList;
  }

  private async json(method: 'POST' | 'PATCH' | 'DELETE', path: string, body: unknown, action: string) {
    return parseJson((await this.api(method, path, body, action)).body);
  }

  private async api(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
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
      // A bulk create, replace or delete repeated after a dropped connection is not known to be harmless.
      idempotent: method === 'GET',
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
    throw new ProviderError(
      this.http.redact(
        `Talkdesk answered ${answer.status} to ${method} ${safeUrl(url)} while trying to ${action}: ${error.message ?? answer.body.slice(0, 200)}${error.code ? ` (code ${error.code})` : ''}${fields ? `; ${fields}` : ''}`,
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

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
