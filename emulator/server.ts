/**
 * A local Genesys Cloud data tables server: the subset of the Platform API the action uses, behaving as
 * shared/reference/genesys-cloud-datatables.md describes, with faults that tests and demos can switch on.
 * Where the reference says "assumed", the choice is marked here too.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';
export type Value = string | number | boolean;

export interface PropertySchema {
  title: string;
  type: FieldType;
  $id?: string;
  displayOrder: number;
  default?: Value;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

export interface TableSchemaJson {
  $schema: string;
  type: 'object';
  required: ['key'];
  additionalProperties: false;
  properties: Record<string, PropertySchema>;
}

export interface TableSeed {
  id?: string;
  name: string;
  description?: string;
  /** Field name -> property; `key` is the key (type string). */
  properties: Record<string, Omit<PropertySchema, 'displayOrder'> & { displayOrder?: number }>;
  rows?: Record<string, Value>[];
}

export interface Faults {
  /** The next `count` API calls answer 429 with this Retry-After header. */
  rateLimit?: { count: number; retryAfter?: string };
  /** The next `count` API calls answer this status (default 503). */
  serverErrors?: { count: number; status?: number };
  /** Invalidate every token issued so far (the next API call answers 401). */
  revokeTokens?: boolean;
  /** The next `count` API calls answer 401, whatever the token (a role or org problem). */
  unauthorized?: { count: number };
  /** Polls a job answers before it finishes (default 2). */
  jobPolls?: number;
  /** Import jobs never finish: they stay Processing however often they are polled. */
  stuckImports?: boolean;
  /** Keys whose rows fail in the next import (then cleared), as invalid rows do. */
  failRows?: string[];
  /** Export jobs answer 403, as for a client without export permission. */
  exportForbidden?: boolean;
  /** Import jobs finish Failed with this error message, changing nothing. */
  failImport?: string;
  /** The storage host refuses the next `count` uploads with 403, as for a missing or wrong upload header. */
  rejectUploads?: { count: number };
  /** The storage host drops the connection of the next `count` uploads before answering. */
  resetUploads?: { count: number };
}

export interface RecordedRequest {
  method: string;
  path: string;
  host: 'api' | 'storage';
  authorization: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  status?: number;
}

interface Table {
  id: string;
  name: string;
  description: string;
  schema: TableSchemaJson;
  rows: Map<string, Record<string, Value>>;
}

interface Job {
  id: string;
  kind: 'import' | 'export';
  tableId: string;
  status: 'WaitingForUpload' | 'Processing' | 'Succeeded' | 'Failed';
  importMode?: 'ReplaceAll' | 'Append';
  dateCreated: string;
  dateCompleted?: string;
  pollsLeft: number;
  uploadToken?: string;
  uploadHeaders?: Record<string, string>;
  upload?: Buffer;
  countRecordsUpdated?: number;
  countRecordsDeleted?: number;
  countRecordsFailed?: number;
  errorInformation?: ErrorBody;
  downloadToken?: string;
}

interface ErrorBody {
  message: string;
  code: string;
  status: number;
  contextId: string;
  messageWithParams?: string;
  messageParams?: Record<string, string>;
  details: unknown[];
  errors: unknown[];
}

export interface EmulatorOptions {
  clients?: { id: string; secret: string }[];
  tables?: TableSeed[];
  limits?: { maxRows: number; maxFields: number; maxKeyLength: number };
  faults?: Faults;
}

const JSON_SCHEMA = 'http://json-schema.org/draft-04/schema#';

export class GenesysEmulator {
  readonly tables = new Map<string, Table>();
  readonly jobs = new Map<string, Job>();
  readonly requests: RecordedRequest[] = [];
  faults: Faults;
  apiUrl = '';
  storageUrl = '';
  private readonly clients: { id: string; secret: string }[];
  private readonly limits: { maxRows: number; maxFields: number; maxKeyLength: number };
  private readonly tokens = new Set<string>();
  private readonly servers: Server[] = [];

