export const id = 334;
export const ids = [334];
export const modules = {

/***/ 55334:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DengageProvider: () => (/* binding */ DengageProvider)
/* harmony export */ });
/* unused harmony exports DENGAGE_ROWS_PER_CALL, DENGAGE_DELETES_PER_CALL, DENGAGE_OVERWRITE_EMPTY, checkDengageDateTime, jobIdOf, readJobStatus, primaryKeyOf */
/* harmony import */ var _bearer_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81208);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54585);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32288);



/**
 * The calls, from D·engage's developer reference and public integration code (see docs/vendors.md). Every call's
 * result can be read: up to 1,000 changed rows go through the sync upsert (its answer carries the counts), more
 * through the V2 async upsert, 1,000 rows a call, each job's end read at its documented status path; deletes through
 * the sync delete, fewer than 1,000 keys a call.
 */
const PATHS = {
    login: '/rest/login',
    tables: (offset) => `/rest/dataspace/tables?limit=${TABLES_PAGE}&offset=${offset}`,
    table: (id) => `/rest/dataspace/tables/${encodeURIComponent(id)}`,
    upsert: '/rest/dataspace/sync/upsert',
    delete: '/rest/dataspace/sync/delete',
    upsertV2: '/rest/dataspace/async/upsert_v2',
    /** "This job id can be used to check the status of the job via this endpoint" (the V2 page): the only status path. */
    upsertV2Status: (jobId) => `/rest/dataspace/async/upsert_v2/${encodeURIComponent(jobId)}`,
};
/** Rows per sync upsert: "no more than 1000 records" (the sync upsert page); the V2 page says the same of V2. */
const DENGAGE_ROWS_PER_CALL = 1000;
/** Rows per sync delete: "less than 1000 records" (the DeleteData page). */
const DENGAGE_DELETES_PER_CALL = 999;
/**
 * The boolean that "will overwrite table value with empty text if file contains empty values" (UpsertData-Async page,
 * which does not print its name): the name is assumed, and it is sent with every upsert, so a cell the file empties
 * is emptied in the table, not left as it was.
 */
const DENGAGE_OVERWRITE_EMPTY = 'overwriteWithEmpty';
const TABLES_PAGE = 1000;
const MAX_TABLE_PAGES = 100;
/** The first wait before reading a V2 job's status again, and the longest. */
const FIRST_POLL_MS = 250;
const LONGEST_POLL_MS = 15_000;
/** The date-time forms D·engage's upsert pages list. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?$/;
const DATE_TIME_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;
const LOOKS_LIKE_DATE = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?!\d)/;
/** Checks a cell that looks like a date against D·engage's date-time forms; undefined when fine. */
function checkDengageDateTime(value) {
    if (!LOOKS_LIKE_DATE.test(value) || DATE_TIME.test(value) || DATE_TIME_Z.test(value))
        return undefined;
    if (/Z$/.test(value))
        return 'a date-time with Z must be yyyy-MM-ddTHH:mm:ssZ or yyyy-MM-ddTHH:mm:ss.fffZ';
    return 'D·engage takes dates as yyyy-MM-dd, with an optional time HH:mm, HH:mm:ss or HH:mm:ss.fff after a space or T';
}
/**
 * D·engage Data Space tables. There is no API to read a table's rows, so the plan compares the file with the version
 * last applied (see baseline.ts); the table's primary key (from its definition) keys the rows, and a table without one
 * (or whose key the definition does not show) is appended to, so changing or deleting its rows is refused in the plan.
 * Changes of up to 1,000 rows go through the sync upsert (its answer carries the result), more through V2 async
 * upserts of 1,000 rows each, one after the other, each followed at its documented status path until it ends. Deletes
 * go through the sync delete. Only what an answer confirms is reported done: a job whose end cannot be read is queued,
 * and the apply is then not recorded, so the next run sends its rows again.
 */
