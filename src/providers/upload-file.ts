import { closeSync, constants, openSync, read, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { FileBody } from './http.ts';

let made = 0;
/** Bytes read from the file at a time while it is sent. */
const CHUNK_BYTES = 64 * 1024;

/**
 * An upload written to a file of the run's folder and sent from it: a whole table's CSV is never one string and a
 * copy of it in a Buffer. Made with O_EXCL and 0600, without following a link, and unlinked at once where the system
 * allows it (the open file lives as long as this object, and nothing is left behind).
 */
export class UploadFile implements FileBody {
  private readonly fd: number;
  private size = 0;
  private closed = false;
  private unlinked = false;
  private readonly encoded = Buffer.allocUnsafe(CHUNK_BYTES);
  readonly file: string;

  constructor(folder: string) {
    this.file = path.join(folder, `upload-${process.pid}-${++made}.csv`);
    this.fd = openSync(
      this.file,
      constants.O_RDWR | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o600,
    );
    try {
      unlinkSync(this.file);
      this.unlinked = true;
    } catch {
      // A system that cannot unlink an open file (Windows): unlinked when closed.
    }
  }

  get length(): number {
    return this.size;
  }

  write(text: string): void {
    // Encoded into one buffer for the file's life: a Buffer a batch (1,500 for 150,000 rows) would be left to the
    // collector, and its memory to malloc, until a collection came.
    const fits = text.length * 3 <= this.encoded.length;
    const bytes = fits ? this.encoded : Buffer.from(text, 'utf8');
    const length = fits ? this.encoded.write(text, 0, 'utf8') : bytes.length;
    let done = 0;
    while (done < length) done += writeSync(this.fd, bytes, done, length - done, this.size + done);
    this.size += length;
  }

  /**
   * The file from its start, for one attempt: each attempt reads it afresh, and the file stays open for the next (a
   * file stream would close it when the request destroys the stream).
   */
  open(): Readable {
    const { fd, size } = this;
    return Readable.from(
      (async function* () {
        for (let at = 0; at < size; ) {
          const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size - at));
          const got = await new Promise<number>((resolve, reject) =>
            read(fd, chunk, 0, chunk.length, at, (error, bytes) => (error ? reject(error) : resolve(bytes))),
          );
          if (got === 0) throw new Error('the upload file ended early');
          at += got;
          yield got === chunk.length ? chunk : chunk.subarray(0, got);
        }
      })(),
      { objectMode: false },
    );
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    if (this.unlinked) return;
    try {
      unlinkSync(this.file);
    } catch {
      // Left in the run's folder, which is the run's own.
    }
  }
}
