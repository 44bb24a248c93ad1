import { compareUtf8, isWellFormed } from './key-index.ts';
import { memoryRowStore, type RowStore } from './live-records.ts';
import type { CellValue, Row } from './schema.ts';

/**
 * An added row, unpacked only when read: its values are kept packed as JSON (in memory, or in a file of the run's
 * folder), and `row` parses them each time it is read.
 */
export class AddedRow {
  readonly key: string;
  private readonly fields: readonly string[];
  private readonly text: string | (() => string);

  constructor(key: string, fields: readonly string[], packed: string | (() => string)) {
    this.key = key;
    this.fields = fields;
    this.text = packed;
  }

  /** The values in the schema's field order, as JSON: also searchable as text without unpacking. */
  get packed(): string {
    return typeof this.text === 'string' ? this.text : this.text();
  }

  get row(): Row {
    const values = JSON.parse(this.packed) as (CellValue | null)[];
    const row: Row = {};
    this.fields.forEach((field, index) => {
      const value = values[index];
      if (value !== null && value !== undefined) row[field] = value;
    });
    return row;
  }

  /** As plan.json and canonical JSON write it: the key and the row. */
  toJSON(): { key: string; row: Row } {
    return { key: this.key, row: this.row };
  }
}

/** A list of rows as the plan's readers use it: an array, or a compact list read the same way. */
export interface RowList<T> extends Iterable<T> {
  readonly length: number;
  at(index: number): T | undefined;
  slice(start?: number, end?: number): T[];
  map<U>(each: (item: T, index: number) => U): U[];
  filter(keep: (item: T) => boolean): T[];
  find(match: (item: T) => boolean): T | undefined;
}

/** Keys kept elsewhere (the plan's index of the file's keys), by entry: added rows then hold each key once, there. */
export interface KeyEntries {
  keyAt(entry: number): string;
  compareEntries(a: number, b: number): number;
  keyBytes(entry: number): Uint8Array | undefined;
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
export class AddedRows implements RowList<AddedRow> {
  private readonly fields: readonly string[];
  private readonly store: RowStore;
  private shared: KeyEntries | undefined;
  private bytes: Buffer | undefined;
  private used = 0;
  /** Where each key starts in `bytes` (key i ends where key i + 1 starts); or, with shared keys, each row's entry. */
  private starts: Float64Array | Int32Array;
  private count = 0;
  /** Keys with a lone surrogate, which UTF-8 cannot hold exactly, or not found in the shared keys: kept as strings. */
  private readonly odd = new Map<number, string>();
  /** Entries in key order, once sorted. */
  private order: Int32Array | undefined;

  /**
   * `atMost`: how many rows it may hold, when known: its offsets are made that size at once, not doubled up to it.
   * `keys`: where the keys are held already (each row then added with its entry there).
   */
  constructor(fields: readonly string[], store: RowStore = memoryRowStore(), atMost = 0, keys?: KeyEntries) {
    this.fields = fields;
    this.store = store;
    this.shared = keys;
    const size = Math.max(1024, atMost + 1);
    this.starts = keys ? new Int32Array(size) : new Float64Array(size);
  }

  get length(): number {
    return this.count;
  }

  /** Rows held in memory (a ceiling tests count): the store's. */
  get rowsHeld(): number {
    return this.store.rowsHeld;
  }

  /** Bytes kept for keys here (a ceiling tests count): none while the keys are shared, their exact size once copied. */
  get keyBytesHeld(): number {
    return this.bytes?.length ?? 0;
  }

