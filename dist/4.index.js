export const id = 4;
export const ids = [4];
export const modules = {

/***/ 17385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ mapConcurrent)
/* harmony export */ });
/**
 * Runs `work` on every item, at most `limit` at a time, and gives the results in the items' order, whatever order
 * they finish in. `work` should catch what it can handle: an error it throws stops new items from starting, waits for
 * the running ones, then is thrown.
 */
async function mapConcurrent(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                results[index] = await work(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure)
        throw failure.error;
    return results;
}


/***/ }),

/***/ 36097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ RowFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_key_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65749);



const SEPARATOR = '\u0000';
/** Rows are gathered to this many bytes a write: a buffer each store keeps while it lives (two at a read-back). */
const WRITE_BYTES = 64 * 1024;
/** Row offsets a page: 64 KiB. */
const OFFSETS_SHIFT = 13;
const OFFSETS_PAGE = 1 << OFFSETS_SHIFT;
let made = 0;
/** A store no longer referenced closes its file (a run plans many tables in one process). */
const closing = new FinalizationRegistry((fd) => {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    catch {
        // Closed already.
    }
});
/**
 * Rows kept in a file of the run's folder, not in memory: each row its cells joined as UTF-8, read back by index
 * (one read of its bytes). A live table of 150,000 rows then costs 8 bytes a row in memory. A row UTF-8 cannot
 * hold exactly (a lone surrogate) or that holds the separator is kept in memory, as are only those.
 */
class RowFile {
    fd;
    /**
     * Where each row starts in the file (row i ends where row i + 1 starts), in pages of OFFSETS_PAGE: added as rows come,
     * never copied into a larger array, which left each smaller copy to malloc (a table's count is rarely known first).
     */
    starts = [];
    count = 0;
    /** Bytes in the file and waiting in `pending`. */
    size = 0;
    pending = Buffer.allocUnsafe(WRITE_BYTES);
    pendingBytes = 0;
    read = Buffer.allocUnsafe(64 * 1024);
    /** Where the bytes in `read` come from in the file, and how many there are. */
    readFrom = 0;
    readBytes = 0;
    lastAsked = -1;
    held = new Map();
    file;
    /** A new file in `folder` (made here, never one that was there: O_EXCL, without following a link). */
    constructor(folder) {
        this.file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, `live-rows-${process.pid}-${++made}.bin`);
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDWR | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0), 0o600);
        closing.register(this, this.fd, this);
        // Where a system allows it, the name goes at once: the rows live as long as the process, and nothing is left.
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(this.file);
        }
        catch {
            // Kept in the run's folder, which is the run's own.
        }
    }
    get length() {
        return this.count;
    }
    get rowsHeld() {
        return this.held.size;
    }
    push(cells) {
        const index = this.count++;
        this.setStart(index, this.size);
        const text = cells.join(SEPARATOR);
        if (cells.length === 0 || !(0,_core_key_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isWellFormed */ .UC)(text) || cells.some((cell) => cell.includes(SEPARATOR))) {
            this.held.set(index, cells);
        }
        else {
            if (this.pendingBytes + text.length * 3 > WRITE_BYTES)
                this.flush();
            if (text.length * 3 > WRITE_BYTES) {
                const bytes = Buffer.from(text, 'utf8');
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, bytes, 0, bytes.length, this.size);
                this.size += bytes.length;
            }
            else {
                const written = this.pending.write(text, this.pendingBytes, 'utf8');
                this.pendingBytes += written;
                this.size += written;
            }
        }
        this.setStart(index + 1, this.size);
    }
    get(index) {
        if (index < 0 || index >= this.count)
            return undefined;
        const held = this.held.get(index);
        if (held) {
            this.lastAsked = index;
            return held;
        }
        return this.readText(index).split(SEPARATOR);
    }
    /** A row's cells joined by U+0000, read as one string (undefined for a row held in memory). */
    text(index) {
        if (index < 0 || index >= this.count)
            return undefined;
        if (this.held.has(index)) {
            this.lastAsked = index;
            return undefined;
        }
        return this.readText(index);
    }
    readText(index) {
        const asked = this.lastAsked;
        this.lastAsked = index;
        this.flush();
        const start = this.startOf(index);
        const end = this.startOf(index + 1);
        // Rows asked in the file's order (a plan's compare, mostly) are read 64 KiB at a time; one asked out of order (a
        // snapshot in key order) alone, so that a table read in another order is not read many times over.
        if (start < this.readFrom || end > this.readFrom + this.readBytes) {
            if (end - start > this.read.length)
                this.read = Buffer.allocUnsafe(end - start);
            const ahead = index === asked + 1 ? this.read.length : end - start;
            const want = Math.min(ahead, this.size - start);
            let done = 0;
            while (done < want) {
                const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, this.read, done, want - done, start + done);
                if (got === 0)
                    break;
                done += got;
            }
            if (done < end - start)
                throw new Error(`the live rows' file ${this.file} ended early`);
            this.readFrom = start;
            this.readBytes = done;
        }
        return this.read.toString('utf8', start - this.readFrom, end - this.readFrom);
    }
    setStart(index, offset) {
        const page = index >>> OFFSETS_SHIFT;
        let offsets = this.starts[page];
        if (offsets === undefined) {
            offsets = new Float64Array(OFFSETS_PAGE);
            this.starts[page] = offsets;
        }
        offsets[index & (OFFSETS_PAGE - 1)] = offset;
    }
    startOf(index) {
        return this.starts[index >>> OFFSETS_SHIFT][index & (OFFSETS_PAGE - 1)];
    }
    close() {
        closing.unregister(this);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
    flush() {
        if (this.pendingBytes === 0)
            return;
        const at = this.size - this.pendingBytes;
        let done = 0;
        while (done < this.pendingBytes) {
            done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, this.pending, done, this.pendingBytes - done, at + done);
        }
        this.pendingBytes = 0;
    }
}