  constructor(options: EmulatorOptions = {}) {
    this.clients = options.clients ?? [{ id: 'local-client', secret: 'local-secret' }];
    this.limits = options.limits ?? { maxRows: 5000, maxFields: 50, maxKeyLength: 256 };
    this.faults = { ...options.faults };
    for (const seed of options.tables ?? []) this.addTable(seed);
  }

  /** Starts the API (with the login endpoint) and the storage host, on two loopback ports. */
  async start(port = 0, storagePort = 0): Promise<this> {
    const api = createServer((req, res) => this.handle('api', req, res));
    const storage = createServer((req, res) => this.handle('storage', req, res));
    this.apiUrl = await listen(api, port);
    this.storageUrl = await listen(storage, storagePort);
    this.servers.push(api, storage);
    return this;
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.servers.map((server) => {
        server.closeAllConnections();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      }),
    );
    this.servers.length = 0;
  }

  addTable(seed: TableSeed): Table {
    if (seed.properties.key?.type !== 'string') {
      throw new Error(`table ${seed.name}: the key property must exist and be a string`);
    }
    const names = Object.keys(seed.properties);
    if (names.length > this.limits.maxFields)
      throw new Error(`table ${seed.name}: more than ${this.limits.maxFields} fields`);
    const properties: Record<string, PropertySchema> = {};
    names.forEach((name, index) => {
      const property = seed.properties[name] as PropertySchema;
      properties[name] = { ...property, $id: `/properties/${name}`, displayOrder: property.displayOrder ?? index };
    });
    const table: Table = {
      id: seed.id ?? randomUUID(),
      name: seed.name,
      description: seed.description ?? '',
      schema: { $schema: JSON_SCHEMA, type: 'object', required: ['key'], additionalProperties: false, properties },
      rows: new Map(),
    };
    for (const row of seed.rows ?? []) table.rows.set(String(row.key), { ...row });
    this.tables.set(table.id, table);
    return table;
  }

  tableByName(name: string): Table {
    const table = [...this.tables.values()].find((t) => t.name === name);
    if (!table) throw new Error(`no table ${name}`);
    return table;
  }

  /** Rows of a table, sorted by key, as plain objects. */
  rowsOf(name: string): Record<string, Value>[] {
    return [...this.tableByName(name).rows.values()].sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1));
  }

  /** Calls to the deprecated start call `POST .../import/jobs`. */
  deprecatedImportCalls(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && /\/import\/jobs$/.test(r.path));
  }

  private async handle(host: 'api' | 'storage', req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      host,
      authorization: req.headers.authorization,
      headers: { ...req.headers },
    };
    if (!url.pathname.startsWith('/__emulator')) this.requests.push(record);
    const body = await readBody(req);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      res.writeHead(status, {
        'content-type': typeof payload === 'string' ? 'text/csv' : 'application/json',
        ...headers,
      });
      res.end(text);
    };
    try {
      if (host === 'storage') return this.handleUpload(req, url, body, send);
      if (url.pathname.startsWith('/__emulator')) return this.handleControl(req, url, body, send);
      if (url.pathname === '/oauth/token' && req.method === 'POST') return this.handleToken(req, body, send);
      if (!url.pathname.startsWith('/api/v2/')) return send(404, error(404, 'not.found', `No route ${url.pathname}`));
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('Bearer ') || !this.tokens.has(auth.slice(7))) {
        return send(401, error(401, 'bad.credentials', 'Invalid login credentials.'));
      }
      if (this.faults.rateLimit && this.faults.rateLimit.count > 0) {
        this.faults.rateLimit.count--;
        return send(429, error(429, 'too.many.requests', 'Rate limit exceeded the maximum.'), {
          'retry-after': this.faults.rateLimit.retryAfter ?? '1',
        });
      }
      if (this.faults.serverErrors && this.faults.serverErrors.count > 0) {
        this.faults.serverErrors.count--;
        const status = this.faults.serverErrors.status ?? 503;
        return send(status, error(status, 'service.unavailable', 'The service is temporarily unavailable.'));
      }
      return this.handleApi(req, url, body, send);
    } catch (caught) {
      return send(500, error(500, 'internal.server.error', String(caught)));
    }
  }

  private handleToken(req: IncomingMessage, body: Buffer, send: Send): void {
    const basic = req.headers.authorization ?? '';
    const [id, secret] = basic.startsWith('Basic ')
      ? Buffer.from(basic.slice(6), 'base64').toString('utf8').split(':')
      : [];
    const grant = new URLSearchParams(body.toString('utf8')).get('grant_type');
    if (grant !== 'client_credentials') {
      return send(400, { error: 'unsupported_grant_type', description: 'grant_type must be client_credentials' });
    }
    if (!this.clients.some((c) => c.id === id && c.secret === secret)) {
      return send(401, {
        error: 'invalid_client',
        description: 'client not found or bad secret',
        error_description: 'invalid client credentials',
      });
    }
    const token = randomBytes(24).toString('base64url');
    this.tokens.add(token);
    send(200, { access_token: token, token_type: 'bearer', expires_in: 86400 });
  }

  private handleControl(req: IncomingMessage, url: URL, body: Buffer, send: Send): void {
    if (url.pathname === '/__emulator/faults' && req.method === 'POST') {
      this.faults = { ...this.faults, ...(JSON.parse(body.toString('utf8') || '{}') as Faults) };
      if (this.faults.revokeTokens) {
        this.tokens.clear();
        this.faults.revokeTokens = false;
      }
      return send(200, this.faults);
    }
    if (url.pathname === '/__emulator/requests') return send(200, this.requests);
    const rows = /^\/__emulator\/tables\/([^/]+)\/rows$/.exec(url.pathname);
    if (rows) return send(200, this.rowsOf(decodeURIComponent(rows[1] as string)));
    send(404, error(404, 'not.found', 'unknown control endpoint'));
  }

  private handleApi(req: IncomingMessage, url: URL, body: Buffer, send: Send): void {
    if (this.faults.revokeTokens) {
      this.tokens.clear();
      this.faults.revokeTokens = false;
      return send(401, error(401, 'bad.credentials', 'Invalid login credentials.'));
    }
    if (this.faults.unauthorized && this.faults.unauthorized.count > 0) {
      this.faults.unauthorized.count--;
      return send(401, error(401, 'bad.credentials', 'Invalid login credentials.'));
    }
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/v2\/flows\/datatables/, '');
    if (path === url.pathname) return send(404, error(404, 'not.found', `No route ${url.pathname}`));
    if (path === '' && method === 'GET') return send(200, this.listTables(url));
    const match = /^\/([^/]+)(\/.*)?$/.exec(path);
    const table = match ? this.tables.get(match[1] as string) : undefined;
    if (!table) return send(404, error(404, 'flows.datatables.not.found', 'The datatable could not be found.'));
    const rest = match?.[2] ?? '';
    const expandSchema = url.searchParams.get('expand') === 'schema';

    if (rest === '' && method === 'GET') return send(200, this.tableEntity(table, expandSchema));
    if (rest === '/rows' && method === 'GET') return send(200, this.listRows(table, url));
    if (rest === '/rows' && method === 'POST') return this.createRow(table, body, send);
    const rowMatch = /^\/rows\/(.+)$/.exec(rest);
    if (rowMatch) return this.oneRow(table, decodeURIComponent(rowMatch[1] as string), method, body, send);
    if (rest === '/export/jobs' && method === 'POST') {
      if (this.faults.exportForbidden) {
        return send(
          403,
          error(403, 'missing.permissions', 'You are missing the following permission(s): architect:datatable:view', {
            permissions: 'architect:datatable:view',
          }),
        );
      }
      return send(200, this.jobEntity(this.newJob('export', table.id)));
    }
    const exportJob = /^\/export\/jobs\/([^/]+)$/.exec(rest);
    if (exportJob && method === 'GET') return this.pollJob(table, exportJob[1] as string, 'export', send);
    if (rest === '/import/csv/jobs' && method === 'POST') return this.startCsvImport(table, body, send);
    if (rest === '/import/jobs' && method === 'POST') {
      // The deprecated start call: recorded by `requests`, answered with an error so a caller cannot succeed with it.
      return send(410, error(410, 'deprecated.endpoint', 'POST /import/jobs is deprecated; use POST /import/csv/jobs'));
    }
    if (rest === '/import/jobs' && method === 'GET') {
      const entities = [...this.jobs.values()]
        .filter((j) => j.kind === 'import' && j.tableId === table.id)
        .map((j) => this.jobEntity(j));
      return send(200, { entities, pageNumber: 1, pageSize: entities.length, total: entities.length, pageCount: 1 });
    }
    const importJob = /^\/import\/jobs\/([^/]+)$/.exec(rest);
    if (importJob && method === 'GET') return this.pollJob(table, importJob[1] as string, 'import', send);
    const download = /^\/export\/downloads\/([^/]+)$/.exec(rest);
    if (download && method === 'GET') return this.downloadExport(table, download[1] as string, send);
    send(404, error(404, 'not.found', `No route ${method} ${url.pathname}`));
  }

  /** Assumed: the name filter matches case-insensitively, `*` as a wildcard; exact matching is the caller's job. */
  private listTables(url: URL) {
    const name = url.searchParams.get('name');
    const pattern = name
      ? new RegExp(
          `^${name
            .split('*')
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`,
          'i',
        )
      : undefined;
    const all = [...this.tables.values()].filter((t) => !pattern || pattern.test(t.name));
    const expandSchema = url.searchParams.get('expand') === 'schema';
    return page(
      all.map((t) => this.tableEntity(t, expandSchema)),
      url,
      25,
      100,
    );
  }

  private tableEntity(table: Table, expandSchema: boolean) {
    return {
      id: table.id,
      name: table.name,
      description: table.description,
      division: { id: 'home-division', name: 'Home', selfUri: '/api/v2/authorization/divisions/home-division' },
      ...(expandSchema ? { schema: table.schema } : {}),
      selfUri: `/api/v2/flows/datatables/${table.id}`,
    };
  }

  private listRows(table: Table, url: URL) {
    const brief = url.searchParams.get('showbrief') !== 'false';
    const rows = [...table.rows.values()].map((row) => (brief ? { key: row.key } : row));
    return page(rows, url, 25, 500);
  }

  private createRow(table: Table, body: Buffer, send: Send): void {
    const row = JSON.parse(body.toString('utf8')) as Record<string, Value>;
    const problem = this.checkRow(table, row);
    if (problem) return send(400, error(400, 'flows.datatables.schema.exception', problem));
    if (table.rows.has(String(row.key)))
      return send(409, error(409, 'flows.datatables.row.exists', 'The row already exists.'));
    if (table.rows.size >= this.limits.maxRows)
      return send(400, error(400, 'flows.datatables.too.many.rows', 'The table is full.'));
    table.rows.set(String(row.key), row);
    send(200, row);
  }

  private oneRow(table: Table, key: string, method: string, body: Buffer, send: Send): void {
    const existing = table.rows.get(key);
    if (!existing) return send(404, error(404, 'flows.datatables.row.not.found', 'The row could not be found.'));
    if (method === 'GET') return send(200, existing);
    if (method === 'DELETE') {
      table.rows.delete(key);
      return send(204, '');
    }
    if (method === 'PUT') {
      const row = { ...(JSON.parse(body.toString('utf8')) as Record<string, Value>), key };
      const problem = this.checkRow(table, row);
      if (problem) return send(400, error(400, 'flows.datatables.schema.exception', problem));
      table.rows.set(key, row);
      return send(200, row);
    }
    send(405, error(405, 'method.not.allowed', 'Method not allowed'));
  }

  private checkRow(table: Table, row: Record<string, Value>): string | undefined {
    for (const [name, value] of Object.entries(row)) {
      const property = table.schema.properties[name];
      if (!property) return `Unknown field ${name}`;
      const ok =
        property.type === 'string'
          ? typeof value === 'string'
          : property.type === 'boolean'
            ? typeof value === 'boolean'
            : property.type === 'integer'
              ? Number.isInteger(value)
              : typeof value === 'number';
      if (!ok) return `Field ${name} must be of type ${property.type}`;
    }
    const key = row.key;
    if (typeof key !== 'string' || key === '') return 'The key is required';
    if (key.length > this.limits.maxKeyLength) return `The key is longer than ${this.limits.maxKeyLength} characters`;
    return undefined;
  }

  private newJob(kind: 'import' | 'export', tableId: string): Job {
    const job: Job = {
      id: randomUUID(),
      kind,
      tableId,
      status: kind === 'import' ? 'WaitingForUpload' : 'Processing',
      dateCreated: new Date().toISOString(),
      pollsLeft: this.faults.jobPolls ?? 2,
    };
    this.jobs.set(job.id, job);
    return job;
  }

  private jobEntity(job: Job) {
    const base = `/api/v2/flows/datatables/${job.tableId}`;
    return {
      id: job.id,
      status: job.status,
      dateCreated: job.dateCreated,
      ...(job.dateCompleted ? { dateCompleted: job.dateCompleted } : {}),
      ...(job.kind === 'import'
        ? {
            importMode: job.importMode,
            uploadURI: `${this.storageUrl}/uploads/${job.id}?sig=${job.uploadToken}`,
            uploadHeaders: job.uploadHeaders,
            countRecordsUpdated: job.countRecordsUpdated ?? 0,
            countRecordsDeleted: job.countRecordsDeleted ?? 0,
            countRecordsFailed: job.countRecordsFailed ?? 0,
            ...(job.errorInformation ? { errorInformation: job.errorInformation } : {}),
          }
        : job.downloadToken
          ? { downloadURI: `${this.apiUrl}${base}/export/downloads/${job.downloadToken}` }
          : {}),
      selfUri: `${base}/${job.kind}/jobs/${job.id}`,
    };
  }

  private startCsvImport(table: Table, body: Buffer, send: Send): void {
    let importMode: unknown;
    try {
      importMode = (JSON.parse(body.toString('utf8') || '{}') as { importMode?: unknown }).importMode;
    } catch {
      return send(400, error(400, 'bad.request', 'The request body is not JSON'));
    }
    if (importMode !== 'ReplaceAll' && importMode !== 'Append') {
      return send(400, error(400, 'bad.request', 'importMode must be ReplaceAll or Append'));
    }
    const job = this.newJob('import', table.id);
    job.importMode = importMode;
    job.uploadToken = randomBytes(12).toString('hex');
    // Allocated per upload session and unguessable, as the deprecation notice says.
    job.uploadHeaders = {
      'x-ms-blob-type': 'BlockBlob',
      'x-upload-session': randomBytes(16).toString('hex'),
      'x-upload-signature': randomBytes(16).toString('base64url'),
    };
    send(200, this.jobEntity(job));
  }

  private handleUpload(req: IncomingMessage, url: URL, body: Buffer, send: Send): void {
    const match = /^\/uploads\/([^/]+)$/.exec(url.pathname);
    const job = match ? this.jobs.get(match[1] as string) : undefined;
    if (job?.kind !== 'import' || url.searchParams.get('sig') !== job.uploadToken) {
      return send(403, '<Error><Code>AuthenticationFailed</Code></Error>');
    }
    if (req.method !== 'PUT') return send(405, '<Error><Code>UnsupportedHttpVerb</Code></Error>');
    if (this.faults.resetUploads && this.faults.resetUploads.count > 0) {
      this.faults.resetUploads.count--;
      req.socket.destroy();
      return;
    }
    if (this.faults.rejectUploads && this.faults.rejectUploads.count > 0) {
      this.faults.rejectUploads.count--;
      return send(
        403,
        '<Error><Code>AuthenticationFailed</Code><Message>missing or wrong header x-upload-signature</Message></Error>',
      );
    }
    if (req.headers.authorization !== undefined) {
      return send(
        400,
        '<Error><Code>InvalidAuthenticationInfo</Code><Message>Authorization header not allowed with a signed URL</Message></Error>',
      );
    }
    for (const [name, value] of Object.entries(job.uploadHeaders ?? {})) {
      if (req.headers[name] !== value) {
        return send(
          403,
          `<Error><Code>AuthenticationFailed</Code><Message>missing or wrong header ${name}</Message></Error>`,
        );
      }
    }
    if (job.status !== 'WaitingForUpload') return send(409, '<Error><Code>BlobAlreadyUploaded</Code></Error>');
    job.upload = body;
    job.status = 'Processing';
    send(201, '');
  }

  private pollJob(table: Table, jobId: string, kind: 'import' | 'export', send: Send): void {
    const job = this.jobs.get(jobId);
    if (!job || job.kind !== kind || job.tableId !== table.id) {
      return send(404, error(404, 'not.found', 'The job could not be found.'));
    }
    if (job.status === 'Processing') {
      if (job.pollsLeft > 0) job.pollsLeft--;
      else if (kind === 'import' && this.faults.stuckImports) job.pollsLeft = 0;
      else if (kind === 'export') this.finishExport(job);
      else this.finishImport(table, job);
    }
    send(200, this.jobEntity(job));
  }

  private finishExport(job: Job): void {
    job.downloadToken = randomBytes(12).toString('hex');
    job.status = 'Succeeded';
    job.dateCompleted = new Date().toISOString();
  }

  /** Assumed export format: field titles as the header, key column first, then display order. */
  private downloadExport(table: Table, token: string, send: Send): void {
    const job = [...this.jobs.values()].find((j) => j.downloadToken === token && j.tableId === table.id);
    if (!job) return send(404, error(404, 'not.found', 'No such export'));
    const names = orderedFields(table);
    const header = names.map((name) => (table.schema.properties[name] as PropertySchema).title);
    const rows = [...table.rows.values()].map((row) =>
      names.map((name) => (row[name] === undefined ? '' : String(row[name]))),
    );
    send(200, stringify([header, ...rows]));
  }

  /**
   * Runs the import as the reference describes: a row that fails validation is skipped and counted;
   * ReplaceAll deletes every row, then inserts; Append inserts or updates. Counts are assumed to follow the UI's words.
   */
  private finishImport(table: Table, job: Job): void {
    job.dateCompleted = new Date().toISOString();
    const fail = (message: string) => {
      job.status = 'Failed';
      job.errorInformation = error(400, 'flows.datatables.import.failed', message);
    };
    if (this.faults.failImport) return fail(this.faults.failImport);
    let records: string[][];
    try {
      records = parse(job.upload ?? Buffer.alloc(0), { bom: true, skip_empty_lines: true, relax_column_count: true });
    } catch (caught) {
      return fail(`The file is not valid CSV: ${(caught as Error).message}`);
    }
    const [header, ...lines] = records;
    if (!header) return fail('The file is empty');
    const columns = header.map((cell) =>
      cell === 'key'
        ? 'key'
        : (Object.entries(table.schema.properties).find(([, p]) => p.title === cell)?.[0] ??
          (cell in table.schema.properties ? cell : undefined)),
    );
    const unknown = header.filter((_, index) => columns[index] === undefined);
    if (unknown.length > 0) return fail(`Unknown columns: ${unknown.join(', ')}`);
    if (!columns.includes('key')) return fail('The file has no key column');

    const accepted = new Map<string, Record<string, Value>>();
    const failures: string[] = [];
    const failRows = this.faults.failRows;
    this.faults.failRows = undefined;
    lines.forEach((cells, index) => {
      const row: Record<string, Value> = {};
      let problem: string | undefined;
      if (cells.length !== header.length) problem = 'wrong number of fields';
      cells.forEach((cell, column) => {
        const name = columns[column] as string;
        const property = table.schema.properties[name] as PropertySchema;
        const value = parseValue(property, cell);
        if (value === undefined) problem ??= `${property.title}: "${cell}" is not a valid ${property.type}`;
        else if (cell !== '' || property.default !== undefined) row[name] = value;
      });
      // Rows read back carry the schema's default for a value the file did not give.
      for (const [name, property] of Object.entries(table.schema.properties)) {
        if (row[name] === undefined && property.default !== undefined) row[name] = property.default;
      }
      const key = String(row.key ?? '');
      problem ??= this.checkRow(table, row);
      if (!problem && failRows?.includes(key)) problem = 'rejected by the server';
      if (problem) failures.push(`row ${index + 2}: ${problem}`);
      else accepted.set(key, row);
    });

    const next = job.importMode === 'ReplaceAll' ? new Map<string, Record<string, Value>>() : new Map(table.rows);
    for (const [key, row] of accepted) next.set(key, row);
    if (next.size > this.limits.maxRows) {
      return fail(`The import would leave ${next.size} rows; a table holds at most ${this.limits.maxRows}`);
    }
    job.countRecordsDeleted = job.importMode === 'ReplaceAll' ? table.rows.size : 0;
    job.countRecordsUpdated = accepted.size;
    job.countRecordsFailed = failures.length;
    if (failures.length > 0) {
      job.errorInformation = error(
        400,
        'flows.datatables.import.rows.failed',
        `${failures.length} row(s) failed to import`,
        {
          failures: failures.slice(0, 10).join('; '),
        },
      );
    }
    table.rows = next;
    job.status = 'Succeeded';
  }
}

