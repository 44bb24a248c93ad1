import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PathGate } from '../src/inputs/path-gate.ts';
import { safeName } from '../src/run/context.ts';

let dir: string;
let gate: PathGate;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gate-'));
  await mkdir(path.join(dir, 'ws', 'data'), { recursive: true });
  await writeFile(path.join(dir, 'ws', 'data', 'a.csv'), 'key\nx\n');
  gate = new PathGate(path.join(dir, 'ws'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('PathGate', () => {
  it('lets a regular workspace file through and refuses a folder, a missing file and a FIFO-like non-file', () => {
    expect(gate.readText('data/a.csv', 'file')).toBe('key\nx\n');
    expect(gate.readText('data/../data/a.csv', 'file')).toBe('key\nx\n');
    expect(() => gate.forReading('data', 'file')).toThrow('"data" is not a regular file');
    expect(() => gate.forReading('data/b.csv', 'file')).toThrow('"data/b.csv" does not exist in the workspace');
  });

  it('reads an optional file only when it exists, is no link and is within its size bound', async () => {
    expect(gate.readTextIfExists('data/none.schema.json', 'schema file')).toBeUndefined();
    expect([gate.isFile('data/a.csv', 'schema file'), gate.isFile('data/none.json', 'schema file')]).toEqual([
      true,
      false,
    ]);
    expect(gate.readTextIfExists('data/a.csv', 'schema file', 6)).toBe('key\nx\n');
    expect(() => gate.readTextIfExists('data/a.csv', 'schema file', 5)).toThrow(
      'schema file: "data/a.csv" has 6 bytes; at most 5 are read',
    );
    await symlink(path.join(dir, 'ws', 'data', 'a.csv'), path.join(dir, 'ws', 'data', 'b.schema.json'));
    expect(() => gate.readTextIfExists('data/b.schema.json', 'schema file')).toThrow('goes through a symbolic link');
  });

  it('writes run files only below the run folder, never through a link', async () => {
    const run = gate.runFolder(path.join(dir, 'run-'));
    const written = await run.write('snapshots/t.csv', 'key\n');
    expect(await readFile(written, 'utf8')).toBe('key\n');
    await expect(run.write('../escape.csv', 'x')).rejects.toThrow('leaves the run folder');
    await writeFile(path.join(dir, 'victim.txt'), 'keep');
    await symlink(path.join(dir, 'victim.txt'), path.join(run.path, 'plan.json'));
    await expect(run.write('plan.json', 'x')).rejects.toThrow('goes through a symbolic link');
    expect(await readFile(path.join(dir, 'victim.txt'), 'utf8')).toBe('keep');
  });

  it('bounds globs: no brace sets, no escapes', async () => {
    expect(await gate.glob('data/*.csv', 'file')).toEqual(['data/a.csv']);
    await expect(gate.glob('data/{a,b}.csv', 'file')).rejects.toThrow('uses braces');
    await expect(gate.glob('../*/x.csv', 'file')).rejects.toThrow('leaves the workspace');
    await expect(gate.glob('/etc/*', 'file')).rejects.toThrow('is an absolute path');
    // A folder named like a file is not a file: never matched.
    await mkdir(path.join(dir, 'ws', 'data', 'old.csv'));
    expect(await gate.glob('data/*.csv', 'file')).toEqual(['data/a.csv']);
  });

  it('refuses wildcard parts that match "." or "..", and never walks into a link', async () => {
    await mkdir(path.join(dir, 'outside'));
    await writeFile(path.join(dir, 'outside', 'secret.csv'), 'key\nx\n');
    for (const pattern of ['[.][.]/*', '[.][.]/[.][.]/**/x-*.csv', 'data/[.]/*.csv', 'data/.[.]/*.csv']) {
      await expect(gate.glob(pattern, 'file')).rejects.toThrow('that matches "." or ".."');
    }
    // Committed links to a folder and a file outside: never entered nor read, and named (the link, never its target
    // or what is behind it) rather than skipped in silence, which would leave a table unplanned without a word.
    await symlink(path.join(dir, 'outside'), path.join(dir, 'ws', 'data', 'linked'));
    await symlink(path.join(dir, 'outside', 'secret.csv'), path.join(dir, 'ws', 'data', 'x-secret.csv'));
    const refusal = (pattern: string) =>
      gate.glob(pattern, 'file').then(
        () => 'matched',
        (error: Error) => error.message,
      );
    expect(await refusal('data/**/*.csv')).toBe(
      'file: "data/**/*.csv" meets symbolic links (data/linked, data/x-secret.csv); the action does not follow links, so that no file outside the workspace is read: commit the files themselves, or narrow the pattern',
    );
    expect(await refusal('data/x-*.csv')).toContain('"data/x-*.csv" meets a symbolic link (data/x-secret.csv)');
    expect(await refusal('data/*')).toContain('meets symbolic links (data/linked, data/x-secret.csv)');
    expect(await refusal('data/linked/*.csv')).toContain('goes through a symbolic link (data/linked)');
    expect(await refusal('*/linked/*.csv')).toContain('meets a symbolic link (data/linked)');
    for (const pattern of ['data/**/*.csv', 'data/x-*.csv', 'data/linked/*.csv', '*/linked/*.csv']) {
      expect(await refusal(pattern)).not.toContain(path.join(dir, 'outside'));
    }
    // A link the pattern can neither match nor search through is none of its business.
    expect(await gate.glob('data/a*.csv', 'file')).toEqual(['data/a.csv']);
  });

  it('reads a file of several chunks whole, each chunk taken before the next is read, and a second time afresh', async () => {
    // 200,000 bytes, no two 64 KiB chunks alike: a chunk read over one still held, or a short last read, would show.
    const bytes = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7 + (i >> 16)) % 251));
    await writeFile(path.join(dir, 'ws', 'data', 'big.csv'), bytes);
    const absolute = gate.forReading('data/big.csv', 'file');
    const readAll = async () => {
      const copies: Buffer[] = [];
      for await (const chunk of gate.openRead(absolute)) copies.push(Buffer.from(chunk));
      return Buffer.concat(copies);
    };
    expect((await readAll()).equals(bytes)).toBe(true);
    // Stopped after its first chunk (a bad header): the next read starts again from the file's first byte.
    for await (const chunk of gate.openRead(absolute)) {
      expect(chunk.length).toBe(64 * 1024);
      break;
    }
    expect((await readAll()).equals(bytes)).toBe(true);
  });

  it('refuses to read a file when a folder on its way became a link after the walk', async () => {
    await mkdir(path.join(dir, 'outside', 'data'), { recursive: true });
    await writeFile(path.join(dir, 'outside', 'data', 'a.csv'), 'key\nstolen\n');
    const absolute = gate.forReading('data/a.csv', 'file');
    // The walk said data/a.csv is fine; then data is swapped for a link to a folder outside the workspace.
    await rm(path.join(dir, 'ws', 'data'), { recursive: true });
    await symlink(path.join(dir, 'outside', 'data'), path.join(dir, 'ws', 'data'));
    expect(() => gate.openRead(absolute)).toThrow('goes through a symbolic link');
    expect(() => gate.linesAtMost(absolute)).toThrow('goes through a symbolic link');
  });

  it('counts the most rows a file can hold: its line feeds plus one, across its reads of 64 KiB', async () => {
    const absolute = path.join(dir, 'ws', 'data', 'a.csv');
    expect(gate.linesAtMost(absolute)).toBe(3);
    // Line feeds on both sides of the 64 KiB boundary, a CRLF, and a last line without one.
    const text = `${'x'.repeat(65_535)}\n\ny\r\n${'z,'.repeat(70_000)}\nlast`;
    await writeFile(absolute, text);
    expect(gate.linesAtMost(absolute)).toBe(text.split('\n').length);
    await writeFile(absolute, '');
    expect(gate.linesAtMost(absolute)).toBe(1);
  });
});

describe('the run folder', () => {
  it('is made fresh for each run and private: a folder made first by someone else is never used', async () => {
    // Another user pre-creates what the old fixed name would have been, readable by all.
    await mkdir(path.join(dir, 'datatable-sync-abc'), { mode: 0o777 });
    const first = gate.runFolder(path.join(dir, 'datatable-sync-abc-'));
    const second = gate.runFolder(path.join(dir, 'datatable-sync-abc-'));
    expect(first.path).not.toBe(second.path);
    expect(first.path).not.toBe(path.join(dir, 'datatable-sync-abc'));
    expect((await stat(first.path)).mode & 0o777).toBe(0o700);
  });
});

describe('safeName', () => {
  it('keeps a safe table name and never maps two names to one file', () => {
    expect(safeName('Holidays')).toBe('Holidays');
    const names = ['Hol idays', 'Hol_idays', 'Hol/idays', '..', '.hidden', 'a'.repeat(300)].map(safeName);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => /^[\w-][\w.-]*$/.test(name) && name.length <= 100)).toBe(true);
  });
});