/***/ }),

/***/ 18802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bm: () => (/* binding */ readBaselines),
/* harmony export */   fF: () => (/* binding */ recordQueued),
/* harmony export */   hh: () => (/* binding */ settleQueued),
/* harmony export */   kr: () => (/* binding */ recordBaselines),
/* harmony export */   qc: () => (/* binding */ describeBaselines),
/* harmony export */   x2: () => (/* binding */ baselineKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76893);
/* harmony import */ var _providers_provider_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32288);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50869);




/** The record's name for a table of this configuration: a hash, so any table name makes a valid git ref. */
function baselineKey(configId, provider, table) {
    return `${configId}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([provider, table]))
        .digest('hex')
        .slice(0, 16)}`;
}
async function readBaselines(context, files, fallbackRef) {
    const { pullRequests, settings, event } = context;
    const baselines = new Map();
    // The commit whose history a trusted record is in: the pull request's base for a plan, the pushed commit for an apply.
    const target = event.pullRequest?.baseSha ?? (event.sha || undefined);
    for (const file of files) {
        const fallback = fallbackRef ? { ref: fallbackRef } : {};
        if (!pullRequests) {
            baselines.set(file, { missing: 'no GitHub token to read the record' });
            continue;
        }
        try {
            const applied = await pullRequests.appliedCommit(baselineKey(settings.configId, settings.provider, file.table));
            if (!applied) {
                baselines.set(file, { ...fallback, missing: 'none is recorded' });
                continue;
            }
            // Anyone who can push can move the record (branch protection does not cover refs/datatable-sync/): it is
            // trusted only when its commit is in the history of the commit planned or applied.
            const standing = target ? await pullRequests.compare(applied, target) : 'unknown';
            if (standing === 'ahead' || standing === 'identical')
                baselines.set(file, { ref: applied, applied });
            else {
                baselines.set(file, {
                    ...fallback,
                    missing: `the recorded commit ${applied.slice(0, 7)} is not in the history of ${target ? target.slice(0, 7) : 'this commit'} (GitHub's compare says ${standing}), so it was not written by an apply of this branch and is not trusted`,
                });
            }
        }
        catch (error) {
            baselines.set(file, { ...fallback, missing: `the record could not be read (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRemoteError */ .Md)(error)})` });
        }
    }
    return baselines;
}
/**
 * Records the pushed commit as applied to each table whose apply succeeded (or had nothing to send): one ref write
 * per table.
 */
