import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'src');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file: file.split(path.sep).join('/'), text: readFileSync(path.join(src, file), 'utf8') }));

describe('the layers', () => {
  it('choose between vendors only in src/providers: elsewhere the code sees capabilities', () => {
    const vendorTest =
      /(===|!==)\s*'(genesys|learningbuilder|talkdesk|dengage)'|'(genesys|learningbuilder|talkdesk|dengage)'\s*(===|!==)/;
    expect(
      files.filter(({ file, text }) => !file.startsWith('providers/') && vendorTest.test(text)).map((f) => f.file),
    ).toEqual([]);
  });

  it('keep src/providers below the engine: a vendor imports only providers and core, never inputs, run or the runner', () => {
    const upward = files.flatMap(({ file, text }) =>
      file.startsWith('providers/')
        ? [...text.matchAll(/from '(\.\.?\/[^']+)'/g)]
            .map((match) => path.posix.join(path.posix.dirname(file), match[1] as string))
            .filter((target) => !target.startsWith('providers/') && !target.startsWith('core/'))
            .map((target) => `${file} -> ${target}`)
        : [],
    );
    expect(upward).toEqual([]);
  });

  it('keep src/core pure: no network, no @actions, no process.env, no file system', () => {
    const impure =
      /from '(@actions\/[^']+|undici|node:http|node:https|node:fs(\/promises)?|node:child_process)'|process\.env/;
    expect(files.filter(({ file, text }) => file.startsWith('core/') && impure.test(text)).map((f) => f.file)).toEqual(
      [],
    );
  });

  it('meet at one seam: only src/index.ts and src/github/ import src/github/; the command line never does', () => {
    const importsGithub = /from '(\.\.?\/)+github\//;
    expect(
      files
        .filter(({ file, text }) => file !== 'index.ts' && !file.startsWith('github/') && importsGithub.test(text))
        .map((f) => f.file),
    ).toEqual([]);
    // The bundled command line carries none of GitHub's client: nothing of src/github reached it, even indirectly.
    const cli = path.resolve(src, '..', 'dist', 'cli');
    const bundled = readdirSync(cli)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(cli, file), 'utf8'))
      .join('\n');
    expect(bundled).not.toContain('getOctokit');
    expect(bundled).not.toContain('minimizeComment');
  });

  it('touch @actions/* only in src/github', () => {
    expect(
      files.filter(({ file, text }) => !file.startsWith('github/') && /from '@actions\//.test(text)).map((f) => f.file),
    ).toEqual([]);
  });

  it('keep the review under the run: src/review/ imports nothing of src/run/ (the run calls the review, never back)', () => {
    const importsRun = /from '(\.\.\/)+run\//;
    expect(
      files.filter(({ file, text }) => file.startsWith('review/') && importsRun.test(text)).map((f) => f.file),
    ).toEqual([]);
  });

  it('write and read the comment protocol in one pure file: src/review/protocol.ts imports only src/core/, the seam types and hashing', () => {
    const protocol = files.find(({ file }) => file === 'review/protocol.ts');
    const imported = [...(protocol?.text ?? '').matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);
    expect(imported.length).toBeGreaterThan(0);
    expect(
      imported.filter((from) => !from.startsWith('../core/') && from !== '../runner.ts' && from !== 'node:crypto'),
    ).toEqual([]);
    // What we write into GitHub and later read back is spelled there only.
    expect(
      files
        .filter(({ file, text }) => file !== 'review/protocol.ts' && text.includes('<!-- datatable-sync'))
        .map((f) => f.file),
    ).toEqual([]);
  });
});

/**
 * The rooms of src/ and the order they stand in: a room may import only rooms below it, so no import runs back up.
 * The seam (runner.ts) holds only types and the words a runner speaks; node-version.ts and heap-growth.ts are what an
 * entry does before the engine loads.
 */
const ROOMS: readonly { room: string; rank: number }[] = [
  { room: 'core/', rank: 0 },
  { room: 'runner.ts', rank: 1 },
  { room: 'node-version.ts', rank: 1 },
  { room: 'heap-growth.ts', rank: 1 },
  { room: 'providers/', rank: 2 },
  { room: 'inputs/', rank: 3 },
  { room: 'review/', rank: 4 },
  { room: 'run/', rank: 5 },
  { room: 'github/', rank: 6 },
  { room: 'cli/', rank: 6 },
  { room: 'index.ts', rank: 7 },
];

function roomOf(file: string): { room: string; rank: number } {
  const found = ROOMS.find(({ room }) => (room.endsWith('/') ? file.startsWith(room) : file === room));
  if (!found) throw new Error(`${file} is in no room: add it to a room of src/ (CONTRIBUTING.md, "The layout")`);
  return found;
}

/** Every relative import of every file, resolved to a path under src/. */
const imports = files.flatMap(({ file, text }) =>
  [...text.matchAll(/(?:from\s+|import\(\s*)'(\.{1,2}\/[^']+)'/g)].map((match) => ({
    file,
    target: path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1] as string)),
  })),
);

describe('the rooms', () => {
  it('every file of src/ is in a room', () => {
    for (const { file } of files) expect(() => roomOf(file)).not.toThrow();
  });

  it('import only rooms below them: nothing runs back up', () => {
    const upward = imports
      .filter(({ file, target }) => roomOf(file).rank < roomOf(target).rank)
      .map(({ file, target }) => `${file} -> ${target}`);
    expect(upward).toEqual([]);
  });

  it('do not import their peers: github and the command line are two runners of one engine', () => {
    const sideways = imports
      .filter(({ file, target }) => {
        const a = roomOf(file);
        const b = roomOf(target);
        return a.rank === b.rank && a.room !== b.room;
      })
      .map(({ file, target }) => `${file} -> ${target}`);
    expect(sideways).toEqual([]);
  });

  it('keep each vendor to itself: no vendor imports another, and only the registry reaches into their folders', () => {
    const vendorOf = (file: string) => /^providers\/([^/]+)\//.exec(file)?.[1];
    const crossing = imports
      .filter(({ file, target }) => {
        const to = vendorOf(target);
        if (!to) return false;
        const from = vendorOf(file);
        return from ? from !== to : !/^providers\/[^/]+\.ts$/.test(file);
      })
      .map(({ file, target }) => `${file} -> ${target}`);
    expect(crossing).toEqual([]);
  });

  it('the run never imports GitHub or the command line: it speaks to them through the Runner', () => {
    expect(
      imports
        .filter(({ file, target }) => file.startsWith('run/') && /^(github|cli)\//.test(target))
        .map(({ file, target }) => `${file} -> ${target}`),
    ).toEqual([]);
  });
});
