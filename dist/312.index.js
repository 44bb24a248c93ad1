export const id = 312;
export const ids = [312];
export const modules = {

/***/ 1312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LearningBuilderProvider: () => (/* binding */ LearningBuilderProvider)
/* harmony export */ });
/* unused harmony export readBatchAnswer */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54585);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32288);


/**
 * LearningBuilder's Workflow Import Queue (`POST /API/WorkflowImportQueue/CreateBatch`): rows go straight onto the
 * processing queue as JSON Lines. It has no read API and no status API, and an import adds or updates records: the
 * plan compares the file with its previous version in git, and the apply reports the batch id and its link.
 * The API is for LearningBuilder's internal use for now (their words).
 */
class LearningBuilderProvider {
    name = 'learningbuilder';
    capabilities = {
        readsLiveRows: false,
        deletes: false,
        reportsJobStatus: false,
        describe: 'LearningBuilder',
        replacesWholeTable: false,
    };
    http;
    options;
    batchRows = new Map();
    constructor(options, http) {
        this.options = { ...options, url: options.url.replace(/\/+$/, '') };
        this.http = http;
        http.addSecret(options.apiKey);
    }
    requestCount() {
        return this.http.requestCount();
    }
    /** The "table" is the import: its name labels the batch; the import process id (an input) says where rows go. */
    async getTable(nameOrId) {
        return {
            id: `${this.options.importProcessId}:${nameOrId}`,
            name: nameOrId,
            limits: _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_TABLE_LIMITS */ .MM,
        };
    }
    async readRows() {
        throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('LearningBuilder has no API to read records: the plan compares the file with its previous version');
    }
    async runningImport() {
        return undefined; // no status API: nothing to wait for
    }
    /** A batch of rows to add or update (LearningBuilder deletes nothing): the request's rows. */
    async import(table, request) {
        return this.startImport(table, request.rows);
    }
    async startImport(table, source) {
        const rows = await (0,_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .rowList */ .tX)(source);
        const date = (this.options.now?.() ?? new Date()).toISOString().slice(0, 10).replace(/-/g, '/');
        const query = new URLSearchParams({
            fileName: `${table.name} ${date}`,
            importProcessId: this.options.importProcessId,
            creationPath: this.options.creationPath,
        });
        if (this.options.successEmail)
            query.set('sendSuccessEmailTo', this.options.successEmail);
        if (this.options.failureEmail)
            query.set('sendFailureEmailTo', this.options.failureEmail);
        // JSON Lines: one object per row, keyed by the CSV's own header names.
        const body = rows.map((row) => JSON.stringify(row)).join('\n');
        const url = `${this.options.url}/API/WorkflowImportQueue/CreateBatch?${query}`;
        const answer = await this.http.expectOk({
            method: 'POST',
            url,
            headers: {
                authorization: `apikey ${this.options.apiKey}`,
                'content-type': 'application/x-ndjson',
                accept: 'application/json',
            },
            body,
        }, (refused) => {
            const hint = refused.status === 401 || refused.status === 403
                ? ' Check learningbuilder-api-key: it needs the BeginWorkflowImportProcess permission.'
                : '';
            return `LearningBuilder answered ${refused.status} to POST ${(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(url)}: ${refused.body.slice(0, 300) || 'no details'}.${hint}`;
        });
        const batch = readBatchAnswer(answer.body);
        this.batchRows.set(batch.id, rows.length);
        return batch;
    }
    /**
     * There is no status to wait for: the rows are queued, not yet updated. Validation runs later on LearningBuilder's
     * queue and its results go to the failure email and the batch page.
     */
    async waitForJob(_table, job) {
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
function readBatchAnswer(body) {
    let answer;
    try {
        const parsed = JSON.parse(body);
        if (parsed !== null && typeof parsed === 'object')
            answer = parsed;
    }
    catch { }
    const pick = (from, names) => names.map((name) => from?.[name]).find((value) => value !== undefined && value !== null);
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
    const url = pick(answer, urlNames) ??
        (typeof details === 'string' ? details : pick(details, urlNames));
    if (id !== undefined && (typeof id === 'string' || typeof id === 'number')) {
        return { id: String(id), ...(typeof url === 'string' && /^https?:\/\//i.test(url) ? { url } : {}) };
    }
    const raw = body.trim().replace(/\s+/g, ' ').slice(0, 300);
    return {
        id: 'unknown',
        note: `LearningBuilder queued the batch, but its answer was not the JSON this action reads; it said: "${raw || '(nothing)'}"`,
    };
}


/***/ })

};
