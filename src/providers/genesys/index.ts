import type { TableEdit } from '../../core/audit-trail.ts';
import type { ImportMode } from '../../core/diff.ts';
import { JobClock, jobDurationMs } from '../../core/job-clock.ts';
import type { TableReaders, TableRef } from '../../core/plan.ts';
import { REFERENCE_WORDS, type ReferenceKind } from '../../core/references.ts';
import { type Field, sameDefault, type TableLimits, type TableSchema } from '../../core/schema.ts';
import { headerCsvFrom, writeHeaderCsv } from '../../core/table-csv.ts';
import { type HttpClient, requireSecureUrl } from '../http.ts';
import { pollUntil } from '../poll.ts';
import {
  type ImportJob,
  type ImportRequest,
  type ImportResult,
  type LiveRows,
  type LiveTable,
  MissingPermissionError,
  type Provider,
  ProviderError,
  type RowSource,
  TableNotFoundError,
} from '../provider.ts';
import { RowFile } from '../row-file.ts';
import { UploadFile } from '../upload-file.ts';
import {
  ARCHITECT_SERVICE,
  AUDIT_DAYS,
  AUDIT_MAX_PAGES,
  AUDIT_PAGE_SIZE,
  AUDIT_PATH,
  AUDIT_PERMISSION,
  type AuditListing,
  auditQuery,
  DATATABLES_SERVICE,
  editFrom,
} from './audit.ts';
import { describeGenesysError, GenesysApiError, GenesysClient, type GenesysConnection } from './client.ts';
import { downloadExport, type ExportFile, type ExportHeader, readExportFile } from './export-file.ts';
import { foundIn, LOOKUPS, lookupQuery, OBJECT_ID, type ObjectListing } from './lookups.ts';
import { type BuildStatus, type ConsumingResources, READERS_PAGE_SIZE, readersOf } from './readers.ts';
import { schemaFromJson, schemaToJson } from './schema.ts';

export { genesysHosts } from './client.ts';

export interface GenesysOptions extends GenesysConnection {
  /** Org limits differ from the defaults (5,000 rows, 256-character keys). */
  limits?: Partial<TableLimits>;
  /** Waits between job polls grow from the first to the longest. */
  pollMs?: { first: number; longest: number };
  /** Tables that fit in this many pages are read through the rows API (default 5); 0: always by an export job. */
  rowsApiMaxPages?: number;
  /** Longest wait for an export job (reading rows). */
  exportTimeoutMs?: number;
  log?: (message: string) => void;
  /** The run's own folder: an exported table's rows are kept in a file there, not in memory (none: in memory). */
  rowsFolder?: string;
}