class DengageProvider {
    name = 'dengage';
    capabilities = {
        readsLiveRows: false,
        deletes: true,
        reportsJobStatus: true,
        describe: 'D·engage Data Space tables',
        replacesWholeTable: false,
        checkCell: (_column, value) => checkDengageDateTime(value),
    };
    http;
    options;
    lastUpsert = new Map();
    batches = new Map();
    session;
    /** The HTTP client's clock: the minute between upserts and the job polls are waited on it (tests drive it). */
    clock;
    constructor(options, http) {
        // The documented base includes no /rest: accept it written either way.
        this.options = { ...options, apiUrl: options.apiUrl.replace(/\/+$/, '').replace(/\/rest$/, '') };
        this.http = http;
        this.clock = http.clock;
        this.session = new _bearer_session_js__WEBPACK_IMPORTED_MODULE_2__/* .BearerSession */ .w(http, () => this.login());
        // The login body carries both: neither may show in an error message that echoes the request.
        http.addSecret(options.password);
        http.addSecret(options.userKey);
    }
    requestCount() {
        return this.http.requestCount();
    }
    /** Finds the table by name in the Data Space listing, and its primary key in its definition. */
    async getTable(name) {
        let id;
        const similar = [];
        for (let page = 0; page < MAX_TABLE_PAGES && !id; page++) {
            const listing = await this.json('GET', PATHS.tables(page * TABLES_PAGE), undefined, 'list the Data Space tables');
            const result = listing.result ?? [];
            id = result.find((table) => table.tableName === name)?.publicId;
            for (const table of result) {
                if (table.tableName?.toLowerCase() === name.toLowerCase() && table.tableName !== name)
                    similar.push(table.tableName);
            }
            if (result.length < TABLES_PAGE)
                break;
        }
        if (!id) {
            const hint = similar.length > 0 ? `; names differ in case only: ${similar.join(', ')}` : '';
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(`No D·engage Data Space table is named "${name}"${hint}. Check the table input or the file name`);
        }
        const definition = await this.json('GET', PATHS.table(id), undefined, `read table ${name}`);
        const found = primaryKeyOf(definition);
        if (found === undefined) {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(`D·engage answered the definition of table "${name}" without a column list this action can read (it has ${describeKeys(definition)}), so its primary key is unknown; nothing was planned. Please report this answer's shape`);
        }
        const { keys } = found;
        if (keys.length > 1) {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(`D·engage table "${name}" has a primary key of ${keys.length} columns (${keys.join(', ')}); this action keys rows by one column`);
        }
        const table = { id, name, limits: _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_TABLE_LIMITS */ .MM };
        const total = definition.totalRowCount;
        if (typeof total === 'number' && Number.isInteger(total) && total >= 0)
            table.rowCount = total;
        if (keys[0])
            table.keyColumn = keys[0];
        else if (found.flagged) {
            table.updatesRefused = `D·engage table "${name}" has no primary key, so D·engage appends every row sent to it: a changed row would be added again and a deleted one cannot be named. Give the table a primary key, or only add rows`;
        }
        else {
            // Public code shows columns with name, type and isNullable, and contactKeyColumn: no primary-key flag. Said as
            // it came, so that nobody reads it as "the table has no key".
            table.updatesRefused = `D·engage's definition of table "${name}" does not say which column is its primary key (its columns ${found.columns.map((c) => `"${c}"`).join(', ')} carry ${found.fields.length > 0 ? `only ${found.fields.map((f) => `"${f}"`).join(', ')}` : 'no fields'}${typeof definition.contactKeyColumn === 'string' ? `; contactKeyColumn is "${definition.contactKeyColumn}", which links contacts and is not a primary key` : ''}). Without a known key D·engage may append every row sent: only adding rows is safe, so changes and deletes are refused`;
        }
        return table;
    }
    async readRows() {
        throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('D·engage has no API to read a table: the plan compares the file with its previous version');
    }
    async runningImport() {
        return undefined;
    }
    /** D·engage takes changes, not files: the request's upserts and deletes. */
    async import(table, request) {
        return this.applyChanges(table, await (0,_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .changesOf */ .fs)(request));
    }
    /** Plans the calls, makes the first now; waitForJob makes the rest (a minute apart where D·engage asks). */
    async applyChanges(table, changes) {
        if (changes.delete.length > 0 && !table.keyColumn) {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(table.updatesRefused ?? `table "${table.name}" has no key`);
        }
        if (changes.wholeFile && !table.keyColumn && changes.upsert.length > 0 && table.rowCount !== 0) {
            // Without a key D·engage appends: the whole file again would double every row it already took.
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(`D·engage table "${table.name}" has no primary key this action can see, so D·engage appends every row sent to it, and no apply of this file is recorded: sending the whole file would append its ${changes.upsert.length} row(s) again beside the ${table.rowCount === undefined ? 'unknown number of' : table.rowCount} row(s) the table holds. Nothing was sent. Let the action record its applies (a github-token with contents: write), or empty the table in D·engage and apply again`);
        }
        const calls = [];
        const columns = Object.keys(changes.upsert[0] ?? {});
        const values = (row) => columns.map((c) => String(row[c] ?? ''));
        const mode = changes.upsert.length > DENGAGE_ROWS_PER_CALL ? 'v2' : 'sync';
        for (let i = 0; i < changes.upsert.length; i += DENGAGE_ROWS_PER_CALL) {
            const part = changes.upsert.slice(i, i + DENGAGE_ROWS_PER_CALL);
            calls.push({
                kind: 'upsert',
                mode,
                rows: part.length,
                body: { tableName: table.name, columns, rows: part.map(values), [DENGAGE_OVERWRITE_EMPTY]: true },
            });
        }
        const key = table.keyColumn;
        for (let i = 0; i < changes.delete.length; i += DENGAGE_DELETES_PER_CALL) {
            const part = changes.delete.slice(i, i + DENGAGE_DELETES_PER_CALL);
            calls.push({
                kind: 'delete',
                mode: 'sync',
                rows: part.length,
                body: { tableName: table.name, columns: [key], rows: part.map((value) => [value]) },
            });
        }
        const id = `dengage-${table.name}-${Date.now()}`;
        const batch = {
            table,
            calls,
            updated: 0,
            deleted: 0,
            failed: 0,
            queued: 0,
            unsent: 0,
            jobs: [],
            queuedJobs: [],
            queuedWithoutId: false,
            unconfirmed: [],
            errors: [],
        };
        this.batches.set(id, batch);
        // The first call now, so that a refusal shows before the wait; a V2 job is followed in waitForJob.
        await this.nextCall(batch, Number.POSITIVE_INFINITY);
        return { id };
    }
    async waitForJob(_table, job, timeoutMs) {
        const batch = this.batches.get(job.id);
        if (!batch)
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(`no D·engage calls were started as ${job.id}`);
        const deadline = this.clock.now() + timeoutMs;
        try {
            // A V2 job started by applyChanges is followed before the next call goes.
            await this.followLastJob(batch, deadline);
            while (batch.calls.length > 0) {
                const waitMs = this.nextCallAt(batch) - this.clock.now();
                if (this.clock.now() + Math.max(0, waitMs) > deadline) {
                    this.stopBatch(batch, 'within job-timeout (D·engage takes one sync upsert a minute per table, and each V2 job is waited for): raise job-timeout');
                    break;
                }
                await this.nextCall(batch, deadline);
            }
            await this.followLastJob(batch, deadline);
        }
        catch (error) {
            if (!(error instanceof _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ))
                throw error;
            // Part-way: what the calls made did stays counted; the rest is named, never reported as 0 updated.
            batch.errors.push(error.message);
            this.stopBatch(batch, 'after that failure');
            return this.result(batch, job, true);
        }
        return this.result(batch, job, false);
    }
    /** What the batch did, as far as D·engage's answers confirm it. */
    result(batch, job, broke) {
        const unconfirmed = batch.queued + batch.unsent > 0;
        // Rows never sent are a failure, as a job that timed out is: only rows sent and not yet confirmed are queued.
        const failed = broke || batch.failed > 0 || batch.unsent > 0;
        const done = [
            batch.updated > 0 && `${batch.updated} row(s) upserted`,
            batch.deleted > 0 && `${batch.deleted} deleted`,
        ].filter(Boolean);
        const note = unconfirmed
            ? `${done.length > 0 ? `D·engage confirmed ${done.join(' and ')}; ` : ''}${batch.unconfirmed.join('; ')}. Not recorded as applied: the next run sends these rows again`
            : undefined;
        const status = broke
            ? batch.updated + batch.deleted > 0
                ? 'PartiallyApplied'
                : 'Failed'
            : batch.failed > 0
                ? batch.updated + batch.deleted > 0 && batch.unsent === 0
                    ? 'CompletedWithErrors'
                    : 'Failed'
                : batch.unsent > 0
                    ? 'Incomplete'
                    : unconfirmed
                        ? 'Queued'
                        : 'Completed';
        return {
            // The V2 jobs by their own ids (the first and last of many); sync calls have none.
            jobId: batch.jobs.length > 3
                ? `${batch.jobs[0]} … ${batch.jobs.at(-1)} (${batch.jobs.length} V2 jobs)`
                : batch.jobs.join(', ') || job.id,
            status,
            succeeded: !failed,
            updated: batch.updated,
            deleted: batch.deleted,
            failed: batch.failed,
            ...(batch.queued > 0 ? { queued: batch.queued } : {}),
            ...(note ? { note } : {}),
            ...(unconfirmed || failed ? { confirmed: false } : {}),
            // Only jobs whose end alone is missing can settle the apply later: nothing failed, unsent or without an id.
            ...(!failed && batch.unsent === 0 && !batch.queuedWithoutId && batch.queuedJobs.length > 0
                ? { queuedJobs: [...batch.queuedJobs] }
                : {}),
            ...(failed
                ? {
                    error: {
                        message: batch.errors.slice(0, 5).join('; ') ||
                            (batch.failed > 0 ? `${batch.failed} row(s) failed` : `${batch.unsent} row(s) were not sent`),
                    },
                }
                : {}),
        };
    }
    /**
     * Follows the batch's last V2 job, if it has not ended yet: its status read at the documented path until it ends or
     * the time is up. Its rows count as upserted only on a status that says so; a failed job's as failed; an end not
     * read as queued.
     */
    async followLastJob(batch, deadline) {
        const pending = this.pending.get(batch);
        if (!pending)
            return;
        this.pending.delete(batch);
        const end = await this.followJob(pending.id, deadline);
        if (end.state === 'unknown') {
            batch.queued += pending.rows;
            batch.queuedJobs.push(pending.id);
            batch.unconfirmed.push(`job ${pending.id} (${pending.rows} row(s)): ${end.message ?? 'its end was not read'}`);
            this.stopBatch(batch, 'after it (never two jobs on one table at once)');
            return;
        }
        if (end.state === 'failed') {
            // Accepted, then failed: its rows are failed (less any it says it wrote), and nothing more is sent.
            const affected = end.affected ?? 0;
            batch.updated += affected;
            batch.failed += pending.rows - affected;
            batch.errors.push(`job ${pending.id}: ${end.message ?? 'failed'}`);
            this.stopBatch(batch, 'after that job failed');
            return;
        }
        const failed = end.failed ?? 0;
        batch.updated += end.affected ?? pending.rows - failed;
        batch.failed += failed;
        if (failed > 0)
            batch.errors.push(`job ${pending.id}: ${end.message ?? `${failed} row(s) failed`}`);
    }
    /** Drops the batch's calls still to make, saying how many rows they held and why. */
    stopBatch(batch, why) {
        const left = batch.calls.reduce((sum, call) => sum + call.rows, 0);
        batch.calls = [];
        if (left === 0)
            return;
        batch.unsent += left;
        batch.unconfirmed.push(`${left} row(s) were not sent ${why}`);
    }
    /** A V2 job an earlier run left queued: its end read at the documented status path, waiting while it runs. */
    async queuedJobEnd(_table, jobId, timeoutMs) {
        const end = await this.followJob(jobId, this.clock.now() + timeoutMs);
        return { state: end.state, ...(end.message ? { message: end.message } : {}) };
    }
    /** A V2 job's end: its status read until it ends or the time is up (then unknown). */
    async followJob(id, deadline) {
        let wait = FIRST_POLL_MS;
        for (;;) {
            const answer = await this.session.send({
                method: 'GET',
                url: `${this.options.apiUrl}${PATHS.upsertV2Status(id)}`,
                idempotent: true,
                headers: { accept: 'application/json' },
            });
            if (answer.status < 200 || answer.status >= 300) {
                return {
                    state: 'unknown',
                    message: `its status (GET ${PATHS.upsertV2Status(id)}) answered ${answer.status}: ${reasonOf((0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(answer.body), answer.body)}`,
                };
            }
            const status = readJobStatus((0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(answer.body));
            if (status.state !== 'running')
                return status;
            if (this.clock.now() + wait > deadline)
                return { state: 'unknown', message: 'still running after job-timeout' };
            await this.clock.sleep(wait);
            wait = Math.min(wait * 2, LONGEST_POLL_MS);
        }
    }
    /** V2 jobs started and not yet followed, by batch. */
    pending = new Map();
    /** When the next upsert into this table may go: D·engage asks for one a minute per table (a delete may go at once). */
    nextUpsertAt(table) {
        return (this.lastUpsert.get(table.name) ?? 0) + (this.options.minIntervalMs ?? 60_000);
    }
    /** When the batch's next call may go: a sync upsert a minute after the last; a V2 upsert once the last job ended. */
    nextCallAt(batch) {
        const next = batch.calls[0];
        return next?.kind === 'upsert' && next.mode === 'sync' ? this.nextUpsertAt(batch.table) : this.clock.now();
    }
    /**
     * Makes the batch's next call (waiting out the minute), adding what it did; a 200 can still carry failed rows. A V2
     * upsert's job is followed before the next call goes (never two jobs on one table at once).
     */
    async nextCall(batch, deadline) {
        await this.followLastJob(batch, deadline);
        const wait = this.nextCallAt(batch) - this.clock.now();
        const call = batch.calls[0];
        if (!call)
            return;
        if (wait > 0)
            await this.clock.sleep(wait);
        // An upsert into a keyed table writes the same values if repeated; into an unkeyed one it would add them twice.
        const repeatable = call.kind === 'delete' || batch.table.keyColumn !== undefined;
        const path = call.mode === 'v2' ? PATHS.upsertV2 : call.kind === 'upsert' ? PATHS.upsert : PATHS.delete;
        const method = call.kind === 'upsert' ? 'POST' : 'DELETE';
        const action = `${call.kind} ${call.rows} row(s) of ${batch.table.name}${call.mode === 'v2' ? ' (V2 async)' : ''}`;
        if (call.mode === 'v2') {
            const answer = await this.json(method, path, call.body, action, repeatable);
            batch.calls.shift();
            const id = jobIdOf(answer);
            if (!id) {
                // Taken, but no id to read its end by: not confirmed, and nothing else goes (it may still be running).
                batch.queued += call.rows;
                batch.queuedWithoutId = true;
                batch.unconfirmed.push(`D·engage took ${call.rows} row(s) by the V2 async upsert but answered no job id (transactionId), so their result cannot be read`);
                this.stopBatch(batch, 'after that (another job on the table could clash with it)');
                return;
            }
            batch.jobs.push(id);
            this.pending.set(batch, { id, rows: call.rows });
            return;
        }
        const result = await this.json(method, path, call.body, action, repeatable);
        batch.calls.shift();
        if (call.kind === 'upsert')
            this.lastUpsert.set(batch.table.name, this.clock.now());
        const errors = result.errorCount ?? 0;
        const affected = result.affectedRowCount ?? call.rows - errors;
        if (call.kind === 'upsert')
            batch.updated += affected;
        else
            batch.deleted += affected;
        batch.failed += errors;
        for (const error of result.errorList ?? [])
            batch.errors.push(typeof error === 'string' ? error : JSON.stringify(error));
    }
    /** A call's `data`, once its envelope says success. */
    async json(method, path, body, action, repeatable = method === 'GET') {
        const answer = await this.api(method, path, body, action, repeatable);
        const envelope = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(answer.body);
        if (envelope.code !== undefined && envelope.code !== 0) {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(this.http.redact(`D·engage refused to ${action} (code ${envelope.code}): ${reasonOf(envelope, answer.body)}`));
        }
        return (envelope.data ?? envelope);
    }
    async api(method, path, body, action, repeatable) {
        const url = `${this.options.apiUrl}${path}`;
        const answer = await this.session.send({
            method,
            url,
            idempotent: repeatable,
            headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
            ...(body ? { body: JSON.stringify(body) } : {}),
        });
        if (answer.status >= 200 && answer.status < 300)
            return answer;
        if (answer.status === 401) {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(`D·engage rejected a fresh login while trying to ${action}: check dengage-user-key and dengage-password`);
        }
        if (ipRefused(answer))
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(this.http.redact(ipAllowlistMessage(url, answer.body)));
        const envelope = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(answer.body);
        throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(this.http.redact(`D·engage answered ${answer.status} to ${method} ${(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(url)} while trying to ${action}: ${reasonOf(envelope, answer.body)}`));
    }
    async login() {
        const url = `${this.options.apiUrl}${PATHS.login}`;
        const answer = await this.http.send({
            method: 'POST',
            url,
            idempotent: true,
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ userkey: this.options.userKey, password: this.options.password }),
        });
        if (ipRefused(answer))
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(this.http.redact(ipAllowlistMessage(url, answer.body)));
        const envelope = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(answer.body);
        // Public code reads access_token at the top; the reference says answers are wrapped in data: take either.
        const token = envelope.access_token ?? envelope.data?.access_token;
        if (answer.status !== 200 || typeof token !== 'string' || token === '') {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(this.http.redact(`D·engage login at ${(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(url)} failed (${answer.status}): ${reasonOf(envelope, answer.body)}. Check dengage-api-url (your account's region host), dengage-user-key and dengage-password`));
        }
        return token;
    }
}
/**
 * The V2 async upsert's job id: "This request returns a job id (transactionId)" (the V2 page), read as `transactionId`,
 * or as the bare id (the V1 async page: "returns the uuid of the upsert job started").
 */
