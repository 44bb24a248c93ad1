export const id = 873;
export const ids = [873];
export const modules = {

/***/ 5749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ isWellFormed),
/* harmony export */   u_: () => (/* binding */ KeyIndex),
/* harmony export */   zq: () => (/* binding */ compareUtf8)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/**
 * Live keys and their row index, as a Map<string, number> would hold them but compactly: the keys' UTF-8 bytes in one
 * Buffer and an open-addressing table of typed arrays, so 150,000 keys cost about their bytes plus 20 bytes each
 * instead of a string and a Map entry each (about 80 bytes). Behaves as the Map: a key set twice keeps its first
 * place in the order and its last value; iteration is in that order.
 */
class KeyIndex {
    bytes = Buffer.allocUnsafe(64 * 1024);
    used = 0;
    /** Per entry, in insertion order: where its key starts, its length in bytes (-1: an ill-formed key), its value. */
    starts = new Float64Array(1024);
    lengths = new Int32Array(1024);
    values = new Int32Array(1024);
    hashes = new Uint32Array(1024);
    count = 0;
    /** Entry + 1 per slot; 0 is empty. */
    slots = new Int32Array(2048);
    /** Keys with a lone surrogate, which UTF-8 cannot hold exactly: kept as strings (entry by key, key by entry). */
    odd = new Map();
    oddKeys = new Map();
    scratch = Buffer.allocUnsafe(1024);
    /** The hash of the scratch bytes, set by encode. */
    hash = 0;
    /** Per run, so that which keys share a slot cannot be chosen in advance. */
    seed = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(0x7fffffff) | 1;
    /**
     * `expected`: how many keys will be set, when known (a table's live rows): the arrays are made that size at once,
     * not doubled up to it, which would leave each smaller copy for the collector.
     */
    constructor(expected = 0) {
        if (expected <= 1024)
            return;
        this.starts = new Float64Array(expected);
        this.lengths = new Int32Array(expected);
        this.values = new Int32Array(expected);
        this.hashes = new Uint32Array(expected);
        // At most half full (see append), as a power of two.
        this.slots = new Int32Array(2 ** Math.ceil(Math.log2(expected * 2 + 1)));
    }
    get size() {
        return this.count;
    }
    get(key) {
        // A first load's index of live keys is empty: no key need be encoded to find nothing.
        if (this.count === 0)
            return undefined;
        const length = this.encode(key);
        if (length < 0) {
            const entry = this.odd.get(key);
            return entry === undefined ? undefined : this.values[entry];
        }
        const entry = this.find(length, this.hash);
        return entry < 0 ? undefined : this.values[entry];
    }
    has(key) {
        return this.get(key) !== undefined;
    }
    /**
     * The key's value if it is there; else sets it to `value` and gives undefined. One probe either way (a `get` and then
     * a `set` encode, hash and probe the key twice).
     */
    claim(key, value) {
        const length = this.encode(key);
        if (length < 0) {
            const entry = this.odd.get(key);
            if (entry !== undefined)
                return this.values[entry];
            this.set(key, value);
            return undefined;
        }
        const hash = this.hash;
        const found = this.find(length, hash);
        if (found >= 0)
            return this.values[found];
        this.insert(length, hash, value);
        return undefined;
    }
    set(key, value) {
        const length = this.encode(key);
        if (length < 0) {
            const entry = this.odd.get(key);
            if (entry !== undefined)
                this.values[entry] = value;
            else {
                const added = this.append(0, -1, 0, value);
                this.odd.set(key, added);
                this.oddKeys.set(added, key);
            }
            return this;
        }
        const hash = this.hash;
        const found = this.find(length, hash);
        if (found >= 0) {
            this.values[found] = value;
            return this;
        }
        this.insert(length, hash, value);
        return this;
    }
    /** A new entry for the scratch bytes (not in the index). */
    insert(length, hash, value) {
        if (this.used + length > this.bytes.length) {
            const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + length));
            this.bytes.copy(grown, 0, 0, this.used);
            this.bytes = grown;
        }
        if (length > SHORT)
            this.scratch.copy(this.bytes, this.used, 0, length);
        else {
            // As encode: a short key's bytes copied here cost less than a native call.
            const bytes = this.bytes;
            const scratch = this.scratch;
            for (let i = 0, at = this.used; i < length; i++, at++)
                bytes[at] = scratch[i];
        }
        const entry = this.append(this.used, length, hash, value);
        this.used += length;
        this.place(entry, hash);
    }
    /** The key of an entry, as it was set. */
    keyOf(entry) {
        const length = this.lengths[entry];
        if (length < 0)
            return this.oddKeys.get(entry);
        const start = this.starts[entry];
        return this.bytes.toString('utf8', start, start + length);
    }
    /** The key of an entry (entries are numbered in the order their keys were first set, from 0). */
    keyAt(entry) {
        return this.keyOf(entry);
    }
    /** An entry's key as its UTF-8 bytes (a view, not a copy); undefined for a key kept as a string. */
    keyBytes(entry) {
        const length = this.lengths[entry];
        if (length < 0)
            return undefined;
        const start = this.starts[entry];
        return this.bytes.subarray(start, start + length);
    }
    /** Two entries' keys in UTF-16 code unit order (as `compareKeys`), from their bytes: no string is made. */
    compareEntries(a, b) {
        const lengthA = this.lengths[a];
        const lengthB = this.lengths[b];
        if (lengthA < 0 || lengthB < 0) {
            const x = this.keyOf(a);
            const y = this.keyOf(b);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        return compareUtf8(this.bytes, this.starts[a], lengthA, this.starts[b], lengthB);
    }
    *entries() {
        for (let entry = 0; entry < this.count; entry++)
            yield [this.keyOf(entry), this.values[entry]];
    }
    *keys() {
        for (let entry = 0; entry < this.count; entry++)
            yield this.keyOf(entry);
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    /**
     * The key's UTF-8 bytes into the scratch buffer, and their length (their hash into `hash`); -1 for a key UTF-8
     * cannot hold (a lone surrogate).
     */
    encode(key) {
        const length = key.length;
        if (length * 3 > this.scratch.length)
            this.scratch = Buffer.allocUnsafe(length * 3);
        const scratch = this.scratch;
        // Most keys are short ASCII: copied here, which costs less than a call into Buffer's encoder (one a row of a plan).
        if (length <= SHORT) {
            // Hashed in the same pass (hashOf's FNV-1a, byte for byte).
            let hash = this.seed ^ 0x811c9dc5;
            let i = 0;
            for (; i < length; i++) {
                const code = key.charCodeAt(i);
                if (code >= 0x80)
                    break;
                scratch[i] = code;
                hash = Math.imul(hash ^ code, 0x01000193);
            }
            if (i === length) {
                this.hash = mixed(hash);
                return length;
            }
        }
        if (!isWellFormed(key))
            return -1;
        const written = scratch.write(key, 0, 'utf8');
        this.hash = this.hashOf(written);
        return written;
    }
    /** Whether the scratch bytes are the entry's, which starts at `start` and has as many. */
    sameBytes(start, length) {
        if (length > SHORT)
            return this.scratch.compare(this.bytes, start, start + length, 0, length) === 0;
        const bytes = this.bytes;
        const scratch = this.scratch;
        for (let i = 0; i < length; i++)
            if (bytes[start + i] !== scratch[i])
                return false;
        return true;
    }
    /** FNV-1a over the scratch bytes, from the run's seed. */
    hashOf(length) {
        let hash = this.seed ^ 0x811c9dc5;
        const bytes = this.scratch;
        for (let i = 0; i < length; i++)
            hash = Math.imul(hash ^ bytes[i], 0x01000193);
        return mixed(hash);
    }
    /** The entry holding the scratch bytes, or -1. */
    find(length, hash) {
        const mask = this.slots.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const taken = this.slots[slot];
            if (taken === 0)
                return -1;
            const entry = taken - 1;
            if (this.hashes[entry] !== hash || this.lengths[entry] !== length)
                continue;
            if (this.sameBytes(this.starts[entry], length))
                return entry;
        }
    }
    place(entry, hash) {
        const mask = this.slots.length - 1;
        let slot = hash & mask;
        while (this.slots[slot] !== 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = entry + 1;
    }
    append(start, length, hash, value) {
        if (this.count === this.values.length) {
            const size = this.count * 2;
            this.starts = grow(this.starts, new Float64Array(size));
            this.lengths = grow(this.lengths, new Int32Array(size));
            this.values = grow(this.values, new Int32Array(size));
            this.hashes = grow(this.hashes, new Uint32Array(size));
        }
        const entry = this.count++;
        this.starts[entry] = start;
        this.lengths[entry] = length;
        this.values[entry] = value;
        this.hashes[entry] = hash;
        // At most half full, so a probe ends soon.
        if (this.count * 2 > this.slots.length) {
            this.slots = new Int32Array(this.slots.length * 2);
            for (let other = 0; other < this.count; other++) {
                if (this.lengths[other] !== -1 && other !== entry)
                    this.place(other, this.hashes[other]);
            }
        }
        return entry;
    }
}
/** FNV-1a's last step: its high bits folded into the low ones the slots are chosen by. */
function mixed(hash) {
    return Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0;
}
/** Keys up to this many characters are encoded and compared here, not by Buffer's native calls. */
const SHORT = 64;
function grow(from, to) {
    to.set(from);
    return to;
}
/**
 * Two keys' UTF-8 bytes (in one buffer) in UTF-16 code unit order: bytes order as code points do, which is the UTF-16
 * order except that characters past U+FFFF (4-byte sequences, lead byte F0-F4; surrogates D800-DBFF in UTF-16) come
 * before U+E000-U+FFFF (lead byte EE or EF) there. The first differing byte decides; a lead byte of F0 or more ranks
 * between ED and EE (in its own order).
 */
function compareUtf8(bytes, startA, lengthA, startB, lengthB) {
    const shorter = Math.min(lengthA, lengthB);
    for (let i = 0; i < shorter; i++) {
        const x = bytes[startA + i];
        const y = bytes[startB + i];
        if (x !== y)
            return rank(x) - rank(y);
    }
    return lengthA - lengthB;
}
/** A UTF-8 byte's place in UTF-16 order at the first byte two keys differ by (see compareUtf8). */
function rank(byte) {
    // F0-F4 keep their own order, all of them after ED and before EE.
    return byte >= 0xf0 ? 0xed + (byte - 0xef) / 16 : byte;
}
/** Whether UTF-8 holds the text exactly (no lone surrogate); String.prototype.isWellFormed, which ES2023's types lack. */
function isWellFormed(text) {
    return text.isWellFormed();
}


/***/ }),

