import { randomInt } from 'node:crypto';

/**
 * Live keys and their row index, as a Map<string, number> would hold them but compactly: the keys' UTF-8 bytes in one
 * Buffer and an open-addressing table of typed arrays, so 150,000 keys cost about their bytes plus 20 bytes each
 * instead of a string and a Map entry each (about 80 bytes). Behaves as the Map: a key set twice keeps its first
 * place in the order and its last value; iteration is in that order.
 */
export class KeyIndex {
  private bytes = Buffer.allocUnsafe(64 * 1024);
  private used = 0;
  /** Per entry, in insertion order: where its key starts, its length in bytes (-1: an ill-formed key), its value. */
  private starts = new Float64Array(1024);
  private lengths = new Int32Array(1024);
  private values = new Int32Array(1024);
  private hashes = new Uint32Array(1024);
  private count = 0;
  /** Entry + 1 per slot; 0 is empty. */
  private slots = new Int32Array(2048);
  /** Keys with a lone surrogate, which UTF-8 cannot hold exactly: kept as strings (entry by key, key by entry). */
  private readonly odd = new Map<string, number>();
  private readonly oddKeys = new Map<number, string>();
  private scratch = Buffer.allocUnsafe(1024);
  /** The hash of the scratch bytes, set by encode. */
  private hash = 0;
  /** Per run, so that which keys share a slot cannot be chosen in advance. */
  private readonly seed = randomInt(0x7fffffff) | 1;