function jobIdOf(answer) {
    if (typeof answer === 'string' && answer !== '')
        return answer;
    if (answer === null || typeof answer !== 'object')
        return undefined;
    const id = answer.transactionId;
    return typeof id === 'string' && id !== '' ? id : undefined;
}
/**
 * A V2 job's status answer. The page gives the path, not the answer: read (assumed) from `data.status` alone, with
 * the sync answer's counts (`affectedRowCount`, `errorCount`) when present. A status that names no end is polled on;
 * an answer without `status` is unknown. Neither is ever counted done on a guess.
 */
function readJobStatus(answer) {
    const envelope = (answer && typeof answer === 'object' ? answer : {});
    if (envelope.code !== undefined && envelope.code !== 0) {
        return { state: 'unknown', message: `D·engage answered code ${envelope.code}: ${reasonOf(envelope, '')}` };
    }
    const data = envelope.data && typeof envelope.data === 'object' ? envelope.data : {};
    const status = typeof data.status === 'string' ? data.status : undefined;
    if (status === undefined)
        return { state: 'unknown', message: 'its status answer carries no status' };
    const number = (name) => (typeof data[name] === 'number' ? data[name] : undefined);
    const affected = number('affectedRowCount');
    const failed = number('errorCount');
    const message = typeof data.message === 'string' ? data.message : undefined;
    const end = {
        ...(affected !== undefined ? { affected } : {}),
        ...(failed !== undefined ? { failed } : {}),
        ...(message ? { message } : {}),
    };
    if (/^(completed?|succeeded|success|successful|finished)$/i.test(status))
        return { state: 'succeeded', ...end };
    if (/^(failed|failure|error|cancell?ed|aborted|rejected)$/i.test(status))
        return { state: 'failed', ...end, message: message ?? `the job ended ${status}` };
    return { state: 'running' };
}
/** The top-level keys of an answer, for a message about a shape this action cannot read. */
function describeKeys(answer) {
    const keys = Object.keys(answer);
    return keys.length > 0
        ? `the keys ${keys
            .slice(0, 20)
            .map((k) => `"${k}"`)
            .join(', ')}`
        : 'no keys';
}
/**
 * The primary key column names in a table definition (its `data`). Public code (Dengage-PreSales/demo-ai) reads a
 * definition as `columns[]` of `{name, type, isNullable}` with `contactKeyColumn` and `totalRowCount`, and no
 * primary-key flag; no source shows one. So a flag is looked for under the names it plausibly has (`isPrimary`,
 * `isPrimaryKey`, `primaryKey`, `isKey`), or a `primaryKeys`/`primaryKey` list of names, in `columns`, `fields` or
 * `tableColumns` (at the top, under `table` or `schema`). `flagged` says whether any flag or list was there at all:
 * without one, an empty `keys` means "not shown", not "none". Undefined when no column list is there.
 */