async function recordBaselines(context, tables, 
/** The plan reads the live rows: the record only lets an apply queued behind a cancelled one look back (apply/queued.ts). */
readsLiveRows = false) {
    const { pullRequests, settings, event, runner } = context;
    if (tables.length === 0)
        return;
    if (!pullRequests || !event.sha) {
        // Nothing to record without a pushed commit (the command line), and plans of live rows do without it.
        if (readsLiveRows)
            return;
        runner.warning(`The applied commit was not recorded (${pullRequests ? 'no commit sha' : 'no github-token'}): the next plan compares with the previous commit and sends every row of the file`);
        return;
    }
    if (readsLiveRows) {
        // Only the look-back reads these records: one line for all tables, and one warning (the cause is the token's).
        for (const [index, table] of tables.entries()) {
            try {
                await pullRequests.recordApplied(baselineKey(settings.configId, settings.provider, table), event.sha);
            }
            catch (error) {
                runner.warning(`The applied commit could not be recorded (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRemoteError */ .Md)(error)}) for ${tables.length - index} table(s); the token needs contents: write. Until it is, an apply queued behind a cancelled one cannot find the pull requests merged since, and refuses a plan that holds more than its own pull request's`);
                return;
            }
        }
        runner.info(`Recorded ${event.sha.slice(0, 7)} as the commit last applied to ${tables.length} table(s)`);
        return;
    }
    for (const table of tables) {
        try {
            await pullRequests.recordApplied(baselineKey(settings.configId, settings.provider, table), event.sha);
        }
        catch (error) {
            runner.warning(`${table}: the applied commit could not be recorded (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRemoteError */ .Md)(error)}); the token needs contents: write. The next plan of this table compares with an older version, so it sends every row of the file rather than miss a change`);
            continue;
        }
        runner.info(`${table}: recorded ${event.sha.slice(0, 7)} as the commit last applied`);
    }
}
/** For the plan's notice (markdown): what each file was compared with; table names escaped, as all data is. */
function describeBaselines(baselines, pullRequest) {
    const parts = [...baselines].map(([file, baseline]) => {
        const table = (0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(file.table);
        if (baseline.applied)
            return `${table}: the version last applied (\`${baseline.applied.slice(0, 7)}\`)`;
        const compared = baseline.ref
            ? `compared with \`${baseline.ref.slice(0, 7)}\` (${pullRequest ? "the pull request's base" : 'the previous commit'})`
            : 'compared with nothing';
        return `${table}: no applied version (${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(baseline.missing ?? '')}); ${compared}, and the apply sends every row of the file`;
    });
    return parts.join('; ');
}
/** A vendor's job id fit to be part of a ref name (uuids and the like); any other is never recorded. */
const REF_SAFE_JOB = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
/**
 * Records the jobs an apply left queued (their end unknown, everything else of it confirmed), each as a ref pointing
 * at the commit it sent, so that the next apply asks about them before sending anything.
 */
async function recordQueued(context, table, jobIds) {
    const { pullRequests, settings, event, runner } = context;
    if (!pullRequests || !event.sha)
        return;
    const key = baselineKey(settings.configId, settings.provider, table);
    for (const jobId of jobIds.filter((id) => REF_SAFE_JOB.test(id))) {
        try {
            await pullRequests.recordQueued(key, jobId, event.sha);
        }
        catch (error) {
            runner.warning(`${table}: the queued job ${jobId} could not be recorded (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRemoteError */ .Md)(error)}): the next apply sends its rows again without asking about it`);
        }
    }
}
/**
 * Before an apply plans: the jobs earlier applies left queued, asked about where the vendor documents a call (waiting
 * up to job-timeout for one still running, so that two jobs never write one table at once). A commit whose queued
 * jobs all ended well is recorded as applied (when it is in this commit's history and newer than the record); a job
 * that failed or still cannot be said is forgotten, and this run sends its rows again. Never throws: whatever cannot
 * be asked leaves the record as it was, which sends the rows again.
 */
async function settleQueued(context, provider, files) {
    const { pullRequests, settings, event, runner } = context;
    // Only a vendor that can say how a job ended leaves jobs queued: for the others there is nothing to ask.
    if (!pullRequests || !event.sha || settings.mode !== 'apply' || !provider.queuedJobEnd)
        return;
    for (const file of files) {
        const key = baselineKey(settings.configId, settings.provider, file.table);
        try {
            const jobs = await pullRequests.queuedJobs(key);
            if (jobs.length === 0)
                continue;
            const table = await provider.getTable(file.table);
            const bySha = new Map();
            for (const job of jobs)
                bySha.set(job.sha, [...(bySha.get(job.sha) ?? []), job.jobId]);
            for (const [sha, ids] of bySha) {
                let confirmed = true;
                for (const id of ids) {
                    const end = await provider.queuedJobEnd(table, id, settings.jobTimeoutMs);
                    const said = end.state === 'succeeded'
                        ? 'it has ended well'
                        : `${end.state === 'failed' ? 'it failed' : 'its end is still not known'}${end.message ? ` (${end.message})` : ''}; its rows are sent again`;
                    runner.info(`${file.table}: job ${id}, queued by the apply of ${sha.slice(0, 7)}: ${said}`);
                    if (end.state !== 'succeeded')
                        confirmed = false;
                }
                if (confirmed && (await newerThanRecord(context, key, sha))) {
                    await pullRequests.recordApplied(key, sha);
                    runner.info(`${file.table}: recorded ${sha.slice(0, 7)} as the commit last applied (its queued jobs ended well)`);
                }
                for (const id of ids)
                    await pullRequests.forgetQueued(key, id);
            }
        }
        catch (error) {
            if (!(error instanceof _providers_provider_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .mZ) && !isRemoteError(error))
                throw error;
            runner.info(`${file.table}: jobs queued by earlier applies could not be asked about (${error instanceof _providers_provider_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .mZ ? error.message : (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRemoteError */ .Md)(error)}); their rows are sent again`);
        }
    }
}
/** Whether `sha` is in this commit's history and comes after the commit recorded as applied (if any). */
async function newerThanRecord(context, key, sha) {
    const { pullRequests, event } = context;
    if (!pullRequests || !event.sha)
        return false;
    const inHistory = await pullRequests.compare(sha, event.sha);
    if (inHistory !== 'ahead' && inHistory !== 'identical')
        return false;
    const recorded = await pullRequests.appliedCommit(key);
    if (!recorded)
        return true;
    return (await pullRequests.compare(recorded, sha)) === 'ahead';
}
/** An error from GitHub's API (it carries an HTTP status), not a bug. */
function isRemoteError(error) {
    return typeof error?.status === 'number';
}


/***/ }),

/***/ 64529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c2: () => (/* binding */ findReaders),
  UN: () => (/* binding */ planAgainstPrevious),
  yN: () => (/* binding */ planInput),
  o$: () => (/* binding */ planLive),
  gx: () => (/* binding */ planOneLive)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/core/live-records.js
var live_records = __webpack_require__(30102);
// EXTERNAL MODULE: ./lib/core/plan.js + 5 modules
var core_plan = __webpack_require__(6273);
// EXTERNAL MODULE: ./lib/core/pool.js
var pool = __webpack_require__(17385);
// EXTERNAL MODULE: ./lib/core/problems.js
var problems = __webpack_require__(70571);
// EXTERNAL MODULE: ./lib/core/references.js
var references = __webpack_require__(1237);
// EXTERNAL MODULE: ./lib/core/schema.js
var core_schema = __webpack_require__(34920);
// EXTERNAL MODULE: ./lib/core/schema-change.js
var schema_change = __webpack_require__(65905);
;// CONCATENATED MODULE: ./lib/heap-growth.js
/**
 * Keeps V8's heap near what a run holds (docs/benchmarks.md, the memory section). Rows stream through a plan by the
 * million: with its defaults V8 doubles the young generation up to 32 MB a semi-space as some of them survive each
 * collection, and lets the old generation grow to several times what a full collection found alive, so a 150,000-row
 * plan peaked at 3x its file and a first load at 10x. Here the young generation keeps its first size (growth factor 1)
 * and the old one grows by a fifth past what was found alive. The collector reads both flags each time it sizes a
 * space, so they work when set at run time, unlike `--max-semi-space-size`, which is read once at start (and
 * action.yml cannot pass flags). Measured: no time lost on a 150,000-row plan (benchmarks).
 * Called before a plan reads rows (every run that reads rows plans first); node:v8 is loaded then, not at start.
 */