/***/ 102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ readCsvRecords),
/* harmony export */   Tu: () => (/* binding */ asLiveRecords),
/* harmony export */   VV: () => (/* binding */ liveRowObjects),
/* harmony export */   ph: () => (/* binding */ memoryRowStore)
/* harmony export */ });
/* unused harmony export recordList */
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2312);

/** Either form of live rows, read one way. */
function asLiveRecords(records) {
    return 'value' in records ? records : recordList(records);
}
/** Rows given as objects (a vendor's answer) as LiveRecords. */
function recordList(records) {
    return { length: records.length, value: (index, name) => records[index]?.[name] };
}
/** Between a packed row's cells: a character CSV text almost never holds (a row that does is kept unpacked). */
const SEPARATOR = '\u0000';
/** Rows kept in memory, each one string (its cells joined), not an array of strings. */
function memoryRowStore() {
    const rows = [];
    return {
        get length() {
            return rows.length;
        },
        get rowsHeld() {
            return rows.length;
        },
        push: (cells) => {
            rows.push(cells.some((cell) => cell.includes(SEPARATOR)) ? cells : cells.join(SEPARATOR));
        },
        get: (index) => {
            const row = rows[index];
            return row === undefined ? undefined : typeof row === 'string' ? row.split(SEPARATOR) : row;
        },
        text: (index) => {
            const row = rows[index];
            return typeof row === 'string' ? row : undefined;
        },
    };
}
/**
 * A CSV's rows as LiveRecords, read streaming and kept compactly (by default in memory, each row one string, not an
 * object of strings, so that the previous version of a large file costs about its own size; or in a store given, a
 * file say). Ragged rows are left out, as a previous version's problems are not the plan's.
 */
async function readCsvRecords(source, file, options = {}, rows = memoryRowStore()) {
    const columns = new Map();
    let header = [];
    const problems = await (0,_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCsv */ .Wk)(source, file, {
        header: (cells) => {
            header = cells;
            for (const [index, name] of cells.entries())
                if (!columns.has(name))
                    columns.set(name, index);
        },
        row: (cells) => rows.push(cells),
    }, options);
    // The plan asks for every column of one row in turn: the last row unpacked is kept.
    let lastIndex = -1;
    let lastCells = [];
    const cell = (index, column) => {
        if (column === undefined)
            return undefined;
        if (index !== lastIndex) {
            lastCells = rows.get(index) ?? [];
            lastIndex = index;
        }
        return lastCells[column];
    };
    // A row of a text store reads as its text too (the plan compares it before splitting it).
    const text = rows.text?.bind(rows);
    const asText = (names) => (text ? { textColumns: names, text } : {});
    return {
        length: rows.length,
        header,
        problems,
        value: (index, name) => cell(index, columns.get(name)),
        ...asText(header),
        renamed(nameOf) {
            const renamedColumns = new Map();
            for (const [name, column] of columns)
                renamedColumns.set(nameOf.get(name) ?? name, column);
            return {
                length: rows.length,
                value: (index, name) => cell(index, renamedColumns.get(name)),
                ...asText(header.map((name) => nameOf.get(name) ?? name)),
            };
        },
    };
}
/** Each live row as an object, one at a time (for the few that need objects: a snapshot, a restore). */
function* liveRowObjects(records, names) {
    for (let index = 0; index < records.length; index++) {
        const record = {};
        for (const name of names) {
            const value = records.value(index, name);
            if (value !== undefined)
                record[name] = value;
        }
        yield record;
    }
}


/***/ }),

/***/ 8174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cj: () => (/* binding */ headerCsvFrom),
/* harmony export */   d1: () => (/* binding */ liveTableCsv),
/* harmony export */   l4: () => (/* binding */ tableCsv),
/* harmony export */   v2: () => (/* binding */ writeHeaderCsv)
/* harmony export */ });
/* unused harmony export rowsCsv */
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6992);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2312);
/* harmony import */ var _live_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(102);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4920);




/** Rows as CSV for users: field titles as the header, key first, display order. */
function tableCsv(schema, rows) {
    const writer = new CsvBatches(schema.fields.map((field) => ({ name: field.title, field })));
    for (const row of rows)
        writer.add(row);
    return writer.text();
}
/**
 * CSV text under a given header (each column's name, and the field whose values it holds), made a hundred rows at
 * a time and handed to `write` (or kept, when none is given): the rows of a whole file are never all held as cell
 * arrays, only as the text they become, and with a `write` not even that.
 */
