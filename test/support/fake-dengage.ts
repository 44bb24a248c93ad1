import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import { type Clock, realClock } from '../../src/core/clock.ts';
import { closeServer, listenOnLoopback } from './loopback.ts';

/** An async job: accepted now, run once (on its own when its time comes, or when its status is read after that). */
interface FakeJob {
  kind: 'upsert' | 'delete';
  /** A V2 job (its status can be read); a V1 job's cannot. */
  v2: boolean;
  doneAt: number;
  affected: number;
  errors: string[];
  /** Accepted, then failed: nothing written. */
  failed: boolean;
  run: () => void;
}

export interface FakeTable {
  /** Column names; `primaryKey` names the key column, none for a table without one (rows are then appended). */
  columns: string[];
  primaryKey?: string;
  /** Rows by primary key, or by a running number when the table has none. */
  rows: Map<string, Record<string, string>>;
  /** Columns of type DATE: their values must be in one of the listed date-time forms, else the row fails. */
  dateColumns?: string[];
}

/**
 * A local D·engage Data Space API, from shared/reference/other-providers.md and the pages it cites (docs/vendors.md
 * says which behaviour is sourced and which assumed): `POST /rest/login` with `userkey` and `password`; the tables
 * listing and definition (as public code reads it: `columns[]` of `{name, type, isNullable}`, `contactKeyColumn`,
 * `totalRowCount`, no primary-key flag, unless asked to show the assumed `isPrimary`); the sync upsert (`tableName`,
 * `columns`, `rows` of values, at most 1,000 rows, every table column, once a minute per table, a 200 that can still
 * carry `errorCount`); the sync delete (`DELETE`, the primary key's values, "less than 1000 records"); the V1 async
 * upsert (`columnMapping`, base64 `fileContent`, 50 MB, once a minute, answered with a job uuid, no status path) and
 * async delete; the V2 async upsert (`POST /rest/dataspace/async/upsert_v2`, at most 1,000 rows, answered with a
 * `transactionId`) with its status at `GET /rest/dataspace/async/upsert_v2/{jobId}`, the only status path: any other
 * is a 404. Jobs can fail after they were accepted. An empty cell overwrites a value only when the body carries the
 * overwrite-with-empty flag. Answers come in the `{code, message, data}` envelope.
 */
export class FakeDengage {
  readonly tables = new Map<string, FakeTable & { publicId: string }>();
  readonly requests: { method: string; path: string; status?: number; body?: unknown }[] = [];
  /** Where the login's token comes: at the top (as public code reads it) or inside `data` (the reference's envelope). */
  loginEnvelope: 'top' | 'data' = 'top';
  /**
   * The account allows only listed addresses: every call answers 403 before credentials are checked, with an empty
   * body (as d-telco sees it) or a reason in `actionResult` (as demo-ai reads it).
   */
  ipAllowlist: false | 'empty' | 'reason' = false;
  /** The next `count` sync upserts are refused (400) and change nothing: an apply that fails, not retried. */
  failUpserts = 0;
  /** The next `count` async jobs are accepted, then end failed, writing nothing (real accounts do this). */
  failJobs = 0;
  /** From this write call on (1 = the first upsert or delete), every write answers 500 and changes nothing. */
  serverErrorsFrom: number | undefined;
  /** How long an async job runs before its rows are in the table. */
  asyncJobMs = 300;
  /** How long each next async job runs, in order, before `asyncJobMs` applies again. */
  readonly jobDurations: number[] = [];
  /**
   * The table definition's shape: as public code reads it (`public`: no primary-key flag), with the assumed
   * `isPrimary` flag on each column (`flagged`), or one this action cannot read.
   */
  definitionShape: 'public' | 'flagged' | 'unknown' = 'flagged';
  /** How the V2 async upsert answers its job: `{transactionId}` as the page says, or with no id at all. */
  jobIdAnswer: 'transactionId' | 'none' = 'transactionId';
  /** The name of the overwrite-with-empty flag this account reads (the page does not print it). */
  overwriteFlag = 'overwriteWithEmpty';
  private writes = 0;
  readonly jobs = new Map<string, FakeJob>();
  /** Bytes of each request's body, in order (for the 50 MB limit). */
  readonly bodyBytes: number[] = [];
  url = '';
  private server: Server | undefined;
  private readonly tokens = new Set<string>();
  private readonly lastUpsert = new Map<string, number>();
  private readonly intervalMs: number;
  private readonly clock: Clock;
  private appended = 0;

