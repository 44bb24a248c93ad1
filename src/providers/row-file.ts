import { closeSync, constants, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { isWellFormed } from '../core/key-index.ts';
import type { RowStore } from '../core/live-records.ts';

const SEPARATOR = '\u0000';
/** Rows are gathered to this many bytes a write: a buffer each store keeps while it lives (two at a read-back). */
const WRITE_BYTES = 64 * 1024;

/** Row offsets a page: 64 KiB. */
const OFFSETS_SHIFT = 13;
const OFFSETS_PAGE = 1 << OFFSETS_SHIFT;

let made = 0;
/** A store no longer referenced closes its file (a run plans many tables in one process). */
const closing = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Closed already.
  }
});

/**
 * Rows kept in a file of the run's folder, not in memory: each row its cells joined as UTF-8, read back by index
 * (one read of its bytes). A live table of 150,000 rows then costs 8 bytes a row in memory. A row UTF-8 cannot
 * hold exactly (a lone surrogate) or that holds the separator is kept in memory, as are only those.
 */
export class RowFile implements RowStore {
  private readonly fd: number;
  /**
   * Where each row starts in the file (row i ends where row i + 1 starts), in pages of OFFSETS_PAGE: added as rows come,
   * never copied into a larger array, which left each smaller copy to malloc (a table's count is rarely known first).
   */
  private readonly starts: Float64Array[] = [];
  private count = 0;
  /** Bytes in the file and waiting in `pending`. */
  private size = 0;
  private pending = Buffer.allocUnsafe(WRITE_BYTES);
  private pendingBytes = 0;
  private read = Buffer.allocUnsafe(64 * 1024);
  /** Where the bytes in `read` come from in the file, and how many there are. */
  private readFrom = 0;
  private readBytes = 0;
  private lastAsked = -1;
  private readonly held = new Map<number, readonly string[]>();
  readonly file: string;

  /** A new file in `folder` (made here, never one that was there: O_EXCL, without following a link). */
  constructor(folder: string) {
    this.file = path.join(folder, `live-rows-${process.pid}-${++made}.bin`);
    this.fd = openSync(
      this.file,
      constants.O_RDWR | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o600,
    );
    closing.register(this, this.fd, this);
    // Where a system allows it, the name goes at once: the rows live as long as the process, and nothing is left.
    try {
      unlinkSync(this.file);
    } catch {
      // Kept in the run's folder, which is the run's own.
    }
  }

  get length(): number {
    return this.count;
  }

  get rowsHeld(): number {
    return this.held.size;
  }

  push(cells: readonly string[]): void {
    const index = this.count++;
    this.setStart(index, this.size);
    const text = cells.join(SEPARATOR);
    if (cells.length === 0 || !isWellFormed(text) || cells.some((cell) => cell.includes(SEPARATOR))) {
      this.held.set(index, cells);
    } else {
      if (this.pendingBytes + text.length * 3 > WRITE_BYTES) this.flush();
      if (text.length * 3 > WRITE_BYTES) {
        const bytes = Buffer.from(text, 'utf8');
        writeSync(this.fd, bytes, 0, bytes.length, this.size);
        this.size += bytes.length;
      } else {
        const written = this.pending.write(text, this.pendingBytes, 'utf8');
        this.pendingBytes += written;
        this.size += written;
      }
    }
    this.setStart(index + 1, this.size);
  }

  get(index: number): readonly string[] | undefined {
    if (index < 0 || index >= this.count) return undefined;
    const held = this.held.get(index);
    if (held) {
      this.lastAsked = index;
      return held;
    }
    return this.readText(index).split(SEPARATOR);
  }

  /** A row's cells joined by U+0000, read as one string (undefined for a row held in memory). */
  text(index: number): string | undefined {
    if (index < 0 || index >= this.count) return undefined;
    if (this.held.has(index)) {
      this.lastAsked = index;
      return undefined;
    }
    return this.readText(index);
  }

  private readText(index: number): string {
    const asked = this.lastAsked;
    this.lastAsked = index;
    this.flush();
    const start = this.startOf(index);
    const end = this.startOf(index + 1);
    // Rows asked in the file's order (a plan's compare, mostly) are read 64 KiB at a time; one asked out of order (a
    // snapshot in key order) alone, so that a table read in another order is not read many times over.
    if (start < this.readFrom || end > this.readFrom + this.readBytes) {
      if (end - start > this.read.length) this.read = Buffer.allocUnsafe(end - start);
      const ahead = index === asked + 1 ? this.read.length : end - start;
      const want = Math.min(ahead, this.size - start);
      let done = 0;
      while (done < want) {
        const got = readSync(this.fd, this.read, done, want - done, start + done);
        if (got === 0) break;
        done += got;
      }
      if (done < end - start) throw new Error(`the live rows' file ${this.file} ended early`);
      this.readFrom = start;
      this.readBytes = done;
    }
    return this.read.toString('utf8', start - this.readFrom, end - this.readFrom);
  }

  private setStart(index: number, offset: number): void {
    const page = index >>> OFFSETS_SHIFT;
    let offsets = this.starts[page];
    if (offsets === undefined) {
      offsets = new Float64Array(OFFSETS_PAGE);
      this.starts[page] = offsets;
    }
    offsets[index & (OFFSETS_PAGE - 1)] = offset;
  }

  private startOf(index: number): number {
    return (this.starts[index >>> OFFSETS_SHIFT] as Float64Array)[index & (OFFSETS_PAGE - 1)] as number;
  }

  close(): void {
    closing.unregister(this);
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const at = this.size - this.pendingBytes;
    let done = 0;
    while (done < this.pendingBytes) {
      done += writeSync(this.fd, this.pending, done, this.pendingBytes - done, at + done);
    }
    this.pendingBytes = 0;
  }
}
