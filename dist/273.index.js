export const id = 273;
export const ids = [273];
export const modules = {

/***/ 46420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rs: () => (/* binding */ RowDiffer),
  PB: () => (/* binding */ describeDamage),
  VD: () => (/* binding */ diffRows),
  ik: () => (/* binding */ hasChanges),
  SH: () => (/* binding */ planHash)
});

// UNUSED EXPORTS: AddedRow, AddedRows, applyDiff

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/key-index.js
var key_index = __webpack_require__(65749);
// EXTERNAL MODULE: ./lib/core/live-records.js
var live_records = __webpack_require__(30102);
;// CONCATENATED MODULE: ./lib/core/added-rows.js


/**
 * An added row, unpacked only when read: its values are kept packed as JSON (in memory, or in a file of the run's
 * folder), and `row` parses them each time it is read.
 */
class AddedRow {
    key;
    fields;
    text;
    constructor(key, fields, packed) {
        this.key = key;
        this.fields = fields;
        this.text = packed;
    }
    /** The values in the schema's field order, as JSON: also searchable as text without unpacking. */
    get packed() {
        return typeof this.text === 'string' ? this.text : this.text();
    }
    get row() {
        const values = JSON.parse(this.packed);
        const row = {};
        this.fields.forEach((field, index) => {
            const value = values[index];
            if (value !== null && value !== undefined)
                row[field] = value;
        });
        return row;
    }
    /** As plan.json and canonical JSON write it: the key and the row. */
    toJSON() {
        return { key: this.key, row: this.row };
    }
}
/**
 * The rows a plan adds, held without an object or a string per row: their keys' UTF-8 bytes in one Buffer (8 bytes of
 * offset a row), their values packed in a row store (a file of the run's folder: a first load of a large table), and,
 * once sorted, their order in one Int32Array. While a plan reads its file, a row may hold only its key's entry in the
 * plan's index of the file's keys (4 bytes a row, the key held once, there); sorted, the keys are copied out in one
 * buffer of their exact size, and the index (with its hash table) is left to the collector. A row is made an `AddedRow` only when it is read, so
 * 150,000 added rows cost about 20 bytes each beside their keys, where objects cost about 100 (and, held, let the heap
 * grow with them).
 */
class AddedRows {
    fields;
    store;
    shared;
    bytes;
    used = 0;
    /** Where each key starts in `bytes` (key i ends where key i + 1 starts); or, with shared keys, each row's entry. */
    starts;
    count = 0;
    /** Keys with a lone surrogate, which UTF-8 cannot hold exactly, or not found in the shared keys: kept as strings. */
    odd = new Map();
    /** Entries in key order, once sorted. */
    order;
    /**
     * `atMost`: how many rows it may hold, when known: its offsets are made that size at once, not doubled up to it.
     * `keys`: where the keys are held already (each row then added with its entry there).
     */
    constructor(fields, store = (0,live_records/* memoryRowStore */.ph)(), atMost = 0, keys) {
        this.fields = fields;
        this.store = store;
        this.shared = keys;
        const size = Math.max(1024, atMost + 1);
        this.starts = keys ? new Int32Array(size) : new Float64Array(size);
    }
    get length() {
        return this.count;
    }
    /** Rows held in memory (a ceiling tests count): the store's. */
    get rowsHeld() {
        return this.store.rowsHeld;
    }
    /** Bytes kept for keys here (a ceiling tests count): none while the keys are shared, their exact size once copied. */
    get keyBytesHeld() {
        return this.bytes?.length ?? 0;
    }
    /** `entry`: the key's entry in the shared keys (without one, the key is kept here as a string). */
    add(key, row, entry) {
        this.store.push([JSON.stringify(this.fields.map((field) => row[field] ?? null))]);
        if (this.count + 1 >= this.starts.length) {
            const grown = this.shared ? new Int32Array(this.starts.length * 2) : new Float64Array(this.starts.length * 2);
            grown.set(this.starts);
            this.starts = grown;
        }
        if (this.shared) {
            if (entry === undefined)
                this.odd.set(this.count, key);
            else
                this.starts[this.count] = entry;
            this.count++;
        }
        else {
            if (!(0,key_index/* isWellFormed */.UC)(key))
                this.odd.set(this.count, key);
            else {
                if (!this.bytes || this.used + key.length * 3 > this.bytes.length) {
                    const grown = Buffer.allocUnsafe(Math.max((this.bytes?.length ?? 8 * 1024) * 2, this.used + key.length * 3));
                    this.bytes?.copy(grown, 0, 0, this.used);
                    this.bytes = grown;
                }
                this.used += this.bytes.write(key, this.used, 'utf8');
            }
            this.count++;
            this.starts[this.count] = this.used;
        }
        this.order = undefined;
    }
    /** Puts the rows in key order (UTF-16 code units, as `compareKeys`); shared keys are then copied here. */
    sort() {
        const order = new Int32Array(this.count);
        for (let entry = 0; entry < this.count; entry++)
            order[entry] = entry;
        order.sort((a, b) => this.compare(a, b));
        this.order = order;
        this.ownKeys();
    }
    /** The shared keys copied into one buffer of their size, in the rows' order: the index they came from can go. */
    ownKeys() {
        const shared = this.shared;
        if (!shared)
            return;
        const entries = this.starts;
        let total = 0;
        for (let row = 0; row < this.count; row++) {
            if (!this.odd.has(row))
                total += shared.keyBytes(entries[row])?.length ?? 0;
        }
        const bytes = Buffer.allocUnsafe(total);
        const starts = new Float64Array(this.count + 1);
        let used = 0;
        for (let row = 0; row < this.count; row++) {
            starts[row] = used;
            if (this.odd.has(row))
                continue;
            const key = shared.keyBytes(entries[row]);
            if (key === undefined)
                this.odd.set(row, shared.keyAt(entries[row]));
            else {
                bytes.set(key, used);
                used += key.length;
            }
        }
        starts[this.count] = used;
        this.bytes = bytes;
        this.used = used;
        this.starts = starts;
        this.shared = undefined;
    }
    at(index) {
        const at = index < 0 ? index + this.count : index;
        if (at < 0 || at >= this.count)
            return undefined;
        const entry = this.order ? this.order[at] : at;
        const { store } = this;
        return new AddedRow(this.keyOf(entry), this.fields, () => store.get(entry)?.[0]);
    }
    *[Symbol.iterator]() {
        for (let index = 0; index < this.count; index++)
            yield this.at(index);
    }
    slice(start = 0, end = this.count) {
        const from = Math.max(0, start < 0 ? start + this.count : start);
        const to = Math.min(this.count, end < 0 ? end + this.count : end);
        const rows = [];
        for (let index = from; index < to; index++)
            rows.push(this.at(index));
        return rows;
    }
    map(each) {
        const mapped = [];
        for (let index = 0; index < this.count; index++)
            mapped.push(each(this.at(index), index));
        return mapped;
    }
    filter(keep) {
        const kept = [];
        for (const row of this)
            if (keep(row))
                kept.push(row);
        return kept;
    }
    find(match) {
        for (const row of this)
            if (match(row))
                return row;
        return undefined;
    }
    /** As JSON, the list it stands for (a group's plan file carries its plans as JSON): each row's key and values. */
    toJSON() {
        return this.map((row) => row.toJSON());
    }
    /** The key of an entry, as it was added. */
    keyOf(entry) {
        const odd = this.odd.get(entry);
        if (odd !== undefined)
            return odd;
        if (this.shared)
            return this.shared.keyAt(this.starts[entry]);
        return this.bytes.toString('utf8', this.starts[entry], this.starts[entry + 1]);
    }
    /** Two entries' keys in UTF-16 code unit order (`compareKeys`), from their bytes; keys kept as strings as strings. */
    compare(a, b) {
        if (this.odd.size > 0 && (this.odd.has(a) || this.odd.has(b))) {
            const x = this.keyOf(a);
            const y = this.keyOf(b);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (this.shared)
            return this.shared.compareEntries(this.starts[a], this.starts[b]);
        const startA = this.starts[a];
        const startB = this.starts[b];
        return (0,key_index/* compareUtf8 */.zq)(this.bytes, startA, this.starts[a + 1] - startA, startB, this.starts[b + 1] - startB);
    }
}

// EXTERNAL MODULE: ./lib/core/canonical-json.js
var canonical_json = __webpack_require__(6992);
// EXTERNAL MODULE: ./lib/core/schema.js
var core_schema = __webpack_require__(34920);
;// CONCATENATED MODULE: ./lib/core/diff.js





/**
 * Diffs file rows against live rows, one file row at a time, so a large file is never held whole.
 * Live values are normalised one by one as they are compared (`liveValue`), never copied up front.
 */
class RowDiffer {
    added;
    diff;
    fields;
    fieldNames;
    liveRows;
    mode;
    liveValue;
    sameAsLive;
    constructor(schema, liveRows, mode, liveValue, 
    /** Where added rows are kept; none: in memory. */
    addedStore, 
    /** Tells an equal row without normalising its live values (live rows kept as text); false: compare them. */
    sameAsLive, 
    /** The most rows it may add, when known (the list is made that size at once). */
    addedAtMost = 0, 
    /** Where the added rows' keys are held already (the plan's index of the file's keys): held once, there. */
    addedKeys) {
        this.sameAsLive = sameAsLive;
        this.fields = schema.fields;
        this.fieldNames = schema.fields.map((field) => field.name);
        this.added = new AddedRows(this.fieldNames, addedStore, addedAtMost, addedKeys);
        this.diff = { added: this.added, updated: [], deleted: [], unchanged: 0 };
        this.liveRows = liveRows;
        this.mode = mode;
        this.liveValue = liveValue;
    }
    toRow(live) {
        const row = {};
        for (const field of this.fields)
            row[field.name] = this.liveValue(live, field);
        return row;
    }
    /** One file row: the file is the new state. */
    compare(key, row) {
        this.compareWith(key, row, this.liveRows.get(key));
    }
    /**
     * One file row whose live row the caller has looked up already (undefined: the table lacks its key); `keyEntry`: its
     * key's entry in the added keys' index, when the caller has it.
     */
    compareWith(key, row, liveRow, keyEntry) {
        if (liveRow === undefined) {
            this.added.add(key, row, keyEntry);
            return;
        }
        if (this.sameAsLive?.(liveRow, row)) {
            this.diff.unchanged++;
            return;
        }
        let changes;
        for (const field of this.fields) {
            const before = this.liveValue(liveRow, field);
            const after = row[field.name] ?? (0,core_schema/* emptyValue */.Nj)(field);
            if (before === after)
                continue;
            changes ??= [];
            changes.push({ field: field.name, old: before, new: after });
        }
        if (changes)
            this.diff.updated.push({ key, row, changes });
        else
            this.diff.unchanged++;
    }
    /** Live keys the file does not have are deleted (replace) or left alone (append); then everything in key order. */
    finish(fileKeys) {
        for (const [key, liveRow] of this.liveRows) {
            if (fileKeys.has(key))
                continue;
            if (this.mode === 'replace')
                this.diff.deleted.push({ key, row: this.toRow(liveRow) });
            else
                this.diff.unchanged++;
        }
        this.added.sort();
        this.diff.updated.sort((a, b) => (0,canonical_json/* compareKeys */.Y)(a.key, b.key));
        this.diff.deleted.sort((a, b) => (0,canonical_json/* compareKeys */.Y)(a.key, b.key));
        return this.diff;
    }
}
/** Diffs whole row maps (the file is the new state). */
function diffRows(schema, fileRows, liveRows, mode) {
    const differ = new RowDiffer(schema, liveRows, mode, (row, field) => row[field.name] ?? (0,core_schema/* emptyValue */.Nj)(field));
    for (const [key, row] of fileRows)
        differ.compare(key, row);
    return differ.finish(fileRows);
}
/**
 * What an import did to a table, in words, from the diff that would restore it (the snapshot as the file, the
 * table now as the live rows): rows it lost were deleted, rows it gained were added.
 */
function describeDamage(restore) {
    const parts = [
        restore.added.length > 0 && `deleted ${restore.added.length} row(s)`,
        restore.updated.length > 0 && `changed ${restore.updated.length} row(s)`,
        restore.deleted.length > 0 && `added ${restore.deleted.length} row(s)`,
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(', ') : 'changed nothing';
}
function hasChanges(diff) {
    return diff.added.length + diff.updated.length + diff.deleted.length > 0;
}
/** What the table holds once the diff is applied (the file's rows, when the diff is complete). */
function applyDiff(liveRows, diff) {
    const result = new Map(liveRows);
    for (const { key } of diff.deleted)
        result.delete(key);
    for (const { key, row } of diff.added)
        result.set(key, row);
    for (const { key, row } of diff.updated)
        result.set(key, row);
    return result;
}
/**
 * sha256 of the normalised plan: the table id, the import mode and the row changes in key order. Not the file path,
 * the rendering or the unchanged rows, so the same change always hashes the same. Hashed piece by piece, never as one
 * string: the pieces are exactly the canonical JSON of `{tableId, importMode, added, updated, deleted, schemaChange?}`
 * (keys sorted), so the hash is the one that string would have (a plan of a million rows costs no copy of it).
 */
function planHash(tableId, mode, diff, schemaChange) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const list = (name, items, pick, first) => {
        hash.update(`${first ? '{' : ','}${JSON.stringify(name)}:[`);
        let index = 0;
        for (const item of items)
            hash.update(`${index++ === 0 ? '' : ','}${(0,canonical_json/* canonicalJson */.d)(pick(item))}`);
        hash.update(']');
    };
    // Keys in canonical (sorted) order: added, deleted, importMode, schemaChange, tableId, updated.
    list('added', diff.added, ({ key, row }) => ({ key, row }), true);
    list('deleted', diff.deleted, ({ key, row }) => ({ key, row }), false);
    hash.update(`,"importMode":${JSON.stringify(mode)}`);
    // Only when there is one, so that every plan without a schema change keeps the hash it had.
    if (schemaChange !== undefined)
        hash.update(`,"schemaChange":${(0,canonical_json/* canonicalJson */.d)(schemaChange)}`);
    hash.update(`,"tableId":${JSON.stringify(tableId)}`);
    list('updated', diff.updated, ({ key, changes }) => ({ key, changes }), false);
    hash.update('}');
    return hash.digest('hex');
}


/***/ }),

