import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
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
 * A local D·engage Data Space API, from shared/reference/other-providers.md ("Checked against public docs and code"):
 * `POST /rest/login` with `userkey` and `password`; the tables listing and definition; the sync upsert
 * (`tableName`, `columns`, `rows` of values, at most 1,000 rows, every table column, once a minute per table, a 200
 * that can still carry `errorCount`) and the sync delete (`DELETE`, the primary key's values). Answers come in the
 * `{code, message, data}` envelope. Anything else is refused as D·engage refuses it: the old guessed paths, a `file`
 * field, a `username` login. Options cover what the reference leaves open.
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
        const text = Buffer.concat(chunks).toString('utf8');
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
          if (rows.length > 1000) return refuse(400, 'At most 1000 rows can be sent in one call');
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