const DEFAULT_LIMITS: TableLimits = { maxRows: 5000, maxKeyLength: 256 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TABLES_PAGE_SIZE = 100;
/**
 * Rows per page of the rows API. The maximum is not documented: 500 is asked first and, when Genesys refuses it, 100
 * (the largest a public source uses, Terraform), remembered for the rest of the run. A server that answers fewer rows
 * than asked says so in the listing's `pageSize`, which is then what a page holds.
 */
const ROWS_PAGE_SIZES = [500, 100] as const;
/**
 * Tables that fit in this many pages are read through the rows API (no job to wait for); larger ones through an
 * export job, which costs about as many requests (start, polls, the Downloads API, storage) whatever the size, plus
 * the job's run time: see docs/benchmarks.md.
 */
const ROWS_API_MAX_PAGES = 5;
/** Bounds every listing loop: far more pages than any table or org has. */
const MAX_PAGES = 1000;

interface DatatableEntity {
  id: string;
  name: string;
  description?: string;
  division?: { id?: string; name?: string; selfUri?: string };
  schema?: unknown;
}

interface Listing<T> {
  entities?: T[];
  pageCount?: number;
}

/** The rows API's answer (the SDK's DataTableRowEntityListing: every field optional). */
interface RowsListing extends Listing<Record<string, unknown>> {
  total?: number;
  pageSize?: number;
  nextUri?: string;
}

interface JobEntity {
  id: string;
  status: string;
  uploadURI?: string;
  uploadHeaders?: Record<string, string>;
  downloadURI?: string;
  countRecordsUpdated?: number;
  countRecordsDeleted?: number;
  countRecordsFailed?: number;
  errorInformation?: { message?: string; code?: string; contextId?: string };
  dateCreated?: string;
  dateCompleted?: string;
}

/** A job this provider started: when its start was answered (local clock) and its rows (0 when unknown). */
interface StartedJob {
  kind: 'import' | 'export';
  at: number;
  size: number;
}

const FINISHED = new Set(['Succeeded', 'Failed']);
/** 404s in a row that a job's status may answer before it is visible; with the poll waits, a few seconds. */
const JOB_NOT_FOUND_POLLS = 4;

/** Genesys Cloud Architect data tables, through the CSV import job flow (`import/csv/jobs`). */
export class GenesysProvider implements Provider {
  readonly name = 'genesys';
  readonly capabilities = {
    readsLiveRows: true,
    deletes: true,
    reportsJobStatus: true,
    describe: 'Genesys Cloud data tables',
    replacesWholeTable: true,
    fixedKeyName: 'key',
    // The Terraform provider's acceptance test PUTs new titles (the key's too) and defaults on existing fields against
    // a real org; "Manage a data table": "You can rename the reference key label and the custom field labels".
    schemaChanges: ['title', 'default'] as const,
    // The Terraform provider waits up to 60 s for a deleted row to stop reading back (architect_datatable_row:
    // WithRetries(ctx, 60*time.Second, ...)): reads lag behind writes that long.
    readLagMs: 60_000,
  };
  private readonly client: GenesysClient;
  private readonly limits: TableLimits;
  private readonly pollMs: { first: number; longest: number };
  private readonly exportTimeoutMs: number;
  private readonly rowsApiMaxPages: number;
  /** The rows page size this run settled on (the first Genesys took). */
  private rowsPageSize: number = ROWS_PAGE_SIZES[0];
  private readonly log: (message: string) => void;
  private readonly rowsFolder: string | undefined;
  /** A schema change is read back until it shows, this long at most (Genesys is eventually consistent here). */
  private readonly schemaReadBackMs = 60_000;
  /** Every table the OAuth client can see, when expectTables listed them. */
  private tableListing: DatatableEntity[] | undefined;
  /** Each table as Genesys last answered it (description, division, schema JSON): a PUT sends it back whole. */
  private readonly entities = new Map<string, DatatableEntity>();
  /** Each table's export header, as read in this run: the import file copies it (see importHeader). */
  private readonly exportHeaders = new Map<string, ExportHeader>();
  /** How long this run's jobs took: a job's first poll comes when jobs like it were done, not before. */
  private readonly jobClock = new JobClock();
  private readonly startedJobs = new Map<string, StartedJob>();
  /** Dependency tracking's build state, asked once per run (when a changed table's readers are first asked). */
  private dependencyBuild: Promise<BuildStatus> | undefined;

  /** `client`: one made already (its login perhaps begun), for these options' connection. */
  constructor(options: GenesysOptions, http: HttpClient, client = new GenesysClient(options, http)) {
    this.client = client;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    // Real export and import jobs take 2 s at the least: a first look after 1 s, then at most a second apart while
    // young, notices them within a second of their end with two or three polls.
    this.pollMs = options.pollMs ?? { first: 1000, longest: 30_000 };
    this.exportTimeoutMs = options.exportTimeoutMs ?? 15 * 60_000;
    this.rowsApiMaxPages = options.rowsApiMaxPages ?? ROWS_API_MAX_PAGES;
    this.log = options.log ?? (() => {});
    this.rowsFolder = options.rowsFolder;
  }

  requestCount(): number {
    return this.client.http.requestCount();
  }

  /**
   * With two names or more, lists every table once (paged at 100, schemas included) instead of one lookup per name,
   * unless the org has so many tables that the listing would take more pages than there are names to find.
   */
  async expectTables(namesOrIds: readonly string[]): Promise<void> {
    const names = new Set(namesOrIds.filter((name) => !UUID.test(name)));
    if (names.size < 2) return;
    const all: DatatableEntity[] = [];
    try {
      for (let page = 1; page <= MAX_PAGES; page++) {
        const listing = await this.listTables(new URLSearchParams(), page, 'list the data tables');
        all.push(...(listing.entities ?? []));
        const pageCount = listing.pageCount ?? 1;
        if (page >= pageCount) break;
        if (page === 1 && pageCount - 1 > names.size) return;
      }
    } catch (error) {
      // Each table is then looked up by name, which says what is wrong.
      if (error instanceof ProviderError) return;
      throw error;
    }
    this.tableListing = all;
  }

  async getTable(nameOrId: string): Promise<LiveTable> {
    const entity = UUID.test(nameOrId)
      ? await this.getTableById(nameOrId)
      : this.tableListing
        ? exactlyNamed(nameOrId, this.tableListing)
        : await this.findTableByName(nameOrId);
    return this.liveTable(entity);
  }

  /** The table as the plan uses it, remembering the entity as read for a later PUT. */
  private liveTable(entity: DatatableEntity): LiveTable {
    this.entities.set(entity.id, entity);
    return {
      id: entity.id,
      name: entity.name,
      schema: schemaFromJson(entity.name, entity.schema),
      limits: this.limits,
    };
  }

  private async getTableById(id: string): Promise<DatatableEntity> {
    try {
      return await this.client.json<DatatableEntity>(
        { method: 'GET', path: `/api/v2/flows/datatables/${encodeURIComponent(id)}?expand=schema` },
        `read data table ${id}`,
      );
    } catch (error) {
      if (error instanceof GenesysApiError && error.status === 404) {
        throw new TableNotFoundError(
          `No Genesys data table has the id ${id} (or the OAuth client cannot see its division)`,
        );
      }
      throw error;
    }
  }

  /** The API's name filter is a wildcard match, so the answer is filtered here to the exact name. */
  private async findTableByName(name: string): Promise<DatatableEntity> {
    const found: DatatableEntity[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const listing = await this.listTables(new URLSearchParams({ name }), page, `find the data table named "${name}"`);
      found.push(...(listing.entities ?? []));
      if (page >= (listing.pageCount ?? 1)) break;
    }
    return exactlyNamed(name, found);
  }

  private listTables(query: URLSearchParams, page: number, action: string): Promise<Listing<DatatableEntity>> {
    query.set('expand', 'schema');
    query.set('pageSize', String(TABLES_PAGE_SIZE));
    query.set('pageNumber', String(page));
    return this.client.json<Listing<DatatableEntity>>(
      { method: 'GET', path: `/api/v2/flows/datatables?${query}` },
      action,
    );
  }

  /** Creates a table (`POST /api/v2/flows/datatables`), then waits until it reads back with every field. */
  async createTable(name: string, schema: TableSchema, division?: string): Promise<LiveTable> {
    const created = await this.client.json<DatatableEntity>(
      {
        method: 'POST',
        path: '/api/v2/flows/datatables',
        body: JSON.stringify({
          name,
          description: 'Created by datatable-sync from a schema file in git',
          ...(division ? { division: { id: division } } : {}),
          schema: schemaToJson(schema),
        }),
      },
      `create the data table "${name}"`,
    );
    this.tableListing?.push(created);
    return this.readBack(created.id, name, schema.fields, 'created');
  }

  /**
   * `PUT /api/v2/flows/datatables/{id}` replaces the table, so it is sent whole as last read (name, description,
   * division, every property with its `$id` and `displayOrder`), changing only what the schema file changes: new
   * fields, and the titles and defaults of existing ones. Then waits until the table reads back so. The import that
   * follows uses field ids: this run's export header may name old titles, or lack the new columns.
   */
  async updateSchema(table: LiveTable, desired: TableSchema): Promise<LiveTable> {
    const entity = this.entities.get(table.id) ?? (await this.getTableById(table.id));
    const json = (entity.schema ?? {}) as { properties?: Record<string, Record<string, unknown>> };
    const properties: Record<string, Record<string, unknown>> = { ...json.properties };
    let order = Math.max(-1, ...Object.values(properties).map((p) => Number(p.displayOrder ?? -1))) + 1;
    for (const field of desired.fields) {
      const existing = properties[field.name];
      if (!existing) {
        const added = schemaToJson({ fields: [field] }).properties as Record<string, Record<string, unknown>>;
        properties[field.name] = { ...added[field.name], displayOrder: order++ };
        continue;
      }
      const { default: _old, ...rest } = existing;
      properties[field.name] = {
        ...rest,
        title: field.title,
        // As the Terraform provider does (`if def != ""`): an empty default is sent as none.
        ...(field.default !== undefined && field.default !== '' ? { default: field.default } : {}),
      };
    }
    const body = { ...entity, schema: { ...json, properties } };
    await this.client.json<DatatableEntity>(
      { method: 'PUT', path: `/api/v2/flows/datatables/${table.id}`, body: JSON.stringify(body) },
      `change the columns of "${table.name}"`,
    );
    this.exportHeaders.delete(table.id);
    return this.readBack(table.id, table.name, desired.fields, 'changed');
  }

  /** Reads the table until its schema has every one of `fields`, titles and defaults as given (a change takes a moment). */
  private async readBack(id: string, name: string, fields: readonly Field[], what: string): Promise<LiveTable> {
    const entity = await pollUntil(
      () =>
        this.getTableById(id).catch((error: unknown) => {
          // Just created: a read may not find it yet.
          if (error instanceof TableNotFoundError) return undefined;
          throw error;
        }),
      (found) => {
        if (found === undefined) return false;
        // Compared as a plan reads them (schemaFromJson): a default Genesys answers as null or leaves out when empty
        // is the empty default the file asked for.
        let read: TableSchema;
        try {
          read = schemaFromJson(name, found.schema);
        } catch {
          return false;
        }
        return fields.every((field) => {
          const property = read.fields.find((f) => f.name === field.name);
          return (
            property !== undefined && property.title === field.title && sameDefault(property.default, field.default)
          );
        });
      },
      {
        timeoutMs: this.schemaReadBackMs,
        pollMs: { first: 250, longest: 2000 },
        clock: this.client.http.clock,
        stillRunning: () =>
          `Genesys ${what} the table "${name}" but it did not read back with its new schema within ${this.schemaReadBackMs / 1000} s; run again in a minute`,
      },
    );
    this.log(`${name}: ${what}; it reads back with ${fields.length} column(s)`);
    return this.liveTable(entity as DatatableEntity);
  }

  /**
   * Every row: through the rows API for a small table (its first page tells how large the table is), else through
   * one export job.
   */
  /**
   * The flows (and other resources) that read the table: the first page of dependency tracking's consumers, read
   * against the index's build state (asked once per run, with the first table): only a built index can say "none".
   */
  async readers(table: LiveTable): Promise<TableReaders> {
    const query = new URLSearchParams({ id: table.id, objectType: 'DATATABLE', pageSize: String(READERS_PAGE_SIZE) });
    try {
      this.dependencyBuild ??= this.readDependencyBuild();
      const status = await this.dependencyBuild;
      return readersOf(
        await this.client.json<ConsumingResources>(
          { method: 'GET', path: `/api/v2/architect/dependencytracking/consumingresources?${query}` },
          `find what reads "${table.name}"`,
        ),
        status,
      );
    } catch (error) {
      if (error instanceof GenesysApiError && error.status === 403) {
        throw new MissingPermissionError(error.message, 'architect:dependencyTracking:view');
      }
      throw error;
    }
  }

  readersRoom(): { tables: number; budget: string } {
    // One request a table, and the build state's once a run.
    const room = this.client.http.room(this.client.apiUrl) - (this.dependencyBuild ? 0 : 1);
    return { tables: Math.max(0, room), budget: this.client.budgetWords };
  }

  /** `GET /api/v2/architect/dependencytracking/build` (the SDK's DependencyStatus): its status, or undefined unread. */
  private async readDependencyBuild(): Promise<BuildStatus> {
    try {
      const build = await this.client.json<{ status?: string }>(
        { method: 'GET', path: '/api/v2/architect/dependencytracking/build' },
        "read dependency tracking's build state",
      );
      this.log(`Dependency tracking: ${build.status ?? 'no build state given'}`);
      return build.status;
    } catch (error) {
      // A refused permission is the consumers' own (the same one): it stops the asking there.
      if (error instanceof GenesysApiError && error.status === 403) throw error;
      if (!(error instanceof ProviderError)) throw error;
      this.log(`Dependency tracking's build state could not be read: ${error.message}`);
      return undefined;
    }
  }

  /**
   * The objects of one kind with these ids: one request (the kind's list call, filtered by every id, a page of 100),
   * more only when an answer says it holds more pages than one. Ids that are not UUIDs are never sent.
   */
  async lookupObjects(kind: ReferenceKind, ids: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const asked = ids.filter((id) => OBJECT_ID.test(id));
    if (asked.length === 0) return found;
    const call = LOOKUPS[kind];
    try {
      for (let page = 1; page <= Math.max(1, asked.length); page++) {
        const listing = await this.client.json<ObjectListing>(
          { method: 'GET', path: `${call.path}?${lookupQuery(kind, asked, page)}` },
          `look up ${asked.length} ${REFERENCE_WORDS[kind]} id(s)`,
        );
        foundIn(listing, asked, found);
        if (page >= (listing.pageCount ?? 1) || (listing.entities ?? []).length === 0) break;
      }
    } catch (error) {
      // A call the SDK lists no permission for (users) is refused for another reason: said as it is, not as a role gap.
      if (error instanceof GenesysApiError && error.status === 403 && call.permission) {
        throw new MissingPermissionError(error.message, call.permission);
      }
      throw error;
    }
    return found;
  }

  readonly auditDays = AUDIT_DAYS;

  /**
   * The audit log's entries for these tables: the Datatables service's newest entries (AUDIT_MAX_PAGES pages at most,
   * every table matched in them), then, for a table they name nowhere, one page of the Architect service filtered by
   * its id. Every request through the one HTTP client, paced by the org's rate limit.
   */
  async tableEdits(tables: readonly TableRef[], since: Date, until: Date): Promise<TableEdit[]> {
    const edits: TableEdit[] = [];
    const found = new Set<string>();
    const take = (listing: AuditListing) => {
      for (const entry of listing.entities ?? []) {
        for (const table of tables) {
          const edit = editFrom(entry, table);
          if (edit) {
            edits.push(edit);
            found.add(table.id);
          }
        }
      }
    };
    for (let page = 1; page <= AUDIT_MAX_PAGES; page++) {
      const listing = await this.queryAudits(auditQuery(DATATABLES_SERVICE, since, until, page), 'data tables');
      take(listing);
      if (page >= (listing.pageCount ?? 1) || (listing.entities ?? []).length < AUDIT_PAGE_SIZE) break;
    }
    for (const table of tables.filter((t) => !found.has(t.id))) {
      take(await this.queryAudits(auditQuery(ARCHITECT_SERVICE, since, until, 1, table.id), table.name));
    }
    return edits;
  }

  /** `POST /api/v2/audits/query/realtime?expand=user`, as AuditApi.postAuditsQueryRealtime sends it. */
  private async queryAudits(body: object, what: string): Promise<AuditListing> {
    try {
      return await this.client.json<AuditListing>(
        {
          method: 'POST',
          path: `${AUDIT_PATH}?expand=user`,
          body: JSON.stringify(body),
          idempotent: true, // a query: asking twice changes nothing
        },
        `read the audit log of ${what}`,
      );
    } catch (error) {
      if (error instanceof GenesysApiError && error.status === 403) {
        throw new MissingPermissionError(error.message, AUDIT_PERMISSION);
      }
      throw error;
    }
  }

  readonly objectIdForm = { pattern: OBJECT_ID, example: '1e0f9a8b-4c2d-4e6f-8a1b-3c5d7e9f0a12' };

  describeOrg(): string {
    return `the Genesys org at ${new URL(this.client.apiUrl).host}`;
  }

  async readRows(table: LiveTable): Promise<LiveRows> {
    const paged = this.rowsApiMaxPages > 0 ? await this.readRowsPaged(table) : undefined;
    if (paged) return paged;
    return this.readRowsExported(table);
  }

  /** One page of rows; a refused page size makes the next smaller one this run's size, and that page is asked again. */
  private async rowsPage(table: LiveTable, page: number): Promise<RowsListing> {
    for (;;) {
      const query = new URLSearchParams({
        pageNumber: String(page),
        pageSize: String(this.rowsPageSize),
        showbrief: 'false',
      });
      try {
        return await this.client.json<RowsListing>(
          { method: 'GET', path: `/api/v2/flows/datatables/${table.id}/rows?${query}` },
          `read the rows of "${table.name}"`,
        );
      } catch (error) {
        const smaller = ROWS_PAGE_SIZES.find((size) => size < this.rowsPageSize);
        if (!(error instanceof GenesysApiError && error.status === 400 && smaller !== undefined)) throw error;
        this.log(`${table.name}: Genesys refused pages of ${this.rowsPageSize} rows; reading pages of ${smaller}`);
        this.rowsPageSize = smaller;
      }
    }
  }

  /**
   * The rows, page by page, or undefined when the table is too large for that (or changed while being read). A listing
   * may leave out `total` (the SDK types it optional): pages are read until `pageCount` says the last was read, or,
   * without it, until there is no `nextUri`, or a page comes back short (when the listing says its `pageSize`; a short
   * page that says nothing of paging is confirmed by an empty next one). `total`, when given, only checks the count.
   */
  private async readRowsPaged(table: LiveTable): Promise<LiveRows | undefined> {
    const records: Record<string, unknown>[] = [];
    let total: number | undefined;
    let pages = 0;
    for (let page = 1; page <= MAX_PAGES; page++) {
      const listing = await this.rowsPage(table, page);
      pages = page;
      const entities = listing.entities ?? [];
      const pageSize = listing.pageSize ?? this.rowsPageSize;
      if (page === 1) {
        total = listing.total;
        const size = total ?? (listing.pageCount !== undefined ? listing.pageCount * pageSize : undefined);
        if (size !== undefined && Math.ceil(size / pageSize) > this.rowsApiMaxPages) return undefined;
      }
      records.push(...entities);
      // A short page that says nothing of paging (no total, pageCount, nextUri or pageSize) may be a silent cap, not
      // the end: the next page is asked, and only an empty one ends the table.
      const silent =
        listing.total === undefined &&
        listing.pageCount === undefined &&
        listing.nextUri === undefined &&
        listing.pageSize === undefined;
      const more =
        listing.pageCount !== undefined
          ? page < listing.pageCount
          : listing.nextUri !== undefined
            ? listing.nextUri !== ''
            : entities.length >= pageSize || silent;
      if (entities.length === 0 || !more) break;
      // Nothing said how large the table is, and it is larger than paging is worth: an export reads it whole.
      if (page >= this.rowsApiMaxPages) return undefined;
    }
    // Pages read one after another are not one snapshot: a table that changed meanwhile is read by an export.
    const keys = new Set(records.map((record) => String(record.key)));
    if ((total !== undefined && records.length !== total) || keys.size !== records.length) {
      this.log(`${table.name}: the table changed while its ${pages} page(s) were read; reading it by an export`);
      return undefined;
    }
    return { records, source: `the rows API (${pages} page${pages === 1 ? '' : 's'})` };
  }

  /** Every row through one export job: a handful of requests whatever the table's size. */
  private async readRowsExported(table: LiveTable): Promise<LiveRows> {
    // A job-start POST is safe to repeat on 503/429 or a dropped connection: an export job has no side effect.
    // The SDK sends no body here.
    const job = await this.client.json<JobEntity>(
      { method: 'POST', path: `/api/v2/flows/datatables/${table.id}/export/jobs`, idempotent: true },
      `export table "${table.name}"`,
    );
    this.startedJobs.set(job.id, { kind: 'export', at: this.client.http.clock.now(), size: 0 });
    const done = await this.pollJob(
      `/api/v2/flows/datatables/${table.id}/export/jobs/${job.id}`,
      `export of "${table.name}"`,
      this.exportTimeoutMs,
      job.id,
    );
    if (done.status !== 'Succeeded' || !done.downloadURI) {
      const reason = done.errorInformation ? describeGenesysError(JSON.stringify(done.errorInformation)) : done.status;
      throw new ProviderError(`The export of table "${table.name}" did not succeed: ${reason}`);
    }
    // The table's row limit by a generous longest row (50 fields of 300 characters, quoted): a larger file is refused.
    const maxBytes = Math.max(64 * 1024 * 1024, this.limits.maxRows * 16 * 1024);
    let file: ExportFile | undefined;
    const download = await downloadExport(
      this.client,
      done.downloadURI,
      `download the export of "${table.name}"`,
      maxBytes,
      async (body) => {
        // A download tried again, or a file refused half-way, must not leave its row file open until collected.
        const store = this.rowsFolder ? new RowFile(this.rowsFolder) : undefined;
        try {
          file = await readExportFile(table.name, schemaOf(table), body, store);
        } catch (error) {
          store?.close();
          throw error;
        }
      },
    );
    if (!file) throw new ProviderError(`The export of table "${table.name}" could not be read: no file came`);
    this.exportHeaders.set(table.id, file.header);
    const headerKind = file.header.columns.every((c) => c.name === c.field.name) ? 'field ids' : 'titles';
    this.log(`${table.name}: export read through ${download.how}; its header uses ${headerKind}`);
    return { records: file.records, source: 'export job' };
  }

  /**
   * The import file's header, chosen here alone. No source documents which header the CSV import takes; the one
   * file Genesys is sure to accept is its own export, so the import copies exactly the header (names and order) the
   * table's export gave in this run. Without an export in this run: field ids (`key`, then the property names), as
   * a public import sample does.
   */
  importHeader(table: LiveTable): ExportHeader {
    const exported = this.exportHeaders.get(table.id);
    if (exported) return exported;
    return { columns: schemaOf(table).fields.map((field) => ({ name: field.name, field })) };
  }

  /** The import file for these rows, and how many rows it holds. */
  importCsv(table: LiveTable, rows: RowSource): Promise<{ text: string; rows: number }> {
    return headerCsvFrom(this.importHeader(table).columns, rows);
  }

  /** A CSV import job: the request's rows, in its mode (ReplaceAll deletes what the rows leave out). */
  async import(table: LiveTable, request: ImportRequest): Promise<ImportJob> {
    return this.startImport(table, request.rows, request.mode);
  }

  async startImport(table: LiveTable, rows: RowSource, mode: ImportMode): Promise<ImportJob> {
    const importMode = mode === 'replace' ? 'ReplaceAll' : 'Append';
    // The file is written (and a streamed file checked to be the planned one) before the job starts: a job started
    // and then abandoned would only add noise to the table's import history.
    // With a run folder, the file is written there and sent from it; else (tests, the CLI's dry runs) held in memory.
    const upload = this.rowsFolder ? new UploadFile(this.rowsFolder) : undefined;
    try {
      return await this.importThrough(table, rows, importMode, upload);
    } finally {
      upload?.close();
    }
  }

  /** Writes the import file (to `file`, or in memory), starts the job and uploads the file. */
  private async importThrough(
    table: LiveTable,
    rows: RowSource,
    importMode: 'ReplaceAll' | 'Append',
    file: UploadFile | undefined,
  ): Promise<ImportJob> {
    const written = file
      ? { rows: await writeHeaderCsv(this.importHeader(table).columns, rows, (text) => file.write(text)) }
      : await this.importCsv(table, rows);
    const csv = file ?? Buffer.from((written as { text: string }).text, 'utf8');
    // The new CSV job flow; the deprecated POST .../import/jobs start call is never used. Repeating this POST on
    // 503/429 is safe: a job that never gets its upload stays WaitingForUpload and changes nothing.
    const job = await this.client.json<JobEntity>(
      {
        method: 'POST',
        path: `/api/v2/flows/datatables/${table.id}/import/csv/jobs`,
        body: JSON.stringify({ importMode }),
        idempotent: true,
      },
      `start a CSV import into "${table.name}"`,
    );
    if (!job.id || !job.uploadURI || !job.uploadHeaders || typeof job.uploadHeaders !== 'object') {
      throw new ProviderError(
        `Genesys started import job ${job.id ?? '(no id)'} without an uploadURI and uploadHeaders`,
      );
    }
    this.startedJobs.set(job.id, { kind: 'import', at: this.client.http.clock.now(), size: written.rows });
    for (const value of Object.values(job.uploadHeaders)) this.client.http.addSecret(value);
    // The upload URI is signed: a storage error that echoes it must not show the signature anywhere.
    this.client.http.addUrlSecrets(job.uploadURI);
    requireSecureUrl(job.uploadURI, `The uploadURI of import job ${job.id}`);
    const upload = await this.client.http.send({
      method: 'PUT',
      url: job.uploadURI,
      // Exactly the headers Genesys allocated for this upload; no bearer token to the storage host.
      headers: { ...job.uploadHeaders },
      body: csv,
    });
    if (upload.status < 200 || upload.status >= 300) {
      throw new ProviderError(
        this.client.http.redact(
          `Uploading the CSV for import job ${job.id} into "${table.name}" was refused (${upload.status}): ${upload.body.slice(0, 300) || 'no details'}. The table was not changed`,
        ),
      );
    }
    return { id: job.id };
  }

  async waitForJob(table: LiveTable, job: ImportJob, timeoutMs: number): Promise<ImportResult> {
    const done = await this.pollJob(
      `/api/v2/flows/datatables/${table.id}/import/jobs/${job.id}`,
      `import job ${job.id} into "${table.name}"`,
      timeoutMs,
      job.id,
    );
    const result: ImportResult = {
      jobId: job.id,
      status: done.status,
      succeeded: done.status === 'Succeeded' && (done.countRecordsFailed ?? 0) === 0,
      updated: done.countRecordsUpdated ?? 0,
      deleted: done.countRecordsDeleted ?? 0,
      failed: done.countRecordsFailed ?? 0,
      // The SDK types every count optional: a job that says nothing of them has not said it changed nothing.
      ...(done.countRecordsUpdated === undefined && done.countRecordsDeleted === undefined
        ? { countsUnknown: true }
        : {}),
    };
    const info = done.errorInformation;
    if (info && (info.message || info.code || info.contextId)) {
      result.error = { message: info.message ?? 'no message', code: info.code, contextId: info.contextId };
    }
    return result;
  }

  /** Assumed: only a `Processing` job is running; one left `WaitingForUpload` never got its file and does nothing. */
  async runningImport(table: LiveTable): Promise<ImportJob | undefined> {
    const listing = await this.client.json<Listing<JobEntity>>(
      { method: 'GET', path: `/api/v2/flows/datatables/${table.id}/import/jobs?pageSize=25` },
      `list the recent imports into "${table.name}"`,
    );
    const running = (listing.entities ?? []).find((job) => job.status === 'Processing');
    return running ? { id: running.id } : undefined;
  }

  private async pollJob(path: string, what: string, timeoutMs: number, jobId: string): Promise<JobEntity> {
    let notFound = 0;
    const poll = async (): Promise<JobEntity> => {
      try {
        const job = await this.client.json<JobEntity>({ method: 'GET', path }, `check the ${what}`);
        notFound = 0;
        return job;
      } catch (error) {
        // A job read right after it was created may not be visible yet (eventual consistency): a few 404s are waited out.
        if (error instanceof GenesysApiError && error.status === 404 && ++notFound <= JOB_NOT_FOUND_POLLS) {
          return { id: '', status: 'not visible yet' };
        }
        throw error;
      }
    };
    const started = this.startedJobs.get(jobId);
    const clock = this.client.http.clock;
    const done = await pollUntil(poll, (job) => FINISHED.has(job.status), {
      timeoutMs,
      pollMs: this.pollMs,
      clock,
      ...(started
        ? { firstWaitMs: this.jobClock.firstWait(started.kind, started.size, clock.now() - started.at, this.pollMs) }
        : {}),
      stillRunning: (job) =>
        `The ${what} was still "${job.status}" after ${Math.round(timeoutMs / 1000)} s (job-timeout); it may still finish in Genesys. Check the table before running again`,
    });
    if (started) this.jobClock.record(started.kind, started.size, jobDurationMs(done.dateCreated, done.dateCompleted));
    return done;
  }
}

/** A Genesys table always has its schema (getTable reads it); the interface allows vendors without one. */
function schemaOf(table: LiveTable): TableSchema {
  if (!table.schema) throw new ProviderError(`table "${table.name}" was read without its schema`);
  return table.schema;
}

/** The one table of exactly this name among `found`, or an error saying there is none (or several). */
function exactlyNamed(name: string, found: readonly DatatableEntity[]): DatatableEntity {
  const matches = found.filter((entity) => entity.name === name);
  if (matches.length === 1) return matches[0] as DatatableEntity;
  if (matches.length > 1) {
    throw new ProviderError(
      `${matches.length} Genesys data tables are named "${name}" (ids ${matches.map((m) => m.id).join(', ')}); set table to the id of the one to use`,
    );
  }
  const similar = found.filter((entity) => entity.name.toLowerCase() === name.toLowerCase());
  if (similar.length > 0) {
    // Not "not found": a schema file beside the CSV must never create a second table that differs in case only
    // (Genesys would refuse the name anyway, at apply).
    throw new ProviderError(
      `No Genesys data table is named "${name}"; did you mean ${similar.map((s) => `"${s.name}"`).join(' or ')}? Names match exactly, case included (names differ in case only). Set table to the exact name, or rename the file`,
    );
  }
  throw new TableNotFoundError(
    `No Genesys data table is named "${name}" (names match exactly, case included). Check the table input or the CSV file name, or add a schema file beside it to create the table`,
  );
}
