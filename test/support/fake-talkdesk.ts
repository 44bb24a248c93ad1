import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import { type Clock, realClock } from '../../src/core/clock.ts';
import { closeServer, listenOnLoopback } from './loopback.ts';

/** A record as Talkdesk stores and returns it: structured, not flat. */
export interface TalkdeskRecord {
  id: string;
  first_name?: string;
  last_name?: string;
  timezone?: string;
  priority?: number;
  external_id?: string;
  external_provider?: string;
  phone_numbers: { phone_number: string; phone_type: string }[];
  extra_data: Record<string, string>;
}

export interface FakeList {
  name: string;
  unique_identifier_type: 'EXTERNAL' | 'PHONE_NUMBER' | 'NOTHING';
  status: string;
  records: TalkdeskRecord[];
}

interface Upload {
  id: string;
  listId: string;
  metadata: { filename?: string; byte_size?: number; checksum?: string; content_type?: string };
  signature: string;
  body?: Buffer;
  completed: boolean;
}

const E164 = /^\+[1-9][0-9]{1,14}$/;
/** The phone types the API takes (upper case), and the CSV columns that hold them ("Mandatory & Extra Fields"). */
const PHONE_TYPES = ['MOBILE', 'HOME', 'OFFICE', 'EXTRA_1', 'EXTRA_2', 'EXTRA_3'];
const CSV_PHONES: Record<string, string> = {
  Mobile: 'MOBILE',
  Home: 'HOME',
  Office: 'OFFICE',
  'Extra 1': 'EXTRA_1',
  'Extra 2': 'EXTRA_2',
  'Extra 3': 'EXTRA_3',
};
const CSV_FIELDS: Record<string, keyof TalkdeskRecord> = {
  'First name': 'first_name',
  'Last name': 'last_name',
  Timezone: 'timezone',
  Priority: 'priority',
  'External ID': 'external_id',
  'External Provider': 'external_provider',
};
/** At most this many records a bulk call (its answer's counts go up to 100). */
const BULK_MAX = 100;

/**
 * A local Talkdesk, from shared/reference/other-providers.md ("Checked against public docs and code", "At real size")
 * and Talkdesk's reference pages: the token (Basic client credentials; a scope other than `record-lists:manage` fails
 * the request), the record list with its `status`, `records_count` and `unique_identifier_type`, structured records
 * paged by `_links.next` (50 a page); the record calls `POST`, `PATCH` and `DELETE /record-lists/{id}/records/bulks`
 * (at most 100 records a call; upper-case phone types; first and last name of 1 to 80 characters; priority 1 to 10,
 * 11 when a record added by the API has none; duplicates refused as the list deduplicates); upload requests with
 * `csv_metadata` limits (byte_size at most 20,000), the signed URL (declared size and MD5, no bearer token), and the
 * documented PATCH that starts validation of a CSV with the support article's columns (priority 5 when none).
 */
export class FakeTalkdesk {
  readonly lists = new Map<string, FakeList>();
  readonly uploads = new Map<string, Upload>();
  readonly requests: { method: string; path: string; authorization?: string; body?: string; at: number }[] = [];
  /** Polls of the record list that still show its status from before a completed upload (a stale read). */
  staleStatusPolls = 0;
  /** A row Talkdesk cannot take (no E.164 phone) leaves the list ACCEPTED (the UI's "validated") or INCOMPLETE. */
  rejectedRowsStatus: 'ACCEPTED' | 'INCOMPLETE' = 'ACCEPTED';
  /** The next `count` records a bulk create is sent are refused (counted in total_errors), whatever they hold. */
  refuseCreates = 0;
  /** Whether `_links.next` hrefs are absolute URLs or paths. */
  absoluteLinks = true;
  /**
   * What a PATCH `replace` of a record does. `replace` (sourced: the update page contrasts `replace` with `add`): the
   * record becomes the value sent, and a field left out is gone. `merge` (assumed, the other reading): the fields sent
   * are set, the others kept, extra_data merged by name.
   */
  patchMode: 'replace' | 'merge' = 'replace';
  /**
   * Bulk calls answered with an error instead (assumed shapes: a 5xx part-way, a 429 with Retry-After): the first
   * `after` calls of `method` pass, the next `times` get `status`.
   */
  faults: { method: string; status: number; after?: number; times?: number; retryAfter?: string; message?: string }[] =
    [];
  /** DELETEs answered 202 (sourced: "200, 202 (records deleted)"); the records go after this many reads of the list. */
  deleteLater: { reads: number } | undefined;
  /** A request limit Talkdesk does not document (assumed): a bulk call with more records is refused, 413 or 400. */
  maxRecordsPerCall: number | undefined;
  sizeRefusal: 413 | 400 = 413;
  /** Lists validating an upload someone started: the reads of the list left before it is ACCEPTED. */
  readonly validatingReads = new Map<string, number>();
  url = '';
  private server: Server | undefined;
  private readonly tokens = new Set<string>();
  /** The time requests are stamped with: the test's clock when it shares one with the action. */
  private readonly clock: Clock;

