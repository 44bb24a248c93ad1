import { readCsv } from '../../core/csv.ts';
import type { ImportMode } from '../../core/diff.ts';
import { DataFileError } from '../../core/problems.ts';
import { matchColumn, type Row, type TableLimits, type TableSchema } from '../../core/schema.ts';
import { tableCsv } from '../../core/table-csv.ts';
import type { HttpClient } from '../http.ts';
import { pollUntil } from '../poll.ts';
import {
  type ImportJob,
  type ImportResult,
  type LiveRows,
  type LiveTable,
  type Provider,
  ProviderError,
} from '../provider.ts';
import { describeGenesysError, GenesysApiError, GenesysClient, type GenesysConnection } from './client.ts';
import { schemaFromJson } from './schema.ts';

export { genesysHosts } from './client.ts';

export interface GenesysOptions extends GenesysConnection {
  /** Org limits differ from the defaults (5,000 rows, 256-character keys). */
  limits?: Partial<TableLimits>;
  /** Waits between job polls grow from the first to the longest. */
  pollMs?: { first: number; longest: number };
  /** Longest wait for an export job (reading rows). */
  exportTimeoutMs?: number;
  log?: (message: string) => void;
}

const DEFAULT_LIMITS: TableLimits = { maxRows: 5000, maxKeyLength: 256 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The rows page size the Terraform provider uses; the API's maximum is not documented. */
const ROWS_PAGE_SIZE = 100;
const TABLES_PAGE_SIZE = 100;
/** Bounds every listing loop: far more pages than any table or org has. */
const MAX_PAGES = 1000;

interface DatatableEntity {
  id: string;
  name: string;
  schema?: unknown;
}

interface Listing<T> {
  entities?: T[];
  pageCount?: number;
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
}

const FINISHED = new Set(['Succeeded', 'Failed']);

/** Genesys Cloud Architect data tables, through the CSV import job flow (`import/csv/jobs`). */
export class GenesysProvider implements Provider {
  readonly name = 'genesys';
  readonly capabilities = {
    readsLiveRows: true,
    deletes: true,
    reportsJobStatus: true,
    describe: 'Genesys Cloud data tables',
  };
  private readonly client: GenesysClient;
  private readonly limits: TableLimits;
  private readonly pollMs: { first: number; longest: number };
  private readonly exportTimeoutMs: number;
  private readonly log: (message: string) => void;

  constructor(options: GenesysOptions, http: HttpClient) {
    this.client = new GenesysClient(options, http);
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.pollMs = options.pollMs ?? { first: 250, longest: 3000 };
    this.exportTimeoutMs = options.exportTimeoutMs ?? 15 * 60_000;
    this.log = options.log ?? (() => {});
  }

  requestCount(): number {
    return this.client.http.requestCount();
  }

  async getTable(nameOrId: string): Promise<LiveTable> {
    const entity = UUID.test(nameOrId) ? await this.getTableById(nameOrId) : await this.findTableByName(nameOrId);
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
        throw new ProviderError(`No Genesys data table has the id ${id} (or the OAuth client cannot see its division)`);
      }
      throw error;
    }
  }

  /** The API's name filter is a wildcard match, so the answer is filtered here to the exact name. */
  private async findTableByName(name: string): Promise<DatatableEntity> {
    const matches: DatatableEntity[] = [];
    const similar: string[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const query = new URLSearchParams({
        name,
        expand: 'schema',
        pageSize: String(TABLES_PAGE_SIZE),
        pageNumber: String(page),
      });
      const listing = await this.client.json<Listing<DatatableEntity>>(
        { method: 'GET', path: `/api/v2/flows/datatables?${query}` },
        `find the data table named "${name}"`,
      );
      for (const entity of listing.entities ?? []) {
        if (entity.name === name) matches.push(entity);
        else if (entity.name.toLowerCase() === name.toLowerCase()) similar.push(entity.name);
      }
      if (page >= (listing.pageCount ?? 1)) break;
    }
    if (matches.length === 1) return matches[0] as DatatableEntity;
    if (matches.length > 1) {
      throw new ProviderError(
        `${matches.length} Genesys data tables are named "${name}" (ids ${matches.map((m) => m.id).join(', ')}); set table to the id of the one to use`,
      );
    }
    const hint = similar.length > 0 ? `; names differ in case only: ${similar.map((s) => `"${s}"`).join(', ')}` : '';
    throw new ProviderError(
      `No Genesys data table is named "${name}" (names match exactly, case included${hint}). Check the table input or the CSV file name`,
    );
  }

  /** Reads every row through one export job (a handful of requests whatever the size); pages when export is not allowed. */
  async readRows(table: LiveTable): Promise<LiveRows> {
    let job: JobEntity;
    try {
      job = await this.client.json<JobEntity>(
        { method: 'POST', path: `/api/v2/flows/datatables/${table.id}/export/jobs`, body: '{}' },
        `export table "${table.name}"`,
      );
    } catch (error) {
      if (error instanceof GenesysApiError && error.status === 403) {
        this.log(
          `Export of "${table.name}" is not permitted for this OAuth client; reading rows page by page instead.`,
        );
        return { records: await this.readRowsByPage(table), source: 'rows API, page by page' };
      }
      throw error;
    }
    const done = await this.pollJob(
      `/api/v2/flows/datatables/${table.id}/export/jobs/${job.id}`,
      `export of "${table.name}"`,
      this.exportTimeoutMs,
    );
    if (done.status !== 'Succeeded' || !done.downloadURI) {
      const reason = done.errorInformation ? describeGenesysError(JSON.stringify(done.errorInformation)) : done.status;
      throw new ProviderError(`The export of table "${table.name}" did not succeed: ${reason}`);
    }
    const csvText = await this.download(done.downloadURI, `download the export of "${table.name}"`);
    return { records: await this.recordsFromExport(table, csvText), source: 'export job' };
  }

  private async readRowsByPage(table: LiveTable): Promise<Record<string, unknown>[]> {
    const records: Record<string, unknown>[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const query = new URLSearchParams({
        pageNumber: String(page),
        pageSize: String(ROWS_PAGE_SIZE),
        showbrief: 'false',
      });
      const listing = await this.client.json<Listing<Record<string, unknown>>>(
        { method: 'GET', path: `/api/v2/flows/datatables/${table.id}/rows?${query}` },
        `read the rows of "${table.name}"`,
      );
      records.push(...(listing.entities ?? []));
      if (page >= (listing.pageCount ?? 1)) break;
    }
    return records;
  }

  /**
   * Fetches the export file. The bearer token goes only to the API host: a download URL elsewhere
   * (storage) gets no token, and neither does a redirect that leaves the API host.
   */
  private async download(url: string, action: string): Promise<string> {
    const apiOrigin = new URL(this.client.apiUrl).origin;
    let current = new URL(url, this.client.apiUrl).toString();
    for (let hop = 0; hop < 5; hop++) {
      const onApiHost = new URL(current).origin === apiOrigin;
      const response = onApiHost
        ? await this.client.call({ method: 'GET', path: current }, action)
        : await this.client.http.send({ method: 'GET', url: current });
      const location = response.headers.location;
      if (response.status >= 300 && response.status < 400 && typeof location === 'string') {
        current = new URL(location, current).toString();
        continue;
      }
      if (response.status >= 200 && response.status < 300) return response.body;
      throw new ProviderError(this.client.http.redact(`Could not ${action}: the download answered ${response.status}`));
    }
    throw new ProviderError(`Could not ${action}: too many redirects`);
  }

  private async recordsFromExport(table: LiveTable, csvText: string): Promise<Record<string, unknown>[]> {
    const source = `export of ${table.name}`;
    try {
      const csv = await readCsv(csvText, source);
      if (csv.problems.length > 0) {
        throw new ProviderError(`The export of "${table.name}" is malformed: ${csv.problems[0]?.message}`);
      }
      const fields = csv.header.map((name) => matchColumn(schemaOf(table), name));
      return csv.rows.map(({ cells }) => {
        const record: Record<string, unknown> = {};
        cells.forEach((text, index) => {
          const field = fields[index];
          if (field) record[field.name] = text;
        });
        return record;
      });
    } catch (error) {
      if (error instanceof DataFileError)
        throw new ProviderError(`The export of "${table.name}" cannot be read: ${error.message}`);
      throw error;
    }
  }

  /** The import file mirrors the table's own export: field titles as the header, key column first. */
  importCsv(table: LiveTable, rows: readonly Row[]): string {
    return tableCsv(schemaOf(table), rows);
  }

  async startImport(table: LiveTable, rows: readonly Row[], mode: ImportMode): Promise<ImportJob> {
    const importMode = mode === 'replace' ? 'ReplaceAll' : 'Append';
    // The new CSV job flow; the deprecated POST .../import/jobs start call is never used.
    const job = await this.client.json<JobEntity>(
      {
        method: 'POST',
        path: `/api/v2/flows/datatables/${table.id}/import/csv/jobs`,
        body: JSON.stringify({ importMode }),
      },
      `start a CSV import into "${table.name}"`,
    );
    if (!job.id || !job.uploadURI || !job.uploadHeaders || typeof job.uploadHeaders !== 'object') {
      throw new ProviderError(
        `Genesys started import job ${job.id ?? '(no id)'} without an uploadURI and uploadHeaders`,
      );
    }
    for (const value of Object.values(job.uploadHeaders)) this.client.http.addSecret(value);
    const upload = await this.client.http.send({
      method: 'PUT',
      url: job.uploadURI,
      // Exactly the headers Genesys allocated for this upload; no bearer token to the storage host.
      headers: { ...job.uploadHeaders },
      body: Buffer.from(this.importCsv(table, rows), 'utf8'),
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
    );
    const result: ImportResult = {
      jobId: job.id,
      status: done.status,
      succeeded: done.status === 'Succeeded' && (done.countRecordsFailed ?? 0) === 0,
      updated: done.countRecordsUpdated ?? 0,
      deleted: done.countRecordsDeleted ?? 0,
      failed: done.countRecordsFailed ?? 0,
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

  private async pollJob(path: string, what: string, timeoutMs: number): Promise<JobEntity> {
    return pollUntil(
      () => this.client.json<JobEntity>({ method: 'GET', path }, `check the ${what}`),
      (job) => FINISHED.has(job.status),
      {
        timeoutMs,
        pollMs: this.pollMs,
        stillRunning: (job) =>
          `The ${what} was still "${job.status}" after ${Math.round(timeoutMs / 1000)} s (job-timeout); it may still finish in Genesys. Check the table before running again`,
      },
    );
  }
}

/** A Genesys table always has its schema (getTable reads it); the interface allows vendors without one. */
function schemaOf(table: LiveTable): TableSchema {
  if (!table.schema) throw new ProviderError(`table "${table.name}" was read without its schema`);
  return table.schema;
}
