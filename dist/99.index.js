export const id = 99;
export const ids = [99];
export const modules = {

/***/ 10099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyPlans: () => (/* binding */ applyPlans)
});

// EXTERNAL MODULE: ./lib/core/plan.js + 5 modules
var core_plan = __webpack_require__(6273);
// EXTERNAL MODULE: ./lib/core/pool.js
var pool = __webpack_require__(17385);
// EXTERNAL MODULE: ./lib/core/report/apply.js
var apply = __webpack_require__(2074);
// EXTERNAL MODULE: ./lib/core/report/markdown.js
var markdown = __webpack_require__(76893);
// EXTERNAL MODULE: ./lib/review/review-queue.js
var review_queue = __webpack_require__(18444);
// EXTERNAL MODULE: ./lib/run/apply/gate.js + 3 modules
var apply_gate = __webpack_require__(48198);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/log-line.js
var log_line = __webpack_require__(73916);
// EXTERNAL MODULE: ./lib/review/comment.js
var comment = __webpack_require__(57781);
// EXTERNAL MODULE: ./lib/review/protocol.js
var protocol = __webpack_require__(45794);
// EXTERNAL MODULE: ./lib/run/baseline.js
var baseline = __webpack_require__(18802);
// EXTERNAL MODULE: ./lib/run/context.js
var run_context = __webpack_require__(48402);
;// CONCATENATED MODULE: ./lib/run/apply/results.js
/**
 * What an apply leaves behind, once its tables are imported: the record of what each table now matches, the
 * import-jobs output, the snapshots, the results in the reviewed plan's comment, and the failure that names each table.
 */








/**
 * The commit each table now matches: for the next plan to compare with (baseline.ts), and for an apply queued behind
 * a cancelled one to find the pull requests merged since (apply/queued.ts). `applied` is in the order of the tables.
 */
async function recordApplied(context, provider, planned, applied) {
    const { runner } = context;
    const done = planned.tables.filter((t, i) => {
        const outcome = applied[i]?.outcome;
        // Only what the vendor confirmed: a queued apply is checked or sent again by the next run.
        return outcome
            ? outcome.succeeded === true && outcome.confirmed !== false
            : !(0,core_plan/* changesTable */.EI)(t.plan) && !t.sendWholeFile;
    });
    if (!provider.capabilities.readsLiveRows) {
        const outcomes = applied.flatMap((a) => (a.outcome ? [a.outcome] : []));
        for (const outcome of outcomes.filter((o) => o.succeeded && o.confirmed === false)) {
            runner.warning(`${outcome.table}: not recorded as applied: ${provider.capabilities.describe} took the rows but has not confirmed what it did with them. The next run ${outcome.queuedJobs ? 'asks about the queued job(s) first, and unless they ended well ' : ''}compares with the version last recorded and sends these rows again`);
            if (outcome.queuedJobs)
                await (0,baseline/* recordQueued */.fF)(context, outcome.table, outcome.queuedJobs);
        }
    }
    await (0,baseline/* recordBaselines */.kr)(context, done.map((t) => t.file.table), provider.capabilities.readsLiveRows);
}
/** The import-jobs output: each tried table's job, status and counts. */
function importJobsOutput(runner, outcomes) {
    runner.output('import-jobs', (0,log_line/* outputJson */.Wd)(outcomes.map(({ table, jobId, status, updated, deleted, failed, url, queued, planned, verified }) => ({
        table,
        jobId,
        status,
        updated,
        deleted,
        failed,
        ...(queued !== undefined ? { queued } : {}),
        ...(url ? { url } : {}),
        ...(planned ? { planned } : {}),
        ...(verified !== undefined ? { verified } : {}),
    }))));
}
/**
 * Where the snapshots of the tables before the import are: said on a terminal; on GitHub, an artifact when allowed.
 */
