export const id = 448;
export const ids = [448];
export const modules = {

/***/ 70329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ nextPollWait),
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91601);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32288);


/** Polls longer than this are waited a tenth of the job's age; shorter ones at most this far apart. */
const YOUNG_POLL_MS = 1000;
/** The wait before the next poll of a job this old (ms). */
function nextPollWait(ageMs, pollMs) {
    const wanted = Math.max(YOUNG_POLL_MS, Math.floor(ageMs / 10));
    return Math.max(pollMs.first, Math.min(wanted, pollMs.longest));
}
/**
 * Polls until `done`, waiting `first` and then as `nextPollWait` says, and gives up (a ProviderError) once `timeoutMs`
 * would pass.
 */
async function pollUntil(poll, done, options) {
    const clock = options.clock ?? _core_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .d;
    const started = clock.now();
    const deadline = started + options.timeoutMs;
    // The job was just started (or found running): the first poll waits too, as a poll at once would find it unfinished.
    let wait = options.firstWaitMs ?? options.pollMs.first;
    let state;
    for (;;) {
        if (state !== undefined && clock.now() + wait > deadline) {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(options.stillRunning(state, options.timeoutMs));
        }
        await clock.sleep(Math.min(wait, Math.max(0, deadline - clock.now())));
        state = await poll();
        if (done(state))
            return state;
        wait = nextPollWait(clock.now() - started, options.pollMs);
    }
}


/***/ }),

/***/ 39448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TalkdeskProvider: () => (/* binding */ TalkdeskProvider)
/* harmony export */ });
/* unused harmony exports TALKDESK_RECORDS_PER_CALL, talkdeskField, checkTalkdeskCell, recordToRow, rowToRecord, recordFor */
/* harmony import */ var _core_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70571);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34920);
/* harmony import */ var _bearer_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81208);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54585);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70329);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32288);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38523);








/** Only this scope is known to any source, and it covers every record-list call, reading records included. */
const SCOPE = 'record-lists:manage';
/**
 * Records per bulk call (POST, PATCH and DELETE `/record-lists/{id}/records/bulks`) at first: their answers count up to
 * 100 (`total_created`, `total_deleted`, `total_errors`: ">= 0 <= 100" in the reference), so a call takes at most 100.
 * No request limit is documented (public code sends 25): a call refused for its size (413, or a 400 saying so) is
 * sent again in halves, and the smaller size kept for the rest of the run.
 */
const TALKDESK_RECORDS_PER_CALL = 100;
/**
 * How a 400 says the request was too large (a 413 always does). Only words about the request's size: a 400 about a
 * field ("at most 80 characters") is not sent again in halves.
 */
const TOO_LARGE = /too large|too many|payload|entity|request size|body size|number of records|records: ?1 to/i;
/** Waits between reads of a list whose deletions (202) or validation are still under way. */
const POLL_MS = { first: 1000, longest: 15_000 };
/** Keys named in a message, at most. */
const KEYS_SHOWN = 20;
/** Bounds the records paging: 50 records a page, far more pages than any record list has. */
const MAX_PAGES = 10_000;
/** The phone types the API takes (`phone_type`, upper case), by the CSV column the support article names them. */
const PHONE_TYPES = {
    mobile: 'MOBILE',
    home: 'HOME',
    office: 'OFFICE',
    extra1: 'EXTRA_1',
    extra2: 'EXTRA_2',
    extra3: 'EXTRA_3',
    // The older article's single "Phone" column, and this action's earlier spelling.
    phone: 'MOBILE',
    phonenumber: 'MOBILE',
};
/** The record's own fields, by the CSV column (the support article's "First name"...; the API's first_name too). */
const RECORD_FIELDS = {
    firstname: 'first_name',
    lastname: 'last_name',
    timezone: 'timezone',
    priority: 'priority',
    externalid: 'external_id',
    externalprovider: 'external_provider',
};
/** How a header names a column, for matching either spelling: "First name", "first_name", "FIRST NAME". */
const folded = (name) => name.toLowerCase().replace(/[\s_-]+/g, '');
/**
 * The field a CSV column holds: a record field (`first_name`...), a phone of a type (`phone:MOBILE`), or an extra
 * field (`extra:<column>`, kept under the column's own name). "Mandatory & Extra Fields in a List" names the CSV columns
 * First name, Last name, Mobile, Home, Office, Extra 1/2/3, External ID, External Provider, Timezone, Priority; the
 * API names them first_name, phone_numbers[].phone_type MOBILE... Both spellings are read.
 */