function primaryKeyOf(definition) {
    const holders = [
        definition,
        definition.table,
        definition.schema,
        definition.table?.schema,
    ].filter((holder) => holder !== null && typeof holder === 'object');
    const FLAGS = ['isPrimary', 'isPrimaryKey', 'primaryKey', 'isKey'];
    for (const holder of holders) {
        const listed = [holder.primaryKeys, holder.primaryKey].find((value) => Array.isArray(value));
        const columns = ([holder.columns, holder.fields, holder.tableColumns].find((value) => Array.isArray(value)) ??
            []);
        if (columns.length === 0 && !listed && !Array.isArray(holder.columns))
            continue;
        const nameOf = (column) => String(column.name ?? column.columnName ?? column.fieldName);
        const names = columns.map(nameOf);
        const fields = [...new Set(columns.flatMap((column) => Object.keys(column)))];
        if (listed)
            return { keys: listed.map(String), flagged: true, columns: names, fields };
        const flagged = columns.some((column) => FLAGS.some((flag) => typeof column[flag] === 'boolean'));
        const keys = columns.filter((column) => FLAGS.some((flag) => column[flag] === true)).map(nameOf);
        return { keys, flagged, columns: names, fields };
    }
    return undefined;
}
function reasonOf(envelope, body) {
    return envelope.message || envelope.actionResult || body.slice(0, 200) || 'no details';
}
/**
 * D·engage refuses an address outside the account's allowlist with a 403 before any credential check: public code
 * sees it as an empty body (d-telco) and as a reason in `actionResult` (or `message`) naming the allowlist
 * (Dengage-PreSales/demo-ai: "not whitelisted", "forbidden for").
 */
function ipRefused(answer) {
    if (answer.status !== 403)
        return false;
    if (answer.body.trim() === '')
        return true;
    const envelope = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(answer.body);
    return /white-?list|allow-?list|forbidden for/i.test(`${envelope.actionResult ?? ''} ${envelope.message ?? ''}`);
}
function ipAllowlistMessage(url, body) {
    const envelope = body.trim() === '' ? {} : (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(body);
    const reason = envelope.actionResult || envelope.message;
    // The address D·engage names is the runner's own, not a secret; the reason is cut short as any vendor text.
    const said = reason ? ` (D·engage said: "${reason.slice(0, 200)}")` : ' with an empty 403';
    return `D·engage refused ${(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(url)}${said} before checking any credentials: the account accepts API calls only from allowlisted IP addresses. GitHub-hosted runners have no fixed address; run this job on a self-hosted runner with a fixed address and add that address to the account's allowlist`;
}


/***/ })

};
