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

  it('write and read the comment protocol in one pure file: src/review/protocol.ts imports only src/core/ (and hashing)', () => {
    const protocol = files.find(({ file }) => file === 'review/protocol.ts');
    const imported = [...(protocol?.text ?? '').matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((from) => !from.startsWith('../core/') && from !== 'node:crypto')).toEqual([]);
    // What we write into GitHub and later read back is spelled there only.
    expect(
      files
        .filter(({ file, text }) => file !== 'review/protocol.ts' && text.includes('<!-- datatable-sync'))
        .map((f) => f.file),
    ).toEqual([]);
  });
});