function talkdeskField(column) {
    const name = folded(column);
    if (RECORD_FIELDS[name])
        return RECORD_FIELDS[name];
    if (PHONE_TYPES[name])
        return `phone:${PHONE_TYPES[name]}`;
    return `extra:${column}`;
}
const E164 = /^\+[1-9][0-9]{1,14}$/;
/** Talkdesk's rules for a cell, by its column: E.164 phones, names of 1 to 80 characters, priority 1 to 10. */
function checkTalkdeskCell(column, value) {
    const field = talkdeskField(column);
    if (field.startsWith('phone:') && value !== '' && !E164.test(value)) {
        return 'Talkdesk takes phone numbers in E.164 form: a + and the country code, digits only, like +14155550123';
    }
    if ((field === 'first_name' || field === 'last_name') && (value === '' || value.length > 80)) {
        return `Talkdesk requires a ${field === 'first_name' ? 'first' : 'last'} name of 1 to 80 characters for every record`;
    }
    if (field === 'priority' && !/^([1-9]|10)$/.test(value)) {
        return 'Talkdesk priority is a whole number from 1 (lowest) to 10 (highest); a record added without one gets 11, so write it';
    }
    return undefined;
}
/** The record fields the record calls take (documented in the record reference), phones and extra_data aside. */
const WRITABLE = ['first_name', 'last_name', 'timezone', 'priority', 'external_id', 'external_provider'];
/**
 * The field an EXTERNAL list's key is under when the file has an External Provider column: the External ID column,
 * keyed with the provider as the list deduplicates ("X1/crm"; see composeKey).
 */
const EXTERNAL_KEY = 'external_key';
/** A record as Talkdesk returns it, as a row keyed by field (see talkdeskField): each phone under its type. */
function recordToRow(record) {
    const text = (value) => (value === undefined || value === null ? '' : String(value));
    const row = {};
    for (const [name, value] of Object.entries(record.extra_data ?? {}))
        row[`extra:${name}`] = text(value);
    for (const name of WRITABLE) {
        if (record[name] !== undefined && record[name] !== null)
            row[name] = text(record[name]);
    }
    if (row.external_id !== undefined)
        row[EXTERNAL_KEY] = (0,_core_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .composeKey */ .Q2)(row.external_id, text(record.external_provider));
    for (const phone of record.phone_numbers ?? []) {
        const field = `phone:${String(phone.phone_type ?? '').toUpperCase()}`;
        // The first number of a type is that type's column.
        if (!(field in row))
            row[field] = text(phone.phone_number);
    }
    return row;
}
/** A row of the file as a new record (nothing else known of it). */
function rowToRecord(row) {
    return recordFor(undefined, row);
}
/**
 * The whole record to send for a row: the live record's writable fields (every phone, every extra field, the
 * provider), with the fields the file has columns for set from the row. An emptied cell is sent empty (a phone
 * emptied is taken off; a phone is the first number of its type, as recordToRow reads it). Sent whole, the record is
 * right whether Talkdesk's `replace` replaces the record or merges into it.
 */
function recordFor(base, row) {
    const record = {
        phone_numbers: (base?.phone_numbers ?? []).map((phone) => ({
            phone_number: String(phone.phone_number ?? ''),
            phone_type: String(phone.phone_type ?? ''),
        })),
    };
    for (const name of WRITABLE) {
        const value = base?.[name];
        if (value !== undefined && value !== null)
            record[name] = value;
    }
    // A record added by the API without a priority has 11, which the calls do not take (1 to 10): left out, it stays 11
    // (the default given to a record without one) under either reading of `replace`.
    if (record.priority !== undefined && !/^([1-9]|10)$/.test(String(record.priority)))
        delete record.priority;
    const extra = { ...base?.extra_data };
    for (const [field, value] of Object.entries(row)) {
        const text = String(value);
        if (field.startsWith('phone:')) {
            const type = field.slice(6);
            const at = record.phone_numbers.findIndex((phone) => String(phone.phone_type).toUpperCase() === type);
            if (text === '') {
                if (at >= 0)
                    record.phone_numbers.splice(at, 1);
            }
            else if (at >= 0)
                record.phone_numbers[at] = { phone_number: text, phone_type: type };
            else
                record.phone_numbers.push({ phone_number: text, phone_type: type });
        }
        else if (field.startsWith('extra:')) {
            extra[field.slice(6)] = text;
        }
        else if (field === EXTERNAL_KEY) {
            record.external_id = (0,_core_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .keyCell */ .I1)(text, String(row.external_provider ?? ''));
        }
        else if (field === 'priority') {
            if (text !== '')
                record.priority = Number(text);
        }
        else if (WRITABLE.includes(field)) {
            // Empty is sent as empty: leaving the field out would keep its old value under a merging replace.
            record[field] = text;
        }
    }
    if (Object.keys(extra).length > 0)
        record.extra_data = extra;
    return record;
}
/**
 * The file's columns as fields (every one text), keyed as the list deduplicates: EXTERNAL lists by External ID with
 * External Provider ("X1/crm"), or by External ID alone when the file has no provider column (then each record keeps
 * its provider); PHONE_NUMBER lists by the file's first phone column. First and last name and a phone column are
 * mandatory for every record (the support article), so a header without them is refused. Two live records the key
 * would not tell apart are refused too, naming them.
 */
