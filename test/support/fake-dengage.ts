import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import { closeServer, listenOnLoopback } from './loopback.ts';

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
 * A local D·engage Data Space API, from shared/reference/other-providers.md ("Checked against public docs and code" and
 * "At real size"): `POST /rest/login` with `userkey` and `password`; the tables listing and definition; the sync upsert
 * (`tableName`, `columns`, `rows` of values, at most 1,000 rows, every table column, once a minute per table, a 200
 * that can still carry `errorCount`); the sync delete (`DELETE`, the primary key's values, "less than 1000 records");
 * the async upsert (`POST /rest/dataspace/async/upsert`: `tableName` or `tableId`, `columnMapping` of
 * `{tableColumn, fileColumnHeader}` covering every column, `fileContent` as base64 of a CSV whose first line is the
 * header, `,` or `;`, at most 50 MB a request, once a minute per table) and the async delete (`DELETE
 * /rest/dataspace/async/delete`, every primary key column mapped), each answered with a job uuid. Answers come in the
 * `{code, message, data}` envelope. What no source says is an option: where (if anywhere) a job's status is read, and
 * how the job id is answered.
 */
export class FakeDengage {
  readonly tables = new Map<string, FakeTable & { publicId: string }>();
  readonly requests: { method: string; path: string; status?: number; body?: unknown }[] = [];
  /** Where the login's token comes: at the top (as public code reads it) or inside `data` (the reference's envelope). */
  loginEnvelope: 'top' | 'data' = 'top';
  /** The account allows only listed addresses: every call answers an empty 403, credentials unchecked. */
  ipAllowlist = false;
  /** The next `count` sync upserts are refused (400) and change nothing: an apply that fails, not retried. */
  failUpserts = 0;
  /**
   * Where an async job's status can be read: the V1 calls' own path with the id, V2's documented status path, a path
   * named after GetStatus, or nowhere (no public source gives one).
   */
  statusPath: 'v1' | 'v2' | 'status' | 'none' = 'none';
  /** How long an async job runs before its rows are in the table. */
  asyncJobMs = 300;
  /** The table definition's shape: the assumed one (`columns` with `isPrimary`), or one this action cannot read. */
  definitionShape: 'columns' | 'unknown' = 'columns';
  /** How an async call answers its job id: the uuid as `data`, or inside it as `jobId`. */
  jobIdAnswer: 'data' | 'jobId' = 'data';
  readonly jobs = new Map<
    string,
    {
      kind: 'upsert' | 'delete';
      doneAt: number;
      affected: number;
      errors: string[];
      apply: () => void;
      applied: boolean;
    }
  >();
  /** Bytes of each request's body, in order (for the 50 MB limit). */
  readonly bodyBytes: number[] = [];
  url = '';
  private server: Server | undefined;
  private readonly tokens = new Set<string>();
  private readonly lastUpsert = new Map<string, number>();
  private readonly intervalMs: number;
  private appended = 0;

  constructor(intervalMs = 60_000) {
    this.intervalMs = intervalMs;
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
        if (this.ipAllowlist) return send(403, '');

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
          // Assumed shape (the reference has the create call's column fields: name, type, isPrimary).
          return ok({
            tableName,
            publicId: t.publicId,
            columns: t.columns.map((name) => ({
              name,
              type: t.dateColumns?.includes(name) ? 'DATE' : 'TEXT',
              isPrimary: name === t.primaryKey,
            })),
          });
        }
        const status = this.statusOf(url.pathname);
        if (status && req.method === 'GET') {
          const job = this.jobs.get(status);
          if (!job) return refuse(404, 'Job not found');
          const done = Date.now() >= job.doneAt;
          if (done && !job.applied) {
            job.apply();
            job.applied = true;
          }
          return ok({
            jobId: status,
            status: done ? (job.errors.length > 0 && job.affected === 0 ? 'Failed' : 'Completed') : 'Running',
            ...(done ? { affectedRowCount: job.affected, errorCount: job.errors.length, errorList: job.errors } : {}),
          });
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
          const since = Date.now() - (this.lastUpsert.get(name) ?? 0);
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
          if (sync[1] === 'upsert') this.lastUpsert.set(name, Date.now());
          return sync[1] === 'upsert'
            ? this.upsert(table, columns, rows, ok, refuse)
            : this.delete(table, columns, rows, ok, refuse);
        }
        refuse(404, `No route ${req.method} ${url.pathname}`);
      });
    });
    this.url = await listenOnLoopback(this.server);
    return this;
  }

  /** The job id a status path names, if the path is the configured one. */
  private statusOf(path: string): string | undefined {
    const patterns = {
      v1: /^\/rest\/dataspace\/async\/(?:upsert|delete)\/([^/]+)$/,
      v2: /^\/rest\/dataspace\/async\/upsert_v2\/([^/]+)$/,
      status: /^\/rest\/dataspace\/async\/status\/([^/]+)$/,
      none: undefined,
    };
    const match = patterns[this.statusPath]?.exec(path);
    return match ? decodeURIComponent(match[1] as string) : undefined;
  }

  /** An async upsert or delete: checked now, applied when its job has run (or when its status is read after that). */
  private startAsync(
    kind: 'upsert' | 'delete',
    body: Record<string, unknown>,
    send: (status: number, answer: unknown, headers?: Record<string, string>) => void,
    ok: (data: unknown) => void,
    refuse: (status: number, message: string) => void,
  ): void {
    const entry =
      typeof body.tableName === 'string'
        ? [body.tableName, this.tables.get(body.tableName)]
        : [...this.tables].find(([, t]) => t.publicId === body.tableId);
    const [name, table] = (entry ?? []) as [string | undefined, (FakeTable & { publicId: string }) | undefined];
    if (!name || !table) return refuse(400, 'tableId or tableName is required, and must name a table');
    if (typeof body.fileContent !== 'string') return refuse(400, 'fileContent (the base64 encoded file) is required');
    const mapping = body.columnMapping as { tableColumn?: string; fileColumnHeader?: string | null }[] | undefined;
    if (!Array.isArray(mapping)) return refuse(400, 'columnMapping is required');
    if (kind === 'upsert') {
      const since = Date.now() - (this.lastUpsert.get(name) ?? 0);
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
    if (kind === 'upsert') this.lastUpsert.set(name, Date.now());
    const jobId = randomUUID();
    const rows = lines.map((cells) =>
      Object.fromEntries(
        [...mapped].map(([column, fileHeader]) => [
          column,
          fileHeader === null ? '' : (cells[header.indexOf(fileHeader)] ?? ''),
        ]),
      ),
    );
    const job = {
      kind,
      doneAt: Date.now() + this.asyncJobMs,
      affected: 0,
      errors: [] as string[],
      applied: false,
      apply: () => {
        if (kind === 'delete') {
          for (const row of rows) if (table.rows.delete(String(row[table.primaryKey as string]))) job.affected++;
          return;
        }
        for (const row of rows) {
          const key = table.primaryKey ? (row[table.primaryKey] ?? '') : `appended-${++this.appended}`;
          table.rows.set(key, row);
          job.affected++;
        }
      },
    };
    this.jobs.set(jobId, job);
    // The job runs on its own, read or not.
    setTimeout(() => {
      if (!job.applied) {
        job.apply();
        job.applied = true;
      }
    }, this.asyncJobMs).unref();
    return ok(this.jobIdAnswer === 'data' ? jobId : { jobId });
  }

  private upsert(
    table: FakeTable,
    columns: string[],
    rows: unknown[][],
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
      const key = table.primaryKey ? (row[table.primaryKey] ?? '') : `appended-${++this.appended}`;
      table.rows.set(key, row);
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