type Send = (status: number, payload: unknown, headers?: Record<string, string>) => void;

function orderedFields(table: Table): string[] {
  return Object.entries(table.schema.properties)
    .sort(([a, p], [b, q]) => Number(b === 'key') - Number(a === 'key') || p.displayOrder - q.displayOrder)
    .map(([name]) => name);
}

function parseValue(property: PropertySchema, cell: string): Value | undefined {
  if (cell === '')
    return property.default ?? (property.type === 'string' ? '' : property.type === 'boolean' ? false : 0);
  if (property.type === 'string') return cell;
  if (property.type === 'boolean') {
    const lower = cell.toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : undefined;
  }
  const number = Number(cell);
  if (!Number.isFinite(number)) return undefined;
  if (property.type === 'integer' && !Number.isInteger(number)) return undefined;
  return number;
}

function error(status: number, code: string, message: string, messageParams?: Record<string, string>): ErrorBody {
  return {
    message,
    code,
    status,
    contextId: randomUUID(),
    ...(messageParams ? { messageWithParams: message, messageParams } : {}),
    details: [],
    errors: [],
  };
}

function page<T>(all: T[], url: URL, defaultSize: number, maxSize: number) {
  const pageSize = Math.min(
    Math.max(Number(url.searchParams.get('pageSize') ?? defaultSize) || defaultSize, 1),
    maxSize,
  );
  const pageNumber = Math.max(Number(url.searchParams.get('pageNumber') ?? 1) || 1, 1);
  const entities = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  return {
    entities,
    pageNumber,
    pageSize,
    total: all.length,
    pageCount: Math.max(1, Math.ceil(all.length / pageSize)),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${actual}`);
    });
  });
}