  /** `clock`: the one the client under test waits on, so the minute between upserts is judged on the same time. */
  constructor(intervalMs = 60_000, clock: Clock = realClock) {
    this.intervalMs = intervalMs;
    this.clock = clock;
  }

  addTable(name: string, table: FakeTable): void {
    this.tables.set(name, { ...table, publicId: randomUUID() });
  }

  /** The rows of a table, as plain objects in insertion order. */
  rowsOf(name: string): Record<string, string>[] {
    return [...(this.tables.get(name)?.rows.values() ?? [])];
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        for (const job of this.jobs.values()) if (this.clock.now() >= job.doneAt) job.run();
        const url = new URL(req.url ?? '/', 'http://dengage');
        const raw = Buffer.concat(chunks);
        this.bodyBytes.push(raw.length);
        if (raw.length > 50 * 1000 * 1000) {
          res.writeHead(413, { 'content-type': 'application/json' });
          return res.end(JSON.stringify({ code: 413, message: 'The maximum request size limit is 50mb' }));
        }
        const text = raw.toString('utf8');
        let body: Record<string, unknown> = {};
        try {
          body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
        } catch {}
        const record: (typeof this.requests)[number] = { method: req.method ?? '', path: url.pathname, body };
        this.requests.push(record);
        const send = (status: number, answer: unknown, headers: Record<string, string> = {}) => {
          record.status = status;
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(answer === '' ? '' : JSON.stringify(answer));
        };
        const ok = (data: unknown) => send(200, { code: 0, message: 'Success', data });
        const refuse = (status: number, message: string, code = 1) => send(status, { code, message, data: null });
        if (this.ipAllowlist === 'empty') return send(403, '');
        if (this.ipAllowlist === 'reason')
          return send(403, { code: 10, actionResult: 'Forbidden for 203.0.113.7: IP not whitelisted', data: null });

        if (url.pathname === '/rest/login' && req.method === 'POST') {
          if (body.userkey !== 'api-user-key' || body.password !== 'dengage-pass')
            return refuse(401, 'Not-authenticated. Please re-login.');
          const token = randomBytes(12).toString('hex');
          this.tokens.add(token);
          const answer = { access_token: token, token_type: 'bearer', expires_in: 3600 };
          return send(200, this.loginEnvelope === 'top' ? answer : { code: 0, data: answer });
        }
        const auth = req.headers.authorization ?? '';
        if (!auth.startsWith('Bearer ') || !this.tokens.has(auth.slice(7)))
          return refuse(401, 'Not-authenticated. Please re-login.');

        if (url.pathname === '/rest/dataspace/tables' && req.method === 'GET') {
          const limit = Number(url.searchParams.get('limit') ?? 100);
          const offset = Number(url.searchParams.get('offset') ?? 0);
          const all = [...this.tables].map(([tableName, t]) => ({ tableName, publicId: t.publicId }));
          return ok({ result: all.slice(offset, offset + limit), totalCount: all.length });
        }
        const definition = /^\/rest\/dataspace\/tables\/([^/]+)$/.exec(url.pathname);
        if (definition && req.method === 'GET') {
          const entry = [...this.tables].find(([, t]) => t.publicId === definition[1]);
          if (!entry) return refuse(404, 'Table not found');
          const [tableName, t] = entry;
          if (this.definitionShape === 'unknown') {
            return ok({ tableName, publicId: t.publicId, attributes: t.columns.map((name) => ({ label: name })) });
          }
          return ok({
            tableName,
            publicId: t.publicId,
            contactKeyColumn: t.columns.includes('contact_key') ? 'contact_key' : null,
            totalRowCount: t.rows.size,
            columns: t.columns.map((name) => ({
              name,
              type: t.dateColumns?.includes(name) ? 'DATE' : 'TEXT',
              isNullable: name !== t.primaryKey,
              // Assumed: no source shows a primary-key flag.
              ...(this.definitionShape === 'flagged' ? { isPrimary: name === t.primaryKey } : {}),
            })),
          });
        }
        if (/^\/rest\/dataspace\/(sync|async)\//.test(url.pathname) && req.method !== 'GET') {
          this.writes++;
          if (this.serverErrorsFrom !== undefined && this.writes >= this.serverErrorsFrom)
            return send(500, { code: 999, message: 'UnexpectedError', data: null });
        }
        const status = /^\/rest\/dataspace\/async\/upsert_v2\/([^/]+)$/.exec(url.pathname);
        if (status && req.method === 'GET') {
          const job = this.jobs.get(decodeURIComponent(status[1] as string));
          if (!job?.v2) return refuse(404, 'Job not found');
          const done = this.clock.now() >= job.doneAt;
          if (done) job.run();
          return ok({
            status: !done ? 'Processing' : job.failed ? 'Failed' : 'Completed',
            ...(done ? { affectedRowCount: job.affected, errorCount: job.errors.length } : {}),
            ...(done && job.failed ? { message: job.errors[0] } : {}),
          });
        }
        if (url.pathname === '/rest/dataspace/async/upsert_v2' && req.method === 'POST') {
          return this.startV2(body, ok, refuse);
        }
        const async = /^\/rest\/dataspace\/async\/(upsert|delete)$/.exec(url.pathname);
        if (async && req.method === (async[1] === 'upsert' ? 'POST' : 'DELETE')) {
          return this.startAsync(async[1] as 'upsert' | 'delete', body, send, ok, refuse);
        }
        const sync = /^\/rest\/dataspace\/sync\/(upsert|delete)$/.exec(url.pathname);
        if (sync && req.method === (sync[1] === 'upsert' ? 'POST' : 'DELETE')) {
          const name = String(body.tableName ?? '');
          const table = this.tables.get(name);
          if (!table) return refuse(400, `Table ${name} not found`);
          const since = this.clock.now() - (this.lastUpsert.get(name) ?? 0);
          if (sync[1] === 'upsert' && since < this.intervalMs) {
            return send(
              429,
              { code: 429, message: 'Too Many Requests: UpsertData may be called once a minute per table' },
              { 'retry-after': String(Math.ceil((this.intervalMs - since) / 1000)) },
            );
          }
          const columns = body.columns as string[] | undefined;
          const rows = body.rows as unknown[][] | undefined;
          if (!Array.isArray(columns) || !Array.isArray(rows)) return refuse(400, 'columns and rows are required');
          if (sync[1] === 'upsert' && rows.length > 1000)
            return refuse(400, 'no more than 1000 records can be upserted in one call');
          if (sync[1] === 'delete' && rows.length >= 1000)
            return refuse(400, 'DeleteData deletes less than 1000 records in one call: use DeleteData-Async');
          if (sync[1] === 'upsert') this.lastUpsert.set(name, this.clock.now());
          return sync[1] === 'upsert'
            ? this.upsert(table, columns, rows, body[this.overwriteFlag] === true, ok, refuse)
            : this.delete(table, columns, rows, ok, refuse);
        }
        refuse(404, `No route ${req.method} ${url.pathname}`);
      });
    });
    this.url = await listenOnLoopback(this.server);
    return this;
  }

  /** The table a body names by `tableName` or `tableId`. */
  private tableOf(body: Record<string, unknown>): [string, FakeTable & { publicId: string }] | undefined {
    const entry =
      typeof body.tableName === 'string'
        ? [body.tableName, this.tables.get(body.tableName)]
        : [...this.tables].find(([, t]) => t.publicId === body.tableId);
    return entry?.[1] ? (entry as [string, FakeTable & { publicId: string }]) : undefined;
  }

  /** A job that runs `work` when its time comes, unless it is one of the jobs set to fail after acceptance. */
  private addJob(kind: 'upsert' | 'delete', v2: boolean, work: (job: FakeJob) => void): string {
    const failed = this.failJobs > 0;
    if (failed) this.failJobs--;
    const ms = this.jobDurations.shift() ?? this.asyncJobMs;
    let ran = false;
    const job: FakeJob = {
      kind,
      v2,
      doneAt: this.clock.now() + ms,
      affected: 0,
      errors: failed ? ['The job failed while processing the data'] : [],
      failed,
      run: () => {
        if (ran) return;
        ran = true;
        if (job.failed) {
          job.errors = ['The job failed while processing the data'];
          return;
        }
        work(job);
      },
    };
    const id = randomUUID();
    this.jobs.set(id, job);
    // The job runs on its own, read or not.
    // On a test's clock, no timer of the server's own may move time on: a due job runs at the next request instead.
    if (this.clock === realClock) setTimeout(() => job.run(), ms).unref();
    return id;
  }

  /** Ends every job still running now: as it would have, or failed (nothing written). */
  finishJobs(outcome: 'ok' | 'failed' = 'ok'): void {
    for (const job of this.jobs.values()) {
      if (this.clock.now() >= job.doneAt) continue;
      job.doneAt = this.clock.now();
      if (outcome === 'failed') job.failed = true;
      job.run();
    }
  }

  /** The V2 async upsert: the sync upsert's body checked now, written when its job runs. */
  private startV2(
    body: Record<string, unknown>,
    ok: (data: unknown) => void,
    refuse: (status: number, message: string) => void,
  ): void {
    const found = this.tableOf(body);
    if (!found) return refuse(400, 'tableId or tableName is required, and must name a table');
    const [, table] = found;
    const columns = body.columns as string[] | undefined;
    const rows = body.rows as unknown[][] | undefined;
    if (!Array.isArray(columns) || !Array.isArray(rows)) return refuse(400, 'columns and rows are required');
    if (rows.length > 1000) return refuse(400, 'no more than 1000 records can be upserted in one call');
    const missing = table.columns.filter((column) => !columns.includes(column));
    if (missing.length > 0)
      return refuse(400, `Input data row has to include all the column values: missing ${missing.join(', ')}`);
    const overwrite = body[this.overwriteFlag] === true;
    const id = this.addJob('upsert', true, (job) => {
      for (const values of rows) {
        this.write(table, Object.fromEntries(columns.map((c, i) => [c, String(values[i] ?? '')])), overwrite);
        job.affected++;
      }
    });
    return ok(this.jobIdAnswer === 'transactionId' ? { transactionId: id } : {});
  }

  /**
   * One row upserted: by its primary key (an empty cell keeps the old value unless the overwrite flag was sent), or
   * appended to a table without one.
   */
  private write(table: FakeTable, row: Record<string, string>, overwrite: boolean): void {
    if (!table.primaryKey) {
      table.rows.set(`appended-${++this.appended}`, row);
      return;
    }
    const key = row[table.primaryKey] ?? '';
    const old = table.rows.get(key);
    const kept =
      old && !overwrite
        ? Object.fromEntries(Object.entries(row).map(([c, v]) => [c, v === '' ? (old[c] ?? '') : v]))
        : row;
    table.rows.set(key, kept);
  }

  /** An async upsert or delete: checked now, applied when its job has run (or when its status is read after that). */
  private startAsync(
    kind: 'upsert' | 'delete',
    body: Record<string, unknown>,
    send: (status: number, answer: unknown, headers?: Record<string, string>) => void,
    ok: (data: unknown) => void,
    refuse: (status: number, message: string) => void,
  ): void {
    const [name, table] = this.tableOf(body) ?? [];
    if (!name || !table) return refuse(400, 'tableId or tableName is required, and must name a table');
    if (typeof body.fileContent !== 'string') return refuse(400, 'fileContent (the base64 encoded file) is required');
    const mapping = body.columnMapping as { tableColumn?: string; fileColumnHeader?: string | null }[] | undefined;
    if (!Array.isArray(mapping)) return refuse(400, 'columnMapping is required');
    if (kind === 'upsert') {
      const since = this.clock.now() - (this.lastUpsert.get(name) ?? 0);
      if (since < this.intervalMs) {
        return send(
          429,
          { code: 429, message: 'Too Many Requests: UpsertData may be called once a minute per table' },
          { 'retry-after': String(Math.ceil((this.intervalMs - since) / 1000)) },
        );
      }
    }
    const text = Buffer.from(body.fileContent, 'base64').toString('utf8');
    const firstLine = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
    const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
    let records: string[][];
    try {
      records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
    } catch {
      return refuse(400, 'fileContent is not a CSV file');
    }
    const [header, ...lines] = records;
    if (!header) return refuse(400, 'The first line of the file must include headers');
    const mapped = new Map(mapping.map((m) => [String(m.tableColumn), m.fileColumnHeader ?? null]));
    const needed = kind === 'upsert' ? table.columns : table.primaryKey ? [table.primaryKey] : [];
    if (kind === 'delete' && !table.primaryKey) return refuse(400, 'DeleteData needs a table with a primary key');
    const missing = needed.filter((column) => !mapped.has(column));
    if (missing.length > 0) return refuse(400, `columnMapping has no mapping for ${missing.join(', ')}`);
    for (const [column, fileHeader] of mapped) {
      if (fileHeader !== null && !header.includes(fileHeader))
        return refuse(400, `the file header has no column ${fileHeader} (mapped to ${column})`);
    }
    if (kind === 'upsert') this.lastUpsert.set(name, this.clock.now());
    const rows = lines.map((cells) =>
      Object.fromEntries(
        [...mapped].map(([column, fileHeader]) => [
          column,
          fileHeader === null ? '' : (cells[header.indexOf(fileHeader)] ?? ''),
        ]),
      ),
    );
    const overwrite = body[this.overwriteFlag] === true;
    const jobId = this.addJob(kind, false, (job) => {
      if (kind === 'delete') {
        for (const row of rows) if (table.rows.delete(String(row[table.primaryKey as string]))) job.affected++;
        return;
      }
      for (const row of rows) {
        this.write(table, row, overwrite);
        job.affected++;
      }
    });
    // "returns the uuid of the upsert job started" (UpsertData-Async); no status path is documented for it.
    return ok(jobId);
  }

  private upsert(
    table: FakeTable,
    columns: string[],
    rows: unknown[][],
    overwrite: boolean,
    ok: (data: unknown) => void,
    refuse: (status: number, message: string) => void,
  ): void {
    if (this.failUpserts > 0) {
      this.failUpserts--;
      return refuse(400, 'The table is being maintained; try again later');
    }
    const missing = table.columns.filter((column) => !columns.includes(column));
    if (missing.length > 0)
      return refuse(400, `Input data row has to include all the column values: missing ${missing.join(', ')}`);
    const errorList: string[] = [];
    let affected = 0;
    rows.forEach((values, index) => {
      const row = Object.fromEntries(columns.map((column, i) => [column, String(values[i] ?? '')]));
      const badDate = (table.dateColumns ?? []).find(
        (column) =>
          row[column] !== '' && !/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?)?$/.test(row[column] ?? ''),
      );
      if (badDate) {
        errorList.push(`row ${index + 1}: ${badDate} is not a valid date`);
        return;
      }
      this.write(table, row, overwrite);
      affected++;
    });
    ok({ affectedRowCount: affected, errorCount: errorList.length, errorList });
  }

  private delete(
    table: FakeTable,
    columns: string[],
    rows: unknown[][],
    ok: (data: unknown) => void,
    refuse: (status: number, message: string) => void,
  ): void {
    if (!table.primaryKey || columns.length !== 1 || columns[0] !== table.primaryKey)
      return refuse(400, 'DeleteData has to include the primary key values of the table');
    let affected = 0;
    for (const values of rows) if (table.rows.delete(String(values[0]))) affected++;
    ok({ affectedRowCount: affected, errorCount: 0, errorList: [] });
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }
}