let bounded = false;
function boundHeapGrowth() {
    if (bounded)
        return;
    bounded = true;
    const v8 = process.getBuiltinModule('node:v8');
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    v8.setFlagsFromString('--heap-growing-percent=20');
}

// EXTERNAL MODULE: ./lib/providers/provider.js + 1 modules
var providers_provider = __webpack_require__(32288);
;// CONCATENATED MODULE: ./lib/run/plan.js










/**
 * Plans each file against its live table, `parallelism` at a time: results in config order whatever finishes first,
 * one table's failure recorded without stopping the others, and every table planned before anything is applied.
 */
async function planLive(files, provider, options) {
    const group = options.group ?? ((_name, work) => work());
    await provider.expectTables?.(files.map((file) => file.table));
    const results = await (0,pool/* mapConcurrent */._)(files, options.parallelism ?? 1, (file) => 
    // One fold of the log per table.
    group(`Plan ${file.relativePath} -> ${file.table}`, async () => {
        try {
            return await planOneLive(file, provider, options.log, options.readSchema, options.rowStore);
        }
        catch (error) {
            return failureOf(file, error);
        }
    }));
    return collect(results);
}
/** The planned tables and the failures, each in config order. */
function collect(results) {
    const run = { tables: [], failures: [] };
    for (const result of results) {
        if ('plan' in result)
            run.tables.push(result);
        else
            run.failures.push(result);
    }
    return run;
}
/**
 * The most rows the file can hold, counted in a first read (a few milliseconds for 10 MB), so that a plan makes what it
 * keeps a row at its size at once. Unknown (0) when it cannot be read: the plan's own read then says why.
 */
function rowsAtMost(file) {
    try {
        return file.linesAtMost?.() ?? 0;
    }
    catch {
        return 0;
    }
}
/** One file against its live table (also used to plan again after waiting for another import). */
async function planOneLive(file, provider, log, readSchema, rowStore) {
    // A schema file is used only by a vendor that can create tables and columns.
    const beside = provider.createTable ? readSchema?.(file) : undefined;
    let table;
    try {
        table = await provider.getTable(file.table);
    }
    catch (error) {
        if (!(error instanceof providers_provider/* TableNotFoundError */.My && beside))
            throw error;
    }
    const change = beside
        ? (0,schema_change/* diffSchema */.VG)(beside.schema, table?.schema, beside.division, provider.capabilities.describe, provider.capabilities.schemaChanges)
        : undefined;
    const fixedKey = provider.capabilities.fixedKeyName;
    const key = beside?.schema.fields.find((field) => field.isKey)?.name;
    if (change && fixedKey && key !== fixedKey) {
        change.refusals.push(`${beside?.path}: the key field is named "${key}", but ${provider.capabilities.describe} name it "${fixedKey}" (its title is what the CSV header shows)`);
    }
    // Rows are checked against the schema the table will have: the file's, when it creates the table or changes columns.
    const schema = change && (0,schema_change/* hasSchemaChange */.wj)(change) && change.refusals.length === 0 ? beside?.schema : table?.schema;
    // Before any rows are read (after the first request, so that loading node:v8 is not part of the start).
    boundHeapGrowth();
    const live = table
        ? await provider.readRows(table)
        : { records: [], source: 'nothing: the table does not exist yet' };
    const referenceCells = beside?.references ? new references/* ReferenceCells */.Do(beside.references) : undefined;
    const plan = await (0,core_plan/* planTable */.k0)({
        ...planInput(file, provider, table ?? { id: `new:${file.table}`, name: file.table }, live.records, schema),
        ...(change ? { schemaChange: change } : {}),
        ...(referenceCells ? { onValidRow: (key, row, line) => referenceCells.row(key, row, line) } : {}),
        addedRows: rowStore,
        rowsAtMost: rowsAtMost(file),
    });
    log(`${file.relativePath} -> ${file.table}: live rows read by ${live.source}`);
    return {
        plan,
        file,
        ...(table ? { table } : {}),
        liveRecords: live.records,
        ...(referenceCells ? { referenceCells } : {}),
    };
}
/**
 * What planning `file` needs, made here alone so that every plan of a file holds it to the same limits: against a live
 * table's rows, a previous version of the file (planAgainstPrevious), the table read again after an import (verify),
 * or another commit's file (apply/queued.ts, which passes that text as `source`). Without a provider: the file's own
 * rules only, as a plan without credentials.
 */
function planInput(file, provider, table, records, schema, 
/** The bytes to plan, when not the file's own (opened only when not given). */
source = file.open()) {
    return {
        file: file.relativePath,
        source,
        csvOptions: { delimiter: file.delimiter },
        table: { id: table.id, name: table.name },
        schema: schema ??
            ((header) => table.headerSchema?.(header, file.relativePath) ??
                (0,core_schema/* schemaFromHeader */.Nx)(header, table.keyColumn, file.relativePath)),
        liveRecords: records,
        mode: file.importMode,
        maxDeletes: file.maxDeletes,
        maxChanges: file.maxChanges,
        allowRenames: file.allowRenames,
        allowReshuffle: file.allowReshuffle,
        limits: table.limits ?? providers_provider/* NO_TABLE_LIMITS */.MM,
        cannotDelete: provider && cannotDeleteReason(provider),
        checkCell: provider?.capabilities.checkCell,
        uploadLimit: provider && uploadLimit(provider, file),
        updatesRefused: table.updatesRefused,
        allowShapeChange: file.allowShapeChange,
    };
}
/**
 * Plans each file without the live rows (no credentials, or a provider that cannot read them): the file's structure
 * and keys are checked, and it is diffed, as text, against a version of it (`readBase` gives that text: the version
 * last applied, or the previous one; undefined when there is none). With a provider, its table is the import target,
 * what it cannot delete is listed as not applied, and `sendWholeFile` says why a table gets every row, not changes.
 */
