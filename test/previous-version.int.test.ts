import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planCounts } from '../src/core/plan.ts';
import { PullRequests } from '../src/github/pull-request.ts';
import type { DataFile } from '../src/inputs/data-files.ts';
import { RowFile } from '../src/providers/row-file.ts';
import { planAgainstPrevious } from '../src/run/plan.ts';
import { readVersion } from '../src/run/publish.ts';
import type { PullRequestsPort, RunEvent } from '../src/runner.ts';
import { FakeGitHub } from './support/fake-github.ts';

// A D·engage or LearningBuilder plan compares the file with its previous version in git. That version is read from
// GitHub's contents API as it arrives, into the rows' store: never one string (a 50 MB file was 4.7x its size in
// memory, docs/benchmarks.md).

const BASE = 'b'.repeat(40);
const EVENT: RunEvent = {
  name: 'pull_request',
  owner: 'acme',
  repo: 'tables',
  sha: 'c'.repeat(40),
  serverUrl: 'https://github.example',
  runUrl: 'https://github.example/run',
};
// Multi-byte characters, so that a chunk boundary inside one would show.
const PREVIOUS = `key,name,city\n${Array.from({ length: 3000 }, (_, i) => `k${i},Zoë ${i},Łódź ${i % 7}`).join('\n')}\n`;
const CURRENT = `${PREVIOUS.replace('k5,Zoë 5,', 'k5,Zoë five,').replace('k9,Zoë 9,Łódź 2\n', '')}k3000,Añadido,Köln\n`;

let github: FakeGitHub;
let dir: string;
let apiUrl: string | undefined;
// One fake for the file: the toolkit reads GITHUB_API_URL once, when it is first loaded.
beforeAll(async () => {
  github = await new FakeGitHub().start();
  apiUrl = process.env.GITHUB_API_URL;
  process.env.GITHUB_API_URL = github.url;
});
afterAll(async () => {
  if (apiUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = apiUrl;
  await github.stop();
});
beforeEach(async () => {
  github.files.clear();
  dir = await mkdtemp(path.join(tmpdir(), 'previous-version-'));
  await writeFile(path.join(dir, 'contacts.csv'), CURRENT);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function dataFile(): DataFile {
  const absolutePath = path.join(dir, 'contacts.csv');
  return {
    relativePath: 'contacts.csv',
    absolutePath,
    open: () => createReadStream(absolutePath),
    table: 'contacts',
    importMode: 'replace',
    maxDeletes: { percent: 100 },
    delimiter: ',',
  };
}

const plan = (port: PullRequestsPort, ref: string) =>
  planAgainstPrevious(
    [dataFile()],
    (file) => readVersion(port, file.relativePath, ref),
    undefined,
    1,
    undefined,
    () => new RowFile(dir),
  );

describe('the previous version of a file', () => {
  it('is read from GitHub as bytes arriving, not as one string, and plans as its text does', async () => {
    github.files.set(`${BASE}:contacts.csv`, PREVIOUS);
    const port = new PullRequests('token', EVENT);
    const source = await readVersion(port, 'contacts.csv', BASE);
    expect(typeof source).not.toBe('string');
    const chunks: Buffer[] = [];
    for await (const chunk of source as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).toString('utf8')).toBe(PREVIOUS);

    // The same plan as from the text (a port without the byte stream, as before).
    const streamed = await plan(port, BASE);
    const fromText = await plan({ fileAt: (file, ref) => port.fileAt(file, ref) } as PullRequestsPort, BASE);
    expect(streamed.failures).toEqual([]);
    const [table] = streamed.tables;
    expect(planCounts(table?.plan as never)).toEqual({ added: 1, updated: 1, deleted: 1, unchanged: 2998, invalid: 0 });
    expect(table?.plan.diff.updated[0]?.changes).toEqual([{ field: 'name', old: 'Zoë 5', new: 'Zoë five' }]);
    expect(table?.plan.hash).toBe(fromText.tables[0]?.plan.hash);
  });

  it('missing at the commit (a new file) plans every row as added', async () => {
    const planned = await plan(new PullRequests('token', EVENT), BASE);
    expect(planned.failures).toEqual([]);
    expect(planned.tables[0]?.plan.diff.added).toHaveLength(3000);
  });

  it('failing while its bytes arrive fails that table, saying so, as a failure before them does', async () => {
    const port = {
      fileAt: () => Promise.reject(new Error('not used')),
      fileBytesAt: async () =>
        (async function* () {
          yield Buffer.from(PREVIOUS.slice(0, 5000));
          throw new Error('socket hang up');
        })(),
    } as unknown as PullRequestsPort;
    const planned = await plan(port, BASE);
    expect(planned.tables).toEqual([]);
    expect(planned.failures).toEqual([
      { file: 'contacts.csv', table: 'contacts', message: `Could not read contacts.csv at bbbbbbb: socket hang up` },
    ]);
  });
});

describe('the young generation', () => {
  // V8 doubles its young generation when much of what it allocates survives, as a plan's kept keys do; bounded, it
  // stays at its starting size. In a child process: the setting is the whole process's.
  const newSpaceAfterKeeping = (bound: boolean) =>
    Number(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import v8 from 'node:v8';
          ${bound ? `(await import(${JSON.stringify(path.resolve('src/heap-growth.ts'))})).boundHeapGrowth();` : ''}
          const kept = [];
          for (let i = 0; i < 300000; i++) kept.push({ key: 'k' + i, i });
          process.stdout.write(String(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size));`,
        ],
        { encoding: 'utf8' },
      ),
    );

  it('grows past 8 MB for rows kept, unless a plan bounds it first', () => {
    expect(newSpaceAfterKeeping(false)).toBeGreaterThan(8 * 2 ** 20);
    expect(newSpaceAfterKeeping(true)).toBeLessThanOrEqual(4 * 2 ** 20);
  });
});