function headerSchema(kind, header, file, live) {
    const fields = header.map((title) => ({ name: talkdeskField(title), title, type: 'string', isKey: false }));
    const fail = (message) => {
        throw new _core_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .DataFileError */ .t1({ kind: 'missing-key-column', file, line: 1, message });
    };
    const has = (name) => fields.some((field) => field.name === name);
    const missing = [!has('first_name') && 'First name', !has('last_name') && 'Last name'].filter(Boolean);
    if (missing.length > 0) {
        fail(`the header has no ${missing.join(' and ')} column; Talkdesk requires both for every record`);
    }
    const phones = fields.filter((field) => field.name.startsWith('phone:'));
    if (phones.length === 0) {
        fail('the header has no phone column; Talkdesk requires at least one of Mobile, Home, Office, Extra 1, Extra 2, Extra 3');
    }
    const key = kind === 'EXTERNAL' ? fields.find((field) => field.name === 'external_id') : phones[0];
    if (!key) {
        return fail('the header has no External ID column: the record list deduplicates by external_id and external_provider, so that is its key');
    }
    key.isKey = true;
    if (kind === 'EXTERNAL' && has('external_provider')) {
        key.name = EXTERNAL_KEY;
        key.keyWith = 'external_provider';
    }
    const seen = new Map();
    for (const record of live) {
        const value = recordToRow(record)[key.name] ?? '';
        const twin = seen.get(value);
        if (twin && value !== '') {
            const describe = (r) => `${r.external_id ?? ''}${r.external_provider ? ` (provider ${r.external_provider})` : ''}`;
            fail(kind === 'EXTERNAL' && key.keyWith === undefined
                ? `the list holds records ${describe(twin)} and ${describe(record)}, one External ID with two providers: add an External Provider column, so each row names its record`
                : `the list holds two records keyed "${value}" (ids ${twin.id} and ${record.id}); this file cannot tell them apart`);
        }
        seen.set(value, record);
    }
    return { fields: [key, ...fields.filter((field) => field !== key)] };
}
/** A record call Talkdesk refused, with its HTTP status (to tell a request too large from other refusals). */
class TalkdeskCallError extends _provider_js__WEBPACK_IMPORTED_MODULE_4__/* .ProviderError */ .mZ {
    status;
    tooLarge;
    constructor(message, status, tooLarge) {
        super(message);
        this.status = status;
        this.tooLarge = tooLarge;
    }
}
/** Up to KEYS_SHOWN keys, quoted, and how many more. */
function keyList(keys) {
    const shown = keys.slice(0, KEYS_SHOWN).map((key) => `"${key}"`);
    return `${shown.join(', ')}${keys.length > KEYS_SHOWN ? ` and ${keys.length - KEYS_SHOWN} more` : ''}`;
}
/**
 * Talkdesk record lists: the records are read back (structured, mapped to the file's columns) for a live diff, keyed
 * as the list deduplicates them (`unique_identifier_type`), and the plan's changes are applied through the documented
 * record calls: added records created (`POST .../records/bulks`), changed ones replaced by record id (`PATCH`), dropped
 * ones deleted by record id (`DELETE`), at most 100 a call. No file is uploaded, so the upload request's 20,000-byte
 * limit does not apply. The table is then read again to verify it.
 */