  /** `entry`: the key's entry in the shared keys (without one, the key is kept here as a string). */
  add(key: string, row: Row, entry?: number): void {
    this.store.push([JSON.stringify(this.fields.map((field) => row[field] ?? null))]);
    if (this.count + 1 >= this.starts.length) {
      const grown = this.shared ? new Int32Array(this.starts.length * 2) : new Float64Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    if (this.shared) {
      if (entry === undefined) this.odd.set(this.count, key);
      else this.starts[this.count] = entry;
      this.count++;
    } else {
      if (!isWellFormed(key)) this.odd.set(this.count, key);
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
  sort(): void {
    const order = new Int32Array(this.count);
    for (let entry = 0; entry < this.count; entry++) order[entry] = entry;
    order.sort((a, b) => this.compare(a, b));
    this.order = order;
    this.ownKeys();
  }

  /** The shared keys copied into one buffer of their size, in the rows' order: the index they came from can go. */
  private ownKeys(): void {
    const shared = this.shared;
    if (!shared) return;
    const entries = this.starts;
    let total = 0;
    for (let row = 0; row < this.count; row++) {
      if (!this.odd.has(row)) total += shared.keyBytes(entries[row] as number)?.length ?? 0;
    }
    const bytes = Buffer.allocUnsafe(total);
    const starts = new Float64Array(this.count + 1);
    let used = 0;
    for (let row = 0; row < this.count; row++) {
      starts[row] = used;
      if (this.odd.has(row)) continue;
      const key = shared.keyBytes(entries[row] as number);
      if (key === undefined) this.odd.set(row, shared.keyAt(entries[row] as number));
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

  at(index: number): AddedRow | undefined {
    const at = index < 0 ? index + this.count : index;
    if (at < 0 || at >= this.count) return undefined;
    const entry = this.order ? (this.order[at] as number) : at;
    const { store } = this;
    return new AddedRow(this.keyOf(entry), this.fields, () => store.get(entry)?.[0] as string);
  }

  *[Symbol.iterator](): Generator<AddedRow> {
    for (let index = 0; index < this.count; index++) yield this.at(index) as AddedRow;
  }

  slice(start = 0, end = this.count): AddedRow[] {
    const from = Math.max(0, start < 0 ? start + this.count : start);
    const to = Math.min(this.count, end < 0 ? end + this.count : end);
    const rows: AddedRow[] = [];
    for (let index = from; index < to; index++) rows.push(this.at(index) as AddedRow);
    return rows;
  }

  map<U>(each: (item: AddedRow, index: number) => U): U[] {
    const mapped: U[] = [];
    for (let index = 0; index < this.count; index++) mapped.push(each(this.at(index) as AddedRow, index));
    return mapped;
  }

  filter(keep: (item: AddedRow) => boolean): AddedRow[] {
    const kept: AddedRow[] = [];
    for (const row of this) if (keep(row)) kept.push(row);
    return kept;
  }

  find(match: (item: AddedRow) => boolean): AddedRow | undefined {
    for (const row of this) if (match(row)) return row;
    return undefined;
  }

  /** As JSON, the list it stands for (a group's plan file carries its plans as JSON): each row's key and values. */
  toJSON(): { key: string; row: Row }[] {
    return this.map((row) => row.toJSON());
  }

  /** The key of an entry, as it was added. */
  private keyOf(entry: number): string {
    const odd = this.odd.get(entry);
    if (odd !== undefined) return odd;
    if (this.shared) return this.shared.keyAt(this.starts[entry] as number);
    return (this.bytes as Buffer).toString('utf8', this.starts[entry] as number, this.starts[entry + 1] as number);
  }

  /** Two entries' keys in UTF-16 code unit order (`compareKeys`), from their bytes; keys kept as strings as strings. */
  private compare(a: number, b: number): number {
    if (this.odd.size > 0 && (this.odd.has(a) || this.odd.has(b))) {
      const x = this.keyOf(a);
      const y = this.keyOf(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    if (this.shared) return this.shared.compareEntries(this.starts[a] as number, this.starts[b] as number);
    const startA = this.starts[a] as number;
    const startB = this.starts[b] as number;
    return compareUtf8(
      this.bytes as Buffer,
      startA,
      (this.starts[a + 1] as number) - startA,
      startB,
      (this.starts[b + 1] as number) - startB,
    );
  }
}