/***/ 65749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ isWellFormed),
/* harmony export */   u_: () => (/* binding */ KeyIndex),
/* harmony export */   zq: () => (/* binding */ compareUtf8)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

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

/***/ 30102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ readCsvRecords),
/* harmony export */   Tu: () => (/* binding */ asLiveRecords),
/* harmony export */   VV: () => (/* binding */ liveRowObjects),
/* harmony export */   ph: () => (/* binding */ memoryRowStore)
/* harmony export */ });
/* unused harmony export recordList */
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62312);

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

/***/ 6273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CH: () => (/* binding */ changedRows),
  EI: () => (/* binding */ changesTable),
  PL: () => (/* binding */ combinedPlanHash),
  $n: () => (/* binding */ fileRowStream),
  Ai: () => (/* binding */ planCounts),
  Ox: () => (/* binding */ planJsonChunks),
  k0: () => (/* binding */ planTable),
  qX: () => (/* binding */ rejectedRowsCsv),
  gZ: () => (/* binding */ rowsToImport)
});

// UNUSED EXPORTS: inertCell, sameAsLiveText

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/canonical-json.js
var canonical_json = __webpack_require__(6992);
// EXTERNAL MODULE: ./lib/core/csv.js + 1 modules
var csv = __webpack_require__(62312);
// EXTERNAL MODULE: ./lib/core/diff.js + 1 modules
var core_diff = __webpack_require__(46420);
// EXTERNAL MODULE: ./lib/core/guards.js
var guards = __webpack_require__(67429);
// EXTERNAL MODULE: ./lib/core/key-index.js
var key_index = __webpack_require__(65749);
// EXTERNAL MODULE: ./lib/core/live-records.js
var live_records = __webpack_require__(30102);
// EXTERNAL MODULE: ./lib/core/schema.js
var core_schema = __webpack_require__(34920);
// EXTERNAL MODULE: ./lib/core/typography.js
var typography = __webpack_require__(79302);
;// CONCATENATED MODULE: ./lib/core/look-alike-keys.js


/** The config file's key that lets a table's plan rename keys on purpose. */
const ALLOW_RENAMES = 'allow-renames';
/** Renames named in the refusal before "...". */
const SHOWN = 5;
/**
 * Added keys that equal a deleted live key once case, Unicode form and typographic punctuation are folded
 * (`New Year's Day` retyped as `New Year’s Day` by autocorrect, `Support-EN` as `Support–EN`): the plan deletes one
 * and adds the other, a rename that the flows' lookups of the old key then miss. Named on the file's lines and
 * blocking the table, unless the table's entry allows renames (then a warning says what happens).
 */
function lookAlikeRenames(diff, keys, file, column, allowRenames = false, 
/** Live keys an append leaves in the table (the file does not have them): a look-alike would be added beside one. */
keptLiveKeys = []) {
    const found = { problems: [], refusals: [] };
    if (diff.added.length === 0)
        return found;
    if (keptLiveKeys.length > 0)
        found.problems.push(...lookAlikesBeside(diff, keys, file, column, keptLiveKeys));
    for (const problem of found.problems) {
        found.refusals.push(`${problem.file}:${problem.line}: ${problem.message}`);
    }
    if (diff.deleted.length === 0)
        return found;
    const deletedByFold = new Map(diff.deleted.map(({ key }) => [(0,core_schema/* foldKey */.pU)(key), key]));
    const renames = [];
    for (const { key } of diff.added) {
        const live = deletedByFold.get((0,core_schema/* foldKey */.pU)(key));
        if (live !== undefined)
            renames.push({ live, key, how: (0,typography/* howKeysDiffer */.z)(live, key), line: keys.firstLine(key) ?? 1 });
    }
    if (renames.length === 0)
        return found;
    renames.sort((a, b) => a.line - b.line);
    const fix = allowRenames
        ? `renamed on purpose (${ALLOW_RENAMES}: true)`
        : "write the key as the table has it (turn off the spreadsheet's autocorrect of quotes and dashes, or copy the key from the table's export); if the rename is intended, set allow-renames: true on this table's entry of the config file";
    for (const { live, key, how, line } of renames) {
        found.problems.push({
            severity: allowRenames ? 'warning' : 'error',
            kind: 'renamed-key',
            file,
            line,
            ...(column !== undefined ? { column } : {}),
            value: key,
            message: `this key differs from the live key "${(0,core_schema/* makeVisible */.Xm)(live)}" only by ${how}: the plan deletes "${(0,core_schema/* makeVisible */.Xm)(live)}" and adds "${(0,core_schema/* makeVisible */.Xm)(key)}", a rename that lookups of the old key would miss. ${allowRenames ? 'Allowed: ' : 'To fix: '}${fix}`,
        });
    }
    if (!allowRenames) {
        const shown = renames
            .slice(0, SHOWN)
            .map(({ live, key, how }) => `"${(0,core_schema/* makeVisible */.Xm)(live)}" → "${(0,core_schema/* makeVisible */.Xm)(key)}" (${how})`);
        found.refusals.push(`${renames.length} key(s) rename a live key by a look-alike spelling: ${shown.join(', ')}${renames.length > SHOWN ? ', ...' : ''}. The plan would delete each live row and add it again under the new key, and lookups of the old key would miss: ${fix}`);
    }
    return found;
}
/**
 * With `import-mode: append`, nothing is deleted: a key that is a look-alike of a live key the file leaves alone is
 * added beside it, and the table then holds two keys a person reads as one. Always an error (there is no rename to
 * allow: write the key as the table has it, or replace the table).
 */