async function planAgainstPrevious(files, readBase, provider, parallelism = 1, sendWholeFile = () => undefined, 
/** Where a previous version's rows are kept (a file of the run's folder); none: in memory. */
rowStore) {
    await provider?.expectTables?.(files.map((file) => file.table));
    const results = await (0,pool/* mapConcurrent */._)(files, parallelism, async (file) => {
        try {
            const table = provider ? await provider.getTable(file.table) : undefined;
            // Before any rows are read (after the first request, so that loading node:v8 is not part of the start).
            boundHeapGrowth();
            const liveRecords = await readPreviousVersion(file, readBase, rowStore);
            const plan = await (0,core_plan/* planTable */.k0)({
                ...planInput(file, provider, table ?? { id: `offline:${file.relativePath}`, name: file.table }, liveRecords, table?.schema),
                addedRows: rowStore,
                rowsAtMost: rowsAtMost(file),
            });
            const whole = sendWholeFile(file);
            if (table && provider) {
                plan.rowsInTable = table.rowCount ?? null;
                plan.refusals.push(...wholeFileRefusals(plan, table, provider, whole));
            }
            return { plan, file, ...(table ? { table } : {}), liveRecords: [], ...(whole ? { sendWholeFile: whole } : {}) };
        }
        catch (error) {
            return failureOf(file, error);
        }
    });
    return collect(results);
}
/**
 * The file's previous version, read as it arrives into the rows' store (a file of the run's folder in a run): never
 * held whole, so a large file's previous version costs its keys and offsets, not its size.
 */
async function readPreviousVersion(file, readBase, rowStore) {
    const source = await readBase(file);
    if (source === undefined)
        return [];
    return (0,live_records/* readCsvRecords */.Jx)(source, `${file.relativePath} (previous version)`, { delimiter: file.delimiter }, rowStore?.());
}
/**
 * What sending the whole file (no applied version recorded) would do wrong to a table whose rows cannot be read:
 * append every row again to a table without a key that already holds rows, or, in replace mode, leave rows that no
 * version of the file names (they cannot be read, so they cannot be deleted).
 */
function wholeFileRefusals(plan, table, provider, whole) {
    if (!whole || provider.capabilities.readsLiveRows)
        return [];
    const refusals = [];
    const held = table.rowCount;
    if (table.updatesRefused && plan.validRows > 0 && held !== 0) {
        refusals.push(`${whole}, so the apply would send every row of the file; but this table has no primary key this action can see, and ${provider.capabilities.describe} append what they are sent: the file's ${plan.validRows} row(s) would be added again beside the ${held === undefined ? '' : `${held} `}row(s) the table holds. Let the action record its applies (a github-token with contents: write), or empty the table there first`);
    }
    // Upserting the file's rows and deleting the plan's leaves at least this many: more than the file has means rows
    // that no version of the file names stay, and, unreadable, they cannot be deleted.
    const left = held === undefined ? 0 : held - plan.diff.deleted.length;
    if (plan.mode === 'replace' && left > plan.validRows) {
        refusals.push(`import-mode is replace, but the table holds ${held} row(s): after this apply at least ${left} would remain, more than the file's ${plan.validRows}. Rows no version of the file names cannot be read from ${provider.capabilities.describe}, so they cannot be deleted and the table would not become the file. Empty the table there first, or use import-mode: append to keep them`);
    }
    return refusals;
}
/** The provider's upload limit with the file's size, for the plan to check. */
function uploadLimit(provider, file) {
    const maxBytes = provider.capabilities.maxUploadBytes;
    if (maxBytes === undefined)
        return undefined;
    return { maxBytes, fileBytes: (0,external_node_fs_.statSync)(file.absolutePath).size, vendor: provider.capabilities.describe };
}
/** Why rows the file dropped are not applied, for a provider that cannot delete. */
function cannotDeleteReason(provider) {
    return provider.capabilities.deletes
        ? undefined
        : `${provider.capabilities.describe} cannot delete rows: remove them there if they should go`;
}
/** A table that could not be planned, for the report; anything but a vendor or data-file error is a bug: thrown. */
function failureOf(file, error) {
    if (!(error instanceof providers_provider/* ProviderError */.mZ || error instanceof problems/* DataFileError */.t1))
        throw error;
    return {
        file: file.relativePath,
        table: file.table,
        message: error.message,
        ...(error instanceof problems/* DataFileError */.t1 ? { problems: error.problems } : {}),
    };
}
/**
 * What reads each changed table (its vendor's flows), onto its plan: one request per table whose plan changes it,
 * none for the others. Never a failure: a refused permission stops the asking and comes back as one notice; any
 * other error leaves that table without the line, logged.
 */