  /**
   * `expected`: how many keys will be set, when known (a table's live rows): the arrays are made that size at once,
   * not doubled up to it, which would leave each smaller copy for the collector.
   */
  constructor(expected = 0) {
    if (expected <= 1024) return;
    this.starts = new Float64Array(expected);
    this.lengths = new Int32Array(expected);
    this.values = new Int32Array(expected);
    this.hashes = new Uint32Array(expected);
    // At most half full (see append), as a power of two.
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(expected * 2 + 1)));
  }

  get size(): number {
    return this.count;
  }

  get(key: string): number | undefined {
    // A first load's index of live keys is empty: no key need be encoded to find nothing.
    if (this.count === 0) return undefined;
    const length = this.encode(key);
    if (length < 0) {
      const entry = this.odd.get(key);
      return entry === undefined ? undefined : this.values[entry];
    }
    const entry = this.find(length, this.hash);
    return entry < 0 ? undefined : this.values[entry];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * The key's value if it is there; else sets it to `value` and gives undefined. One probe either way (a `get` and then
   * a `set` encode, hash and probe the key twice).
   */
  claim(key: string, value: number): number | undefined {
    const length = this.encode(key);
    if (length < 0) {
      const entry = this.odd.get(key);
      if (entry !== undefined) return this.values[entry];
      this.set(key, value);
      return undefined;
    }
    const hash = this.hash;
    const found = this.find(length, hash);
    if (found >= 0) return this.values[found];
    this.insert(length, hash, value);
    return undefined;
  }

  set(key: string, value: number): this {
    const length = this.encode(key);
    if (length < 0) {
      const entry = this.odd.get(key);
      if (entry !== undefined) this.values[entry] = value;
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
  private insert(length: number, hash: number, value: number): void {
    if (this.used + length > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    if (length > SHORT) this.scratch.copy(this.bytes, this.used, 0, length);
    else {
      // As encode: a short key's bytes copied here cost less than a native call.
      const bytes = this.bytes;
      const scratch = this.scratch;
      for (let i = 0, at = this.used; i < length; i++, at++) bytes[at] = scratch[i] as number;
    }
    const entry = this.append(this.used, length, hash, value);
    this.used += length;
    this.place(entry, hash);
  }

  /** The key of an entry, as it was set. */
  private keyOf(entry: number): string {
    const length = this.lengths[entry] as number;
    if (length < 0) return this.oddKeys.get(entry) as string;
    const start = this.starts[entry] as number;
    return this.bytes.toString('utf8', start, start + length);
  }

  /** The key of an entry (entries are numbered in the order their keys were first set, from 0). */
  keyAt(entry: number): string {
    return this.keyOf(entry);
  }

  /** An entry's key as its UTF-8 bytes (a view, not a copy); undefined for a key kept as a string. */
  keyBytes(entry: number): Uint8Array | undefined {
    const length = this.lengths[entry] as number;
    if (length < 0) return undefined;
    const start = this.starts[entry] as number;
    return this.bytes.subarray(start, start + length);
  }

  /** Two entries' keys in UTF-16 code unit order (as `compareKeys`), from their bytes: no string is made. */
  compareEntries(a: number, b: number): number {
    const lengthA = this.lengths[a] as number;
    const lengthB = this.lengths[b] as number;
    if (lengthA < 0 || lengthB < 0) {
      const x = this.keyOf(a);
      const y = this.keyOf(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    return compareUtf8(this.bytes, this.starts[a] as number, lengthA, this.starts[b] as number, lengthB);
  }

  *entries(): Generator<[string, number]> {
    for (let entry = 0; entry < this.count; entry++) yield [this.keyOf(entry), this.values[entry] as number];
  }

  *keys(): Generator<string> {
    for (let entry = 0; entry < this.count; entry++) yield this.keyOf(entry);
  }

  [Symbol.iterator](): Generator<[string, number]> {
    return this.entries();
  }

  /**
   * The key's UTF-8 bytes into the scratch buffer, and their length (their hash into `hash`); -1 for a key UTF-8
   * cannot hold (a lone surrogate).
   */
  private encode(key: string): number {
    const length = key.length;
    if (length * 3 > this.scratch.length) this.scratch = Buffer.allocUnsafe(length * 3);
    const scratch = this.scratch;
    // Most keys are short ASCII: copied here, which costs less than a call into Buffer's encoder (one a row of a plan).
    if (length <= SHORT) {
      // Hashed in the same pass (hashOf's FNV-1a, byte for byte).
      let hash = this.seed ^ 0x811c9dc5;
      let i = 0;
      for (; i < length; i++) {
        const code = key.charCodeAt(i);
        if (code >= 0x80) break;
        scratch[i] = code;
        hash = Math.imul(hash ^ code, 0x01000193);
      }
      if (i === length) {
        this.hash = mixed(hash);
        return length;
      }
    }
    if (!isWellFormed(key)) return -1;
    const written = scratch.write(key, 0, 'utf8');
    this.hash = this.hashOf(written);
    return written;
  }

  /** Whether the scratch bytes are the entry's, which starts at `start` and has as many. */
  private sameBytes(start: number, length: number): boolean {
    if (length > SHORT) return this.scratch.compare(this.bytes, start, start + length, 0, length) === 0;
    const bytes = this.bytes;
    const scratch = this.scratch;
    for (let i = 0; i < length; i++) if (bytes[start + i] !== scratch[i]) return false;
    return true;
  }

  /** FNV-1a over the scratch bytes, from the run's seed. */
  private hashOf(length: number): number {
    let hash = this.seed ^ 0x811c9dc5;
    const bytes = this.scratch;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
    return mixed(hash);
  }

  /** The entry holding the scratch bytes, or -1. */
  private find(length: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const taken = this.slots[slot] as number;
      if (taken === 0) return -1;
      const entry = taken - 1;
      if (this.hashes[entry] !== hash || this.lengths[entry] !== length) continue;
      if (this.sameBytes(this.starts[entry] as number, length)) return entry;
    }
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private append(start: number, length: number, hash: number, value: number): number {
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
        if (this.lengths[other] !== -1 && other !== entry) this.place(other, this.hashes[other] as number);
      }
    }
    return entry;
  }
}

/** FNV-1a's last step: its high bits folded into the low ones the slots are chosen by. */
function mixed(hash: number): number {
  return Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0;
}

/** Keys up to this many characters are encoded and compared here, not by Buffer's native calls. */
const SHORT = 64;

function grow<T extends Float64Array | Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Two keys' UTF-8 bytes (in one buffer) in UTF-16 code unit order: bytes order as code points do, which is the UTF-16
 * order except that characters past U+FFFF (4-byte sequences, lead byte F0-F4; surrogates D800-DBFF in UTF-16) come
 * before U+E000-U+FFFF (lead byte EE or EF) there. The first differing byte decides; a lead byte of F0 or more ranks
 * between ED and EE (in its own order).
 */
export function compareUtf8(
  bytes: Uint8Array,
  startA: number,
  lengthA: number,
  startB: number,
  lengthB: number,
): number {
  const shorter = Math.min(lengthA, lengthB);
  for (let i = 0; i < shorter; i++) {
    const x = bytes[startA + i] as number;
    const y = bytes[startB + i] as number;
    if (x !== y) return rank(x) - rank(y);
  }
  return lengthA - lengthB;
}

/** A UTF-8 byte's place in UTF-16 order at the first byte two keys differ by (see compareUtf8). */
function rank(byte: number): number {
  // F0-F4 keep their own order, all of them after ED and before EE.
  return byte >= 0xf0 ? 0xed + (byte - 0xef) / 16 : byte;
}

/** Whether UTF-8 holds the text exactly (no lone surrogate); String.prototype.isWellFormed, which ES2023's types lack. */
export function isWellFormed(text: string): boolean {
  return (text as unknown as { isWellFormed(): boolean }).isWellFormed();
}