  constructor(clock: Clock = realClock) {
    this.clock = clock;
  }
  private readonly callsSeen = new Map<string, number>();
  private pendingDeletes: { listId: string; ids: string[]; reads: number }[] = [];
  private validating: { listId: string; upload: Upload; polls: number; stale: number; previous: string } | undefined;

  addList(id: string, list: Omit<FakeList, 'status'> & { status?: string }): void {
    this.lists.set(id, { status: 'ACCEPTED', ...list });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () =>
        this.handle(
          req.method ?? 'GET',
          new URL(req.url ?? '/', 'http://td'),
          req.headers,
          Buffer.concat(chunks),
          (status, body, extraHeaders = {}) => {
            res.writeHead(status, { 'content-type': 'application/json', ...extraHeaders });
            res.end(JSON.stringify(body));
          },
        ),
      );
    });
    this.url = await listenOnLoopback(this.server);
    return this;
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }

  private handle(
    method: string,
    url: URL,
    headers: Record<string, string | string[] | undefined>,
    body: Buffer,
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ): void {
    const authorization = headers.authorization as string | undefined;
    this.requests.push({
      method,
      path: url.pathname,
      authorization,
      body: body.toString('utf8'),
      at: this.clock.now(),
    });
    const error = (status: number, message: string, fields: { name: string; description: string }[] = []) =>
      send(status, { code: String(status), message, description: message, fields });

    if (url.pathname === '/oauth/token' && method === 'POST') {
      if (authorization !== `Basic ${Buffer.from('td-client:td-secret').toString('base64')}`)
        return send(401, { error: 'invalid_client', error_description: 'Client authentication failed' });
      const form = new URLSearchParams(body.toString('utf8'));
      const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
      if (form.get('grant_type') !== 'client_credentials' || scopes.some((s) => s !== 'record-lists:manage'))
        return send(401, { error: 'invalid_scope', error_description: 'The requested scope is invalid' });
      const token = randomBytes(16).toString('hex');
      this.tokens.add(token);
      return send(200, { access_token: token, token_type: 'Bearer', expires_in: 600, scope: scopes.join(' ') });
    }
    const storage = /^\/s3\/([^/]+)$/.exec(url.pathname);
    if (storage && method === 'PUT') {
      const upload = this.uploads.get(storage[1] as string);
      if (!upload || url.searchParams.get('sig') !== upload.signature) return error(403, 'SignatureDoesNotMatch');
      if (authorization) return error(400, 'Only one auth mechanism allowed: the signed URL, not a bearer token');
      if (body.length !== upload.metadata.byte_size)
        return error(400, `size ${body.length} is not the declared byte_size`);
      if (createHash('md5').update(body).digest('hex') !== upload.metadata.checksum)
        return error(400, 'BadDigest: the MD5 differs from the checksum');
      upload.body = body;
      return send(200, {});
    }
    if (!authorization?.startsWith('Bearer ') || !this.tokens.has(authorization.slice(7)))
      return error(401, 'unauthorized');

    const listMatch = /^\/record-lists\/([^/]+)$/.exec(url.pathname);
    if (listMatch && method === 'GET') {
      const id = listMatch[1] as string;
      const list = this.lists.get(id);
      if (!list) return error(404, 'record list not found');
      this.landDeletes(id);
      const reads = this.validatingReads.get(id);
      if (reads !== undefined) {
        if (reads <= 0) {
          this.validatingReads.delete(id);
          list.status = 'ACCEPTED';
        } else this.validatingReads.set(id, reads - 1);
      }
      return send(200, {
        id,
        name: list.name,
        ...this.progress(id, list),
        unique_identifier_type: list.unique_identifier_type,
      });
    }
    const records = /^\/record-lists\/([^/]+)\/records$/.exec(url.pathname);
    if (records && method === 'GET') {
      const list = this.lists.get(records[1] as string);
      if (!list) return error(404, 'record list not found');
      if (url.searchParams.get('page') === null) this.landDeletes(records[1] as string);
      const perPage = Number(url.searchParams.get('per_page') ?? 50);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pages = Math.max(1, Math.ceil(list.records.length / perPage));
      const link = (n: number) => {
        const path = `${url.pathname}?page=${n}&per_page=${perPage}`;
        return { href: this.absoluteLinks ? `${this.url}${path}` : path };
      };
      return send(200, {
        _embedded: { records: list.records.slice((page - 1) * perPage, page * perPage) },
        _links: { self: link(page), ...(page < pages ? { next: link(page + 1) } : {}) },
        total: list.records.length,
        count: Math.min(perPage, Math.max(0, list.records.length - (page - 1) * perPage)),
      });
    }
    const bulks = /^\/record-lists\/([^/]+)\/records\/bulks$/.exec(url.pathname);
    if (bulks) {
      const list = this.lists.get(bulks[1] as string);
      if (!list) return error(404, 'record list not found');
      let payload: unknown;
      try {
        payload = JSON.parse(body.toString('utf8'));
      } catch {
        return error(400, 'the body is not JSON');
      }
      const seen = (this.callsSeen.get(method) ?? 0) + 1;
      this.callsSeen.set(method, seen);
      const fault = this.faults.find(
        (f) => f.method === method && seen > (f.after ?? 0) && seen <= (f.after ?? 0) + (f.times ?? 1),
      );
      if (fault) {
        const message = fault.message ?? (fault.status === 429 ? 'Too Many Requests' : 'Internal Server Error');
        return send(
          fault.status,
          { code: String(fault.status), message },
          fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {},
        );
      }
      const size = Array.isArray(payload)
        ? payload.length
        : ((payload as { records?: unknown[] })?.records?.length ?? 0);
      if (this.maxRecordsPerCall !== undefined && size > this.maxRecordsPerCall) {
        return this.sizeRefusal === 413
          ? error(413, 'Payload Too Large')
          : error(400, `too many records in the request: at most ${this.maxRecordsPerCall}`);
      }
      if (method === 'POST') return send(201, this.createRecords(bulks[1] as string, list, payload));
      if (method === 'PATCH') return send(200, this.updateRecords(bulks[1] as string, list, payload));
      if (method === 'DELETE' && this.deleteLater) {
        const ids = ((Array.isArray(payload) ? payload : []) as { id?: string }[]).map((entry) => entry.id ?? '');
        this.pendingDeletes.push({ listId: bulks[1] as string, ids, reads: this.deleteLater.reads });
        return send(202, {});
      }
      if (method === 'DELETE') return send(200, this.deleteRecords(bulks[1] as string, list, payload));
    }
    const create = /^\/record-lists\/([^/]+)\/upload-requests$/.exec(url.pathname);
    if (create && method === 'POST') {
      if (!this.lists.has(create[1] as string)) return error(404, 'record list not found');
      const metadata = (JSON.parse(body.toString('utf8')) as { csv_metadata?: Upload['metadata'] }).csv_metadata ?? {};
      const fields: { name: string; description: string }[] = [];
      if (!metadata.filename || metadata.filename.length > 35)
        fields.push({ name: 'filename', description: '1 to 35 characters' });
      if (!metadata.byte_size || metadata.byte_size > 20000)
        fields.push({ name: 'byte_size', description: 'from 1 to 20000' });
      if (!/^[0-9a-f]{32}$/.test(metadata.checksum ?? ''))
        fields.push({ name: 'checksum', description: 'the MD5 of the file, 32 hex characters' });
      if (metadata.content_type !== 'text/csv') fields.push({ name: 'content_type', description: 'text/csv' });
      if (fields.length > 0) return error(400, 'errors found in the submitted data', fields);
      const upload: Upload = {
        id: randomBytes(8).toString('hex'),
        listId: create[1] as string,
        metadata,
        signature: randomBytes(8).toString('hex'),
        completed: false,
      };
      this.uploads.set(upload.id, upload);
      return send(201, {
        id: upload.id,
        record_list_id: upload.listId,
        signed_url: `${this.url}/s3/${upload.id}?sig=${upload.signature}`,
        _links: { self: { href: `${this.url}${url.pathname}/${upload.id}` } },
      });
    }
    const one = /^\/record-lists\/([^/]+)\/upload-requests\/([^/]+)$/.exec(url.pathname);
    if (one && method === 'PATCH') {
      const upload = this.uploads.get(one[2] as string);
      if (!upload || upload.listId !== one[1]) return error(404, 'upload request not found');
      const patch = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
      if (patch.op !== 'replace' || patch.path !== '/status' || patch.status !== 'UPLOADED')
        return error(400, 'the body must be {"op": "replace", "path": "/status", "status": "UPLOADED"}');
      if (!upload.body || upload.completed || this.validating)
        return error(409, 'the upload request is in a conflicting state');
      upload.completed = true;
      const list = this.lists.get(upload.listId) as FakeList;
      this.validating = {
        listId: upload.listId,
        upload,
        polls: 2,
        stale: this.staleStatusPolls,
        previous: list.status,
      };
      list.status = 'VALIDATION_STARTED';
      return send(200, { id: upload.id, status: 'UPLOADED' });
    }
    error(404, `no route ${method} ${url.pathname}`);
  }

  /** Deletions answered 202 land once the list has been read enough times since. */
  private landDeletes(listId: string): void {
    for (const pending of this.pendingDeletes.filter((p) => p.listId === listId)) {
      if (pending.reads-- > 0) continue;
      const list = this.lists.get(listId) as FakeList;
      list.records = list.records.filter((record) => !pending.ids.includes(record.id));
      this.pendingDeletes = this.pendingDeletes.filter((p) => p !== pending);
    }
  }

  /** The list's status and count as a read sees them, moving a running validation on. */
  private progress(id: string, list: FakeList): { status: string; records_count: number } {
    const run = this.validating;
    if (run?.listId === id) {
      if (run.stale > 0) {
        run.stale--;
        return { status: run.previous, records_count: list.records.length };
      }
      if (run.polls-- <= 0) {
        this.validating = undefined;
        list.status = this.process(list, run.upload);
      }
    }
    return { status: list.status, records_count: list.records.length };
  }

  /** Why a record cannot be taken, as Talkdesk's record calls check it; undefined when it can. */
  private problem(record: Partial<TalkdeskRecord>): string | undefined {
    const name = (value: unknown) => typeof value === 'string' && value.length >= 1 && value.length <= 80;
    if (!name(record.first_name) || !name(record.last_name)) return 'first_name and last_name: 1 to 80 characters';
    const phones = record.phone_numbers ?? [];
    if (phones.length === 0) return 'phone_numbers: at least one';
    for (const phone of phones) {
      if (!E164.test(phone.phone_number ?? '')) return `phone_number ${phone.phone_number}: not E.164`;
      if (!PHONE_TYPES.includes(phone.phone_type))
        return `phone_type ${phone.phone_type}: one of ${PHONE_TYPES.join(', ')}`;
    }
    if (
      record.priority !== undefined &&
      !(Number.isInteger(record.priority) && record.priority >= 1 && record.priority <= 10)
    )
      return 'priority: 1 to 10';
    return undefined;
  }

  /** The list's duplicate key of a record, as it deduplicates (undefined for NOTHING). */
  private dedupKey(list: FakeList, record: Partial<TalkdeskRecord>): string | undefined {
    if (list.unique_identifier_type === 'EXTERNAL')
      return `${record.external_provider ?? ''}|${record.external_id ?? ''}`;
    if (list.unique_identifier_type === 'PHONE_NUMBER') return record.phone_numbers?.[0]?.phone_number;
    return undefined;
  }

  private links(id: string) {
    return {
      self: { href: `${this.url}/record-lists/${id}/records/bulks` },
      record_list: { href: `${this.url}/record-lists/${id}` },
    };
  }

  private createRecords(id: string, list: FakeList, payload: unknown) {
    const records = ((payload as { records?: unknown })?.records ?? []) as Partial<TalkdeskRecord>[];
    if (!Array.isArray(records) || records.length > BULK_MAX) {
      return { code: '400', message: `records: 1 to ${BULK_MAX}`, has_errors: true, total_errors: 0, total_created: 0 };
    }
    const created: TalkdeskRecord[] = [];
    let errors = 0;
    for (const input of records) {
      const key = this.dedupKey(list, input);
      const refused = this.refuseCreates > 0;
      if (refused) this.refuseCreates--;
      if (
        refused ||
        this.problem(input) ||
        (key !== undefined && list.records.some((r) => this.dedupKey(list, r) === key))
      ) {
        errors++;
        continue;
      }
      const record: TalkdeskRecord = {
        ...input,
        id: randomUUID(),
        // "records via API have priority 11" when none is given.
        priority: input.priority ?? 11,
        phone_numbers: input.phone_numbers ?? [],
        extra_data: { ...input.extra_data },
      } as TalkdeskRecord;
      list.records.push(record);
      created.push(record);
    }
    return {
      record_list_id: id,
      has_errors: errors > 0,
      total_errors: errors,
      total_created: created.length,
      _links: this.links(id),
      _embedded: { records: created },
    };
  }

  private updateRecords(id: string, list: FakeList, payload: unknown) {
    const operations = (Array.isArray(payload) ? payload : []) as {
      op?: string;
      path?: string;
      value?: Partial<TalkdeskRecord>;
    }[];
    let errors = 0;
    const updated: TalkdeskRecord[] = [];
    for (const operation of operations.slice(0, BULK_MAX)) {
      const target = /^\/records\/(.+)$/.exec(operation.path ?? '')?.[1];
      const index = list.records.findIndex((r) => r.id === target);
      const old = list.records[index];
      const value = operation.value ?? {};
      const next: TalkdeskRecord =
        this.patchMode === 'replace'
          ? // The record becomes what was sent: a field left out is gone (priority: 11, as a record the API adds
            // without one; assumed).
            {
              ...value,
              id: target as string,
              priority: value.priority ?? 11,
              phone_numbers: value.phone_numbers ?? [],
              extra_data: { ...value.extra_data },
            }
          : ({
              ...old,
              ...value,
              id: target as string,
              extra_data: { ...old?.extra_data, ...value.extra_data },
            } as TalkdeskRecord);
      // What was sent is checked (a priority kept from before, like an API record's 11, is not).
      if (
        (operation.op !== 'replace' && operation.op !== 'add') ||
        index < 0 ||
        this.problem({ ...next, priority: value.priority })
      ) {
        errors++;
        continue;
      }
      list.records[index] = next;
      updated.push(list.records[index] as TalkdeskRecord);
    }
    errors += Math.max(0, operations.length - BULK_MAX);
    return {
      record_list_id: id,
      has_errors: errors > 0,
      total_errors: errors,
      total_created: updated.length,
      _links: this.links(id),
      _embedded: { records: updated },
    };
  }

  private deleteRecords(id: string, list: FakeList, payload: unknown) {
    const entries = (Array.isArray(payload) ? payload : []) as {
      id?: string;
      phone_number?: string;
      external_id?: string;
      external_provider?: string;
    }[];
    const failed: { id: string }[] = [];
    let deleted = 0;
    for (const entry of entries.slice(0, BULK_MAX)) {
      const index = list.records.findIndex((r) =>
        entry.id !== undefined
          ? r.id === entry.id
          : entry.phone_number !== undefined
            ? r.phone_numbers.some((p) => p.phone_number === entry.phone_number)
            : r.external_id === entry.external_id && r.external_provider === entry.external_provider,
      );
      if (index < 0) failed.push({ id: entry.id ?? '' });
      else {
        list.records.splice(index, 1);
        deleted++;
      }
    }
    return {
      record_list_id: id,
      has_errors: failed.length > 0,
      total_deleted: deleted,
      total_errors: failed.length,
      _links: this.links(id),
      _embedded: { failed_records: failed },
    };
  }

  /**
   * Adds or updates records from a CSV with the support article's columns (First name, Last name, Mobile, Home, Office,
   * Extra 1/2/3, External ID, External Provider, Timezone, Priority; anything else an extra field), as the list
   * deduplicates them. Records inserted by CSV get priority 5 when none is given; a row Talkdesk cannot take is skipped.
   */
  private process(list: FakeList, upload: Upload): string {
    const rows = parse(upload.body ?? Buffer.alloc(0), { columns: true, bom: true }) as Record<string, string>[];
    let rejected = 0;
    for (const row of rows) {
      const record: TalkdeskRecord = { id: randomUUID(), priority: 5, phone_numbers: [], extra_data: {} };
      for (const [name, value] of Object.entries(row)) {
        if (CSV_PHONES[name]) {
          if (value) record.phone_numbers.push({ phone_number: value, phone_type: CSV_PHONES[name] as string });
        } else if (name === 'Priority') {
          if (value) record.priority = Number(value);
        } else if (CSV_FIELDS[name]) {
          (record as unknown as Record<string, string>)[CSV_FIELDS[name] as string] = value;
        } else record.extra_data[name] = value;
      }
      if (this.problem(record)) {
        rejected++;
        continue;
      }
      const key = this.dedupKey(list, record);
      const index = key !== undefined ? list.records.findIndex((r) => this.dedupKey(list, r) === key) : -1;
      if (index >= 0) list.records[index] = { ...record, id: (list.records[index] as TalkdeskRecord).id };
      else list.records.push(record);
    }
    if (rows.length > 0 && rejected === rows.length) return 'REJECTED';
    return rejected > 0 ? this.rejectedRowsStatus : 'ACCEPTED';
  }
}
