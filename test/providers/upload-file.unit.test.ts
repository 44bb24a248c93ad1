import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UploadFile } from '../../src/providers/upload-file.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'upload-file-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function read(file: UploadFile): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of file.open()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('UploadFile', () => {
  it('holds exactly the text written, batches through its one buffer and larger ones alike, read afresh each time', async () => {
    const file = new UploadFile(dir);
    // Small batches (encoded in the file's buffer), one past it (encoded on its own), multi-byte characters in both.
    const batches = ['key,note\n', 'a,é😀\n', `b,${'ü'.repeat(30_000)}\n`, 'c,"x, y"\n', `d,${'z'.repeat(70_000)}\n`];
    for (const batch of batches) file.write(batch);
    const text = batches.join('');
    expect(file.length).toBe(Buffer.byteLength(text));
    expect(await read(file)).toBe(text);
    // A second attempt reads the same bytes from the start.
    expect(await read(file)).toBe(text);
    file.close();
    // Unlinked at once where the system allows it: nothing is left in the folder.
    expect(await readdir(dir)).toEqual([]);
  });
});