/** Rows turned into CSV text at a time: few enough that a batch in making stays small beside a young generation. */
const BATCH_ROWS = 100;
class CsvBatches {
    columns;
    parts = [];
    write;
    batch = [];
    /** Rows added so far. */
    rows = 0;
    constructor(columns, write) {
        this.columns = columns;
        this.write = write ?? ((text) => this.parts.push(text));
        this.write((0,_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .csvLines */ .A_)([columns.map((column) => column.name)]));
    }
    add(row) {
        this.batch.push(this.columns.map((column) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCell */ ._Z)(row[column.field.name] ?? '')));
        this.rows++;
        if (this.batch.length === BATCH_ROWS) {
            this.write((0,_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .csvLines */ .A_)(this.batch));
            this.batch = [];
        }
    }
    /** The rows not yet handed on. */
    end() {
        if (this.batch.length > 0)
            this.write((0,_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .csvLines */ .A_)(this.batch));
        this.batch = [];
    }
    text() {
        this.end();
        return this.parts.join('');
    }
}
/** Rows that may arrive as a stream, as CSV under a given header, with how many rows it holds. */
async function headerCsvFrom(columns, rows) {
    const writer = new CsvBatches(columns);
    for await (const row of rows)
        writer.add(row);
    return { text: writer.text(), rows: writer.rows };
}
/**
 * The same CSV as `headerCsvFrom`, handed to `write` a hundred rows at a time instead of kept: a whole table's upload
 * goes to a file and is never one string. Returns how many rows it holds.
 */
async function writeHeaderCsv(columns, rows, write) {
    const writer = new CsvBatches(columns, write);
    for await (const row of rows)
        writer.add(row);
    writer.end();
    return writer.rows;
}
/**
 * The live table as a CSV file to keep in git (export) or to restore from (snapshot): rows normalised as the plan
 * reads them, in key order, so that planning this file against the same table shows no changes. Sorted by index and
 * each row made only when written: a large table is never held as row objects.
 */
function liveTableCsv(schema, live) {
    const records = (0,_live_records_js__WEBPACK_IMPORTED_MODULE_1__/* .asLiveRecords */ .Tu)(live);
    const key = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .keyField */ .Kk)(schema);
    const names = schema.fields.map((field) => field.name);
    const keys = Array.from({ length: records.length }, (_, index) => String((0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeLiveValue */ .bU)(key, records.value(index, key.name))));
    const order = Array.from(keys.keys()).sort((a, b) => (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .compareKeys */ .Y)(keys[a], keys[b]));
    return tableCsv(schema, (function* () {
        for (const index of order) {
            const record = {};
            for (const name of names)
                record[name] = records.value(index, name);
            const row = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeLiveRow */ .SB)(schema, record);
            // A composed key (Field.keyWith) is written as its own cell, as the file has it.
            if (key.keyWith !== undefined)
                row[key.name] = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .keyCell */ .I1)(String(row[key.name]), String(row[key.keyWith] ?? ''));
            yield row;
        }
    })());
}
/** Rows as CSV with their own keys as the header (first seen first): for vendors whose columns are the file's header. */
function rowsCsv(rows) {
    const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    return writeCsv(header, rows.map((row) => header.map((name) => formatCell(row[name] ?? ''))));
}


/***/ }),

/***/ 3873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GenesysProvider: () => (/* binding */ GenesysProvider)
});

// UNUSED EXPORTS: genesysHosts

;// CONCATENATED MODULE: ./lib/core/job-clock.js
/**
 * When to look at a job first: as late as jobs like it have taken, never later. A job is expected to take at least as
 * long as the quickest finished job of the same kind that was no larger; polling before that only finds it running.
 * With nothing comparable seen yet, the default first wait stands. Durations are the vendor's own (created to
 * completed, one clock), so a skewed local clock changes nothing.
 */
class JobClock {
    seen = new Map();
    /** A finished job: its kind, its size (rows, or 0 when unknown) and how long the vendor says it took. */
    record(kind, size, ms) {
        if (!Number.isFinite(ms) || ms <= 0)
            return;
        const list = this.seen.get(kind) ?? [];
        list.push({ size, ms });
        this.seen.set(kind, list);
    }
    /**
     * How long a job of this kind and size is expected to take at least (ms), or undefined when no finished job says:
     * the quickest of those no larger (any size when this one's is unknown).
     */
    expectedMs(kind, size) {
        let quickest;
        for (const job of this.seen.get(kind) ?? []) {
            if (size > 0 && job.size > size)
                continue;
            if (quickest === undefined || job.ms < quickest)
                quickest = job.ms;
        }
        return quickest;
    }
    /**
     * The first wait for a job started `elapsedMs` ago: until it is expected to be done, between `first` (the default,
     * and the shortest) and `longest`.
     */
    firstWait(kind, size, elapsedMs, wait) {
        const expected = this.expectedMs(kind, size);
        if (expected === undefined)
            return wait.first;
        return Math.min(wait.longest, Math.max(wait.first, expected - elapsedMs));
    }
}
/** Milliseconds from a job's created to its completed time, as the vendor wrote them; NaN when either is missing. */
function jobDurationMs(created, completed) {
    if (!created || !completed)
        return Number.NaN;
    return Date.parse(completed) - Date.parse(created);
}

// EXTERNAL MODULE: ./lib/core/references.js
var references = __webpack_require__(1237);
// EXTERNAL MODULE: ./lib/core/schema.js
var schema = __webpack_require__(4920);
// EXTERNAL MODULE: ./lib/core/table-csv.js
var table_csv = __webpack_require__(8174);
// EXTERNAL MODULE: ./lib/providers/http.js + 2 modules
var providers_http = __webpack_require__(4585);
// EXTERNAL MODULE: ./lib/providers/poll.js
var providers_poll = __webpack_require__(329);
// EXTERNAL MODULE: ./lib/providers/provider.js + 1 modules
var provider = __webpack_require__(2288);
// EXTERNAL MODULE: ./lib/providers/row-file.js
var row_file = __webpack_require__(6097);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./lib/providers/upload-file.js



let made = 0;
/** Bytes read from the file at a time while it is sent. */
const CHUNK_BYTES = 64 * 1024;
/**
 * An upload written to a file of the run's folder and sent from it: a whole table's CSV is never one string and a
 * copy of it in a Buffer. Made with O_EXCL and 0600, without following a link, and unlinked at once where the system
 * allows it (the open file lives as long as this object, and nothing is left behind).
 */
class UploadFile {
    fd;
    size = 0;
    closed = false;
    unlinked = false;
    encoded = Buffer.allocUnsafe(CHUNK_BYTES);
    file;
    constructor(folder) {
        this.file = external_node_path_.join(folder, `upload-${process.pid}-${++made}.csv`);
        this.fd = (0,external_node_fs_.openSync)(this.file, external_node_fs_.constants.O_RDWR | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o600);
        try {
            (0,external_node_fs_.unlinkSync)(this.file);
            this.unlinked = true;
        }
        catch {
            // A system that cannot unlink an open file (Windows): unlinked when closed.
        }
    }
    get length() {
        return this.size;
    }
    write(text) {
        // Encoded into one buffer for the file's life: a Buffer a batch (1,500 for 150,000 rows) would be left to the
        // collector, and its memory to malloc, until a collection came.
        const fits = text.length * 3 <= this.encoded.length;
        const bytes = fits ? this.encoded : Buffer.from(text, 'utf8');
        const length = fits ? this.encoded.write(text, 0, 'utf8') : bytes.length;
        let done = 0;
        while (done < length)
            done += (0,external_node_fs_.writeSync)(this.fd, bytes, done, length - done, this.size + done);
        this.size += length;
    }
    /**
     * The file from its start, for one attempt: each attempt reads it afresh, and the file stays open for the next (a
     * file stream would close it when the request destroys the stream).
     */
    open() {
        const { fd, size } = this;
        return external_node_stream_.Readable.from((async function* () {
            for (let at = 0; at < size;) {
                const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size - at));
                const got = await new Promise((resolve, reject) => (0,external_node_fs_.read)(fd, chunk, 0, chunk.length, at, (error, bytes) => (error ? reject(error) : resolve(bytes))));
                if (got === 0)
                    throw new Error('the upload file ended early');
                at += got;
                yield got === chunk.length ? chunk : chunk.subarray(0, got);
            }
        })(), { objectMode: false });
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        (0,external_node_fs_.closeSync)(this.fd);
        if (this.unlinked)
            return;
        try {
            (0,external_node_fs_.unlinkSync)(this.file);
        }
        catch {
            // Left in the run's folder, which is the run's own.
        }
    }
}