function lookAlikesBeside(diff, keys, file, column, keptLiveKeys) {
    const liveByFold = new Map(keptLiveKeys.map((key) => [(0,core_schema/* foldKey */.pU)(key), key]));
    const problems = [];
    for (const { key } of diff.added) {
        const live = liveByFold.get((0,core_schema/* foldKey */.pU)(key));
        if (live === undefined)
            continue;
        problems.push({
            severity: 'error',
            kind: 'renamed-key',
            file,
            line: keys.firstLine(key) ?? 1,
            ...(column !== undefined ? { column } : {}),
            value: key,
            message: `this key differs from the live key "${(0,core_schema/* makeVisible */.Xm)(live)}" only by ${(0,typography/* howKeysDiffer */.z)(live, key)}; appending would add it beside that row, and the table would hold two keys that read alike. Write the key as the table has it`,
        });
    }
    return problems.sort((a, b) => a.line - b.line);
}

;// CONCATENATED MODULE: ./lib/core/spreadsheet-marks.js

/** Examples of cells named in one problem. */
const spreadsheet_marks_SHOWN = 5;
/** A digit string without its leading zeros (`00042` → `42`, `0` stays), or undefined for anything else. */
function withoutLeadingZeros(text) {
    return /^[0-9]+$/.test(text) ? text.replace(/^0+(?=[0-9])/, '') : undefined;
}
/**
 * Windows-1252's characters for the bytes 0x80-0x9F (the WHATWG index; the rest is Latin-1). Our own table, not
 * TextDecoder('windows-1252'): Node.js 22.19 decodes those bytes wrongly (drops them), so the one-byte code page most
 * often met was missed there.
 */
const WINDOWS_1252_HIGH = [
    0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
    0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
function decodeWindows1252(bytes) {
    let text = '';
    for (const byte of bytes) {
        text += String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80] : byte);
    }
    return text;
}
/** The text as it reads when its UTF-8 bytes are decoded as Windows-1252 or as Latin-1 (both seen in the wild). */
function decodedTwice(text) {
    const bytes = Buffer.from(text, 'utf8');
    return [decodeWindows1252(bytes), bytes.toString('latin1')];
}
/** Whether `after` is `before` with its UTF-8 read as a one-byte code page: text decoded twice. */
function isMojibakeOf(before, after) {
    if (before === after || !/[^\x20-\x7e]/.test(before))
        return false;
    return decodedTwice(before).includes(after);
}
/**
 * The marks text decoded twice leaves: `Ã` or `Â` before a character of the upper half of Latin-1 or its
 * Windows-1252 neighbours (`Ã©` for é, `Ã¼` for ü, `â€™` for ’).
 */
const MOJIBAKE_MARKS = /[ÃÂ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]|â€[\u0099\u009c\u009d\u2122\u201c\u201d\u02dc]/;
function hasMojibakeMarks(text) {
    return MOJIBAKE_MARKS.test(text);
}
const LEADING_ZEROS_CAUSE = 'leading zeros were probably removed by a spreadsheet: open the file as text, or format the column as Text, and put them back';
const MOJIBAKE_CAUSE = 'the file was probably opened as Windows-1252 ("ANSI") and saved again, so its UTF-8 text was decoded twice: take the file from git again, or open it as UTF-8';
function findSpreadsheetMarks(diff, schema, keys, file, keyColumn) {
    const marks = { problems: [], refusals: [] };
    const lineOf = (key) => keys.firstLine(key) ?? 1;
    const column = (name) => schema.fields.find((field) => field.name === name)?.title ?? name;
    // Keys: one the file adds that equals one the plan deletes once leading zeros are put back (or taken away).
    const deletedByDigits = new Map();
    for (const { key } of diff.deleted) {
        const digits = withoutLeadingZeros(key);
        if (digits !== undefined)
            deletedByDigits.set(digits, key);
    }
    const renamed = [];
    if (deletedByDigits.size > 0) {
        for (const { key } of diff.added) {
            const digits = withoutLeadingZeros(key);
            const live = digits === undefined ? undefined : deletedByDigits.get(digits);
            if (live === undefined || live === key)
                continue;
            renamed.push([key, live]);
            marks.problems.push({
                severity: 'error',
                kind: 'leading-zeros',
                file,
                line: lineOf(key),
                ...(keyColumn !== undefined ? { column: keyColumn } : {}),
                value: key,
                message: `this key and the live key "${(0,core_schema/* makeVisible */.Xm)(live)}" differ only by leading zeros, so the plan would delete "${(0,core_schema/* makeVisible */.Xm)(live)}" and add "${(0,core_schema/* makeVisible */.Xm)(key)}": ${LEADING_ZEROS_CAUSE}`,
            });
        }
    }
    if (renamed.length > 0) {
        renamed.sort((a, b) => lineOf(a[0]) - lineOf(b[0]));
        const shown = renamed.slice(0, spreadsheet_marks_SHOWN).map(([key, live]) => `"${live}" → "${key}"`);
        marks.refusals.push(`${renamed.length} key(s) differ from live keys only by leading zeros (${shown.join(', ')}${renamed.length > spreadsheet_marks_SHOWN ? ', ...' : ''}): ${LEADING_ZEROS_CAUSE}`);
    }
    // Cells: per column, the changes that lost leading zeros, and the changes that are the old text decoded twice.
    const byColumn = new Map();
    for (const { key, changes } of diff.updated) {
        for (const change of changes) {
            if (typeof change.old !== 'string' || typeof change.new !== 'string')
                continue;
            const entry = byColumn.get(change.field) ?? { changes: 0, zeros: [], twice: [] };
            byColumn.set(change.field, entry);
            entry.changes++;
            const digits = withoutLeadingZeros(change.old);
            if (digits !== undefined && digits !== change.old && change.new === digits)
                entry.zeros.push(key);
            else if (isMojibakeOf(change.old, change.new))
                entry.twice.push(key);
        }
    }
    for (const [field, entry] of byColumn) {
        for (const [found, kind, cause, what] of [
            [entry.zeros, 'leading-zeros', LEADING_ZEROS_CAUSE, 'lost the leading zeros every live value had'],
            [entry.twice, 'mojibake', MOJIBAKE_CAUSE, 'is the old text decoded twice (like "CafÃ©" for "Café")'],
        ]) {
            if (found.length === 0)
                continue;
            const every = found.length === entry.changes;
            const keysShown = found
                .slice(0, spreadsheet_marks_SHOWN)
                .map((key) => `"${(0,core_schema/* makeVisible */.Xm)(key)}"`)
                .join(', ');
            const message = `${every ? 'every' : `${found.length} of the ${entry.changes}`} changed cell(s) of this column ${what} (rows ${keysShown}${found.length > spreadsheet_marks_SHOWN ? ', ...' : ''}): ${cause}`;
            // Text decoded twice is never an edit, even in a few cells: it blocks wherever it is found.
            const blocks = every || kind === 'mojibake';
            marks.problems.push({
                severity: blocks ? 'error' : 'warning',
                kind,
                file,
                line: lineOf(found[0]),
                column: column(field),
                message,
            });
            if (blocks)
                marks.refusals.push(`column "${column(field)}": ${message}`);
        }
    }
    // Added rows, and the new values of changed ones, holding the marks of text decoded twice.
    const marked = [
        // A packed added row is searched as text first: only a likely one is unpacked.
        ...diff.added.filter((added) => (!('packed' in added) || hasMojibakeMarks(added.packed)) &&
            Object.values(added.row).some((v) => typeof v === 'string' && hasMojibakeMarks(v))),
        ...diff.updated.filter(({ changes }) => changes.some((c) => typeof c.new === 'string' &&
            hasMojibakeMarks(c.new) &&
            !(typeof c.old === 'string' && isMojibakeOf(c.old, c.new)))),
    ].map(({ key }) => key);
    if (marked.length > 0) {
        const message = `${marked.length} new or changed row(s) hold the marks text decoded twice leaves (like "Ã©" or "â€™"; rows ${marked
            .slice(0, spreadsheet_marks_SHOWN)
            .map((key) => `"${(0,core_schema/* makeVisible */.Xm)(key)}"`)
            .join(', ')}${marked.length > spreadsheet_marks_SHOWN ? ', ...' : ''}): ${MOJIBAKE_CAUSE}`;
        marks.problems.push({ severity: 'error', kind: 'mojibake', file, line: lineOf(marked[0]), message });
        marks.refusals.push(message);
    }
    return marks;
}

;// CONCATENATED MODULE: ./lib/core/value-shapes.js