async function keepSnapshots(context, snapshots, onTerminal) {
    const { runner, settings } = context;
    if (snapshots.length === 0)
        return;
    const snapshotDir = external_node_path_.join(context.run.path, 'snapshots');
    runner.output('snapshot-dir', snapshotDir);
    // A snapshot is a full copy of the table, readable by anyone who can read the repository's artifacts: uploaded
    // for private repositories unless turned off, for public ones only when asked.
    const uploadSnapshots = settings.uploadSnapshots ?? context.event.publicRepository === false;
    if (onTerminal) {
        runner.info(`The tables as they were before the import (to restore with import-mode: replace): ${snapshotDir}`);
    }
    else if (uploadSnapshots) {
        const name = (0,run_context/* artifactName */.Cs)('datatable-snapshot', settings);
        const upload = await runner.uploadArtifact(name, [...snapshots], snapshotDir, settings.retentionDays);
        if (upload.skipped)
            runner.notice(`Snapshot artifact not uploaded: ${upload.skipped}. The snapshots are in ${snapshotDir}.`);
    }
    else {
        runner.info(`Snapshots not uploaded as an artifact (upload-snapshots: ${settings.uploadSnapshots === false ? 'false' : 'auto, and the repository is public or its visibility unknown'}); they are in ${snapshotDir} for this job.`);
    }
}
/**
 * The results join the reviewed plan's comment: the plan line keeps the reviewed commit and says where it was
 * applied, so a re-run of this apply still finds the plan reviewed before the merge, and nothing reads it as a new one.
 */
async function commentResults(context, reviewed, published, plans, outcomes) {
    const { settings } = context;
    // One group of a matrix leaves the comment as gathered: it holds every group's plan, which the other groups'
    // applies still check; this group's results are in its summary and outputs.
    if (reviewed.number === undefined || settings.comment === 'never' || settings.group)
        return;
    const plannedAt = reviewed.state === 'found' ? reviewed.marker.sha : context.event.sha;
    const body = (0,protocol/* renderComment */.wQ)({
        ...published.reportInput,
        configId: settings.configId,
        planMarker: { ...(0,protocol/* planMarkerFor */.Rx)(plans, plannedAt), applied: context.event.sha },
        commit: { planned: plannedAt, applied: context.event.sha },
        outcomes,
        wherePlanIs: published.wherePlanIs,
    }, (0,protocol/* sealWith */.Qv)(settings.planSigningKey));
    await (0,comment/* postComment */.Gy)(context, reviewed.number, body, false);
}
/** Fails the run when any table's import failed, naming each with why. */
function failImports(runner, outcomes) {
    const failed = outcomes.filter((o) => !o.succeeded);
    if (failed.length === 0)
        return;
    runner.fail(failed
        .map((o) => `${o.table}: ${o.message ?? `import job ${o.jobId} ${o.status}`}${o.error ? `: ${(0,apply/* describeImportError */.p)(o.error)}` : ''}`)
        .join('\n'), 'import-failed');
}

// EXTERNAL MODULE: ./lib/core/problems.js
var problems = __webpack_require__(70571);
// EXTERNAL MODULE: ./lib/core/schema-change.js
var schema_change = __webpack_require__(65905);
// EXTERNAL MODULE: ./lib/core/table-csv.js
var table_csv = __webpack_require__(78174);
// EXTERNAL MODULE: ./lib/inputs/schema-files.js
var schema_files = __webpack_require__(45232);
// EXTERNAL MODULE: ./lib/providers/provider.js + 1 modules
var providers_provider = __webpack_require__(32288);
// EXTERNAL MODULE: ./lib/run/plan.js + 1 modules
var plan = __webpack_require__(64529);
// EXTERNAL MODULE: ./lib/core/schema.js
var core_schema = __webpack_require__(34920);
// EXTERNAL MODULE: ./lib/core/clock.js
var core_clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/diff.js + 1 modules
var core_diff = __webpack_require__(46420);
// EXTERNAL MODULE: ./lib/core/live-records.js
var live_records = __webpack_require__(30102);
;// CONCATENATED MODULE: ./lib/core/settle.js
/**
 * Reading a table back after an import, when reads may lag behind writes: when to read again, and what the reads
 * mean. A read that shows the old table may only be late; a read that shows the table as the job left it ends the
 * wait at once. Pure: the caller reads, and waits on a clock it is given.
 */
/**
 * When the reads come, as parts of the window after the first read (at once): for 60 s, at 0, 1, 4, 12, 30 and 60 s.
 * Six reads at most; a late table is usually seen within seconds, and the last two reads are spread over the window,
 * so a mismatch is never reported on reads taken close together.
 */
