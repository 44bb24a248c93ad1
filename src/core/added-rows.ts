import { isWellFormed } from './key-index.ts';
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

/**
 * The rows a plan adds, held without an object or a string per row: their keys' UTF-8 bytes in one Buffer (8 bytes of
 * offset a row), their values packed in a row store (a file of the run's folder: a first load of a large table), and,
 * once sorted, their order in one Int32Array. A row is made an `AddedRow` only when it is read, so 150,000 added rows
 * cost about 20 bytes each beside their keys, where objects cost about 100 (and, held, let the heap grow with them).
 */
export class AddedRows implements RowList<AddedRow> {
  private readonly fields: readonly string[];
  private readonly store: RowStore;
  private bytes = Buffer.allocUnsafe(16 * 1024);
  private used = 0;
  /** Where each key starts in `bytes`; key i ends where key i + 1 starts. */
  private starts = new Float64Array(1024);
  private count = 0;
  /** Keys with a lone surrogate, which UTF-8 cannot hold exactly: kept as strings, by entry. */
  private readonly odd = new Map<number, string>();
  /** Entries in key order, once sorted. */
  private order: Int32Array | undefined;

  constructor(fields: readonly string[], store: RowStore = memoryRowStore()) {
    this.fields = fields;
    this.store = store;
  }

  get length(): number {
    return this.count;
  }

  /** Rows held in memory (a ceiling tests count): the store's. */
  get rowsHeld(): number {
    return this.store.rowsHeld;
  }

  add(key: string, row: Row): void {
    this.store.push([JSON.stringify(this.fields.map((field) => row[field] ?? null))]);
    if (this.count + 1 >= this.starts.length) {
      const grown = new Float64Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    if (!isWellFormed(key)) this.odd.set(this.count, key);
    else {
      if (this.used + key.length * 3 > this.bytes.length) {
        const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + key.length * 3));
        this.bytes.copy(grown, 0, 0, this.used);
        this.bytes = grown;
      }
      this.used += this.bytes.write(key, this.used, 'utf8');
    }
    this.count++;
    this.starts[this.count] = this.used;
    this.order = undefined;
  }

  /** Puts the rows in key order (UTF-16 code units, as `compareKeys`). */
  sort(): void {
    const order = new Int32Array(this.count);
    for (let entry = 0; entry < this.count; entry++) order[entry] = entry;
    order.sort((a, b) => this.compare(a, b));
    this.order = order;
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
    return this.bytes.toString('utf8', this.starts[entry] as number, this.starts[entry + 1] as number);
  }

  /**
   * Two entries' keys in UTF-16 code unit order, from their UTF-8 bytes: bytes order as code points do, which is the
   * UTF-16 order except that characters past U+FFFF (4-byte sequences, lead byte F0-F4; surrogates D800-DBFF in
   * UTF-16) come before U+E000-U+FFFF (lead byte EE or EF) there. The first differing byte decides; a lead byte of F0
   * or more ranks between ED and EE (in its own order). Keys kept as strings are compared as strings.
   */
  private compare(a: number, b: number): number {
    if (this.odd.size > 0 && (this.odd.has(a) || this.odd.has(b))) {
      const x = this.keyOf(a);
      const y = this.keyOf(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    const bytes = this.bytes;
    const startA = this.starts[a] as number;
    const startB = this.starts[b] as number;
    const lengthA = (this.starts[a + 1] as number) - startA;
    const lengthB = (this.starts[b + 1] as number) - startB;
    const shorter = Math.min(lengthA, lengthB);
    for (let i = 0; i < shorter; i++) {
      const x = bytes[startA + i] as number;
      const y = bytes[startB + i] as number;
      if (x !== y) return rank(x) - rank(y);
    }
    return lengthA - lengthB;
  }
}

/** A UTF-8 byte's place in UTF-16 order at the first byte two keys differ by (see AddedRows.compare). */
function rank(byte: number): number {
  // F0-F4 keep their own order, all of them after ED and before EE.
  return byte >= 0xf0 ? 0xed + (byte - 0xef) / 16 : byte;
}