const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$/;
const DATETIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$/;
const DIGITS = /^[0-9]+$/;
const PLUS_DIGITS = /^\+[0-9]+$/;
const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;
/** 12/25/2027, 25/12/2027, 25.12.2027, 11/25/27, 2027/12/25 as a spreadsheet's locale shows a date. */
const LOCALE_DATE = /^([0-9]{1,2}[./-][0-9]{1,2}[./-]([0-9]{2}|[0-9]{4})|[0-9]{4}[./][0-9]{1,2}[./][0-9]{1,2})\.?$/;
/** 8:00, 08:00:00 AM, 8:00 p.m. */
const LOCALE_TIME = /^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?( ?[AaPp]\.?[Mm]\.?)?$/;
/** 6/30/2027 23:59, 30.06.27 23:59, 06/30/27 11:59 PM, 2027/06/30 23:59: a date-time as a spreadsheet's locale shows it. */
const LOCALE_DATETIME = /^([0-9]{1,2}[./-][0-9]{1,2}[./-]([0-9]{2}|[0-9]{4})|[0-9]{4}[./][0-9]{1,2}[./][0-9]{1,2}),? [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?( ?[AaPp]\.?[Mm]\.?)?$/;
/** 4.00012E+15, 4.00012341234124E+019, 4,47911E+11 (a decimal comma): how Excel and Calc write a long number in a General cell. */
const SCIENTIFIC = /^-?[0-9]+([.,][0-9]+)?[Ee][+-]?[0-9]+$/;
const SHAPES = ['date', 'time', 'datetime', 'digits', 'plus-digits', 'decimal'];
/** Whether a value has the shape (an empty value always has it: empty cells are not a shape). */
function fitsShape(shape, value) {
    if (value === '')
        return true;
    switch (shape.kind) {
        case 'date':
            return DATE.test(value);
        case 'time':
            return TIME.test(value) && value.length === (shape.seconds ? 8 : 5);
        case 'datetime':
            return DATETIME.test(value);
        case 'digits':
            return DIGITS.test(value) && (shape.length === undefined || value.length === shape.length);
        case 'plus-digits':
            return PLUS_DIGITS.test(value);
        case 'decimal':
            return DECIMAL.test(value);
    }
}
/** A digit string is only given a length from this many digits on (a column of 0-9 is not "one digit long"). */
const MIN_FIXED_LENGTH = 4;
/**
 * Learns a shape from a column's values: the one every non-empty value has, or undefined. Reading stops as soon as no
 * shape is left, so a column of free text costs one value.
 */
function learnShape(values) {
    const alive = new Set(SHAPES);
    let seconds;
    let length = -1;
    let decimals = 0;
    let seen = 0;
    for (const value of values) {
        if (value === '')
            continue;
        seen++;
        if (alive.has('date') && !DATE.test(value))
            alive.delete('date');
        if (alive.has('time')) {
            const withSeconds = value.length === 8;
            if (!TIME.test(value) || (seconds !== undefined && seconds !== withSeconds))
                alive.delete('time');
            else
                seconds = withSeconds;
        }
        if (alive.has('datetime') && !DATETIME.test(value))
            alive.delete('datetime');
        if (alive.has('digits')) {
            if (!DIGITS.test(value))
                alive.delete('digits');
            else if (length === -1)
                length = value.length;
            else if (length !== value.length)
                length = undefined;
        }
        if (alive.has('plus-digits') && !PLUS_DIGITS.test(value))
            alive.delete('plus-digits');
        if (alive.has('decimal')) {
            if (!DECIMAL.test(value))
                alive.delete('decimal');
            else
                decimals = Math.max(decimals, decimalsOf(value));
        }
        if (alive.size === 0)
            return undefined;
    }
    if (seen === 0)
        return undefined;
    if (alive.has('date'))
        return { kind: 'date' };
    if (alive.has('time'))
        return { kind: 'time', seconds: seconds === true };
    if (alive.has('datetime'))
        return { kind: 'datetime' };
    if (alive.has('plus-digits'))
        return { kind: 'plus-digits' };
    if (alive.has('digits')) {
        return length !== undefined && length >= MIN_FIXED_LENGTH && seen >= 2
            ? { kind: 'digits', length }
            : { kind: 'digits' };
    }
    // Integers alone are digits with a sign, not decimals: a decimal column has at least one point.
    if (alive.has('decimal') && decimals > 0)
        return { kind: 'decimal', decimals };
    return undefined;
}
function decimalsOf(value) {
    const point = value.indexOf('.');
    return point < 0 ? 0 : value.length - point - 1;
}
/** Whether `after` is `before` with digits past the 15th (or fewer) significant one zeroed: a long number rounded. */
function lostDigits(before, after) {
    const plus = before.startsWith('+') && after.startsWith('+') ? 1 : 0;
    const old = before.slice(plus);
    const now = after.slice(plus);
    if (!DIGITS.test(old) || !DIGITS.test(now) || old.length !== now.length || old === now || old.length < 12) {
        return false;
    }
    const kept = now.replace(/0+$/, '').replace(/^0+/, '').length;
    if (kept === 0 || kept > 15 || now.length - now.replace(/0+$/, '').length === 0)
        return false;
    const zeros = now.length - now.replace(/0+$/, '').length;
    const unit = 10n ** BigInt(zeros);
    const difference = BigInt(old) - BigInt(now);
    return (difference < 0n ? -difference : difference) < unit;
}
/** The new value as a spreadsheet's rendering of the column's shape (or of the old value): the cause, or undefined. */
function spreadsheetRendering(shape, after, before, type = 'string') {
    if (after === '')
        return undefined;
    const artefact = type === 'string' ? (0,core_schema/* spreadsheetArtefact */.b4)(after) : undefined;
    if (artefact)
        return artefact;
    if (shape === undefined || after === before)
        return undefined;
    switch (shape.kind) {
        case 'date':
            if (LOCALE_DATE.test(after))
                return 'locale-date';
            if (LOCALE_DATETIME.test(after))
                return 'locale-datetime';
            return undefined;
        case 'time':
            if (!fitsShape(shape, after) && LOCALE_TIME.test(after))
                return 'locale-time';
            return undefined;
        case 'datetime':
            if (LOCALE_DATETIME.test(after))
                return 'locale-datetime';
            if (LOCALE_DATE.test(after))
                return 'locale-date';
            return undefined;
        case 'digits':
        case 'plus-digits':
            if (SCIENTIFIC.test(after))
                return 'scientific';
            if (before !== undefined && lostDigits(before, after))
                return 'lost-digits';
            if (shape.kind === 'plus-digits') {
                if (before !== undefined ? before === `+${after}` : DIGITS.test(after))
                    return 'dropped-plus';
                if (before?.startsWith('+') && lostDigits(before.slice(1), after))
                    return 'dropped-plus';
            }
            return undefined;
        case 'decimal': {
            // Text a spreadsheet wrote as 1.2E-04 (a number field's own values are numbers, written without it here).
            if (type === 'string' && SCIENTIFIC.test(after))
                return 'scientific';
            if (before === undefined)
                return /^-?[0-9]+,[0-9]+$/.test(after) ? 'decimal-comma' : undefined;
            if (after === before.replace('.', ','))
                return 'decimal-comma';
            if (!DECIMAL.test(after) || !DECIMAL.test(before))
                return undefined;
            const old = Number(before);
            const now = Number(after);
            const oldDecimals = decimalsOf(before);
            const newDecimals = decimalsOf(after);
            // A locale whose thousands separator is "." (German) reads 0.125 as 125.
            if (newDecimals === 0 && oldDecimals > 0 && oldDecimals <= 3 && Math.abs(now - old * 1000) < 1e-6) {
                return 'thousands';
            }
            // "Save as shown" with a 0.00 format: fewer decimals, the old value rounded to them (half up or half even).
            if (newDecimals >= 1 && oldDecimals > newDecimals && Math.abs(now - old) <= 0.5 * 10 ** -newDecimals + 1e-12) {
                return 'rounded';
            }
            // The same number written otherwise in a text column (0.250 saved as 0.25).
            if (type === 'string' && now === old)
                return 'rounded';
            return undefined;
        }
    }
}
/** What the column holds, in words, for messages. */
function describeShape(shape) {
    switch (shape.kind) {
        case 'date':
            return 'ISO dates (YYYY-MM-DD, like 2027-12-25)';
        case 'time':
            return shape.seconds ? '24-hour times with seconds (like 08:00:00)' : '24-hour times (HH:MM, like 08:00)';
        case 'datetime':
            return 'ISO date-times (like 2027-06-30T23:59:59Z)';
        case 'digits':
            return shape.length === undefined ? 'digit strings' : `digit strings of ${shape.length} digits`;
        case 'plus-digits':
            return 'numbers with a leading + (like +447911123456)';
        case 'decimal':
            return `decimals with a point (up to ${shape.decimals} decimal(s), like ${(0.125).toFixed(Math.min(shape.decimals, 3))})`;
    }
}
const AS_TEXT = 'take the file from git again and open it through Data > From Text/CSV with this column set to Text (or format the column as Text before opening or typing), then save';
/** Each cause: what the spreadsheet did, and the fix in a spreadsheet user's words. */
const CAUSES = {
    'locale-date': {
        did: 'hold dates as a spreadsheet shows them in its locale',
        cell: "a date as a spreadsheet's locale shows it",
        fix: `${AS_TEXT}; write dates as YYYY-MM-DD`,
    },
    'locale-time': {
        did: 'hold times as a spreadsheet shows them in its locale',
        cell: "a time as a spreadsheet's locale shows it",
        fix: `${AS_TEXT}; write times as the table has them`,
    },
    'locale-datetime': {
        did: 'hold dates and times as a spreadsheet shows them in its locale',
        cell: "a date and time as a spreadsheet's locale shows them",
        fix: `${AS_TEXT}; write them as the table has them (like 2027-06-30T23:59:59Z)`,
    },
    scientific: {
        did: 'hold a long number in scientific notation (like 4.00012E+15), as a spreadsheet shows digits it read as a number; the digits are lost',
        cell: 'a long number in scientific notation, its digits lost',
        fix: AS_TEXT,
    },
    'lost-digits': {
        did: 'hold a long number whose last digits became 0 (Excel keeps 15 significant digits of a number)',
        cell: 'the old number cut to 15 significant digits (or fewer)',
        fix: AS_TEXT,
    },
    'dropped-plus': {
        did: 'lost the leading + every value of the column has (a spreadsheet read +447911123456 as a number)',
        cell: 'the number without its leading +',
        fix: AS_TEXT,
    },
    thousands: {
        did: 'hold decimals multiplied by 1000 (a spreadsheet whose locale writes "." between thousands, German for one, read 0.125 as 125)',
        cell: 'the old decimal times 1000 (its "." read as a thousands separator)',
        fix: 'take the file from git again and open it through Data > From Text/CSV with English (USA) as the language, or with this column set to Text, then save',
    },
    rounded: {
        did: "hold numbers rounded to a spreadsheet's number format (saved as shown, like 0.13 for 0.125)",
        cell: "the old number rounded to the column's number format",
        fix: 'take the file from git again and save it with "Save cell content as shown" turned off, or format the column as Text before opening',
    },
    'decimal-comma': {
        did: 'hold decimals written with a comma, as a spreadsheet whose locale uses a decimal comma saves them',
        cell: 'a decimal written with a comma',
        fix: 'take the file from git again and open it through Data > From Text/CSV with English (USA) as the language, or with this column set to Text, then save',
    },
    'error-value': {
        did: "hold a spreadsheet's error value (#NAME?, #VALUE!, #REF!, #N/A, #DIV/0!), shown where a formula failed: Excel reads text typed with a leading =, +, - or @ (like -- closed all day --) as a formula",
        cell: "a spreadsheet's error value, shown where a formula failed",
        fix: "type the text again with a ' (apostrophe) before it, or format the column as Text first, and save",
    },
    formula: {
        did: 'hold the text of a spreadsheet formula (like =D2&" (closed)"), not its result',
        cell: 'the text of a spreadsheet formula, not its result',
        fix: 'type the value itself, or copy the column and paste it as values only, then save',
    },
};
/** The setting that allows a column to change its shape, as written in the config file. */
const SHAPE_SETTING = 'allow-shape-change';
/** Cells named in one refusal before "and N more". */
const value_shapes_SHOWN = 5;
/** Learns each column's shape from the live values, then holds the changed and added cells to it. */
function findShapeChanges(input) {
    const { diff, schema, records, keys, file, header } = input;
    const findings = { problems: [], refusals: [] };
    const allowed = new Set(input.allowed ?? []);
    for (const name of allowed) {
        if (schema.fields.some((field) => field.title === name || field.name === name))
            continue;
        findings.problems.push({
            severity: 'warning',
            kind: 'spreadsheet-value',
            file,
            line: 1,
            message: `the config file's ${SHAPE_SETTING} names "${(0,core_schema/* makeVisible */.Xm)(name)}", but the table has no such column (its columns: ${schema.fields.map((field) => field.title).join(', ')})`,
        });
    }
    const checked = schema.fields.filter((field) => !allowed.has(field.title) && !allowed.has(field.name));
    // Only columns the plan writes to are learned: every column when rows are added, else the changed ones.
    const written = new Set();
    if (diff.added.length === 0)
        for (const { changes } of diff.updated)
            for (const c of changes)
                written.add(c.field);
    const rejected = input.rejected ?? [];
    const everyColumn = diff.added.length > 0 || rejected.length > 0;
    const fields = checked.filter((field) => everyColumn || written.has(field.name));
    if (fields.length === 0 || (!everyColumn && diff.updated.length === 0))
        return findings;
    const shapes = new Map();
    for (const field of fields)
        shapes.set(field.name, learnShape(liveTexts(records, field)));
    const match = (0,core_schema/* columnIndex */.PD)(schema);
    const position = new Map();
    header.forEach((name, index) => {
        const field = match(name);
        if (field && !position.has(field.name))
            position.set(field.name, index + 1);
    });
    const lineOf = (key) => keys.firstLine(key) ?? 1;
    const blocked = new Map();
    const offShape = new Map();
    const check = (field, key, after, before) => {
        const shape = shapes.get(field.name);
        const now = String(after);
        const old = before === undefined ? undefined : String(before);
        const cause = spreadsheetRendering(shape, now, old, field.type);
        if (cause) {
            const id = `${field.name}\u0000${cause}`;
            const entry = blocked.get(id) ?? { field, cause, cells: [] };
            blocked.set(id, entry);
            entry.cells.push({ line: typeof key === 'number' ? key : lineOf(key), value: now });
            return;
        }
        // Leading zeros lost are named by the spreadsheet marks; anything else off the shape is a warning.
        if (field.type !== 'string')
            return;
        if (shape && !fitsShape(shape, now) && !(old !== undefined && old.replace(/^0+(?=[0-9])/, '') === now)) {
            const entry = offShape.get(field.name) ?? { field, shape, cells: [] };
            offShape.set(field.name, entry);
            entry.cells.push({ line: typeof key === 'number' ? key : lineOf(key), value: now });
        }
    };
    for (const { key, changes } of diff.updated) {
        for (const change of changes) {
            if (shapes.has(change.field))
                check(fieldNamed(fields, change.field), key, change.new, change.old);
        }
    }
    const keyName = schema.fields.find((field) => field.isKey)?.name;
    const lostDigitKeys = new Map();
    if (keyName !== undefined && shapes.has(keyName) && diff.added.length > 0) {
        for (const { key } of diff.deleted) {
            if (DIGITS.test(key.replace(/^\+/, '')) && key.length > 15)
                lostDigitKeys.set(zeroPast15(key), key);
        }
    }
    // With no shape to hold added rows to, only error values and formula text are looked for: a packed row is searched
    // as text first, and unpacked only when it may hold one (a first import of a million rows costs no unpacking).
    const anyShape = fields.some((field) => shapes.get(field.name) !== undefined);
    for (const added of diff.added) {
        if (!anyShape && 'packed' in added && !ARTEFACT_MARK.test(added.packed))
            continue;
        const row = added.row;
        for (const field of fields) {
            const value = row[field.name];
            if (value === undefined)
                continue;
            if (field.name === keyName && lostDigitKeys.has(String(value))) {
                check(field, added.key, value, lostDigitKeys.get(String(value)));
            }
            else
                check(field, added.key, value);
        }
    }
    // Invalid rows are not planned, but their text cells are held to the shapes too, so that one round of fixes is enough
    // (a German file's decimal commas make every row invalid; its dates are named as well).
    const fieldAt = header.map((name) => {
        const field = match(name);
        return field && field.type === 'string' && fields.includes(field) ? field : undefined;
    });
    for (const row of rejected) {
        for (const [index, field] of fieldAt.entries()) {
            const value = row.cells[index];
            if (field !== undefined && value !== undefined && value !== '')
                check(field, row.line, value);
        }
    }
    // One number rounded may be an edit (0.075 to 0.08): a rounding blocks only when it is the column's pattern, every
    // changed cell of the column rounded (two at least); else it is taken as the edit it may be.
    const changedIn = new Map();
    for (const { changes } of diff.updated) {
        for (const c of changes)
            changedIn.set(c.field, (changedIn.get(c.field) ?? 0) + 1);
    }
    for (const [id, entry] of blocked) {
        if (entry.cause !== 'rounded')
            continue;
        if (entry.cells.length < 2 || entry.cells.length !== changedIn.get(entry.field.name))
            blocked.delete(id);
    }
    for (const { field, cause, cells } of blocked.values()) {
        cells.sort((a, b) => a.line - b.line);
        const shape = shapes.get(field.name);
        const where = cells
            .slice(0, value_shapes_SHOWN)
            .map((cell) => `${file}:${cell.line}:${position.get(field.name) ?? 1} "${(0,core_schema/* makeVisible */.Xm)(cell.value)}"`)
            .join(', ');
        const more = cells.length > value_shapes_SHOWN ? `, and ${cells.length - value_shapes_SHOWN} more` : '';
        const holds = shape ? `, where the table holds ${describeShape(shape)}` : '';
        const { did, fix } = CAUSES[cause];
        const allow = `If the column is meant to change this way, name it in this table's entry of the config file: ${SHAPE_SETTING}: [${field.title}]`;
        findings.refusals.push(`column "${field.title}": ${cells.length} new or changed cell(s) ${did}${holds}: ${where}${more}. To fix: ${fix}. ${allow}`);
        for (const cell of cells) {
            findings.problems.push({
                severity: 'error',
                kind: 'spreadsheet-value',
                file,
                line: cell.line,
                column: field.title,
                value: cell.value,
                message: `${CAUSES[cause].cell}${holds}: ${fix}`,
            });
        }
    }
    for (const { field, shape, cells } of offShape.values()) {
        cells.sort((a, b) => a.line - b.line);
        for (const cell of cells) {
            findings.problems.push({
                severity: 'warning',
                kind: 'spreadsheet-value',
                file,
                line: cell.line,
                column: field.title,
                value: cell.value,
                message: `the table holds ${describeShape(shape)} in this column, and this value is not one: write it as the others are, unless it is meant (then name the column in the config file's ${SHAPE_SETTING} to stop this warning)`,
            });
        }
    }
    return findings;
}
/** What a packed row (JSON) holds when a value in it starts as an error value or a formula does. */
const ARTEFACT_MARK = /"(#|=|Err:)/;
function fieldNamed(fields, name) {
    return fields.find((field) => field.name === name);
}
/** A digit string with every digit past the 15th significant one set to 0, as Excel stores it. */
function zeroPast15(text) {
    const plus = text.startsWith('+') ? '+' : '';
    const digits = text.slice(plus.length);
    const lead = digits.length - digits.replace(/^0+/, '').length;
    const end = lead + 15;
    return plus + digits.slice(0, end) + '0'.repeat(Math.max(0, digits.length - end));
}
/** A column's live values as text, one at a time (read lazily, so learning stops early). */
function* liveTexts(records, field) {
    for (let index = 0; index < records.length; index++) {
        const value = (0,core_schema/* normalizeLiveValue */.bU)(field, records.value(index, field.name));
        yield typeof value === 'string' ? value : String(value);
    }
}

;// CONCATENATED MODULE: ./lib/core/once-fixed.js


/** A change a spreadsheet makes by itself (not a person's edit): leading zeros dropped, text decoded twice. */
function isSpreadsheetDamage(before, after) {
    if (typeof before !== 'string' || typeof after !== 'string')
        return false;
    if (/^0+[0-9]/.test(before) && after === before.replace(/^0+(?=[0-9])/, ''))
        return true;
    if (isMojibakeOf(before, after))
        return true;
    // A date, a long number or a decimal the spreadsheet rendered its own way (the old value's shape, read from it alone).
    // One rounded number may be a person's edit: the shape rule blocks rounding only when a whole column was rounded.
    const cause = spreadsheetRendering(learnShape([before]), after, before);
    return cause !== undefined && cause !== 'rounded';
}
/**
 * An invalid row, by its valid cells against the live row of its key: added when the table lacks the key; changed when
 * a valid cell differs from the table; unchanged when every valid cell equals it (the named cells, once fixed, are
 * taken to be what the table has); damaged, and so counted apart, when a valid cell differs only as a spreadsheet
 * changes values by itself, so that "would change" never stands for a row whose other cells are damaged too.
 */
function onceFixed(partial, fields, live) {
    if (live === undefined)
        return 'add';
    let changed = false;
    for (const field of fields) {
        if (field.isKey || !(field.name in partial))
            continue;
        const before = live(field);
        const after = partial[field.name];
        if (before === after)
            continue;
        if (isSpreadsheetDamage(before, after))
            return 'damaged';
        changed = true;
    }
    return changed ? 'change' : 'unchanged';
}

// EXTERNAL MODULE: ./lib/core/problems.js
var problems = __webpack_require__(70571);
;// CONCATENATED MODULE: ./lib/core/reshuffled-columns.js

/** The config file's key that lets a table's plan move a column's values between rows on purpose. */
const ALLOW_RESHUFFLE = 'allow-reshuffle';
/**
 * Changed cells of one column, at least, before a reshuffle is considered: two or three values traded by hand (two
 * queues swapping a skill) are an edit; a column sorted on its own moves nearly every value.
 */
const MIN_MOVED = 4;
/** Distinct values among them, at least: a yes/no column toggled both ways in a few rows is an edit, not a sort. */
const MIN_DISTINCT = 3;
/** Changed cells, at least, that make a reshuffle whose values are in no order (not a sort) more than an edit. */
const MIN_SHUFFLED = 10;
/** Rows named in one message. */
const reshuffled_columns_SHOWN = 3;
/** A cell as a multiset member: its type and value, so `1` and `"1"` stay apart. */
function token(value) {
    return `${typeof value}:${String(value)}`;
}
/** Text compared as a spreadsheet sorts it: letters alike whatever their case, numbers within text by value. */
const COLLATOR = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/**
 * "ascending" or "descending" when the values, empty ones left out (a spreadsheet sorts them last either way), are in
 * that order; undefined when in neither (or when all are equal).
 */
function sortOrder(values) {
    const present = values.filter((value) => value !== '');
    let up = true;
    let down = true;
    for (let i = 1; i < present.length; i++) {
        const a = present[i - 1];
        const b = present[i];
        const step = typeof a === 'number' && typeof b === 'number' ? a - b : COLLATOR.compare(String(a), String(b));
        if (step > 0)
            up = false;
        if (step < 0)
            down = false;
    }
    if (up === down)
        return undefined;
    return up ? 'ascending' : 'descending';
}
/**
 * A column sorted on its own in a spreadsheet ("Continue with the current selection"): many rows' values changed, yet
 * the changed cells still hold the very same values, only in other rows (every holiday got another holiday's date).
 * Found per column among the changed rows: the old values of the changed cells and the new ones are the same
 * multiset, there are at least MIN_MOVED of them and MIN_DISTINCT different ones, and they are in sorted order in the
 * file (or, in no order, many: a shuffle). Blocks the table, unless its entry allows a reshuffle (then a warning).
 */
function findReshuffledColumns(diff, schema, keys, file, allowReshuffle = false) {
    const found = { problems: [], refusals: [] };
    if (diff.updated.length < MIN_MOVED)
        return found;
    const byColumn = new Map();
    for (const { key, changes } of diff.updated) {
        for (const change of changes) {
            let entry = byColumn.get(change.field);
            if (!entry) {
                entry = { counts: new Map(), moved: [] };
                byColumn.set(change.field, entry);
            }
            const before = token(change.old);
            const after = token(change.new);
            entry.counts.set(before, (entry.counts.get(before) ?? 0) + 1);
            entry.counts.set(after, (entry.counts.get(after) ?? 0) - 1);
            entry.moved.push({ key, old: change.old, new: change.new });
        }
    }
    const compared = diff.updated.length + diff.unchanged;
    for (const [field, { counts, moved }] of byColumn) {
        if (moved.length < MIN_MOVED || counts.size < MIN_DISTINCT)
            continue;
        if ([...counts.values()].some((count) => count !== 0))
            continue;
        // In the file's order: a sorted column's moved values are in order (any part of a sorted list is); values traded
        // by hand rarely are. Unsorted, it takes many rows (a shuffle) to be more than an edit.
        const inFileOrder = moved
            .map((cell) => ({ ...cell, line: keys.firstLine(cell.key) ?? 1 }))
            .sort((a, b) => a.line - b.line);
        const order = sortOrder(inFileOrder.map((cell) => cell.new));
        if (order === undefined && moved.length < Math.max(MIN_SHUFFLED, compared / 2))
            continue;
        const title = schema.fields.find((f) => f.name === field)?.title ?? field;
        const lines = inFileOrder.map((cell) => cell.line);
        const examples = inFileOrder
            .slice(0, reshuffled_columns_SHOWN)
            .map((cell) => `"${(0,core_schema/* makeVisible */.Xm)(cell.key)}" ${JSON.stringify(cell.old)} → ${JSON.stringify(cell.new)}`)
            .join(', ');
        const what = `${moved.length} rows' "${title}" changed, but the column holds the same values as before, only in other rows (${examples}${moved.length > reshuffled_columns_SHOWN ? ', ...' : ''}): ${order === undefined ? 'it looks shuffled' : `they are now in ${order} order, as if the column was sorted on its own`}, apart from the rest of its rows (a spreadsheet's "Continue with the current selection")`;
        const fix = allowReshuffle
            ? `Allowed by ${ALLOW_RESHUFFLE}: true`
            : `Undo the sort (take the file from git again, and sort by selecting every column, "Expand the selection"); if the values really move between rows, set ${ALLOW_RESHUFFLE}: true on this table's entry of the config file`;
        found.problems.push({
            severity: allowReshuffle ? 'warning' : 'error',
            kind: 'reshuffled-column',
            file,
            line: lines[0],
            column: title,
            message: `${what}. ${fix}`,
        });
        if (!allowReshuffle)
            found.refusals.push(`column "${title}": ${what}. ${fix}`);
    }
    return found;
}

// EXTERNAL MODULE: ./lib/core/schema-change.js
var schema_change = __webpack_require__(65905);
// EXTERNAL MODULE: ./lib/core/table-csv.js
var table_csv = __webpack_require__(78174);
;// CONCATENATED MODULE: ./lib/core/plan.js
















/**
 * The upload a plan would send, against the provider's limit: the changed rows when appending, the whole file when
 * replacing. Checked in the plan, so an oversized change is refused before any import request.
 */
function uploadRefusal(limit, mode, schema, diff) {
    if (!(0,core_diff/* hasChanges */.ik)(diff))
        return undefined;
    const changed = [...diff.added, ...diff.updated].map(({ row }) => row);
    const bytes = mode === 'append' ? Buffer.byteLength((0,table_csv/* tableCsv */.l4)(schema, changed)) : limit.fileBytes;
    if (bytes <= limit.maxBytes)
        return undefined;
    return `the upload would be ${bytes} bytes; ${limit.vendor} take at most ${limit.maxBytes} bytes per upload: split the file`;
}
/**
 * A column the file lacks would be blanked in every row by a replace: refused when that changes any live value
 * (counting the rows), left as a warning when every live value already is the empty one.
 */
function droppedColumnRefusals(missing, records) {
    const refusals = [];
    for (const field of missing) {
        const empty = (0,core_schema/* emptyValue */.Nj)(field);
        let blanked = 0;
        for (let index = 0; index < records.length; index++) {
            if ((0,core_schema/* normalizeLiveValue */.bU)(field, records.value(index, field.name)) !== empty)
                blanked++;
        }
        if (blanked > 0) {
            refusals.push(`the file has no "${field.title}" column, so replacing the table would blank it in ${blanked} row(s) that have a value. Add the column back (the table's export has it)`);
        }
    }
    return refusals;
}
/**
 * The file's keys, kept beside the live index: a slot per live row, a map only for keys the table lacks. A claim
 * remembers the live row it found, so the diff of the same row needs no lookup of its own.
 */
class LiveFileKeys {
    live;
    lines;
    /** The file's keys the table lacks, in the order first claimed: the added rows' keys are read here (held once). */
    others;
    /** The key last claimed, the live row it names (-1: none), and its entry in `others` when it was new there (-1). */
    lastKey;
    lastLive = -1;
    lastOther = -1;
    constructor(live, liveCount, othersAtMost = 0) {
        this.live = live;
        this.lines = new Int32Array(liveCount);
        this.others = new key_index/* KeyIndex */.u_(othersAtMost);
    }
    firstLine(key) {
        const index = this.live.get(key);
        if (index === undefined)
            return this.others.get(key);
        return this.lines[index] || undefined;
    }
    claim(key, line) {
        const index = this.live.get(key);
        this.lastKey = key;
        this.lastLive = index ?? -1;
        this.lastOther = -1;
        if (index === undefined) {
            const earlier = this.others.claim(key, line);
            if (earlier === undefined)
                this.lastOther = this.others.size - 1;
            return earlier;
        }
        const earlier = this.lines[index] || undefined;
        if (earlier === undefined)
            this.lines[index] = line;
        return earlier;
    }
    has(key) {
        return this.firstLine(key) !== undefined;
    }
}
/**
 * Whether a file row equals a live row kept as text (its cells joined by U+0000), told from the text alone: the
 * file row's values written as cells, in the live row's column order, are that text. When they are, every live value
 * normalises to the file's (a string is itself, `true` reads as true, a number's own spelling as that number), so
 * nothing is normalised or split; when not (a change, or live text spelled otherwise, `1.0` or `TRUE`), the diff
 * compares the normalised values as always. Undefined when the rows are not kept as text or their columns are not
 * exactly the schema's fields.
 */
function sameAsLiveText(records, schema) {
    const text = records.text?.bind(records);
    const columns = records.textColumns;
    if (!text || !columns)
        return undefined;
    const byName = new Map(schema.fields.map((field) => [field.name, field]));
    const fields = columns.map((name) => byName.get(name));
    if (fields.length !== schema.fields.length || new Set(fields).size !== fields.length || fields.includes(undefined))
        return undefined;
    const known = fields;
    const kinds = known.map((field) => field.type === 'string' ? 'string' : field.type === 'boolean' ? 'boolean' : 'number');
    return (index, row) => {
        const live = text(index);
        if (live === undefined)
            return false;
        let written = '';
        for (let i = 0; i < known.length; i++) {
            const field = known[i];
            const value = row[field.name] ?? (0,core_schema/* emptyValue */.Nj)(field);
            // A value not of its field's type (a default written otherwise) is left to the full comparison.
            if (typeof value !== kinds[i])
                return false;
            written += i === 0 ? String(value) : `\u0000${value}`;
        }
        // A carriage return would normalise as a live value (CSV text read here has LF already): left to the full comparison.
        return written === live && live.indexOf('\r') < 0;
    };
}
/** Streams the file through validation and the diff against the live rows, row by row. */
async function planTable(input) {
    const { file, table, maxDeletes, limits } = input;
    // A provider that cannot delete still gets a replace diff, so that the rows it cannot remove are seen.
    const mode = input.cannotDelete ? 'append' : input.mode;
    const diffMode = input.cannotDelete ? 'replace' : input.mode;
    let schema = typeof input.schema === 'function' ? undefined : input.schema;
    let validator;
    let differ;
    let keyName = '';
    const records = (0,live_records/* asLiveRecords */.Tu)(input.liveRecords);
    // Live rows by key, as their index in `records` (kept compactly, not as strings in a Map): the file's keys that the
    // table has are then remembered in a typed array, so a large file's keys are not all kept as strings (only the added
    // ones are).
    const liveRows = new key_index/* KeyIndex */.u_(records.length);
    // Keys the table lacks, at most: all of the file's in a first load, few in a plan against a full table.
    const newAtMost = Math.max(0, (input.rowsAtMost ?? 0) - records.length);
    const keys = new LiveFileKeys(liveRows, records.length, newAtMost);
    let header = [];
    let validRows = 0;
    const invalidWould = { add: 0, change: 0, unchanged: 0, damaged: 0 };
    /** Rows past the table's row limit: counted, not checked or kept (the plan is refused for them anyway). */
    let uncheckedRows = 0;
    let firstUnchecked = 0;
    const hashed = (0,csv/* hashingSource */.ij)(input.source);
    const csvProblems = await (0,csv/* parseCsv */.Wk)(hashed.source, file, {
        header: (cells) => {
            header = cells;
            schema ??= input.schema(cells);
            const known = schema;
            keyName = (0,core_schema/* keyField */.Kk)(known).name;
            for (let index = 0; index < records.length; index++) {
                liveRows.set(String(records.value(index, keyName) ?? ''), index);
            }
            validator = new core_schema/* RowValidator */.n(known, cells, file, limits, input.checkCell, keys);
            differ = new core_diff/* RowDiffer */.rs(known, liveRows, diffMode, (index, field) => (0,core_schema/* normalizeLiveValue */.bU)(field, records.value(index, field.name)), input.addedRows?.(), sameAsLiveText(records, known), newAtMost, keys.others);
        },
        row: (cells, line) => {
            const checking = validator;
            if (validRows + checking.invalidRows >= limits.maxRows) {
                uncheckedRows++;
                firstUnchecked ||= line;
                return;
            }
            const row = checking.validate(cells, line);
            if (row === undefined) {
                // Counted by the key it names (a row whose key cell is itself bad counts as an add) and its valid cells.
                // The key as the table knows it (a key made of two columns, Talkdesk's id/provider, is combined) when valid.
                const partialKey = checking.partial?.[keyName];
                const key = partialKey !== undefined && partialKey !== null
                    ? String(partialKey)
                    : checking.keyColumn === undefined
                        ? undefined
                        : cells[header.indexOf(checking.keyColumn)];
                const index = key === undefined ? undefined : liveRows.get(key);
                const live = index === undefined
                    ? undefined
                    : (field) => (0,core_schema/* normalizeLiveValue */.bU)(field, records.value(index, field.name));
                invalidWould[onceFixed(checking.partial ?? {}, schema.fields, live)]++;
                return;
            }
            validRows++;
            const key = String(row[keyName]);
            // The validator's claim of this key found its live row already: one lookup a row.
            const claimed = keys.lastKey === key;
            const live = claimed ? keys.lastLive : (liveRows.get(key) ?? -1);
            // A key the table lacks was set in the file's keys by that claim: the added row reads it there.
            const entry = claimed && keys.lastOther >= 0 ? keys.lastOther : undefined;
            differ.compareWith(key, row, live < 0 ? undefined : live, entry);
            input.onValidRow?.(String(row[keyName]), row, line);
        },
        ragged: (cells, line) => {
            // Into the rejected rows too, so that file holds every invalid row the summary counts.
            const fields = `this row has ${cells.length} fields but the header has ${header.length}`;
            validator.reject(line, cells, [fields]);
        },
    }, input.csvOptions);
    // parseCsv always calls header() or throws, so these are set.
    const checked = validator;
    // Keys of invalid rows count as present: the user means to keep those rows, so they are not shown as deletions.
    const diff = differ.finish(keys);
    // Appending deletes nothing: a look-alike of a live key the file leaves alone would sit beside it in the table.
    const keptLiveKeys = diffMode === 'append' && diff.added.length > 0 ? [...liveRows.keys()].filter((key) => !keys.has(key)) : [];
    const renames = lookAlikeRenames(diff, keys, file, checked.keyColumn, input.allowRenames, keptLiveKeys);
    const reshuffled = findReshuffledColumns(diff, schema, keys, file, input.allowReshuffle);
    // What a spreadsheet did to the file (lost leading zeros, text decoded twice): named, and blocking where certain.
    const marks = findSpreadsheetMarks(diff, schema, keys, file, checked.keyColumn);
    // What a spreadsheet did to values (dates in its locale, long numbers, decimals, formulas), held to each column's shape.
    const shapes = findShapeChanges({
        diff,
        schema: schema,
        records,
        keys,
        file,
        header,
        allowed: input.allowShapeChange,
        rejected: checked.rejected,
    });
    const notApplied = input.cannotDelete ? diff.deleted.splice(0) : [];
    // Every invalid row is counted, ragged ones included; the CSV problems also hold warnings (blank rows).
    const invalidRows = checked.invalidRows;
    if (uncheckedRows > 0) {
        csvProblems.push({
            severity: 'warning',
            kind: 'too-many-rows',
            file,
            line: firstUnchecked,
            message: `the file has more rows than the table allows (${limits.maxRows}): the ${uncheckedRows} row(s) from this line on were counted, not checked`,
        });
    }
    const refusals = (0,guards/* checkGuards */.hK)(diff, {
        liveRowCount: liveRows.size,
        fileRowCount: validRows + invalidRows + uncheckedRows,
        mode,
        maxDeletes,
        maxChanges: input.maxChanges,
        maxRows: limits.maxRows,
    });
    if (mode === 'replace')
        refusals.push(...droppedColumnRefusals(checked.missingFields, records));
    const tooLarge = input.uploadLimit && uploadRefusal(input.uploadLimit, mode, schema, diff);
    if (tooLarge)
        refusals.push(tooLarge);
    if (input.schemaChange)
        refusals.push(...input.schemaChange.refusals);
    refusals.push(...renames.refusals, ...reshuffled.refusals, ...marks.refusals, ...shapes.refusals);
    if (input.updatesRefused && diff.updated.length + diff.deleted.length + notApplied.length > 0) {
        refusals.push(`the plan changes ${diff.updated.length} and deletes ${diff.deleted.length + notApplied.length} row(s), but ${input.updatesRefused}`);
    }
    return {
        file,
        table,
        schema: schema,
        mode,
        header,
        ...(input.csvOptions ? { csvOptions: input.csvOptions } : {}),
        fileSha256: hashed.digest(),
        validRows,
        limits,
        diff,
        hash: (0,core_diff/* planHash */.SH)(table.id, mode, diff, (0,schema_change/* schemaChangeForHash */.DN)(input.schemaChange)),
        liveRowCount: liveRows.size,
        problems: [
            ...csvProblems,
            ...checked.problems,
            ...renames.problems,
            ...reshuffled.problems,
            ...marks.problems,
            ...shapes.problems,
        ].sort((a, b) => a.line - b.line),
        invalidRows,
        ...(invalidRows > 0 ? { invalidWould } : {}),
        rejected: checked.rejected,
        refusals,
        ...((0,schema_change/* hasSchemaChange */.wj)(input.schemaChange) ? { schemaChange: input.schemaChange } : {}),
        notApplied,
        ...(input.cannotDelete ? { notAppliedReason: input.cannotDelete } : {}),
    };
}
/**
 * The rows an import needs: only added and changed rows when appending; when replacing, the whole file,
 * read again (the plan keeps only the changes) and checked to be the file that was planned.
 */
function rowsToImport(plan, source, csvOptions = plan.csvOptions) {
    if (plan.mode === 'append')
        return changedRows(plan);
    return fileRowStream(plan, source, csvOptions);
}
/** The added and changed rows, one at a time (an added row is unpacked only when it is read). */
function* changedRows(plan) {
    for (const { row } of plan.diff.added)
        yield row;
    for (const { row } of plan.diff.updated)
        yield row;
}
/**
 * Every row of the planned file, read again, as a stream: a whole file is never held as row objects. Its bytes must be
 * the ones planned (sha256), so a file changed between the plan and the import (by a concurrent writer, or a swap on
 * disk) is refused, never imported: the check comes when the stream ends, before a consumer sends anything.
 */
async function* fileRowStream(plan, source, csvOptions = plan.csvOptions) {
    const queue = [];
    let next = 0;
    let done = false;
    let failure;
    let wake;
    let count = 0;
    let invalid = 0;
    let validator;
    const hashed = (0,csv/* hashingSource */.ij)(source());
    const parsing = (0,csv/* parseCsv */.Wk)(hashed.source, plan.file, {
        header: (cells) => {
            // The file must be the one planned (checked below), so its keys need no second check nor a second copy.
            validator = new core_schema/* RowValidator */.n(plan.schema, cells, plan.file, plan.limits, undefined, new core_schema/* UncheckedKeys */.tX());
        },
        row: (cells, line) => {
            const row = validator.validate(cells, line);
            if (!row) {
                invalid++;
                return;
            }
            count++;
            queue.push(row);
            wake?.();
        },
    }, csvOptions).then(() => {
        done = true;
        wake?.();
    }, (error) => {
        failure = { error };
        done = true;
        wake?.();
    });
    for (;;) {
        while (next < queue.length) {
            const row = queue[next];
            queue[next++] = undefined; // let it go once yielded
            yield row;
        }
        queue.length = 0;
        next = 0;
        if (done)
            break;
        await new Promise((resolve) => {
            wake = resolve;
        });
        wake = undefined;
    }
    await parsing;
    if (failure)
        throw failure.error;
    if (hashed.digest() !== plan.fileSha256 || count !== plan.validRows || invalid > 0) {
        throw new problems/* DataFileError */.t1({
            kind: 'malformed-csv',
            file: plan.file,
            line: 1,
            message: 'the file changed after it was planned (its bytes differ from the ones planned); nothing was applied, run it again',
        });
    }
}
/** The invalid rows as CSV, each with an `error` column saying what is wrong: ready to fix and re-submit. */
function rejectedRowsCsv(plan) {
    return (0,csv/* writeCsv */.En)(['line', ...plan.header, 'error'].map(inertCell), plan.rejected.map(({ line, cells, errors }) => [String(line), ...cells, errors.join('; ')].map(inertCell)));
}
/**
 * A cell a spreadsheet will not run: one starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a
 * formula by Excel and Calc, so it gets a leading `'` (shown as text, the quote hidden). Only for the rejected-rows
 * file, which is meant to be opened in a spreadsheet; exports and snapshots stay exact, as they are data for imports.
 */
function inertCell(cell) {
    return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
/** The plan as JSON for the plan file: data only, no rendering. */
/**
 * plan.json, piece by piece: each table's lists (added, updated, deleted rows, problems) one item to a line, so that a
 * plan of a million rows is written without ever being one string.
 */
function* planJsonChunks(plans, failures) {
    yield '{\n  "tables": [';
    for (const [index, plan] of plans.entries()) {
        const lists = [
            ['added', plan.diff.added],
            ['updated', plan.diff.updated.map(({ key, changes }) => ({ key, changes }))],
            ['deleted', plan.diff.deleted],
            ['notApplied', plan.notApplied],
            ['problems', plan.problems],
            ['refusals', plan.refusals],
        ];
        const head = {
            file: plan.file,
            table: plan.table,
            importMode: plan.mode,
            hash: plan.hash,
            counts: planCounts(plan),
        };
        yield `${index === 0 ? '' : ','}\n    {\n`;
        yield Object.entries(head)
            .map(([name, value]) => `      ${JSON.stringify(name)}: ${JSON.stringify(value)}`)
            .join(',\n');
        for (const [name, items] of lists) {
            yield `,\n      ${JSON.stringify(name)}: [`;
            let i = 0;
            for (const item of items)
                yield `${i++ === 0 ? '' : ','}\n        ${JSON.stringify(item)}`;
            yield items.length > 0 ? '\n      ]' : ']';
        }
        yield '\n    }';
    }
    yield `${plans.length > 0 ? '\n  ' : ''}],\n  "failures": ${JSON.stringify(failures)}\n}\n`;
}
function planCounts(plan) {
    return {
        added: plan.diff.added.length,
        updated: plan.diff.updated.length,
        deleted: plan.diff.deleted.length,
        unchanged: plan.diff.unchanged,
        invalid: plan.invalidRows,
    };
}
/** The run's plan hash: the table's own for one table, else a hash over every table's, in file order. */
function combinedPlanHash(plans) {
    if (plans.length === 1)
        return plans[0].hash;
    const tables = plans.map((plan) => ({ table: plan.table.id, hash: plan.hash }));
    return (0,external_node_crypto_.createHash)('sha256').update((0,canonical_json/* canonicalJson */.d)(tables)).digest('hex');
}
/** Whether applying the plan does anything to its table: rows to write or delete, or columns (or the table) to create. */
function changesTable(plan) {
    return (0,core_diff/* hasChanges */.ik)(plan.diff) || (0,schema_change/* hasSchemaChange */.wj)(plan.schemaChange);
}


/***/ }),