async function findReaders(planned, provider, parallelism, log) {
    const readers = provider.readers?.bind(provider);
    if (!readers)
        return undefined;
    let refused;
    const changed = planned.tables.filter((t) => t.table && (0,core_plan/* changesTable */.EI)(t.plan));
    // Never past the rate limit's budget for one window: a 200-table plan would otherwise wait a minute for its readers.
    const room = provider.readersRoom?.();
    const asked = room ? changed.slice(0, room.tables) : changed;
    const notAsked = changed.slice(asked.length);
    const overBudget = !room || notAsked.length === 0
        ? undefined
        : asked.length === 0
            ? `What reads each changed table was not asked: reading the tables spent the rate limit's budget (${room.budget}) for now; each says "Readers not asked".`
            : `What reads each changed table was asked for the first ${asked.length} of ${changed.length} changed tables, within the rate limit's budget (${room.budget}) left after reading them; the other ${notAsked.length} say "Readers not asked".`;
    for (const one of notAsked) {
        one.plan.readers = {
            total: 0,
            shown: [],
            allFlows: true,
            source: '',
            notAsked: `the plan kept within the rate limit's budget (${room?.budget})`,
        };
    }
    await (0,pool/* mapConcurrent */._)(asked, parallelism, async (one) => {
        if (refused)
            return;
        try {
            one.plan.readers = await readers(one.table);
        }
        catch (error) {
            if (error instanceof providers_provider/* MissingPermissionError */.Ai)
                refused ??= error;
            else if (error instanceof providers_provider/* ProviderError */.mZ)
                log(`${one.plan.table.name}: what reads it was not found: ${error.message}`);
            else
                throw error;
        }
    });
    if (!refused)
        return overBudget;
    return `${overBudget ? `${overBudget} ` : ''}The flows that read each changed table are not shown: the OAuth client's role lacks the permission ${refused.permission}. Add it to the role to see them in the plan.`;
}


/***/ }),

/***/ 57004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTables: () => (/* binding */ runTables)
});

// EXTERNAL MODULE: ./lib/core/clock.js
var core_clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/inputs/schema-files.js
var schema_files = __webpack_require__(45232);
// EXTERNAL MODULE: ./lib/providers/row-file.js
var row_file = __webpack_require__(36097);
// EXTERNAL MODULE: ./lib/review/review-queue.js
var review_queue = __webpack_require__(18444);
// EXTERNAL MODULE: ./lib/run/baseline.js
var baseline = __webpack_require__(18802);
// EXTERNAL MODULE: ./lib/run/context.js
var run_context = __webpack_require__(48402);
// EXTERNAL MODULE: ./lib/core/report/markdown.js
var markdown = __webpack_require__(76893);
;// CONCATENATED MODULE: ./lib/core/audit-trail.js

