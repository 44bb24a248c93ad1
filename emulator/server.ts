/**
 * A local Genesys Cloud data tables server: the subset of the Platform API the action uses, behaving as
 * shared/reference/genesys-cloud-datatables.md describes, with faults that tests and demos can switch on.
 * Three hosts on loopback ports: the API (with the login endpoint), the apps host (another Downloads API door)
 * and signed storage (uploads and downloads). Where the reference says "assumed", the choice is marked.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type Clock, realClock } from '../src/core/clock.ts';
import { type Actor, AuditLog } from './audit.ts';
import { Auth, badCredentials } from './auth.ts';
import { getDownload, handleStorage } from './downloads.ts';
import { apiFault, RateWindow } from './faults.ts';
import {
  exportJobEntity,
  finishExport,
  finishImport,
  importJobEntity,
  type JobUrls,
  mayFinish,
  newImportJob,
  newJob,
} from './jobs.ts';
import type { DataTableImportListing, DependencyStatus } from './models.ts';
import { listObjects, OBJECT_ROUTES } from './objects.ts';
import {
  createRow,
  createTable,
  listRows,
  listTables,
  oneRow,
  tableEntity,
  tableFromSeed,
  updateTable,
} from './tables.ts';
import type {
  DependencyBuildStatus,
  Download,
  EmulatorOptions,
  Faults,
  Host,
  Job,
  Limits,
  ObjectKind,
  ObjectSeed,
  RecordedRequest,
  RowsListingOptions,
  Table,
  TableSeed,
  Value,
} from './types.ts';
import { error, listen, missingPermission, notFound, readBody, type Send, tableNotFound } from './wire.ts';

export type * from './types.ts';

export class GenesysEmulator {
  readonly tables = new Map<string, Table>();
  readonly jobs = new Map<string, Job>();
  readonly downloads = new Map<string, Download>();
  readonly requests: RecordedRequest[] = [];
  /** Row writes made through the rows API, by whom and when; tests may add entries on a running emulator. */
  readonly audit = new AuditLog();
  /** Who sent the request being answered (set before each data tables call, which answers at once). */
  private actor: Actor = { client: '' };
  faults: Faults;
  apiUrl = '';
  appsUrl = '';
  storageUrl = '';
  private readonly limits: Limits;
  private readonly auth: Auth;
  readonly rateWindow: RateWindow;
  private readonly latencyMs: number;
  /** Dependency tracking's build state; tests may change it on a running emulator. */
  dependencyBuild: DependencyBuildStatus;
  /** The org's objects that cells point at; tests may add and delete them on a running emulator. */
  objects: Partial<Record<ObjectKind, ObjectSeed[]>>;
  /** How the rows API pages; tests may change it on a running emulator. */
  rowsListing: RowsListingOptions;
  private readonly downloadHost: 'api' | 'apps';
  private readonly servers: Server[] = [];
  /** Every time the emulator reads or waits on (see EmulatorOptions.clock). */
  readonly clock: Clock;

  constructor(options: EmulatorOptions = {}) {
    this.clock = options.clock ?? realClock;
    this.auth = new Auth(options.clients ?? [{ id: 'local-client', secret: 'local-secret' }]);
    this.limits = options.limits ?? { maxRows: 5000, maxFields: 50, maxKeyLength: 256 };
    this.faults = { ...options.faults };
    this.downloadHost = options.downloadHost ?? 'api';
    this.rateWindow = new RateWindow(options.rateLimit);
    this.latencyMs = options.latencyMs ?? 0;
    this.rowsListing = { ...options.rowsListing };
    this.objects = structuredClone(options.objects ?? {});
    this.dependencyBuild = options.dependencyTracking?.status ?? 'OPERATIONAL';
    for (const seed of options.tables ?? []) this.addTable(seed);
  }

  /** Starts the API (with the login endpoint), storage and the apps host, on loopback ports (0: any free one). */
  async start(port = 0, storagePort = 0, appsPort = 0): Promise<this> {
    const hosts: [Host, number][] = [
      ['api', port],
      ['storage', storagePort],
      ['apps', appsPort],
    ];
    for (const [host, hostPort] of hosts) {
      const server = createServer((req, res) => this.handle(host, req, res));
      const url = await listen(server, hostPort);
      if (host === 'api') this.apiUrl = url;
      else if (host === 'storage') this.storageUrl = url;
      else this.appsUrl = url;
      this.servers.push(server);
    }
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
    const table = tableFromSeed(seed, this.limits);
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

  private get jobUrls(): JobUrls {
    return {
      storage: this.storageUrl,
      downloadUri: (id) =>
        this.downloadHost === 'apps'
          ? `${this.appsUrl}/platform/api/v2/downloads/${id}`
          : `${this.apiUrl}/api/v2/downloads/${id}`,
    };
  }

  private async handle(host: Host, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const body = await readBody(req);
    if (this.latencyMs > 0 && !url.pathname.startsWith('/__emulator')) await this.clock.sleep(this.latencyMs);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.slice(1),
      host,
      authorization: req.headers.authorization,
      headers: { ...req.headers },
      bodyBytes: body.length,
    };
    if (!url.pathname.startsWith('/__emulator')) this.requests.push(record);
    const slow = this.faults.slowAnswers;
    if (slow && slow.count > 0 && host === 'api' && url.pathname.endsWith(slow.pathEndsWith)) {
      slow.count--;
      await this.clock.sleep(slow.ms);
    }
    let extraHeaders: Record<string, string> = {};
    const send: Send = (status, payload, headers = {}) => {
      record.status = status;
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      res.writeHead(status, {
        'content-type': typeof payload === 'string' ? 'text/csv' : 'application/json',
        ...extraHeaders,
        ...headers,
      });
      res.end(text);
    };
    try {
      if (host === 'storage') {
        return handleStorage(req, url, body, this.jobs, this.downloads, this.faults, send, this.clock.now());
      }
      if (host === 'api' && url.pathname.startsWith('/__emulator')) return this.handleControl(req, url, body, send);
      if (host === 'api' && url.pathname === '/oauth/token' && req.method === 'POST') {
        return this.auth.login(req, body, send);
      }
      const prefix = host === 'apps' ? '/platform/api/v2/' : '/api/v2/';
      if (!url.pathname.startsWith(prefix)) return send(404, notFound(`route ${url.pathname}`));
      const token = this.auth.tokenOf(req);
      if (!token) return send(401, badCredentials());
      // Which OAuth client spent the request: the rate limit, and a matrix's budget per client, are counted by it.
      record.client = this.auth.clientOf(token);
      const window = this.rateWindow.take(record.client, this.clock.now());
      extraHeaders = window.headers;
      if (window.refusal) return send(window.refusal.status, window.refusal.body, window.refusal.headers);
      if (this.faults.revokeTokens) {
        this.auth.revokeAll();
        this.faults.revokeTokens = false;
        return send(401, badCredentials());
      }
      const fault = apiFault(this.faults, req.method ?? 'GET', url.pathname);
      if (fault) return send(fault.status, fault.body, fault.headers);
      const download = /^\/(?:platform\/)?api\/v2\/downloads\/([^/]+)$/.exec(url.pathname);
      if (download && req.method === 'GET') {
        // The apps host always redirects, as public code shows it doing.
        const query = host === 'apps' ? new URL(url.pathname, url) : url;
        return getDownload(this.downloads, download[1] as string, query, this.storageUrl, this.faults, send);
      }
      if (host === 'apps') return send(404, notFound(`route ${url.pathname}`));
      if (url.pathname === '/api/v2/architect/dependencytracking/consumingresources' && req.method === 'GET') {
        return this.consumingResources(url, send);
      }
      if (url.pathname === '/api/v2/architect/dependencytracking/build' && req.method === 'GET') {
        return this.dependencyBuildStatus(send);
      }
      const objects = OBJECT_ROUTES[url.pathname];
      if (objects && req.method === 'GET') {
        return listObjects(objects, this.objects, this.faults.lookupForbidden, url, send);
      }
      if (url.pathname === '/api/v2/audits/query/realtime' && req.method === 'POST') {
        return this.audit.query(url, body, this.faults.auditForbidden === true, send, this.clock.now());
      }
      const user = this.auth.userOf(record.client);
      this.actor = { client: record.client, ...(user ? { user } : {}) };
      return this.handleDataTables(req, url, body, send);
    } catch (caught) {
      return send(500, error(500, 'internal.server.error', String(caught)));
    }
  }

  /**
   * `GET /api/v2/architect/dependencytracking/build` (the SDK's getArchitectDependencytrackingBuild): a
   * DependencyStatus, read with the same permission as the rest of dependency tracking.
   */
  private dependencyBuildStatus(send: Send): void {
    if (this.faults.dependencyTrackingForbidden)
      return send(403, missingPermission('architect:dependencyTracking:view'));
    const building = this.dependencyBuild === 'BUILDINITIALIZING' || this.dependencyBuild === 'BUILDINPROGRESS';
    const status: DependencyStatus = {
      id: 'dependency-tracking-build',
      buildId: 'build-1',
      status: this.dependencyBuild,
      ...(this.dependencyBuild === 'NOTBUILT'
        ? {}
        : { dateStarted: new Date(this.clock.now() - 60_000).toISOString() }),
      ...(building || this.dependencyBuild === 'NOTBUILT'
        ? {}
        : { dateCompleted: new Date(this.clock.now()).toISOString() }),
      selfUri: '/api/v2/architect/dependencytracking/build',
    };
    send(200, status);
  }

  /**
   * `GET /api/v2/architect/dependencytracking/consumingresources` as the SDK calls it: `id` and `objectType` required,
   * paged (pageNumber, pageSize: 25 by default), answering a ConsumingResourcesEntityListing of Dependency entities.
   * A flow is listed once per version it has, unless `flowFilter` (publishedVersion, checkedInVersion) picks one.
   * While the index is not built, nothing is known: an empty page.
   */
  private consumingResources(url: URL, send: Send): void {
    if (this.faults.dependencyTrackingForbidden)
      return send(403, missingPermission('architect:dependencyTracking:view'));
    const id = url.searchParams.get('id');
    const objectType = url.searchParams.get('objectType');
    if (!id || !objectType) return send(400, error(400, 'bad.request', 'id and objectType are required'));
    const table = objectType === 'DATATABLE' ? this.tables.get(id) : undefined;
    const built = this.dependencyBuild === 'OPERATIONAL' || this.dependencyBuild === 'OPERATIONALNEEDSREBUILD';
    const flowFilter = url.searchParams.get('flowFilter');
    const wanted =
      flowFilter === 'publishedVersion' ? 'published' : flowFilter === 'checkedInVersion' ? 'checkedIn' : '';
    const consumers = (built ? (table?.consumers ?? []) : []).filter(
      (consumer) => wanted === '' || consumer.state === undefined || consumer.state === wanted,
    );
    const pageSize = Number(url.searchParams.get('pageSize') ?? 25);
    const pageNumber = Number(url.searchParams.get('pageNumber') ?? 1);
    const entities = consumers.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((consumer) => ({
      id: consumer.id,
      name: consumer.name,
      type: consumer.type,
      ...(consumer.version !== undefined ? { version: consumer.version } : {}),
      deleted: consumer.deleted ?? false,
      updated: false,
      stateUnknown: consumer.stateUnknown ?? false,
      selfUri: `/api/v2/architect/dependencytracking/objects/${consumer.id}`,
    }));
    send(200, {
      entities,
      pageSize,
      pageNumber,
      total: consumers.length,
      pageCount: Math.max(1, Math.ceil(consumers.length / pageSize)),
    });
  }

  private handleControl(req: IncomingMessage, url: URL, body: Buffer, send: Send): void {
    if (url.pathname === '/__emulator/faults' && req.method === 'POST') {
      this.faults = { ...this.faults, ...(JSON.parse(body.toString('utf8') || '{}') as Faults) };
      if (this.faults.revokeTokens) {
        this.auth.revokeAll();
        this.faults.revokeTokens = false;
      }
      return send(200, this.faults);
    }
    if (url.pathname === '/__emulator/requests') return send(200, this.requests);
    const rows = /^\/__emulator\/tables\/([^/]+)\/rows$/.exec(url.pathname);
    if (rows) return send(200, this.rowsOf(decodeURIComponent(rows[1] as string)));
    send(404, notFound('control endpoint'));
  }

  private handleDataTables(req: IncomingMessage, url: URL, body: Buffer, send: Send): void {
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/v2\/flows\/datatables/, '');
    if (path === url.pathname) return send(404, notFound(`route ${url.pathname}`));
    if (path === '' && method === 'GET') return send(200, listTables(this.tables.values(), url));
    const readBack = this.faults.schemaReadBackReads ?? 0;
    if (path === '' && method === 'POST') return createTable(this.tables, this.limits, body, readBack, send);
    const match = /^\/([^/]+)(\/.*)?$/.exec(path);
    const table = match ? this.tables.get(match[1] as string) : undefined;
    if (!table) return send(404, tableNotFound());
    const rest = match?.[2] ?? '';

    if (rest === '' && method === 'GET') {
      // Right after a create or schema change, a read may still see the table as it was.
      if (table.staleReads && table.staleReads.count > 0) {
        table.staleReads.count--;
        const stale = table.staleReads.schema;
        if (stale === 'missing') return send(404, tableNotFound());
        return send(200, tableEntity({ ...table, schema: stale }, url.searchParams.get('expand') === 'schema'));
      }
      return send(200, this.withEmptyDefaults(tableEntity(table, url.searchParams.get('expand') === 'schema')));
    }
    if (rest === '' && method === 'PUT') return updateTable(table, this.limits, body, readBack, send);
    if (rest === '/rows' && method === 'GET') {
      const listing = listRows({ ...table, rows: this.readableRows(table) }, url, this.rowsListing);
      return send('code' in listing ? 400 : 200, listing);
    }
    if (rest === '/rows' && method === 'POST') {
      return this.writing(table, () => createRow(table, this.limits, body, send));
    }
    const rowMatch = /^\/rows\/(.+)$/.exec(rest);
    if (rowMatch) {
      const key = decodeURIComponent(rowMatch[1] as string);
      if (method === 'GET') return oneRow(table, this.limits, key, method, body, send);
      return this.writing(table, () => oneRow(table, this.limits, key, method, body, send));
    }
    if (rest === '/export/jobs' && method === 'POST') {
      if (this.faults.exportForbidden) return send(403, missingPermission('architect:datatable:view'));
      const job = newJob('export', table.id, this.faults, this.clock.now());
      this.jobs.set(job.id, job);
      return send(200, exportJobEntity(job, this.jobUrls));
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
        .map((j) => importJobEntity(j, this.jobUrls));
      const listing: DataTableImportListing = {
        entities,
        pageNumber: 1,
        pageSize: entities.length,
        total: entities.length,
        pageCount: 1,
      };
      return send(200, listing);
    }
    const importJob = /^\/import\/jobs\/([^/]+)$/.exec(rest);
    if (importJob && method === 'GET') return this.pollJob(table, importJob[1] as string, 'import', send);
    send(404, notFound(`route ${method} ${url.pathname}`));
  }

  /**
   * A write to a table's rows. With the lagReads fault, reads then still see the rows as they were before it, for as
   * many reads and as long as the fault says.
   */
  private writing(table: Table, write: () => void): void {
    const before = table.rows;
    const copy = new Map(before);
    table.rows = copy;
    write();
    const lag = this.faults.lagReads;
    const changed =
      table.rows.size !== before.size ||
      [...table.rows].some(([key, row]) => JSON.stringify(before.get(key)) !== JSON.stringify(row));
    if (changed) this.audit.recordWrite(table, before, this.actor, new Date(this.clock.now()));
    if (!lag || !changed) return;
    table.lag = { rows: before, readsLeft: lag.reads ?? 0, until: this.clock.now() + (lag.ms ?? 0) };
  }

  /** An answer's empty defaults as the emptyDefaults fault says Genesys gives them (as null, or left out). */
  private withEmptyDefaults<T extends { schema?: unknown }>(entity: T): T {
    const how = this.faults.emptyDefaults;
    const properties = (entity.schema as { properties?: Record<string, Record<string, unknown>> } | undefined)
      ?.properties;
    if (!how || !properties) return entity;
    const changed: Record<string, Record<string, unknown>> = {};
    for (const [name, property] of Object.entries(properties)) {
      if (property.default !== '') changed[name] = property;
      else if (how === 'null') changed[name] = { ...property, default: null };
      else
        changed[name] = Object.fromEntries(Object.entries(property).filter(([attribute]) => attribute !== 'default'));
    }
    return { ...entity, schema: { ...(entity.schema as object), properties: changed } };
  }

  /** The rows a read sees: as they were before the last write while the lagReads fault says so. */
  private readableRows(table: Table): Map<string, Record<string, Value>> {
    const lag = table.lag;
    if (!lag) return table.rows;
    if (lag.readsLeft > 0 || this.clock.now() < lag.until) {
      if (lag.readsLeft > 0) lag.readsLeft--;
      return lag.rows;
    }
    table.lag = undefined;
    return table.rows;
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
    const job = newImportJob(table.id, importMode, this.faults, this.clock.now());
    this.jobs.set(job.id, job);
    send(200, importJobEntity(job, this.jobUrls));
  }

  private pollJob(table: Table, jobId: string, kind: 'import' | 'export', send: Send): void {
    const job = this.jobs.get(jobId);
    if (!job || job.kind !== kind || job.tableId !== table.id) return send(404, notFound('job'));
    if (job.hiddenPolls > 0) {
      job.hiddenPolls--;
      return send(404, notFound('job'));
    }
    if (
      job.status === 'Processing' &&
      !(kind === 'import' && this.faults.stuckImports) &&
      mayFinish(job, this.clock.now())
    ) {
      if (kind === 'export') {
        const download = finishExport(job, { ...table, rows: this.readableRows(table) }, this.faults, this.clock.now());
        this.downloads.set(download.id, download);
      } else {
        this.writing(table, () => finishImport(table, job, this.faults, this.limits, this.clock.now()));
      }
    }
    send(200, kind === 'export' ? exportJobEntity(job, this.jobUrls) : importJobEntity(job, this.jobUrls));
  }
}