const READ_AT = [0, 1, 4, 12, 30, 60].map((second) => second / 60);
/** The times (ms after the first read) at which the table is read; one read when the window is 0. */
function settleSchedule(windowMs) {
    if (!(windowMs > 0))
        return [0];
    return READ_AT.map((part) => Math.round(part * windowMs));
}
/**
 * After read number `reads` (1 for the first) at `elapsedMs` after the first, what to do. After a failed job, "expected"
 * is the snapshot: a read that differs from it is evidence of a change (restore at once); a read equal to it ends the
 * wait only when the job's counts say nothing changed. While the counts say rows changed, an equal read may be a late
 * one, and the snapshot is put back (harmless when the table really is as it was) unless `restoreNeedsChange`: a vendor
 * that restores by sending the differences needs a read that shows them, so it waits for one. Without counts, reads
 * continue over the whole window before the table is called unchanged.
 */
function settleStep(end, shows, reads, elapsedMs, schedule, restoreNeedsChange = false) {
    const nextAt = schedule[reads];
    const wait = () => ({ next: 'wait', ms: Math.max(0, nextAt - elapsedMs) });
    const more = nextAt !== undefined;
    if (end.kind === 'succeeded') {
        if (shows === 'expected')
            return { next: 'settled' };
        return more ? wait() : { next: 'mismatch' };
    }
    if (shows !== 'expected')
        return { next: 'restore', seen: true };
    if (end.changedRows === 0)
        return { next: 'settled' };
    if (end.changedRows !== undefined && !restoreNeedsChange)
        return { next: 'restore', seen: false };
    if (more)
        return wait();
    return end.changedRows === undefined ? { next: 'settled' } : { next: 'restore', seen: false };
}
/** "3 reads over 4.2 s", for reports. */
function describeReads(reads, elapsedMs) {
    if (reads <= 1)
        return 'one read';
    return `${reads} reads over ${(elapsedMs / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./lib/run/apply/verify.js
/**
 * What an import did to a table, read back: after a success, that the table equals the file; after a failure, that it
 * equals its snapshot, or the snapshot is put back. Reads may lag behind writes (Genesys: docs/genesys.md), so a table
 * is read again within a bounded window as src/core/settle.ts decides, and the report says how long that took.
 */










/** The window for this provider: the verify-timeout input when set, else how long the vendor's reads may lag. */
function settleOptions(provider, verifyTimeoutMs, clock = core_clock/* realClock */.d) {
    return { windowMs: verifyTimeoutMs ?? provider.capabilities.readLagMs ?? 0, clock };
}
/** Reads until the rule says the table settled (or will not): a bounded loop, as many reads as the schedule has. */
async function readUntilSettled(read, end, options, restoreNeedsChange = false) {
    const schedule = settleSchedule(options.windowMs);
    const started = options.clock.now();
    for (let reads = 1;; reads++) {
        const { shows, detail } = await read();
        const elapsedMs = options.clock.now() - started;
        const step = settleStep(end, shows, reads, elapsedMs, schedule, restoreNeedsChange);
        if (step.next !== 'wait')
            return { step, last: detail, reads, elapsedMs };
        await options.clock.sleep(step.ms);
    }
}
/** " after 3 reads over 4.0 s", or nothing when the first read settled it. */
function waited(reads, elapsedMs) {
    return reads > 1 ? ` after ${describeReads(reads, elapsedMs)}` : '';
}
/** Keys named in a failed check, at most. */
const KEYS_SHOWN = 20;
/**
 * After an import the vendor called a success: reads the table again (as a plan does) and plans the file against it,
 * until nothing is left to do ("verified") or the window is over. Anything still left then (rows missing, different,
 * or extra) fails the table, naming up to 20 keys and the snapshot to restore from.
 */
async function verifyImport(provider, planned, outcome, runner, snapshotFile, options) {
    const table = planned.table;
    const name = planned.plan.table.name;
    let settled;
    try {
        settled = await readUntilSettled(async () => {
            const live = await provider.readRows(table);
            const check = await (0,core_plan/* planTable */.k0)((0,plan/* planInput */.yN)(planned.file, provider, table, live.records, planned.plan.schema));
            // The check reads the file again: bytes other than the imported ones would never settle (and prove nothing).
            if (check.fileSha256 !== planned.plan.fileSha256) {
                throw new problems/* DataFileError */.t1({
                    kind: 'malformed-csv',
                    file: planned.plan.file,
                    line: 1,
                    message: 'the file changed after it was imported, so the table cannot be checked against the bytes that were sent; plan it again to see where they differ',
                });
            }
            const { diff } = check;
            return {
                shows: (0,core_diff/* hasChanges */.ik)(diff) ? 'other' : 'expected',
                detail: {
                    counts: (0,core_plan/* planCounts */.Ai)(check),
                    keys: [...diff.added, ...diff.updated, ...diff.deleted].map(({ key }) => key),
                    rows: check.validRows,
                },
            };
        }, { kind: 'succeeded' }, options);
    }
    catch (error) {
        if (!(error instanceof providers_provider/* ProviderError */.mZ || error instanceof problems/* DataFileError */.t1))
            throw error;
        outcome.verified = false;
        outcome.succeeded = false;
        outcome.message = `the import job ${outcome.jobId} said ${outcome.status}, but ${name} could not be read again to check it (${error.message})`;
        return;
    }
    const { last, reads, elapsedMs } = settled;
    outcome.verified = settled.step.next === 'settled';
    if (outcome.verified) {
        const after = waited(reads, elapsedMs);
        outcome.note = [`verified: ${name} now equals the file (${last.rows} rows)${after}`, outcome.note]
            .filter(Boolean)
            .join('; ');
        runner.info(`${name}: read again after the import: it equals the file (${last.rows} rows)${after}`);
        return;
    }
    outcome.succeeded = false;
    const left = last.counts;
    const parts = [
        left.added > 0 && `${left.added} row(s) of the file missing`,
        left.updated > 0 && `${left.updated} row(s) different from the file`,
        left.deleted > 0 && `${left.deleted} row(s) the file does not have`,
    ].filter(Boolean);
    const shown = last.keys.slice(0, KEYS_SHOWN).map((key) => `"${key}"`);
    const more = last.keys.length > KEYS_SHOWN ? ` and ${last.keys.length - KEYS_SHOWN} more` : '';
    const restore = snapshotFile
        ? `restore it from the snapshot ${snapshotFile} (apply it with import-mode: replace), or run the apply again`
        : 'run the apply again';
    const over = reads > 1 ? ` (${describeReads(reads, elapsedMs)})` : '';
    outcome.message = `the import job ${outcome.jobId} said ${outcome.status}, but ${name} read again does not equal the file${over}: ${parts.join(', ')} (keys ${shown.join(', ')}${more}); ${restore}`;
}
/**
 * After an import that did not fully succeed: reads the table again and, when it was changed (a read that differs
 * from the snapshot, or the job's own counts), puts the snapshot back and reads until the table equals it. Says what
 * happened, in words for the outcome; a failed restore names the snapshot file.
 */
async function checkAgainstSnapshot(provider, planned, jobTimeoutMs, runner, snapshotFile, job, options) {
    const table = planned.table;
    const schema = planned.plan.schema;
    const key = (0,core_schema/* keyField */.Kk)(schema).name;
    const names = schema.fields.map((field) => field.name);
    const byKey = (records) => {
        const rows = new Map();
        for (const record of (0,live_records/* liveRowObjects */.VV)((0,live_records/* asLiveRecords */.Tu)(records), names)) {
            const row = (0,core_schema/* normalizeLiveRow */.SB)(schema, record);
            rows.set(String(row[key]), row);
        }
        return rows;
    };
    const snapshot = byKey(planned.liveRecords);
    const readAgainstSnapshot = async () => {
        const diff = (0,core_diff/* diffRows */.VD)(schema, snapshot, byKey((await provider.readRows(table)).records), 'replace');
        return { shows: ((0,core_diff/* hasChanges */.ik)(diff) ? 'other' : 'expected'), detail: diff };
    };
    const byHand = snapshotFile
        ? `restore it by hand: apply the snapshot ${snapshotFile} (also in the run's snapshot artifact) with import-mode: replace`
        : 'restore it by hand from the previous version of its CSV file';
    const deletes = provider.capabilities.deletes;
    // A vendor whose replace makes the table its rows gets the whole snapshot; one that can only add and update (or
    // deletes by key) gets the rows the import lost or changed, which a read must show first.
    const replacesWhole = deletes && provider.capabilities.replacesWholeTable;
    // A job whose end is unknown may still be running: one read, as reading on would only race it.
    const counted = job.finished ? job.counted : undefined;
    const end = { kind: 'failed', changedRows: counted ? counted.written + counted.deleted : undefined };
    let settled;
    try {
        settled = await readUntilSettled(readAgainstSnapshot, end, job.finished ? options : { ...options, windowMs: 0 }, !replacesWhole);
    }
    catch (error) {
        if (!(error instanceof providers_provider/* ProviderError */.mZ))
            throw error;
        return `the table could not be read again to check it (${error.message}); ${byHand}`;
    }
    const { step, last: restore, reads, elapsedMs } = settled;
    if (step.next !== 'restore') {
        const over = reads > 1 ? ` (${describeReads(reads, elapsedMs)})` : '';
        return `the table was read again and equals its snapshot${over}: nothing was changed`;
    }
    const byCounts = `written ${counted?.written ?? 0} row(s) and deleted ${counted?.deleted ?? 0} by its own counts`;
    const damage = step.seen
        ? (0,core_diff/* describeDamage */.PB)(restore)
        : `${byCounts}, though the table still read as before (reads lag behind writes; ${describeReads(reads, elapsedMs)})`;
    const rows = replacesWhole ? [...snapshot.values()] : [...restore.added, ...restore.updated].map(({ row }) => row);
    const leftOver = !deletes && restore.deleted.length > 0
        ? `; the ${restore.deleted.length} row(s) it added remain (${provider.capabilities.describe} cannot delete them: remove them there)`
        : '';
    const removals = deletes && !replacesWhole ? restore.deleted.length : 0;
    if (rows.length === 0 && removals === 0) {
        if (!step.seen) {
            return `the import had ${byCounts}, but the table still reads as its snapshot (${describeReads(reads, elapsedMs)}); check it, and if rows are missing ${byHand}`;
        }
        return `the table was read again: the import had ${damage}; no row was lost${leftOver}`;
    }
    try {
        // The restoring diff itself: the rows to put back, and those to remove (by key, or left out of a replace).
        const restoreJob = await provider.import(table, {
            mode: replacesWhole ? 'replace' : 'append',
            rows,
            key,
            upsert: rows,
            delete: deletes ? restore.deleted.map((row) => row.key) : [],
        });
        runner.info(`${table.name}: the failed import ${damage}; restoring the snapshot (import job ${restoreJob.id})`);
        const result = await provider.waitForJob(table, restoreJob, jobTimeoutMs);
        if (!result.succeeded) {
            // The vendor's own account of the failed restore (which rows it did and did not put back), when it gives one.
            const why = result.error ? ` (${(0,apply/* describeImportError */.p)(result.error)})` : '';
            return `the table was read again: the import had ${damage}. Restoring its snapshot (job ${restoreJob.id}) ended ${result.status} with ${result.failed} failed row(s)${why}: THE TABLE IS NOT AS IT WAS; ${byHand}`;
        }
        if (!replacesWhole) {
            return `the table was read again: the import had ${damage}. It was restored from its snapshot (job ${restoreJob.id}): no row was lost${leftOver}`;
        }
        // The whole snapshot went back: read until the table equals it, as after any import.
        let back;
        try {
            back = await readUntilSettled(readAgainstSnapshot, { kind: 'succeeded' }, options);
        }
        catch (error) {
            if (!(error instanceof providers_provider/* ProviderError */.mZ))
                throw error;
            return `the table was read again: the import had ${damage}. Its snapshot was imported again (job ${restoreJob.id}, Succeeded), but the table could not be read to check it (${error.message}); if it is not as it was, ${byHand}`;
        }
        if (back.step.next === 'settled') {
            return `the table was read again: the import had ${damage}. It was restored from its snapshot (job ${restoreJob.id}): no row was lost; the table was put back and reads as before the import${waited(back.reads, back.elapsedMs)}`;
        }
        return `the table was read again: the import had ${damage}. Restoring its snapshot (job ${restoreJob.id}) said Succeeded, but the table still differs from the snapshot (${describeReads(back.reads, back.elapsedMs)}: ${(0,core_diff/* describeDamage */.PB)(back.last)}): THE TABLE MAY NOT BE AS IT WAS; ${byHand}`;
    }
    catch (error) {
        if (!(error instanceof providers_provider/* ProviderError */.mZ))
            throw error;
        return `the table was read again: the import had ${damage}. Restoring its snapshot failed (${error.message}): THE TABLE IS NOT AS IT WAS; ${byHand}`;
    }
}

;// CONCATENATED MODULE: ./lib/run/apply/import.js
/** One table's import: start it, wait for its job, take its counts, and check what it did to the table (verify.ts). */





/**
 * Imports the planned table's changes (or every row of the file, when its state is not known) and says what came of
 * it: the job's result, then the table read again after a success, or compared with its snapshot after a failure.
 */
async function importTable(provider, planned, settings, runner, snapshotFile) {
    const { plan, file } = planned;
    const table = planned.table;
    const counts = (0,core_plan/* planCounts */.Ai)(plan);
    const outcome = {
        table: plan.table.name,
        file: plan.file,
        status: 'NotStarted',
        updated: 0,
        deleted: 0,
        failed: 0,
        planned: { added: counts.added, changed: counts.updated, deleted: counts.deleted },
    };
    if (!table)
        return { ...outcome, message: 'planned without the live table; not applied' };
    try {
        // Without a known state of the table (no applied version recorded), every row of the file goes, not only changes.
        if (planned.sendWholeFile) {
            runner.info(`${table.name}: sending all ${plan.validRows} rows of the file: ${planned.sendWholeFile}`);
        }
        // Both forms, lazily: a file import reads the rows as a stream (a whole file read again is never held as row
        // objects), checked against the planned bytes before anything is sent; a vendor that takes changes reads those.
        const wholeFile = () => (0,core_plan/* fileRowStream */.$n)(plan, () => file.open());
        const job = await provider.import(table, {
            mode: plan.mode,
            rows: planned.sendWholeFile ? wholeFile() : (0,core_plan/* rowsToImport */.gZ)(plan, () => file.open()),
            key: (0,core_schema/* keyField */.Kk)(plan.schema).name,
            upsert: planned.sendWholeFile ? wholeFile() : (0,core_plan/* changedRows */.CH)(plan),
            delete: plan.diff.deleted.map(({ key }) => key),
            ...(planned.sendWholeFile ? { wholeFile: true } : {}),
        });
        outcome.jobId = job.id;
        runner.info(`${table.name}: import job ${job.id} started (${plan.mode}); waiting for it`);
        let result;
        try {
            result = await provider.waitForJob(table, job, settings.jobTimeoutMs);
        }
        catch (error) {
            if (!(error instanceof providers_provider/* ProviderError */.mZ))
                throw error;
            // Timed out, or the job could not be read: what it did to the table is checked below.
            outcome.status = 'Unknown';
            outcome.message = error.message;
        }
        if (result) {
            Object.assign(outcome, {
                // The vendor's own job id(s), when its jobs are not the one the import started.
                jobId: result.jobId || outcome.jobId,
                status: result.status,
                updated: result.updated,
                deleted: result.deleted,
                failed: result.failed,
            });
            if (result.error)
                outcome.error = result.error;
            if (result.url)
                outcome.url = result.url;
            if (result.queued !== undefined)
                outcome.queued = result.queued;
            if (result.note)
                outcome.note = result.note;
            if (result.confirmed === false)
                outcome.confirmed = false;
            if (result.queuedJobs && result.queuedJobs.length > 0)
                outcome.queuedJobs = result.queuedJobs;
            if (planned.sendWholeFile) {
                const whole = `every row of the file was sent: ${planned.sendWholeFile}`;
                outcome.note = outcome.note ? `${whole}; ${outcome.note}` : whole;
            }
            outcome.succeeded = result.succeeded && result.failed === 0;
            if (result.failed > 0)
                outcome.message = `the import job finished with ${result.failed} failed row(s)`;
            else if (!result.succeeded)
                outcome.message = `the import job ended ${result.status}`;
        }
        // Reads may lag behind the job: read back within the vendor's window (src/run/apply/verify.ts).
        const settle = settleOptions(provider, settings.verifyTimeoutMs, runner.clock);
        if (outcome.succeeded) {
            // A job that says Succeeded is not proof: a vendor that can read its rows is read again and compared.
            if (provider.capabilities.readsLiveRows) {
                await verifyImport(provider, planned, outcome, runner, snapshotFile, settle);
            }
            return outcome;
        }
        if (provider.capabilities.readsLiveRows) {
            // No source says a failed or timed-out import leaves the table as it was: read it and compare with the snapshot,
            // trusting a read equal to it only as far as the job's own counts allow.
            const job = result
                ? {
                    finished: true,
                    counted: result.countsUnknown ? undefined : { written: result.updated, deleted: result.deleted },
                }
                : { finished: false };
            outcome.message += `; ${await checkAgainstSnapshot(provider, planned, settings.jobTimeoutMs, runner, snapshotFile, job, settle)}`;
        }
        else if (result && !result.succeeded && result.failed === 0) {
            outcome.message += '; the table was not changed';
        }
    }
    catch (error) {
        if (!(error instanceof providers_provider/* ProviderError */.mZ || error instanceof problems/* DataFileError */.t1))
            throw error;
        outcome.status = outcome.jobId ? 'Unknown' : 'NotStarted';
        outcome.message = error.message;
    }
    return outcome;
}

;// CONCATENATED MODULE: ./lib/run/apply/table.js
/**
 * One table's apply: nothing when it has no changes; else wait for an import already running, give the table the
 * columns its schema file asks for, keep a snapshot of its live rows, and import (import.ts).
 */









/** One table: nothing when it has no changes; else wait for a running import, snapshot, import, and the outcome. */
async function applyTable(context, provider, plannedTable) {
    const { runner, settings } = context;
    let current = plannedTable;
    if (!(0,core_plan/* changesTable */.EI)(current.plan) && !current.sendWholeFile)
        return {};
    // One fold of the log per table, as for its plan.
    return runner.group(`Apply ${current.file.relativePath} -> ${current.plan.table.name}`, async () => {
        try {
            current = await waitForRunningImport(context, provider, current);
            // Tables as code: the table, or its new columns, before the rows, which need them. After the wait for another
            // import, whose re-plan still holds the change (made after it, not before, so the two plans compare).
            current = await applySchemaChange(context, provider, current);
        }
        catch (error) {
            // A vendor failure, or a schema file that became unreadable while another import ran: this table only.
            if (!(error instanceof providers_provider/* ProviderError */.mZ || error instanceof problems/* DataFileError */.t1))
                throw error;
            const outcome = {
                table: current.plan.table.name,
                file: current.plan.file,
                status: 'NotStarted',
                updated: 0,
                deleted: 0,
                failed: 0,
                message: error.message,
            };
            return { outcome };
        }
        if (!(0,core_plan/* changesTable */.EI)(current.plan))
            return {};
        const snapshot = provider.capabilities.readsLiveRows ? await saveSnapshot(context, current) : undefined;
        const outcome = await importTable(provider, current, settings, runner, snapshot);
        // Nothing reads this table's live rows again: let them go before the tables still to apply.
        current.liveRecords = [];
        plannedTable.liveRecords = [];
        return { outcome, ...(snapshot ? { snapshot } : {}) };
    });
}
/**
 * Creates the table, or gives it the columns, titles and defaults the plan's schema change names, and plans on with
 * the table as it now is.
 */
async function applySchemaChange(context, provider, planned) {
    const change = planned.plan.schemaChange;
    if (!change || !(0,schema_change/* hasSchemaChange */.wj)(change))
        return planned;
    const name = planned.plan.table.name;
    if (change.create) {
        if (!provider.createTable)
            throw new providers_provider/* ProviderError */.mZ(`${provider.capabilities.describe} cannot create tables`);
        const table = await provider.createTable(name, planned.plan.schema, change.division);
        context.runner.info(`${name}: table created (id ${table.id}) with ${change.add.length} column(s)`);
        return { ...planned, table };
    }
    if (!provider.updateSchema || !planned.table) {
        throw new providers_provider/* ProviderError */.mZ(`${provider.capabilities.describe} cannot change a table's columns`);
    }
    const table = await provider.updateSchema(planned.table, planned.plan.schema);
    const done = [
        change.add.length > 0 && `${change.add.length} column(s) added: ${change.add.map((f) => f.name).join(', ')}`,
        ...(0,schema_change/* describeColumnChanges */.lJ)(change),
    ].filter(Boolean);
    context.runner.info(`${name}: ${done.join('; ')}`);
    return { ...planned, table };
}
/**
 * Never two imports into one table: when one is running (started by anyone), wait for it (within job-timeout),
 * then plan again; a plan that changed meanwhile is refused unless on-drift: apply.
 */
async function waitForRunningImport(context, provider, planned) {
    const { runner, settings } = context;
    const table = planned.table;
    if (!table)
        return planned;
    const running = await provider.runningImport(table);
    if (!running)
        return planned;
    runner.info(`${table.name}: import job ${running.id} is already running; waiting for it before planning again`);
    await provider.waitForJob(table, running, settings.jobTimeoutMs);
    const again = await (0,plan/* planOneLive */.gx)(planned.file, provider, runner.info, (file) => (0,schema_files/* readSchemaBeside */._Q)(context.files, file.relativePath));
    if (again.plan.hash !== planned.plan.hash && settings.onDrift === 'fail') {
        throw new providers_provider/* ProviderError */.mZ(`another import (job ${running.id}) changed the table while this run waited; nothing was applied to it. Run the plan again to review the new changes, or set on-drift: apply`);
    }
    return again;
}
/** The live table as it was before the import, as a CSV that restores it (apply it with import-mode: replace). */
async function saveSnapshot(context, planned) {
    const file = await context.run.write(`snapshots/${(0,run_context/* safeName */.jC)(planned.plan.table.name)}.csv`, (0,table_csv/* liveTableCsv */.d1)(planned.plan.schema, planned.liveRecords));
    context.runner.info(`${planned.plan.table.name}: snapshot of the ${planned.liveRecords.length} live rows saved to ${file}`);
    return file;
}

;// CONCATENATED MODULE: ./lib/run/apply/index.js
/**
 * The apply, in order: the review gate (gate.ts), each changed table applied side by side (table.ts, import.ts,
 * verify.ts), then what the apply leaves behind (results.ts).
 */








async function applyPlans(context, provider, planned, published) {
    const { runner, settings } = context;
    const gate = await (0,apply_gate.reviewGate)(context, provider, planned);
    if (!gate.open)
        return (0,apply_gate.refuseApply)(runner, gate);
    if (gate.notice)
        runner.notice(gate.notice);
    // Changed tables are applied side by side; outcomes and snapshots come out in config order.
    const applied = await (0,pool/* mapConcurrent */._)(planned.tables, settings.parallelism, (plannedTable) => applyTable(context, provider, plannedTable));
    // Said once, after the folds: a line outside them could land inside another table's open fold.
    const unchanged = planned.tables
        .filter((t) => !(0,core_plan/* changesTable */.EI)(t.plan) && !t.sendWholeFile)
        .map((t) => t.plan.table.name);
    if (unchanged.length > 0)
        runner.info(`No changes, no import job started: ${unchanged.join(', ')}`);
    const outcomes = applied.flatMap((a) => (a.outcome ? [a.outcome] : []));
    const snapshots = applied.flatMap((a) => (a.snapshot ? [a.snapshot] : []));
    await recordApplied(context, provider, planned, applied);
    importJobsOutput(runner, outcomes);
    await keepSnapshots(context, snapshots, (0,apply_gate.approvedOnTerminal)(runner));
    const note = gate.unreviewed ? `> [!NOTE]\n> ${(0,markdown/* escapeMarkdown */.FV)(gate.unreviewed)}\n\n` : '';
    await runner.summary(note + (0,apply/* renderApplyReport */.f)(outcomes, settings.environment));
    await commentResults(context, gate.reviewed, published, planned.tables.map((t) => t.plan), outcomes);
    // Other pull requests planned against these tables as they were: their comments now say so.
    const changed = new Set(outcomes.filter((o) => o.jobId !== undefined).map((o) => o.table));
    await (0,review_queue/* markStalePlans */.tv)(context, changed, gate.reviewed.number);
    failImports(runner, outcomes);
}


/***/ })

};