class TalkdeskProvider {
    name = 'talkdesk';
    capabilities = {
        readsLiveRows: true,
        deletes: true,
        reportsJobStatus: true,
        describe: 'Talkdesk record lists',
        replacesWholeTable: false,
        checkCell: checkTalkdeskCell,
    };
    http;
    options;
    apiUrl;
    loginUrl;
    session;
    /** Each list's records as last read, for their ids. */
    liveRecords = new Map();
    /** Each list's records as they were before this run first changed it, whole, to put a deleted record back. */
    before = new Map();
    applied = new Map();
    clock;
    /** Records a bulk call takes: halved when Talkdesk refuses a call for its size. */
    batchSize = TALKDESK_RECORDS_PER_CALL;
    jobs = 0;
    constructor(options, http) {
        const hosts = (0,_hosts_js__WEBPACK_IMPORTED_MODULE_5__/* .talkdeskHosts */ .b)(options);
        if (!hosts.apiUrl) {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_4__/* .ProviderError */ .mZ(`No source names the Talkdesk API host of region "${options.region}": set talkdesk-api-url to your account's API host`);
        }
        this.options = options;
        this.apiUrl = hosts.apiUrl;
        this.loginUrl = hosts.loginUrl;
        this.http = http;
        // Its own waits (deletions, validation) on the clock its HTTP client waits on.
        this.clock = options.clock ?? http.clock;
        this.session = new _bearer_session_js__WEBPACK_IMPORTED_MODULE_6__/* .BearerSession */ .w(http, (ahead) => this.login(ahead));
        http.addSecret(options.clientSecret);
        http.addSecret(Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64'));
    }
    /** Begins the OAuth login before the first call; resolves once its request is on its way (VendorRun.login). */
    beginLogin() {
        return this.session.begin();
    }
    requestCount() {
        return this.http.requestCount();
    }
    /** The record list (the `table` input is its id), keyed as it deduplicates records; `NOTHING` cannot be synced. */
    async getTable(id) {
        const list = await this.recordList(id, 'read the record list');
        const kind = list.unique_identifier_type ?? '';
        if (kind !== 'EXTERNAL' && kind !== 'PHONE_NUMBER') {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_4__/* .ProviderError */ .mZ(kind === 'NOTHING'
                ? `Talkdesk record list ${id} does not deduplicate records (unique_identifier_type NOTHING): every record added is added again, so it cannot be kept in sync by key. Use a list that deduplicates by EXTERNAL id or PHONE_NUMBER`
                : `Talkdesk record list ${id} has unique_identifier_type "${kind}"; this action syncs lists keyed by EXTERNAL or PHONE_NUMBER`);
        }
        return {
            id,
            name: list.name || id,
            limits: _provider_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_TABLE_LIMITS */ .MM,
            headerSchema: (header, file) => headerSchema(kind, header, file, this.liveRecords.get(id) ?? []),
        };
    }
    /** Every record, following `_links.next` (Talkdesk says not to build page numbers), mapped to the file's fields. */
    async readRows(table) {
        const records = await this.readRecords(table);
        return { records: records.map(recordToRow), source: 'records API, following _links.next' };
    }
    async readRecords(table) {
        const records = [];
        let next = `/record-lists/${encodeURIComponent(table.id)}/records`;
        for (let page = 0; next && page < MAX_PAGES; page++) {
            const answer = await this.api('GET', next, undefined, 'read the records');
            const listing = (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(answer.body);
            records.push(...(listing._embedded?.records ?? []));
            next = listing._links?.next?.href;
        }
        this.liveRecords.set(table.id, records);
        return records;
    }
    /** A list whose status says a CSV upload is being validated is importing, whoever started it. */
    async runningImport(table) {
        const list = await this.recordList(table.id, 'read the record list');
        return list.status === 'UPLOADED' || list.status === 'VALIDATION_STARTED' ? { id: `list ${table.id}` } : undefined;
    }
    /** A record list takes changes, not files: the request's upserts and deletes. */
    async import(table, request) {
        return this.applyChanges(table, await (0,_provider_js__WEBPACK_IMPORTED_MODULE_4__/* .changesOf */ .fs)(request));
    }
    /**
     * Creates, replaces and deletes records, at most 100 a call; what each call answered is kept for waitForJob. A
     * replace sends the whole record: the live one with the file's fields set (recordFor). A call failing part-way stops
     * the calls, and waitForJob reports the failure row by row (the caller then compares the list with its snapshot and
     * puts it back); a record deleted earlier in this run comes back whole (phones, extra fields) from `before`.
     */
    async applyChanges(table, changes) {
        const list = encodeURIComponent(table.id);
        const path = `/record-lists/${list}/records/bulks`;
        const live = this.liveRecords.get(table.id) ?? [];
        if (!this.before.has(table.id))
            this.before.set(table.id, live);
        const keyOf = (record) => recordToRow(record)[changes.key];
        const byKey = new Map();
        for (const record of live) {
            const key = keyOf(record);
            if (key !== undefined && record.id)
                byKey.set(key, record);
        }
        const before = new Map();
        for (const record of this.before.get(table.id) ?? []) {
            const key = keyOf(record);
            if (key !== undefined)
                before.set(key, record);
        }
        const keyOfRow = (row) => String(row[changes.key]);
        const added = changes.upsert.filter((row) => !byKey.has(keyOfRow(row)));
        const changed = changes.upsert.filter((row) => byKey.has(keyOfRow(row)));
        const gone = changes.delete.filter((key) => byKey.has(key));
        const done = {
            created: 0,
            updated: 0,
            deleted: 0,
            errors: 0,
            messages: [],
            pending: [],
            liveCount: live.length,
            unconfirmed: 0,
        };
        if (gone.length < changes.delete.length) {
            done.errors += changes.delete.length - gone.length;
            done.messages.push(`${changes.delete.length - gone.length} record(s) to delete were not found in the list`);
        }
        const count = (answer, field, sent, what) => {
            const errors = Number(answer.total_errors ?? 0);
            done.errors += errors;
            if (errors > 0)
                done.messages.push(`${errors} of ${sent} record(s) ${what} were refused`);
            return typeof answer[field] === 'number' ? answer[field] : sent - errors;
        };
        const steps = [
            {
                what: 'create',
                keys: added.map(keyOfRow),
                send: async (from, to) => {
                    const batch = added.slice(from, to);
                    const records = batch.map((row) => recordFor(before.get(keyOfRow(row)), row));
                    const answer = await this.json('POST', path, { records }, 'create records');
                    done.created += count(answer, 'total_created', batch.length, 'to create');
                },
            },
            {
                what: 'replace',
                keys: changed.map(keyOfRow),
                send: async (from, to) => {
                    const batch = changed.slice(from, to);
                    const body = batch.map((row) => {
                        const record = byKey.get(keyOfRow(row));
                        return { op: 'replace', path: `/records/${record.id}`, value: recordFor(record, row) };
                    });
                    const answer = await this.json('PATCH', path, body, 'update records');
                    // The PATCH answer's count is named total_created in the reference; total_updated is read first.
                    done.updated += count(answer, 'total_updated' in answer ? 'total_updated' : 'total_created', batch.length, 'to update');
                },
            },
            {
                what: 'delete',
                keys: gone,
                send: async (from, to) => {
                    const batch = gone.slice(from, to).map((key) => ({ key, id: byKey.get(key)?.id }));
                    const response = await this.api('DELETE', path, batch.map(({ id }) => ({ id })), 'delete records');
                    // 202: "records deleted" later (bulk delete reference); waitForJob waits for them to go.
                    if (response.status === 202)
                        done.pending.push(...batch);
                    else
                        done.deleted += count((0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(response.body), 'total_deleted', batch.length, 'to delete');
                },
            },
        ];
        const confirmed = [];
        for (const [index, step] of steps.entries()) {
            let from = 0;
            // The records of the call under way (the batch size is shared with other tables' calls, which may halve it).
            let to = 0;
            try {
                while (from < step.keys.length) {
                    to = Math.min(step.keys.length, from + this.batchSize);
                    try {
                        await step.send(from, to);
                        from = to;
                    }
                    catch (error) {
                        // Refused for its size: nothing was done; the same records again, in halves.
                        if (error instanceof TalkdeskCallError && error.tooLarge && to - from > 1) {
                            this.batchSize = Math.min(this.batchSize, Math.max(1, Math.floor((to - from) / 2)));
                            continue;
                        }
                        throw error;
                    }
                }
                if (step.keys.length > 0)
                    confirmed.push(`${step.what}d ${step.keys.length}: ${keyList(step.keys)}`);
            }
            catch (error) {
                if (!(error instanceof _provider_js__WEBPACK_IMPORTED_MODULE_4__/* .ProviderError */ .mZ))
                    throw error;
                const failedKeys = step.keys.slice(from, to);
                const later = [
                    ...step.keys.slice(from + failedKeys.length).map((key) => ({ what: step.what, key })),
                    ...steps.slice(index + 1).flatMap((next) => next.keys.map((key) => ({ what: next.what, key }))),
                ];
                const doneHere = step.keys.slice(0, from);
                done.unconfirmed = failedKeys.length + later.length;
                done.failure = [
                    `a record call failed part-way: ${error.message}`,
                    `done: ${[...confirmed, doneHere.length > 0 && `${step.what}d ${doneHere.length}: ${keyList(doneHere)}`].filter(Boolean).join('; ') || 'nothing'}`,
                    `not known (the failed call to ${step.what}): ${keyList(failedKeys)}`,
                    later.length > 0 &&
                        `not sent: ${['create', 'replace', 'delete']
                            .map((what) => [what, later.filter((entry) => entry.what === what).map((entry) => entry.key)])
                            .filter(([, keys]) => keys.length > 0)
                            .map(([what, keys]) => `${what} ${keys.length}: ${keyList(keys)}`)
                            .join('; ')}`,
                ]
                    .filter(Boolean)
                    .join('. ');
                break;
            }
        }
        const id = `records-${table.id}-${++this.jobs}`;
        this.applied.set(id, done);
        return { id };
    }
    /**
     * The record calls' own answers are the result, once every deletion answered 202 is seen gone (read within the
     * timeout). A list found validating an upload (`runningImport`) is waited for until its status settles.
     */
    async waitForJob(table, job, timeoutMs) {
        if (job.id === `list ${table.id}`)
            return this.waitForValidation(table, job, timeoutMs);
        const done = this.applied.get(job.id);
        if (!done)
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_4__/* .ProviderError */ .mZ(`no Talkdesk record calls were made as ${job.id}`);
        // Waited for even after a failure: the list is then compared with its snapshot, which needs them landed.
        const left = await this.waitForDeletes(table, done, timeoutMs);
        const failed = done.errors + done.unconfirmed;
        const landed = done.pending.length - left.length;
        const note = [
            `${done.created} record(s) created, ${done.updated} replaced, ${done.deleted + landed} deleted through the record calls`,
            landed > 0 && `${landed} deletion(s) Talkdesk answered 202 (deleted later) were seen done`,
            left.length > 0 &&
                `${left.length} deletion(s) Talkdesk accepted (202) were still in the list after ${Math.round(timeoutMs / 1000)} s (job-timeout): ${keyList(left.map((entry) => entry.key))}`,
        ]
            .filter(Boolean)
            .join('; ');
        const messages = [done.failure, ...done.messages].filter(Boolean);
        return {
            jobId: job.id,
            status: done.failure
                ? 'FailedPartWay'
                : failed > 0
                    ? 'CompletedWithErrors'
                    : left.length > 0
                        ? 'Queued'
                        : 'Completed',
            succeeded: failed === 0,
            updated: done.created + done.updated,
            deleted: done.deleted + landed,
            failed,
            // Deletions Talkdesk accepted (202) but had not made by the deadline: not confirmed, so never recorded as applied.
            ...(left.length > 0 ? { queued: left.length, confirmed: false } : {}),
            note,
            ...(messages.length > 0 ? { error: { message: messages.join('; ') } } : {}),
        };
    }
    /**
     * Deletions answered 202, read until gone: the list's records_count (one request) until it says they may be, then
     * the records, to see which (and once at the end, should the count lag). Bounded by the timeout; what is left is
     * returned.
     */
    async waitForDeletes(table, done, timeoutMs) {
        let left = done.pending;
        if (left.length === 0)
            return left;
        const started = this.clock.now();
        let wait = POLL_MS.first;
        let checked = false;
        // What records_count reads once every deletion has landed, from what the calls answered. After a call that failed
        // (whose effect is not known), the count proves nothing: the records are read each time.
        const expected = done.liveCount + done.created - done.deleted - done.pending.length;
        while (left.length > 0 && this.clock.now() + wait <= started + timeoutMs) {
            await this.clock.sleep(wait);
            const list = await this.recordList(table.id, 'read the record list');
            checked = done.failure !== undefined || typeof list.records_count !== 'number' || list.records_count <= expected;
            if (checked) {
                const ids = new Set((await this.readRecords(table)).map((record) => record.id));
                left = left.filter((entry) => ids.has(entry.id));
            }
            wait = (0,_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .nextPollWait */ .E)(this.clock.now() - started, POLL_MS);
        }
        if (left.length > 0 && !checked) {
            // The count never said so (it may lag the record calls): the records themselves, once, at the end.
            const ids = new Set((await this.readRecords(table)).map((record) => record.id));
            left = left.filter((entry) => ids.has(entry.id));
        }
        return left;
    }
    /** A list validating an upload, read until its status settles (within the timeout). */
    async waitForValidation(table, job, timeoutMs) {
        const validating = (status) => status === 'UPLOADED' || status === 'VALIDATION_STARTED';
        const list = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g)(() => this.recordList(table.id, 'read the record list'), (read) => !validating(read.status), {
            timeoutMs,
            pollMs: POLL_MS,
            firstWaitMs: 0,
            clock: this.clock,
            stillRunning: (read) => `Talkdesk record list ${table.id} was still ${read.status ?? ''} (validating an upload) after ${Math.round(timeoutMs / 1000)} s (job-timeout); nothing was changed. Run again when it is done`,
        });
        return { jobId: job.id, status: list.status ?? '', succeeded: true, updated: 0, deleted: 0, failed: 0 };
    }
    async recordList(id, action) {
        return (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)((await this.api('GET', `/record-lists/${encodeURIComponent(id)}`, undefined, action)).body);
    }
    async json(method, path, body, action) {
        return (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)((await this.api(method, path, body, action)).body);
    }
    async api(method, path, body, action) {
        // `_links` hrefs may be absolute: only ever on the API host, where the token may go.
        const url = path.startsWith('http') ? path : `${this.apiUrl}${path}`;
        if (new URL(url).origin !== new URL(this.apiUrl).origin) {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_4__/* .ProviderError */ .mZ(`Talkdesk linked ${(0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .safeUrl */ .Pl)(url)}, which is not its API host; not following it`);
        }
        const answer = await this.session.send({
            method,
            url,
            // A bulk create, replace or delete repeated after a dropped connection is not known to be harmless.
            idempotent: method === 'GET',
            headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
            ...(body ? { body: JSON.stringify(body) } : {}),
        });
        if (answer.status >= 200 && answer.status < 300)
            return answer;
        if (answer.status === 401) {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_4__/* .ProviderError */ .mZ(`Talkdesk rejected a fresh access token while trying to ${action}: check that the OAuth client has the ${SCOPE} scope`);
        }
        const error = (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(answer.body);
        const fields = (error.fields ?? []).map((f) => `${f.name}: ${f.description}`).join('; ');
        const said = `${error.message ?? answer.body.slice(0, 200)}${error.code ? ` (code ${error.code})` : ''}${fields ? `; ${fields}` : ''}`;
        throw new TalkdeskCallError(this.http.redact(`Talkdesk answered ${answer.status} to ${method} ${(0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .safeUrl */ .Pl)(url)} while trying to ${action}: ${said}`), answer.status, answer.status === 413 || (answer.status === 400 && TOO_LARGE.test(said)));
    }
    async login(ahead) {
        const answer = await this.http.send({
            ...ahead,
            method: 'POST',
            url: `${this.loginUrl}/oauth/token`,
            idempotent: true,
            headers: {
                authorization: `Basic ${Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString('base64')}`,
                'content-type': 'application/x-www-form-urlencoded',
            },
            body: new URLSearchParams({ grant_type: 'client_credentials', scope: SCOPE }).toString(),
        });
        const parsed = (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(answer.body);
        const token = parsed.access_token;
        if (answer.status !== 200 || typeof token !== 'string' || token === '') {
            const reason = [parsed.error, parsed.error_description ?? parsed.message].filter(Boolean).join(': ');
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_4__/* .ProviderError */ .mZ(this.http.redact(`Talkdesk login at ${(0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .safeUrl */ .Pl)(`${this.loginUrl}/oauth/token`)} failed (${answer.status})${reason ? `: ${reason}` : ''}. Check talkdesk-account, talkdesk-region, talkdesk-client-id and talkdesk-client-secret, and that the client has the ${SCOPE} scope`));
        }
        return token;
    }
}


/***/ })

};
