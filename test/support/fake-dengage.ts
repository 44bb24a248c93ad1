import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import { closeServer, listenOnLoopback } from './loopback.ts';

interface Job {
  table: string;
  rows: Record<string, string>[];
  status: 'InProgress' | 'Completed';
  polls: number;
}

/**
 * A local D·engage Data Space API with the rules its UpsertData page states: one upsert a minute per table (429
 * inside the interval, here shortened), every table column in the mapping, the file base64 with a header line,
 * upsert by primary key. Paths and answer names follow our assumptions (see providers/dengage).
 */
export class FakeDengage {
  /** Table -> columns, primary key first, and rows by key. */
  readonly tables = new Map<string, { columns: string[]; rows: Map<string, Record<string, string>> }>();
  readonly jobs = new Map<string, Job>();
  readonly requests: { method: string; path: string; status?: number }[] = [];
  url = '';
  private server: Server | undefined;
  private readonly tokens = new Set<string>();
  private readonly lastUpsert = new Map<string, number>();
  private readonly intervalMs: number;

  constructor(intervalMs = 60_000) {
    this.intervalMs = intervalMs;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://dengage');
        const record: { method: string; path: string; status?: number } = {
          method: req.method ?? '',
          path: url.pathname,
        };
        this.requests.push(record);
        const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
          record.status = status;
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(body));
        };
        const body = Buffer.concat(chunks).toString('utf8');
        if (url.pathname === '/rest/login' && req.method === 'POST') {
          const { username, password } = JSON.parse(body || '{}') as { username?: string; password?: string };
          if (username !== 'api-user' || password !== 'dengage-pass')
            return send(401, { message: 'Not-authenticated. Please re-login.' });
          const token = randomBytes(12).toString('hex');
          this.tokens.add(token);
          return send(200, { access_token: token });
        }
        const auth = req.headers.authorization ?? '';
        if (!auth.startsWith('Bearer ') || !this.tokens.has(auth.slice(7)))
          return send(401, { message: 'Not-authenticated. Please re-login.' });
        if (url.pathname === '/rest/datatable/upsertdata-async' && req.method === 'POST') {
          const request = JSON.parse(body) as {
            tableName?: string;
            file?: string;
            columnMapping?: { tableColumn: string; fileColumnHeader?: string }[];
          };
          const table = this.tables.get(request.tableName ?? '');
          if (!table) return send(404, { message: `no table ${request.tableName}` });
          const since = Date.now() - (this.lastUpsert.get(request.tableName ?? '') ?? 0);
          if (since < this.intervalMs) {
            return send(
              429,
              { message: 'UpsertData may be called once a minute per table' },
              { 'retry-after': String(Math.ceil((this.intervalMs - since) / 1000)) },
            );
          }
          const mapped = new Set((request.columnMapping ?? []).map((m) => m.tableColumn));
          const missing = table.columns.filter((column) => !mapped.has(column));
          if (missing.length > 0)
            return send(400, {
              message: `Input data row has to include all the column values: missing ${missing.join(', ')}`,
            });
          const text = Buffer.from(request.file ?? '', 'base64').toString('utf8');
          const headerLine = text.split('\n')[0] ?? '';
          let rows: Record<string, string>[];
          try {
            rows = parse(text, { columns: true, bom: true, delimiter: headerLine.includes(',') ? ',' : ';' }) as Record<
              string,
              string
            >[];
          } catch (error) {
            return send(400, { message: `the file cannot be read: ${(error as Error).message}` });
          }
          this.lastUpsert.set(request.tableName ?? '', Date.now());
          const uuid = randomUUID();
          this.jobs.set(uuid, { table: request.tableName ?? '', rows, status: 'InProgress', polls: 1 });
          return send(200, { uuid });
        }
        if (url.pathname === '/rest/datatable/getstatus' && req.method === 'GET') {
          const job = this.jobs.get(url.searchParams.get('uuid') ?? '');
          if (!job) return send(404, { message: 'no such job' });
          if (job.status === 'InProgress' && job.polls-- <= 0) {
            const table = this.tables.get(job.table);
            const key = table?.columns[0] as string;
            for (const row of job.rows) table?.rows.set(row[key] as string, row);
            job.status = 'Completed';
          }
          return send(200, {
            status: job.status,
            totalRecords: job.rows.length,
            successRecords: job.status === 'Completed' ? job.rows.length : 0,
            failRecords: 0,
          });
        }
        send(404, { message: `no route ${req.method} ${url.pathname}` });
      });
    });
    this.url = await listenOnLoopback(this.server);
    return this;
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }
}
