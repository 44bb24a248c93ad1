import type { HttpClient } from '../http.ts';
import { safeUrl } from '../http.ts';
import type { ImportJob, ImportRequest, ImportResult, LiveRows, LiveTable, Provider, RowSource } from '../provider.ts';
import { NO_TABLE_LIMITS, ProviderError, rowList } from '../provider.ts';

export interface LearningBuilderOptions {
  url: string;
  apiKey: string;
  importProcessId: string;
  /** 1-15 of A-Z, 0-9, `_`; stored by LearningBuilder as `IMPORT_QUEUE_API:<creationPath>`. */
  creationPath: string;
  successEmail?: string;
  failureEmail?: string;
  /** For tests: the date in the batch's file name. */
  now?: () => Date;
}

interface BatchAnswer {
  [name: string]: unknown;
}

/**
 * LearningBuilder's Workflow Import Queue (`POST /API/WorkflowImportQueue/CreateBatch`): rows go straight onto the
 * processing queue as JSON Lines. It has no read API and no status API, and an import adds or updates records: the
 * plan compares the file with its previous version in git, and the apply reports the batch id and its link.
 * The API is for LearningBuilder's internal use for now (their words).
 */
export class LearningBuilderProvider implements Provider {
  readonly name = 'learningbuilder';
  readonly capabilities = {
    readsLiveRows: false,
    deletes: false,
    reportsJobStatus: false,
    describe: 'LearningBuilder',
    replacesWholeTable: false,
  };
  private readonly http: HttpClient;
  private readonly options: LearningBuilderOptions;
  private readonly batchRows = new Map<string, number>();

  constructor(options: LearningBuilderOptions, http: HttpClient) {
    this.options = { ...options, url: options.url.replace(/\/+$/, '') };
    this.http = http;
    http.addSecret(options.apiKey);
  }

  requestCount(): number {
    return this.http.requestCount();
  }

  /** The "table" is the import: its name labels the batch; the import process id (an input) says where rows go. */
  async getTable(nameOrId: string): Promise<LiveTable> {
    return {
      id: `${this.options.importProcessId}:${nameOrId}`,
      name: nameOrId,
      limits: NO_TABLE_LIMITS,
    };
  }

  async readRows(): Promise<LiveRows> {
    throw new ProviderError(
      'LearningBuilder has no API to read records: the plan compares the file with its previous version',
    );
  }

  async runningImport(): Promise<ImportJob | undefined> {
    return undefined; // no status API: nothing to wait for
  }

  /** A batch of rows to add or update (LearningBuilder deletes nothing): the request's rows. */
  async import(table: LiveTable, request: ImportRequest): Promise<ImportJob> {
    return this.startImport(table, request.rows);
  }

  async startImport(table: LiveTable, source: RowSource): Promise<ImportJob> {
    const rows = await rowList(source);
    const date = (this.options.now?.() ?? new Date()).toISOString().slice(0, 10).replace(/-/g, '/');
    const query = new URLSearchParams({
      fileName: `${table.name} ${date}`,
      importProcessId: this.options.importProcessId,
      creationPath: this.options.creationPath,
    });
    if (this.options.successEmail) query.set('sendSuccessEmailTo', this.options.successEmail);
    if (this.options.failureEmail) query.set('sendFailureEmailTo', this.options.failureEmail);
    // JSON Lines: one object per row, keyed by the CSV's own header names.
    const body = rows.map((row) => JSON.stringify(row)).join('\n');
    const url = `${this.options.url}/API/WorkflowImportQueue/CreateBatch?${query}`;
    const answer = await this.http.expectOk(
      {
        method: 'POST',
        url,
        headers: {
          authorization: `apikey ${this.options.apiKey}`,
          'content-type': 'application/x-ndjson',
          accept: 'application/json',
        },
        body,
      },
      (refused) => {
        const hint =
          refused.status === 401 || refused.status === 403
            ? ' Check learningbuilder-api-key: it needs the BeginWorkflowImportProcess permission.'
            : '';
        return `LearningBuilder answered ${refused.status} to POST ${safeUrl(url)}: ${refused.body.slice(0, 300) || 'no details'}.${hint}`;
      },
    );
    const batch = readBatchAnswer(answer.body);
    this.batchRows.set(batch.id, rows.length);
    return batch;
  }

  /**
   * There is no status to wait for: the rows are queued, not yet updated. Validation runs later on LearningBuilder's
   * queue and its results go to the failure email and the batch page.
   */
  async waitForJob(_table: LiveTable, job: ImportJob): Promise<ImportResult> {
    const where = this.options.failureEmail
      ? `to ${this.options.failureEmail} (learningbuilder-failure-email)`
      : 'nowhere by email (set learningbuilder-failure-email to get them)';
    const results = `LearningBuilder validates the rows later, on its queue: failures are sent ${where} and shown on the batch page`;
    return {
      jobId: job.id,
      ...(job.url ? { url: job.url } : {}),
      status: 'Queued',
      succeeded: true,
      updated: 0,
      deleted: 0,
      failed: 0,
      queued: this.batchRows.get(job.id) ?? 0,
      note: job.note ? `${job.note}. ${results}` : results,
    };
  }
}

/**
 * The answer's shape is documented only in prose (the batch id and a link to the results). The CreateBatch page's
 * history shows two: `{WorkflowImportQueueBatchId, Url}` and, in an earlier draft, `{queueBatchId, queueBatchDetails}`
 * (the details a link, or an object holding one). Both are read, and a few likely spellings besides; anything else is
 * kept as it came. Never throws: the batch is queued by now, and failing would make a rerun queue it twice.
 */
export function readBatchAnswer(body: string): ImportJob {
  let answer: BatchAnswer | undefined;
  try {
    const parsed = JSON.parse(body) as unknown;
    if (parsed !== null && typeof parsed === 'object') answer = parsed as BatchAnswer;
  } catch {}
  const pick = (from: BatchAnswer | undefined, names: string[]) =>
    names.map((name) => from?.[name]).find((value) => value !== undefined && value !== null);
  const id = pick(answer, [
    'WorkflowImportQueueBatchId',
    'workflowImportQueueBatchId',
    'WORKFLOW_IMPORT_QUEUE_BATCH_ID',
    'queueBatchId',
    'QueueBatchId',
    'batchId',
    'BatchId',
    'id',
    'Id',
  ]);
  const details = pick(answer, ['queueBatchDetails', 'QueueBatchDetails']);
  const urlNames = ['Url', 'url', 'Link', 'link', 'ResultsUrl', 'resultsUrl', 'href'];
  const url =
    pick(answer, urlNames) ??
    (typeof details === 'string' ? details : pick(details as BatchAnswer | undefined, urlNames));
  if (id !== undefined && (typeof id === 'string' || typeof id === 'number')) {
    return { id: String(id), ...(typeof url === 'string' && /^https?:\/\//i.test(url) ? { url } : {}) };
  }
  const raw = body.trim().replace(/\s+/g, ' ').slice(0, 300);
  return {
    id: 'unknown',
    note: `LearningBuilder queued the batch, but its answer was not the JSON this action reads; it said: "${raw || '(nothing)'}"`,
  };
}