/** At most this many lines in a report: the rest are counted. */
const MAX_EDIT_LINES = 50;
/** "2026-12-05 14:02 UTC" */
function utcMinute(iso) {
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
/** The keys of a plan's rows that differ between the table and git (drift), in the diff's order. */
function driftedKeys(plan) {
    return [...plan.diff.updated, ...plan.diff.deleted, ...plan.diff.added].map((row) => row.key);
}
/**
 * Who changed which drifted rows and when, where the audit log says so: for each drifted row, the latest entry that
 * names it; for a table with entries naming no row, the latest of those. Rows the log says nothing of are not named
 * (a change older than the log's window, or one it does not record). Markdown lines, our words around escaped data:
 * `Holidays: row "Christmas Day" changed by Jane Doe (user) on 2026-12-05 14:02 UTC`.
 */
function whoChanged(plans, edits) {
    const newestFirst = [...edits].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const lines = [];
    let more = 0;
    const push = (line) => {
        if (lines.length < MAX_EDIT_LINES)
            lines.push(line);
        else
            more++;
    };
    const says = (edit) => `${edit.action} by ${(0,markdown/* escapeMarkdown */.FV)(edit.who)} (${edit.by}) on ${utcMinute(edit.at)}`;
    for (const plan of plans) {
        const ofTable = newestFirst.filter((edit) => edit.tableId === plan.table.id);
        if (ofTable.length === 0)
            continue;
        const table = (0,markdown/* escapeMarkdown */.FV)(plan.table.name);
        const latestByRow = new Map();
        for (const edit of ofTable)
            if (edit.rowKey !== undefined && !latestByRow.has(edit.rowKey))
                latestByRow.set(edit.rowKey, edit);
        const keys = driftedKeys(plan);
        for (const key of keys) {
            const edit = latestByRow.get(key);
            if (edit)
                push(`${table}: row "${(0,markdown/* escapeMarkdown */.FV)(key)}" ${says(edit)}`);
        }
        const unnamed = ofTable.find((edit) => edit.rowKey === undefined);
        if (unnamed && keys.length > 0)
            push(`${table}: ${says(unnamed)} (the audit log names no row)`);
    }
    if (more > 0)
        lines.push(`… and ${more} more (the vendor's audit log has them all)`);
    return lines;
}

// EXTERNAL MODULE: ./lib/core/plan.js + 5 modules
var core_plan = __webpack_require__(6273);
// EXTERNAL MODULE: ./lib/providers/provider.js + 1 modules
var providers_provider = __webpack_require__(32288);
;// CONCATENATED MODULE: ./lib/run/edits-outside-git.js



/** The drifted tables whose audit log one drift check reads at most (one query, a few pages, each). */
const MAX_AUDITED_TABLES = 20;
/**
 * On a drift check: who changed the drifted tables outside git, and when, from the vendor's audit log, as lines for
 * the report. Never a failure: without the permission, one notice naming it and no names; any other error, a line
 * in the log and a notice; a vendor without an audit log, nothing said.
 */
async function findEditors(planned, provider, 
/** `named`: drift-authors, resolved (auto: a private repository only). */
options) {
    const readEdits = provider.tableEdits?.bind(provider);
    const drifted = planned.tables.map((t) => t.plan).filter((plan) => (0,core_plan/* changesTable */.EI)(plan) && plan.table.id !== '');
    if (!readEdits || drifted.length === 0)
        return { lines: [] };
    if (!options.named) {
        // Said in the log only: a public repository's drift check is no place for names, and nothing is missing from it.
        options.log('Who changed the drifted tables is not read (drift-authors: false, or auto and the repository is not known to be private).');
        return { lines: [] };
    }
    const asked = drifted.slice(0, MAX_AUDITED_TABLES);
    const days = provider.auditDays ?? 14;
    try {
        const edits = await readEdits(asked.map((plan) => plan.table), new Date(options.now - days * 86_400_000), new Date(options.now));
        const lines = whoChanged(asked, edits);
        options.log(`Audit log read for ${asked.length} drifted table(s) over the last ${days} days: ${edits.length} entr${edits.length === 1 ? 'y' : 'ies'}, ${lines.length} line(s) for the report`);
        const skipped = drifted.length - asked.length;
        return {
            lines,
            ...(skipped > 0
                ? {
                    notice: `Who changed the tables was read from the audit log for the first ${asked.length} drifted tables only; ${skipped} more are not named.`,
                }
                : {}),
        };
    }
    catch (error) {
        if (error instanceof providers_provider/* MissingPermissionError */.Ai) {
            return {
                lines: [],
                notice: `Who changed the drifted tables is not said: the OAuth client's role lacks the permission ${error.permission} (the audit log). Add it to the role to have the drift report name who changed which rows and when; the drift check goes on without.`,
            };
        }
        if (error instanceof providers_provider/* ProviderError */.mZ) {
            options.log(`The audit log could not be read: ${error.message}`);
            return {
                lines: [],
                notice: 'Who changed the drifted tables is not said: the audit log could not be read (the log says why).',
            };
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./lib/run/matrix.js
var matrix = __webpack_require__(54400);
// EXTERNAL MODULE: ./lib/run/plan.js + 1 modules
var plan = __webpack_require__(64529);
// EXTERNAL MODULE: ./lib/run/publish.js + 2 modules
var publish = __webpack_require__(91508);
// EXTERNAL MODULE: ./lib/core/references.js
var references = __webpack_require__(1237);
;// CONCATENATED MODULE: ./lib/run/references.js


/**
 * Checks the ids in columns declared as references against the org: the ids of every table in the run gathered per
 * kind, one lookup request per kind per 100 ids; then each table's plan holds its cells against the answers (a missing
 * id blocks the table). Only rows the plan adds or changes, unless `everyRow` (a drift check). Never a failure: a kind
 * the role may not look up is left unchecked, said once per permission; any other error leaves that kind unchecked,
 * said too. Returns those notices.
 */
async function checkReferences(planned, provider, options) {
    const lookup = provider.lookupObjects?.bind(provider);
    const withCells = planned.tables.filter((t) => t.referenceCells);
    if (withCells.length === 0)
        return [];
    const toCheck = new Map(withCells.map((t) => [t, t.referenceCells?.toCheck(t.plan.diff, options.everyRow) ?? []]));
    if (!lookup) {
        return [
            `${provider.capabilities.describe} cannot look objects up by id: the columns declared as references were not checked.`,
        ];
    }
    // The ids changed cells held before are looked up too, for their names (never blocking: they are going).
    const all = [
        ...[...toCheck.values()].flat(),
        ...withCells.flatMap((t) => (0,references/* previousIds */.oe)(t.plan.diff, t.referenceCells?.columns ?? {})),
    ];
    const found = new Map();
    const refused = new Map();
    const failed = [];
    for (const [kind, ids] of (0,references/* idsByKind */._x)(all)) {
        const names = new Map();
        try {
            for (const batch of (0,references/* batches */.Xy)(ids))
                for (const [id, name] of await lookup(kind, batch))
                    names.set(id, name);
            found.set(kind, names);
            options.log(`Looked up ${ids.length} ${references/* REFERENCE_WORDS */.Ab[kind]} id(s): ${names.size} found`);
        }
        catch (error) {
            if (error instanceof providers_provider/* MissingPermissionError */.Ai) {
                refused.set(error.permission, [...(refused.get(error.permission) ?? []), kind]);
            }
            else if (error instanceof providers_provider/* ProviderError */.mZ) {
                // The vendor's words go to the log (one door for them); the notice says where they are.
                options.log(`The ${references/* REFERENCE_WORDS */.Ab[kind]} ids were not checked: ${error.message}`);
                failed.push(`The ${references/* REFERENCE_WORDS */.Ab[kind]} ids were not checked: their lookup failed (the log says why).`);
            }
            else
                throw error;
        }
    }
    const org = provider.describeOrg?.() ?? provider.capabilities.describe;
    for (const [table, cells] of toCheck) {
        (0,references/* holdReferences */.aj)(table.plan, cells, found, org, table.referenceCells?.columns ?? {}, provider.objectIdForm);
    }
    const notices = [...refused].map(([permission, kinds]) => `The ids in columns declared as references to ${kinds.map((kind) => `${references/* REFERENCE_WORDS */.Ab[kind]}s`).join(' and ')} were not checked: the OAuth client's role lacks the permission ${permission}. Add it to the role to have them checked; the plan goes on without.`);
    return [...notices, ...failed];
}

;// CONCATENATED MODULE: ./lib/run/tables.js











/**
 * The tables' part of a run, loaded after the vendor is asked for its login (main.ts): plan every table, report,
 * and in apply mode import each changed table and report.
 */
async function runTables(context, provider, files, { offline, chosen, rotation }) {
    const { runner, settings, event, pullRequests } = context;
    const clock = runner.clock ?? core_clock/* realClock */.d;
    const previousRef = event.pullRequest?.baseSha ?? event.before;
    // A vendor that cannot read its rows is compared with the commit last applied to each table (see baseline.ts);
    // an offline plan (no credentials) is a preview only, compared with the previous version.
    // Jobs earlier applies left queued are asked about first: one that ended well makes its commit the one applied.
    if (provider && !provider.capabilities.readsLiveRows)
        await (0,baseline/* settleQueued */.hh)(context, provider, files);
    const baselines = provider && !provider.capabilities.readsLiveRows ? await (0,baseline/* readBaselines */.bm)(context, files, previousRef) : undefined;
    const readPrevious = (file) => (0,publish/* readVersion */.$4)(pullRequests, file.relativePath, baselines ? baselines.get(file)?.ref : previousRef);
    const planned = provider?.capabilities.readsLiveRows === true
        ? await (0,plan/* planLive */.o$)(files, provider, {
            log: runner.info,
            group: runner.group,
            parallelism: settings.parallelism,
            readSchema: (file) => (0,schema_files/* readSchemaBeside */._Q)(context.files, file.relativePath),
            rowStore: () => new row_file/* RowFile */.h(context.run.path),
        })
        : await (0,plan/* planAgainstPrevious */.UN)(files, readPrevious, provider, settings.parallelism, (file) => baselines?.get(file)?.missing
            ? `no applied version is recorded (${baselines.get(file)?.missing})`
            : undefined, () => new row_file/* RowFile */.h(context.run.path));
    // The flows a change touches, for the pull request's review (not asked again by the apply).
    const readersNotice = provider && settings.mode === 'plan'
        ? await (0,plan/* findReaders */.c2)(planned, provider, settings.parallelism, runner.info)
        : undefined;
    if (readersNotice)
        runner.notice(readersNotice);
    const driftCheck = (0,run_context/* isDriftCheck */.Ub)(settings, event);
    // Ids in reference columns against the org: the rows a plan writes, and every row on a drift check.
    const referenceNotices = provider
        ? await checkReferences(planned, provider, { everyRow: driftCheck, log: runner.info })
        : [];
    for (const notice of referenceNotices)
        runner.notice(notice);
    // Who changed the drifted tables outside git, from the vendor's audit log (a drift check only).
    const editors = provider && driftCheck
        ? await findEditors(planned, provider, {
            log: runner.info,
            now: clock.now(),
            named: settings.driftAuthors ?? event.publicRepository === false,
        })
        : undefined;
    if (editors?.notice)
        runner.notice(editors.notice);
    const published = await (0,publish/* publishPlan */.JL)(context, planned, {
        mode: settings.mode === 'apply' ? 'apply' : 'plan',
        plans: planned.tables.map((t) => t.plan),
        failures: planned.failures,
        notices: [
            ...(0,publish/* planNotices */.BT)(event, offline, provider, previousRef, baselines && (0,baseline/* describeBaselines */.qc)(baselines, event.pullRequest !== undefined), driftCheck),
            ...(chosen?.tell ? [chosen.notice] : []),
            ...(rotation ? [rotation.notice] : []),
            ...(0,schema_files/* unusedSchemaFiles */.pR)(context.files, files, provider),
            ...(readersNotice ? [readersNotice] : []),
            ...referenceNotices,
            ...(editors?.notice ? [editors.notice] : []),
        ],
        ...(editors && editors.lines.length > 0 ? { editedBy: editors.lines } : {}),
        link: (0,publish/* fileLink */.RF)(event),
        ...(settings.environment ? { environment: settings.environment } : {}),
        ...(driftCheck ? { drift: true } : {}),
        ...(chosen && chosen.notRead > 0 ? { notRead: chosen.notRead } : {}),
    });
    runner.debug(`${provider?.requestCount() ?? 0} API requests to read the live tables`);
    if (settings.mode === 'plan' && settings.group)
        await (0,matrix/* writeGroupPlan */.c)(context, settings.group, planned, published.reportInput);
    else if (settings.mode === 'plan')
        await (0,review_queue/* labelPullRequest */.Xq)(context, published.reportInput.plans, planned.failures);
    // A drift check applies nothing: an apply's guards (refusals) are reported in it, and fail only the apply.
    const blocked = driftCheck ? published.unplanned : published.blocked;
    if (blocked.length > 0) {
        runner.output('import-jobs', '[]');
        const verb = driftCheck
            ? 'The drift check found problems besides drift'
            : settings.mode === 'plan'
                ? 'The plan cannot be applied'
                : 'Nothing was applied, because';
        const plans = planned.tables.map((t) => t.plan);
        const reason = plans.some((p) => p.invalidRows > 0)
            ? 'invalid-rows'
            : !driftCheck && plans.some((p) => p.refusals.length > 0)
                ? 'guard'
                : 'table-failed';
        return runner.fail(`${verb}:\n${blocked.join('\n')}`, reason);
    }
    if (settings.mode === 'apply' && provider) {
        // On a terminal the person at it approves what they just read (GitHub's approval is the reviewed plan).
        const [{ askOnTerminal }, { applyPlans }] = await Promise.all([
            __webpack_require__.e(/* import() */ 198).then(__webpack_require__.bind(__webpack_require__, 48198)),
            Promise.all(/* import() */[__webpack_require__.e(198), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 10099)),
        ]);
        if (!(await askOnTerminal(runner, planned)))
            return;
        await applyPlans(context, provider, planned, published);
    }
    else
        runner.output('import-jobs', '[]');
}


/***/ })

};