/***/ 65905:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ schemaChangeForHash),
/* harmony export */   VG: () => (/* binding */ diffSchema),
/* harmony export */   k7: () => (/* binding */ describeField),
/* harmony export */   lJ: () => (/* binding */ describeColumnChanges),
/* harmony export */   wj: () => (/* binding */ hasSchemaChange)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34920);

const ATTRIBUTES = ['type', 'title', 'default', 'minimum', 'maximum', 'maxLength', 'minLength'];
/**
 * The change that makes `live` (undefined: no such table) what `desired` describes; `vendor` names who refuses the
 * rest, in the refusals ("Genesys Cloud data tables"), and `changeable` which attributes of an existing column it
 * lets change.
 */
function diffSchema(desired, live, division, vendor = 'the vendor', changeable = []) {
    if (!live) {
        return {
            create: true,
            add: [...desired.fields],
            renames: [],
            defaults: [],
            refusals: [],
            ...(division ? { division } : {}),
        };
    }
    const refusals = [];
    const renames = [];
    const defaults = [];
    const liveByName = new Map(live.fields.map((field) => [field.name, field]));
    const desiredKey = desired.fields.find((field) => field.isKey);
    const liveKey = live.fields.find((field) => field.isKey);
    if (desiredKey && liveKey && desiredKey.name !== liveKey.name) {
        refusals.push(`the schema file keys the table by "${desiredKey.name}", the table by "${liveKey.name}"`);
    }
    const may = changeable.length > 0 ? ` (only add new ones, or change their ${changeable.join(' or ')})` : ' (only add new ones)';
    const add = [];
    for (const field of desired.fields) {
        const existing = liveByName.get(field.name);
        if (!existing) {
            add.push(field);
            continue;
        }
        for (const attribute of ATTRIBUTES) {
            if (existing[attribute] === field[attribute])
                continue;
            if (attribute === 'default' && (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .sameDefault */ .Ce)(existing.default, field.default))
                continue;
            if (attribute === 'title' && changeable.includes('title')) {
                renames.push({ field: field.name, from: existing.title, to: field.title });
            }
            else if (attribute === 'default' && changeable.includes('default')) {
                defaults.push({
                    field: field.name,
                    title: field.title,
                    ...(existing.default !== undefined ? { from: existing.default } : {}),
                    ...(field.default !== undefined ? { to: field.default } : {}),
                });
            }
            else {
                refusals.push(`column "${field.name}": the schema file has ${attribute} ${show(field[attribute])}, the table ${show(existing[attribute])}; ${vendor} cannot change an existing column's ${attribute}${may}: change the schema file back, or change the table there and export it again`);
            }
        }
    }
    for (const field of live.fields) {
        if (!desired.fields.some((d) => d.name === field.name)) {
            refusals.push(`column "${field.name}" is in the table but not in the schema file; ${vendor} cannot remove a column: add it back to the schema file`);
        }
    }
    return { create: false, add, renames, defaults, refusals };
}
function hasSchemaChange(change) {
    return (change !== undefined &&
        (change.create || change.add.length > 0 || change.renames.length > 0 || change.defaults.length > 0));
}
/** The change as the plan hash covers it: renames and defaults only when there are any, so older hashes hold. */
function schemaChangeForHash(change) {
    if (!change || !hasSchemaChange(change))
        return undefined;
    return {
        create: change.create,
        add: change.add,
        division: change.division,
        ...(change.renames.length > 0 ? { renames: change.renames } : {}),
        ...(change.defaults.length > 0 ? { defaults: change.defaults } : {}),
    };
}
/** "Rename column Hours → Opening hours", "Default of Closed: false → true": one line per change. */
function describeColumnChanges(change) {
    return [
        ...change.renames.map((r) => `Rename column ${r.from} → ${r.to}`),
        ...change.defaults.map((d) => `Default of ${d.title}: ${show(d.from)} → ${show(d.to)}`),
    ];
}
/** "add column Weight (integer, default 0)". */
function describeField(field) {
    const details = [
        field.type,
        field.default !== undefined ? `default ${show(field.default)}` : undefined,
        field.minimum !== undefined ? `minimum ${field.minimum}` : undefined,
        field.maximum !== undefined ? `maximum ${field.maximum}` : undefined,
        field.minLength !== undefined ? `at least ${field.minLength} characters` : undefined,
        field.maxLength !== undefined ? `at most ${field.maxLength} characters` : undefined,
    ].filter(Boolean);
    const title = field.title !== field.name ? ` titled "${field.title}"` : '';
    return `${field.isKey ? 'key ' : ''}"${field.name}"${title} (${details.join(', ')})`;
}
function show(value) {
    return value === undefined ? 'none' : JSON.stringify(value);
}


/***/ }),

/***/ 78174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cj: () => (/* binding */ headerCsvFrom),
/* harmony export */   d1: () => (/* binding */ liveTableCsv),
/* harmony export */   l4: () => (/* binding */ tableCsv),
/* harmony export */   v2: () => (/* binding */ writeHeaderCsv)
/* harmony export */ });
/* unused harmony export rowsCsv */
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6992);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62312);
/* harmony import */ var _live_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30102);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34920);




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


/***/ })

};