// EXTERNAL MODULE: ./lib/providers/genesys/audit.js
var audit = __webpack_require__(1652);
// EXTERNAL MODULE: ./lib/providers/genesys/client.js
var genesys_client = __webpack_require__(1300);
// EXTERNAL MODULE: ./lib/core/live-records.js
var live_records = __webpack_require__(102);
// EXTERNAL MODULE: ./lib/core/problems.js
var problems = __webpack_require__(571);
;// CONCATENATED MODULE: ./lib/providers/genesys/export-file.js




/** Longest chain of redirects followed to reach the file. */
const MAX_REDIRECTS = 5;
/**
 * Fetches an export's file as public clients do: the last path segment of `downloadURI` is a download id; the
 * Downloads API (bearer token, `issueRedirect=false`) answers with a signed storage URL, fetched without any
 * Authorization header. A 303 instead of the URL is followed the same way. The token never leaves the API host:
 * `downloadURI` itself may name another Genesys host (`apps.<region>/platform/api/v2/downloads/<id>`), and only its id is used.
 */
async function downloadExport(client, downloadUri, action, 
/** The largest file the table's limits allow (its rows by the longest row): a larger answer is refused. */
maxBytes, 
/** Reads the file as it arrives (it is never held whole). */
read) {
    const id = downloadIdOf(downloadUri);
    if (!id)
        throw new provider/* ProviderError */.mZ(`Could not ${action}: the export's downloadURI has no download id`);
    const answer = await client.call({ method: 'GET', path: `/api/v2/downloads/${encodeURIComponent(id)}?issueRedirect=false`, redirect: 'return' }, action);
    const location = answer.headers.location;
    if (answer.status >= 300 && answer.status < 400 && typeof location === 'string') {
        const url = new URL(location, client.apiUrl).toString();
        await fetchSigned(client.http, url, action, maxBytes, read);
        return { how: `a ${answer.status} redirect from the Downloads API` };
    }
    const url = (0,providers_http/* parseJson */.qF)(answer.body).url;
    if (typeof url !== 'string' || url === '') {
        throw new provider/* ProviderError */.mZ(`Could not ${action}: the Downloads API answered without a url`);
    }
    await fetchSigned(client.http, url, action, maxBytes, read);
    return { how: 'a signed URL from the Downloads API' };
}
/** The download id: the last path segment of downloadURI (`.../downloads/<id>`). */
function downloadIdOf(downloadUri) {
    try {
        const segments = new URL(downloadUri, 'https://api.invalid').pathname.split('/').filter(Boolean);
        const last = segments.at(-1);
        return last ? decodeURIComponent(last) : undefined;
    }
    catch {
        return undefined;
    }
}
/** GETs a signed storage URL, following redirects, never with a token: the URL's signature is the credential. */
async function fetchSigned(http, url, action, maxBytes, read) {
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        (0,providers_http/* requireSecureUrl */.qp)(current, `the export download for "${action}"`);
        http.addUrlSecrets(current);
        // A whole table's file: longer than a JSON answer may take, and as large as the table's limits allow.
        const response = await http.send({
            method: 'GET',
            url: current,
            maxResponseBytes: maxBytes,
            deadlineMs: 15 * 60_000,
            consume: read,
        });
        const location = response.headers.location;
        if (response.status >= 300 && response.status < 400 && typeof location === 'string') {
            current = new URL(location, current).toString();
            continue;
        }
        if (response.status >= 200 && response.status < 300)
            return;
        throw new provider/* ProviderError */.mZ(http.redact(`Could not ${action}: storage at ${(0,providers_http/* safeUrl */.Pl)(current)} answered ${response.status}`));
    }
    throw new provider/* ProviderError */.mZ(`Could not ${action}: more than ${MAX_REDIRECTS} redirects`);
}
/**
 * Reads the export's CSV as it arrives (a string, bytes, or chunks). Which header Genesys writes is unsettled (field ids or titles), so each column is matched
 * by field id first, then by title; a column that matches no field, a field with no column, or no key column is an
 * error naming it: nothing is dropped silently.
 */
async function readExportFile(tableName, schema, source, 
/** Where the rows are kept (a file of the run's folder); none: in memory. */
rows) {
    const fail = (detail) => new provider/* ProviderError */.mZ(`The export of table "${tableName}" cannot be read: ${detail}`);
    let csv;
    try {
        csv = await (0,live_records/* readCsvRecords */.Jx)(source, `export of ${tableName}`, {}, rows);
    }
    catch (error) {
        if (error instanceof problems/* DataFileError */.t1)
            throw fail(error.message);
        throw error;
    }
    if (csv.problems.length > 0)
        throw fail(csv.problems[0]?.message ?? 'malformed CSV');
    const byId = new Map(schema.fields.map((field) => [field.name, field]));
    const byTitle = new Map(schema.fields.map((field) => [field.title, field]));
    const columns = csv.header.map((name) => {
        const field = byId.get(name) ?? byTitle.get(name);
        if (!field) {
            throw fail(`its column "${name}" is neither a field id nor a title of the table's schema (${schema.fields.map((f) => `"${f.name}"`).join(', ')}); the schema and the export disagree, so nothing was planned`);
        }
        return { name, field };
    });
    for (const field of schema.fields) {
        if (!columns.some((column) => column.field === field)) {
            throw fail(field.isKey
                ? `it has no key column ("${field.name}" or "${field.title}")`
                : `it has no column for the field "${field.name}" (title "${field.title}")`);
        }
    }
    const records = csv.renamed(new Map(columns.map((column) => [column.name, column.field.name])));
    return { header: { columns }, records };
}

// EXTERNAL MODULE: ./lib/providers/genesys/lookups.js
var lookups = __webpack_require__(268);
;// CONCATENATED MODULE: ./lib/providers/genesys/readers.js
/** The first page is all a plan asks for: the SDK's default size, and `total` says how many more there are. */
const READERS_PAGE_SIZE = 25;
/** Dependency tracking's type names, as the SDKs' Dependency.TypeEnum spells them, in a reviewer's words. */
const KINDS = {
    INBOUNDCALLFLOW: 'inbound call flow',
    INBOUNDCHATFLOW: 'inbound chat flow',
    INBOUNDEMAILFLOW: 'inbound email flow',
    INBOUNDSHORTMESSAGEFLOW: 'inbound message flow',
    INQUEUECALLFLOW: 'in-queue call flow',
    INQUEUEEMAILFLOW: 'in-queue email flow',
    INQUEUESHORTMESSAGEFLOW: 'in-queue message flow',
    OUTBOUNDCALLFLOW: 'outbound call flow',
    SECURECALLFLOW: 'secure call flow',
    SURVEYINVITEFLOW: 'survey invite flow',
    COMMONMODULEFLOW: 'common module flow',
    BOTFLOW: 'bot flow',
    DIGITALBOTFLOW: 'digital bot flow',
    VOICEFLOW: 'voice flow',
    VOICEMAILFLOW: 'voicemail flow',
    WORKFLOW: 'workflow',
    WORKITEMFLOW: 'workitem flow',
};
/** A type's words: known ones as above, others lower-cased with FLOW set apart ("FOOFLOW" -> "foo flow"). */
function readerKind(type) {
    if (!type)
        return '';
    return KINDS[type] ?? type.toLowerCase().replace(/(.)flow$/, '$1 flow');
}
/** Whether a type is a flow of some kind (every flow type's name ends in FLOW). */
function isFlow(type) {
    return typeof type === 'string' && /FLOW$/.test(type);
}
/** Why the readers dependency tracking gives may be incomplete, or undefined when its index is built and current. */
function buildUnknown(status) {
    switch (status) {
        case 'OPERATIONAL':
            return undefined;
        case 'BUILDINITIALIZING':
        case 'BUILDINPROGRESS':
            return `dependency tracking is being built (${status})`;
        case 'NOTBUILT':
            return 'dependency tracking has not been built in this org (NOTBUILT)';
        case 'OPERATIONALNEEDSREBUILD':
            return 'dependency tracking needs a rebuild (OPERATIONALNEEDSREBUILD)';
        case undefined:
            return "dependency tracking's build state could not be read";
        default:
            return `dependency tracking's build state is ${status}`;
    }
}
/**
 * The first page of a table's consumers as TableReaders: deleted ones left out, each consumer once (a flow with a
 * saved and a published version is listed twice: counted by id), the rest counted from `total`. A consumer whose
 * state dependency tracking does not know says so; while the index is not built (`status` other than OPERATIONAL) the
 * readers are "unknown" rather than none.
 */
function readersOf(listing, status) {
    const entities = listing.entities ?? [];
    const seen = new Set();
    const live = entities.filter((entity) => {
        if (entity.deleted === true || typeof entity.name !== 'string')
            return false;
        const identity = entity.id ?? `${entity.type}:${entity.name}`;
        if (seen.has(identity))
            return false;
        seen.add(identity);
        return true;
    });
    const leftOutOnPage = entities.length - live.length;
    const total = Math.max(live.length, (typeof listing.total === 'number' ? listing.total : entities.length) - leftOutOnPage);
    const unknown = buildUnknown(status);
    return {
        total,
        shown: live.map((entity) => {
            const kind = readerKind(entity.type);
            return { name: entity.name, kind: entity.stateUnknown ? `${kind || 'resource'}, state unknown` : kind };
        }),
        allFlows: live.every((entity) => isFlow(entity.type)),
        source: 'Genesys dependency tracking',
        ...(unknown ? { unknown } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/providers/genesys/schema.js

const FIELD_TYPES = ['string', 'integer', 'number', 'boolean'];
/** Genesys describes a table as JSON Schema: `properties` by field name, the key always named `key`. */
function schemaFromJson(tableName, json) {
    const properties = json?.properties;
    if (!properties || typeof properties !== 'object' || !properties.key) {
        throw new provider/* ProviderError */.mZ(`Genesys returned no usable schema for table "${tableName}" (no "key" property)`);
    }
    const fields = Object.entries(properties).map(([name, property]) => {
        const type = property.type ?? 'string';
        if (!FIELD_TYPES.includes(type)) {
            throw new provider/* ProviderError */.mZ(`table "${tableName}" field "${name}" has type "${type}"; this action knows ${FIELD_TYPES.join(', ')}`);
        }
        const field = { name, title: property.title || name, type: type, isKey: name === 'key' };
        // Absent, null and "" are all "no default" (sameDefault): an empty one is never kept as a value.
        if (isCellValue(property.default) && property.default !== '')
            field.default = property.default;
        if (typeof property.minimum === 'number')
            field.minimum = property.minimum;
        if (typeof property.maximum === 'number')
            field.maximum = property.maximum;
        if (typeof property.maxLength === 'number')
            field.maxLength = property.maxLength;
        if (typeof property.minLength === 'number')
            field.minLength = property.minLength;
        return field;
    });
    const order = (name) => properties[name]?.displayOrder ?? Number.MAX_SAFE_INTEGER;
    fields.sort((a, b) => Number(b.isKey) - Number(a.isKey) || order(a.name) - order(b.name));
    return { fields };
}
function isCellValue(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
/**
 * A schema as Genesys takes it on create and update (the SDK's DataTable `schema`): JSON Schema draft-04, the key
 * property named `key`, `required: ["key"]`, no other properties allowed, each property with `$id` and `displayOrder`.
 */
function schemaToJson(schema) {
    const properties = {};
    schema.fields.forEach((field, index) => {
        properties[field.name] = {
            title: field.title,
            type: field.type,
            $id: `/properties/${field.name}`,
            displayOrder: index,
            ...(field.default !== undefined && field.default !== '' ? { default: field.default } : {}),
            ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
            ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
            ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
            ...(field.minLength !== undefined ? { minLength: field.minLength } : {}),
        };
    });
    return {
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'object',
        required: ['key'],
        additionalProperties: false,
        properties,
    };
}

;// CONCATENATED MODULE: ./lib/providers/genesys/index.js
















const DEFAULT_LIMITS = { maxRows: 5000, maxKeyLength: 256 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TABLES_PAGE_SIZE = 100;
/**
 * Rows per page of the rows API. The maximum is not documented: 500 is asked first and, when Genesys refuses it, 100
 * (the largest a public source uses, Terraform), remembered for the rest of the run. A server that answers fewer rows
 * than asked says so in the listing's `pageSize`, which is then what a page holds.
 */
const ROWS_PAGE_SIZES = [500, 100];
/**
 * Tables that fit in this many pages are read through the rows API (no job to wait for); larger ones through an
 * export job, which costs about as many requests (start, polls, the Downloads API, storage) whatever the size, plus
 * the job's run time: see docs/benchmarks.md.
 */
const ROWS_API_MAX_PAGES = 5;
/** Bounds every listing loop: far more pages than any table or org has. */
const MAX_PAGES = 1000;
const FINISHED = new Set(['Succeeded', 'Failed']);
/** 404s in a row that a job's status may answer before it is visible; with the poll waits, a few seconds. */
const JOB_NOT_FOUND_POLLS = 4;
/** Genesys Cloud Architect data tables, through the CSV import job flow (`import/csv/jobs`). */
class GenesysProvider {
    name = 'genesys';
    capabilities = {
        readsLiveRows: true,
        deletes: true,
        reportsJobStatus: true,
        describe: 'Genesys Cloud data tables',
        replacesWholeTable: true,
        fixedKeyName: 'key',
        // The Terraform provider's acceptance test PUTs new titles (the key's too) and defaults on existing fields against
        // a real org; "Manage a data table": "You can rename the reference key label and the custom field labels".
        schemaChanges: ['title', 'default'],
        // The Terraform provider waits up to 60 s for a deleted row to stop reading back (architect_datatable_row:
        // WithRetries(ctx, 60*time.Second, ...)): reads lag behind writes that long.
        readLagMs: 60_000,
    };
    client;
    limits;
    pollMs;
    exportTimeoutMs;
    rowsApiMaxPages;
    /** The rows page size this run settled on (the first Genesys took). */
    rowsPageSize = ROWS_PAGE_SIZES[0];
    log;
    rowsFolder;
    /** A schema change is read back until it shows, this long at most (Genesys is eventually consistent here). */
    schemaReadBackMs = 60_000;
    /** Every table the OAuth client can see, when expectTables listed them. */
    tableListing;
    /** Each table as Genesys last answered it (description, division, schema JSON): a PUT sends it back whole. */
    entities = new Map();
    /** Each table's export header, as read in this run: the import file copies it (see importHeader). */
    exportHeaders = new Map();
    /** How long this run's jobs took: a job's first poll comes when jobs like it were done, not before. */
    jobClock = new JobClock();
    startedJobs = new Map();
    /** Dependency tracking's build state, asked once per run (when a changed table's readers are first asked). */
    dependencyBuild;
    /** `client`: one made already (its login perhaps begun), for these options' connection. */
    constructor(options, http, client = new genesys_client/* GenesysClient */.cU(options, http)) {
        this.client = client;
        this.limits = { ...DEFAULT_LIMITS, ...options.limits };
        // Real export and import jobs take 2 s at the least: a first look after 1 s, then at most a second apart while
        // young, notices them within a second of their end with two or three polls.
        this.pollMs = options.pollMs ?? { first: 1000, longest: 30_000 };
        this.exportTimeoutMs = options.exportTimeoutMs ?? 15 * 60_000;
        this.rowsApiMaxPages = options.rowsApiMaxPages ?? ROWS_API_MAX_PAGES;
        this.log = options.log ?? (() => { });
        this.rowsFolder = options.rowsFolder;
    }
    requestCount() {
        return this.client.http.requestCount();
    }
    /**
     * With two names or more, lists every table once (paged at 100, schemas included) instead of one lookup per name,
     * unless the org has so many tables that the listing would take more pages than there are names to find.
     */
    async expectTables(namesOrIds) {
        const names = new Set(namesOrIds.filter((name) => !UUID.test(name)));
        if (names.size < 2)
            return;
        const all = [];
        try {
            for (let page = 1; page <= MAX_PAGES; page++) {
                const listing = await this.listTables(new URLSearchParams(), page, 'list the data tables');
                all.push(...(listing.entities ?? []));
                const pageCount = listing.pageCount ?? 1;
                if (page >= pageCount)
                    break;
                if (page === 1 && pageCount - 1 > names.size)
                    return;
            }
        }
        catch (error) {
            // Each table is then looked up by name, which says what is wrong.
            if (error instanceof provider/* ProviderError */.mZ)
                return;
            throw error;
        }
        this.tableListing = all;
    }
    async getTable(nameOrId) {
        const entity = UUID.test(nameOrId)
            ? await this.getTableById(nameOrId)
            : this.tableListing
                ? exactlyNamed(nameOrId, this.tableListing)
                : await this.findTableByName(nameOrId);
        return this.liveTable(entity);
    }
    /** The table as the plan uses it, remembering the entity as read for a later PUT. */
    liveTable(entity) {
        this.entities.set(entity.id, entity);
        return {
            id: entity.id,
            name: entity.name,
            schema: schemaFromJson(entity.name, entity.schema),
            limits: this.limits,
        };
    }
    async getTableById(id) {
        try {
            return await this.client.json({ method: 'GET', path: `/api/v2/flows/datatables/${encodeURIComponent(id)}?expand=schema` }, `read data table ${id}`);
        }
        catch (error) {
            if (error instanceof genesys_client/* GenesysApiError */.n_ && error.status === 404) {
                throw new provider/* TableNotFoundError */.My(`No Genesys data table has the id ${id} (or the OAuth client cannot see its division)`);
            }
            throw error;
        }
    }
    /** The API's name filter is a wildcard match, so the answer is filtered here to the exact name. */
    async findTableByName(name) {
        const found = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const listing = await this.listTables(new URLSearchParams({ name }), page, `find the data table named "${name}"`);
            found.push(...(listing.entities ?? []));
            if (page >= (listing.pageCount ?? 1))
                break;
        }
        return exactlyNamed(name, found);
    }
    listTables(query, page, action) {
        query.set('expand', 'schema');
        query.set('pageSize', String(TABLES_PAGE_SIZE));
        query.set('pageNumber', String(page));
        return this.client.json({ method: 'GET', path: `/api/v2/flows/datatables?${query}` }, action);
    }
    /** Creates a table (`POST /api/v2/flows/datatables`), then waits until it reads back with every field. */
    async createTable(name, schema, division) {
        const created = await this.client.json({
            method: 'POST',
            path: '/api/v2/flows/datatables',
            body: JSON.stringify({
                name,
                description: 'Created by datatable-sync from a schema file in git',
                ...(division ? { division: { id: division } } : {}),
                schema: schemaToJson(schema),
            }),
        }, `create the data table "${name}"`);
        this.tableListing?.push(created);
        return this.readBack(created.id, name, schema.fields, 'created');
    }
    /**
     * `PUT /api/v2/flows/datatables/{id}` replaces the table, so it is sent whole as last read (name, description,
     * division, every property with its `$id` and `displayOrder`), changing only what the schema file changes: new
     * fields, and the titles and defaults of existing ones. Then waits until the table reads back so. The import that
     * follows uses field ids: this run's export header may name old titles, or lack the new columns.
     */
    async updateSchema(table, desired) {
        const entity = this.entities.get(table.id) ?? (await this.getTableById(table.id));
        const json = (entity.schema ?? {});
        const properties = { ...json.properties };
        let order = Math.max(-1, ...Object.values(properties).map((p) => Number(p.displayOrder ?? -1))) + 1;
        for (const field of desired.fields) {
            const existing = properties[field.name];
            if (!existing) {
                const added = schemaToJson({ fields: [field] }).properties;
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
        await this.client.json({ method: 'PUT', path: `/api/v2/flows/datatables/${table.id}`, body: JSON.stringify(body) }, `change the columns of "${table.name}"`);
        this.exportHeaders.delete(table.id);
        return this.readBack(table.id, table.name, desired.fields, 'changed');
    }
    /** Reads the table until its schema has every one of `fields`, titles and defaults as given (a change takes a moment). */
    async readBack(id, name, fields, what) {
        const entity = await (0,providers_poll/* pollUntil */.g)(() => this.getTableById(id).catch((error) => {
            // Just created: a read may not find it yet.
            if (error instanceof provider/* TableNotFoundError */.My)
                return undefined;
            throw error;
        }), (found) => {
            if (found === undefined)
                return false;
            // Compared as a plan reads them (schemaFromJson): a default Genesys answers as null or leaves out when empty
            // is the empty default the file asked for.
            let read;
            try {
                read = schemaFromJson(name, found.schema);
            }
            catch {
                return false;
            }
            return fields.every((field) => {
                const property = read.fields.find((f) => f.name === field.name);
                return (property !== undefined && property.title === field.title && (0,schema/* sameDefault */.Ce)(property.default, field.default));
            });
        }, {
            timeoutMs: this.schemaReadBackMs,
            pollMs: { first: 250, longest: 2000 },
            clock: this.client.http.clock,
            stillRunning: () => `Genesys ${what} the table "${name}" but it did not read back with its new schema within ${this.schemaReadBackMs / 1000} s; run again in a minute`,
        });
        this.log(`${name}: ${what}; it reads back with ${fields.length} column(s)`);
        return this.liveTable(entity);
    }
    /**
     * Every row: through the rows API for a small table (its first page tells how large the table is), else through
     * one export job.
     */
    /**
     * The flows (and other resources) that read the table: the first page of dependency tracking's consumers, read
     * against the index's build state (asked once per run, with the first table): only a built index can say "none".
     */
    async readers(table) {
        const query = new URLSearchParams({ id: table.id, objectType: 'DATATABLE', pageSize: String(READERS_PAGE_SIZE) });
        try {
            this.dependencyBuild ??= this.readDependencyBuild();
            const status = await this.dependencyBuild;
            return readersOf(await this.client.json({ method: 'GET', path: `/api/v2/architect/dependencytracking/consumingresources?${query}` }, `find what reads "${table.name}"`), status);
        }
        catch (error) {
            if (error instanceof genesys_client/* GenesysApiError */.n_ && error.status === 403) {
                throw new provider/* MissingPermissionError */.Ai(error.message, 'architect:dependencyTracking:view');
            }
            throw error;
        }
    }
    readersRoom() {
        // One request a table, and the build state's once a run.
        const room = this.client.http.room(this.client.apiUrl) - (this.dependencyBuild ? 0 : 1);
        return { tables: Math.max(0, room), budget: this.client.budgetWords };
    }
    /** `GET /api/v2/architect/dependencytracking/build` (the SDK's DependencyStatus): its status, or undefined unread. */
    async readDependencyBuild() {
        try {
            const build = await this.client.json({ method: 'GET', path: '/api/v2/architect/dependencytracking/build' }, "read dependency tracking's build state");
            this.log(`Dependency tracking: ${build.status ?? 'no build state given'}`);
            return build.status;
        }
        catch (error) {
            // A refused permission is the consumers' own (the same one): it stops the asking there.
            if (error instanceof genesys_client/* GenesysApiError */.n_ && error.status === 403)
                throw error;
            if (!(error instanceof provider/* ProviderError */.mZ))
                throw error;
            this.log(`Dependency tracking's build state could not be read: ${error.message}`);
            return undefined;
        }
    }
    /**
     * The objects of one kind with these ids: one request (the kind's list call, filtered by every id, a page of 100),
     * more only when an answer says it holds more pages than one. Ids that are not UUIDs are never sent.
     */
    async lookupObjects(kind, ids) {
        const found = new Map();
        const asked = ids.filter((id) => lookups/* OBJECT_ID */.SN.test(id));
        if (asked.length === 0)
            return found;
        const call = lookups/* LOOKUPS */.CY[kind];
        try {
            for (let page = 1; page <= Math.max(1, asked.length); page++) {
                const listing = await this.client.json({ method: 'GET', path: `${call.path}?${(0,lookups/* lookupQuery */.fP)(kind, asked, page)}` }, `look up ${asked.length} ${references/* REFERENCE_WORDS */.Ab[kind]} id(s)`);
                (0,lookups/* foundIn */.QR)(listing, asked, found);
                if (page >= (listing.pageCount ?? 1) || (listing.entities ?? []).length === 0)
                    break;
            }
        }
        catch (error) {
            // A call the SDK lists no permission for (users) is refused for another reason: said as it is, not as a role gap.
            if (error instanceof genesys_client/* GenesysApiError */.n_ && error.status === 403 && call.permission) {
                throw new provider/* MissingPermissionError */.Ai(error.message, call.permission);
            }
            throw error;
        }
        return found;
    }
    auditDays = audit/* AUDIT_DAYS */.sc;
    /**
     * The audit log's entries for these tables: the Datatables service's newest entries (AUDIT_MAX_PAGES pages at most,
     * every table matched in them), then, for a table they name nowhere, one page of the Architect service filtered by
     * its id. Every request through the one HTTP client, paced by the org's rate limit.
     */
    async tableEdits(tables, since, until) {
        const edits = [];
        const found = new Set();
        const take = (listing) => {
            for (const entry of listing.entities ?? []) {
                for (const table of tables) {
                    const edit = (0,audit/* editFrom */.X$)(entry, table);
                    if (edit) {
                        edits.push(edit);
                        found.add(table.id);
                    }
                }
            }
        };
        for (let page = 1; page <= audit/* AUDIT_MAX_PAGES */.kO; page++) {
            const listing = await this.queryAudits((0,audit/* auditQuery */.wT)(audit/* DATATABLES_SERVICE */.Kk, since, until, page), 'data tables');
            take(listing);
            if (page >= (listing.pageCount ?? 1) || (listing.entities ?? []).length < audit/* AUDIT_PAGE_SIZE */._F)
                break;
        }
        for (const table of tables.filter((t) => !found.has(t.id))) {
            take(await this.queryAudits((0,audit/* auditQuery */.wT)(audit/* ARCHITECT_SERVICE */.k5, since, until, 1, table.id), table.name));
        }
        return edits;
    }
    /** `POST /api/v2/audits/query/realtime?expand=user`, as AuditApi.postAuditsQueryRealtime sends it. */
    async queryAudits(body, what) {
        try {
            return await this.client.json({
                method: 'POST',
                path: `${audit/* AUDIT_PATH */.Q0}?expand=user`,
                body: JSON.stringify(body),
                idempotent: true, // a query: asking twice changes nothing
            }, `read the audit log of ${what}`);
        }
        catch (error) {
            if (error instanceof genesys_client/* GenesysApiError */.n_ && error.status === 403) {
                throw new provider/* MissingPermissionError */.Ai(error.message, audit/* AUDIT_PERMISSION */.kk);
            }
            throw error;
        }
    }
    objectIdForm = { pattern: lookups/* OBJECT_ID */.SN, example: '1e0f9a8b-4c2d-4e6f-8a1b-3c5d7e9f0a12' };
    describeOrg() {
        return `the Genesys org at ${new URL(this.client.apiUrl).host}`;
    }
    async readRows(table) {
        const paged = this.rowsApiMaxPages > 0 ? await this.readRowsPaged(table) : undefined;
        if (paged)
            return paged;
        return this.readRowsExported(table);
    }
    /** One page of rows; a refused page size makes the next smaller one this run's size, and that page is asked again. */
    async rowsPage(table, page) {
        for (;;) {
            const query = new URLSearchParams({
                pageNumber: String(page),
                pageSize: String(this.rowsPageSize),
                showbrief: 'false',
            });
            try {
                return await this.client.json({ method: 'GET', path: `/api/v2/flows/datatables/${table.id}/rows?${query}` }, `read the rows of "${table.name}"`);
            }
            catch (error) {
                const smaller = ROWS_PAGE_SIZES.find((size) => size < this.rowsPageSize);
                if (!(error instanceof genesys_client/* GenesysApiError */.n_ && error.status === 400 && smaller !== undefined))
                    throw error;
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
    async readRowsPaged(table) {
        const records = [];
        let total;
        let pages = 0;
        for (let page = 1; page <= MAX_PAGES; page++) {
            const listing = await this.rowsPage(table, page);
            pages = page;
            const entities = listing.entities ?? [];
            const pageSize = listing.pageSize ?? this.rowsPageSize;
            if (page === 1) {
                total = listing.total;
                const size = total ?? (listing.pageCount !== undefined ? listing.pageCount * pageSize : undefined);
                if (size !== undefined && Math.ceil(size / pageSize) > this.rowsApiMaxPages)
                    return undefined;
            }
            records.push(...entities);
            // A short page that says nothing of paging (no total, pageCount, nextUri or pageSize) may be a silent cap, not
            // the end: the next page is asked, and only an empty one ends the table.
            const silent = listing.total === undefined &&
                listing.pageCount === undefined &&
                listing.nextUri === undefined &&
                listing.pageSize === undefined;
            const more = listing.pageCount !== undefined
                ? page < listing.pageCount
                : listing.nextUri !== undefined
                    ? listing.nextUri !== ''
                    : entities.length >= pageSize || silent;
            if (entities.length === 0 || !more)
                break;
            // Nothing said how large the table is, and it is larger than paging is worth: an export reads it whole.
            if (page >= this.rowsApiMaxPages)
                return undefined;
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
    async readRowsExported(table) {
        // A job-start POST is safe to repeat on 503/429 or a dropped connection: an export job has no side effect.
        // The SDK sends no body here.
        const job = await this.client.json({ method: 'POST', path: `/api/v2/flows/datatables/${table.id}/export/jobs`, idempotent: true }, `export table "${table.name}"`);
        this.startedJobs.set(job.id, { kind: 'export', at: this.client.http.clock.now(), size: 0 });
        const done = await this.pollJob(`/api/v2/flows/datatables/${table.id}/export/jobs/${job.id}`, `export of "${table.name}"`, this.exportTimeoutMs, job.id);
        if (done.status !== 'Succeeded' || !done.downloadURI) {
            const reason = done.errorInformation ? (0,genesys_client/* describeGenesysError */.qi)(JSON.stringify(done.errorInformation)) : done.status;
            throw new provider/* ProviderError */.mZ(`The export of table "${table.name}" did not succeed: ${reason}`);
        }
        // The table's row limit by a generous longest row (50 fields of 300 characters, quoted): a larger file is refused.
        const maxBytes = Math.max(64 * 1024 * 1024, this.limits.maxRows * 16 * 1024);
        let file;
        const download = await downloadExport(this.client, done.downloadURI, `download the export of "${table.name}"`, maxBytes, async (body) => {
            // A download tried again, or a file refused half-way, must not leave its row file open until collected.
            const store = this.rowsFolder ? new row_file/* RowFile */.h(this.rowsFolder) : undefined;
            try {
                file = await readExportFile(table.name, schemaOf(table), body, store);
            }
            catch (error) {
                store?.close();
                throw error;
            }
        });
        if (!file)
            throw new provider/* ProviderError */.mZ(`The export of table "${table.name}" could not be read: no file came`);
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
    importHeader(table) {
        const exported = this.exportHeaders.get(table.id);
        if (exported)
            return exported;
        return { columns: schemaOf(table).fields.map((field) => ({ name: field.name, field })) };
    }
    /** The import file for these rows, and how many rows it holds. */
    importCsv(table, rows) {
        return (0,table_csv/* headerCsvFrom */.cj)(this.importHeader(table).columns, rows);
    }
    /** A CSV import job: the request's rows, in its mode (ReplaceAll deletes what the rows leave out). */
    async import(table, request) {
        return this.startImport(table, request.rows, request.mode);
    }
    async startImport(table, rows, mode) {
        const importMode = mode === 'replace' ? 'ReplaceAll' : 'Append';
        // The file is written (and a streamed file checked to be the planned one) before the job starts: a job started
        // and then abandoned would only add noise to the table's import history.
        // With a run folder, the file is written there and sent from it; else (tests, the CLI's dry runs) held in memory.
        const upload = this.rowsFolder ? new UploadFile(this.rowsFolder) : undefined;
        try {
            return await this.importThrough(table, rows, importMode, upload);
        }
        finally {
            upload?.close();
        }
    }
    /** Writes the import file (to `file`, or in memory), starts the job and uploads the file. */
    async importThrough(table, rows, importMode, file) {
        const written = file
            ? { rows: await (0,table_csv/* writeHeaderCsv */.v2)(this.importHeader(table).columns, rows, (text) => file.write(text)) }
            : await this.importCsv(table, rows);
        const csv = file ?? Buffer.from(written.text, 'utf8');
        // The new CSV job flow; the deprecated POST .../import/jobs start call is never used. Repeating this POST on
        // 503/429 is safe: a job that never gets its upload stays WaitingForUpload and changes nothing.
        const job = await this.client.json({
            method: 'POST',
            path: `/api/v2/flows/datatables/${table.id}/import/csv/jobs`,
            body: JSON.stringify({ importMode }),
            idempotent: true,
        }, `start a CSV import into "${table.name}"`);
        if (!job.id || !job.uploadURI || !job.uploadHeaders || typeof job.uploadHeaders !== 'object') {
            throw new provider/* ProviderError */.mZ(`Genesys started import job ${job.id ?? '(no id)'} without an uploadURI and uploadHeaders`);
        }
        this.startedJobs.set(job.id, { kind: 'import', at: this.client.http.clock.now(), size: written.rows });
        for (const value of Object.values(job.uploadHeaders))
            this.client.http.addSecret(value);
        // The upload URI is signed: a storage error that echoes it must not show the signature anywhere.
        this.client.http.addUrlSecrets(job.uploadURI);
        (0,providers_http/* requireSecureUrl */.qp)(job.uploadURI, `The uploadURI of import job ${job.id}`);
        const upload = await this.client.http.send({
            method: 'PUT',
            url: job.uploadURI,
            // Exactly the headers Genesys allocated for this upload; no bearer token to the storage host.
            headers: { ...job.uploadHeaders },
            body: csv,
        });
        if (upload.status < 200 || upload.status >= 300) {
            throw new provider/* ProviderError */.mZ(this.client.http.redact(`Uploading the CSV for import job ${job.id} into "${table.name}" was refused (${upload.status}): ${upload.body.slice(0, 300) || 'no details'}. The table was not changed`));
        }
        return { id: job.id };
    }
    async waitForJob(table, job, timeoutMs) {
        const done = await this.pollJob(`/api/v2/flows/datatables/${table.id}/import/jobs/${job.id}`, `import job ${job.id} into "${table.name}"`, timeoutMs, job.id);
        const result = {
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
    async runningImport(table) {
        const listing = await this.client.json({ method: 'GET', path: `/api/v2/flows/datatables/${table.id}/import/jobs?pageSize=25` }, `list the recent imports into "${table.name}"`);
        const running = (listing.entities ?? []).find((job) => job.status === 'Processing');
        return running ? { id: running.id } : undefined;
    }
    async pollJob(path, what, timeoutMs, jobId) {
        let notFound = 0;
        const poll = async () => {
            try {
                const job = await this.client.json({ method: 'GET', path }, `check the ${what}`);
                notFound = 0;
                return job;
            }
            catch (error) {
                // A job read right after it was created may not be visible yet (eventual consistency): a few 404s are waited out.
                if (error instanceof genesys_client/* GenesysApiError */.n_ && error.status === 404 && ++notFound <= JOB_NOT_FOUND_POLLS) {
                    return { id: '', status: 'not visible yet' };
                }
                throw error;
            }
        };
        const started = this.startedJobs.get(jobId);
        const clock = this.client.http.clock;
        const done = await (0,providers_poll/* pollUntil */.g)(poll, (job) => FINISHED.has(job.status), {
            timeoutMs,
            pollMs: this.pollMs,
            clock,
            ...(started
                ? { firstWaitMs: this.jobClock.firstWait(started.kind, started.size, clock.now() - started.at, this.pollMs) }
                : {}),
            stillRunning: (job) => `The ${what} was still "${job.status}" after ${Math.round(timeoutMs / 1000)} s (job-timeout); it may still finish in Genesys. Check the table before running again`,
        });
        if (started)
            this.jobClock.record(started.kind, started.size, jobDurationMs(done.dateCreated, done.dateCompleted));
        return done;
    }
}
/** A Genesys table always has its schema (getTable reads it); the interface allows vendors without one. */
function schemaOf(table) {
    if (!table.schema)
        throw new provider/* ProviderError */.mZ(`table "${table.name}" was read without its schema`);
    return table.schema;
}
/** The one table of exactly this name among `found`, or an error saying there is none (or several). */
function exactlyNamed(name, found) {
    const matches = found.filter((entity) => entity.name === name);
    if (matches.length === 1)
        return matches[0];
    if (matches.length > 1) {
        throw new provider/* ProviderError */.mZ(`${matches.length} Genesys data tables are named "${name}" (ids ${matches.map((m) => m.id).join(', ')}); set table to the id of the one to use`);
    }
    const similar = found.filter((entity) => entity.name.toLowerCase() === name.toLowerCase());
    if (similar.length > 0) {
        // Not "not found": a schema file beside the CSV must never create a second table that differs in case only
        // (Genesys would refuse the name anyway, at apply).
        throw new provider/* ProviderError */.mZ(`No Genesys data table is named "${name}"; did you mean ${similar.map((s) => `"${s.name}"`).join(' or ')}? Names match exactly, case included (names differ in case only). Set table to the exact name, or rename the file`);
    }
    throw new provider/* TableNotFoundError */.My(`No Genesys data table is named "${name}" (names match exactly, case included). Check the table input or the CSV file name, or add a schema file beside it to create the table`);
}


/***/ }),

/***/ 329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ nextPollWait),
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1601);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2288);


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

/***/ 6097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ RowFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_key_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5749);



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


/***/ })

};
