import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction, useE2eEnvironment } from '../support/e2e.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { FakeDengage } from '../support/fake-dengage.ts';

// The action with provider: dengage, on a push: no read API (the plan compares with the previous commit), the
// sync upsert and delete by the table's primary key, and date-times checked against D·engage's forms before sending.
const environment = useE2eEnvironment();
let dengage: FakeDengage;
/** The fake's clock and the action's: a job's minutes and the waits for it pass in no real time. */
let clock: FakeClock;
beforeEach(async () => {
  clock = new FakeClock();
  dengage = await new FakeDengage(0, clock).start();
  dengage.asyncJobMs = 0;
  dengage.addTable('customers', {
    columns: ['contact_key', 'name', 'joined'],
    primaryKey: 'contact_key',
    dateColumns: ['joined'],
    rows: new Map(
      [
        { contact_key: 'c1', name: 'Ann', joined: '2026-01-01' },
        { contact_key: 'c2', name: 'Bob', joined: '2026-01-02' },
        { contact_key: 'c9', name: 'Gone', joined: '2026-01-09' },
      ].map((row) => [row.contact_key, row]),
    ),
  });
});
afterEach(async () => {
  await dengage.stop();
});

const BEFORE = 'e'.repeat(40);

async function push(csv: string, extraInputs: Record<string, string> = { 'dengage-user-key': 'api-user-key' }) {
  const { dir, github } = environment;
  const workspace = path.join(dir, 'ws');
  await mkdir(workspace, { recursive: true });
  await writeFile(path.join(workspace, 'customers.csv'), csv);
  github.files.set(
    `${BEFORE}:customers.csv`,
    'contact_key,name,joined\nc1,Ann,2026-01-01\nc2,Bob,2026-01-02\nc9,Gone,2026-01-09\n',
  );
  github.appliedEverywhere = BEFORE; // the last apply was of the previous commit
  github.commitParents.set('f'.repeat(40), [BEFORE]);
  const eventPath = path.join(dir, 'push.json');
  await writeFile(eventPath, JSON.stringify({ before: BEFORE }));
  const inputs = {
    mode: 'apply',
    provider: 'dengage',
    file: 'customers.csv',
    'dengage-api-url': dengage.url,
    ...extraInputs,
    'dengage-password': 'dengage-pass',
    'github-token': 'ghs_test_token_123',
  };
  const env = {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/tables',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_API_URL: github.url,
  };
  return runAction({ inputs, env, workspace, clock });
}

describe('the action with D·engage', () => {
  it('logs in with userkey, upserts the added and changed rows, deletes the dropped one, and reports the job', async () => {
    const result = await push(
      'contact_key,name,joined\nc1,Ann,2026-01-01\nc2,Bobby,2026-01-02 09:30\nc3,Cy,2026-01-03T08:00:00.000Z\n',
      { 'dengage-user-key': 'api-user-key', 'max-deletes': '1' },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      'rows-added': '1',
      'rows-updated': '1',
      'rows-deleted': '1',
      'rows-unchanged': '1',
    });
    expect(dengage.rowsOf('customers')).toEqual([
      { contact_key: 'c1', name: 'Ann', joined: '2026-01-01' },
      { contact_key: 'c2', name: 'Bobby', joined: '2026-01-02 09:30' },
      { contact_key: 'c3', name: 'Cy', joined: '2026-01-03T08:00:00.000Z' },
    ]);
    expect(JSON.parse(result.outputs['import-jobs'] ?? '[]')).toEqual([
      expect.objectContaining({ table: 'customers', status: 'Completed', updated: 2, deleted: 1, failed: 0 }),
    ]);
    expect(dengage.requests.find((r) => r.path === '/rest/login')?.body).toEqual({
      userkey: 'api-user-key',
      password: 'dengage-pass',
    });
    expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('dengage-pass');
  });

  it('empties a cell the file empties (the upsert carries the overwrite-with-empty flag), and records it', async () => {
    const result = await push('contact_key,name,joined\nc1,Ann,2026-01-01\nc2,,2026-01-02\nc9,Gone,2026-01-09\n');
    expect(result.exitCode).toBe(0);
    expect(dengage.rowsOf('customers').find((r) => r.contact_key === 'c2')).toEqual({
      contact_key: 'c2',
      name: '',
      joined: '2026-01-02',
    });
    expect(result.stdout).toContain('customers: recorded fffffff as the commit last applied');
  });

  it('says that a schema file beside the CSV is not used: D·engage has no API to create tables or columns', async () => {
    const ws = path.join(environment.dir, 'ws');
    await mkdir(ws, { recursive: true });
    await writeFile(
      path.join(ws, 'customers.schema.json'),
      '{"table": "customers", "fields": [{"name": "contact_key", "type": "string", "key": true}]}',
    );
    const result = await push('contact_key,name,joined\nc1,Ann,2026-01-01\nc2,Bob,2026-01-02\nc9,Gone,2026-01-09\n');
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain(
      'D·engage Data Space tables cannot create tables or columns through its API: <code>customers.schema.json</code> is not used by the plan',
    );
  });

  it('still reads the deprecated dengage-username, with a warning', async () => {
    const result = await push('contact_key,name,joined\nc1,Ann,2026-01-01\nc2,Bob,2026-01-02\nc9,Gone,2026-01-09\n', {
      'dengage-username': 'api-user-key',
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('::warning::Input dengage-username is deprecated');
    expect(result.outputs).toMatchObject({ changed: 'false' });
  });

  it('refuses to change rows of a table without a primary key, in the plan', async () => {
    dengage.addTable('events', { columns: ['contact_key', 'name', 'joined'], rows: new Map() });
    const result = await push('contact_key,name,joined\nc1,Ann,2026-01-01\nc2,Bobby,2026-01-02\n', {
      'dengage-user-key': 'api-user-key',
      table: 'events',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('has no primary key, so D·engage appends every row sent to it');
    expect(dengage.requests.filter((r) => r.path.startsWith('/rest/dataspace/sync'))).toEqual([]);
  });

  it('refuses a date-time D·engage would not take, on its line, before sending anything', async () => {
    const result = await push('contact_key,name,joined\nc1,Ann,2026-01-01\nc2,Bob,02/01/2026 9:30\nc3,Cy,2026/01/03\n');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error title=Invalid data,file=customers.csv,line=4::joined: D·engage takes dates as yyyy-MM-dd',
    );
    expect(dengage.requests.filter((r) => r.path.includes('upsert'))).toEqual([]);
  });
});

describe('D·engage at real size', () => {
  const START = 'a'.repeat(40);
  it('imports 3,000 rows for the first time by three V2 async calls, each job confirmed, well inside a minute', async () => {
    const { dir, github } = environment;
    dengage.addTable('contacts', {
      columns: ['contact_key', 'name', 'joined'],
      primaryKey: 'contact_key',
      rows: new Map(),
    });
    const rows = Array.from({ length: 3000 }, (_, i) => `k${String(i).padStart(5, '0')},Name ${i},2026-01-01`);
    const csv = `contact_key,name,joined\n${rows.join('\n')}\n`;
    const workspace = path.join(dir, 'big');
    await mkdir(workspace, { recursive: true });
    await writeFile(path.join(workspace, 'contacts.csv'), csv);
    const eventPath = path.join(dir, 'push-big.json');
    await writeFile(eventPath, JSON.stringify({ before: START }));
    // On the shared clock: what the action waited (a sync upsert waits a minute between calls; these do not).
    const started = clock.now();
    const result = await runAction({
      workspace,
      clock,
      inputs: {
        mode: 'apply',
        provider: 'dengage',
        file: 'contacts.csv',
        'dengage-api-url': dengage.url,
        'dengage-user-key': 'api-user-key',
        'dengage-password': 'dengage-pass',
        'github-token': 'ghs_test_token_123',
      },
      env: {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/tables',
        GITHUB_SHA: 'b'.repeat(40),
        GITHUB_API_URL: github.url,
      },
    });
    expect(result.exitCode).toBe(0);
    expect(clock.now() - started).toBeLessThan(30_000);
    const calls = dengage.requests.filter((r) => r.path.startsWith('/rest/dataspace/') && r.method !== 'GET');
    expect(calls.map((r) => r.path)).toEqual(Array(3).fill('/rest/dataspace/async/upsert_v2'));
    // The jobs are named by D·engage's own ids, as its status path takes them.
    const [imported] = JSON.parse(result.outputs['import-jobs'] ?? '[]') as { jobId: string }[];
    expect(imported?.jobId).toMatch(/^[0-9a-f-]{36}, [0-9a-f-]{36}, [0-9a-f-]{36}$/);
    expect(dengage.rowsOf('contacts')).toHaveLength(3000);
    expect(result.stdout).toContain('contacts: recorded bbbbbbb as the commit last applied');
    expect(JSON.parse(result.outputs['import-jobs'] ?? '[]')).toEqual([
      expect.objectContaining({ table: 'contacts', status: 'Completed', updated: 3000, failed: 0 }),
    ]);
  });
});

describe('the applied commit a D·engage plan compares with', () => {
  const START = 'a'.repeat(40);
  const FIRST = 'b'.repeat(40);
  const SECOND = 'c'.repeat(40);
  const startCsv = 'contact_key,name,joined\nc1,Ann,2026-01-01\nc2,Bob,2026-01-02\nc9,Gone,2026-01-09\n';
  const appliedRefs = () => [...environment.github.refs].filter(([ref]) => ref.startsWith('refs/datatable-sync/'));

  /** A push of `csv` as commit `sha` after `before`, each commit's file known to the fake GitHub. */
  async function pushCommit(csv: string, sha: string, before: string, inputs: Record<string, string> = {}) {
    const { dir, github } = environment;
    const workspace = path.join(dir, `ws-${sha.slice(0, 1)}`);
    await mkdir(workspace, { recursive: true });
    await writeFile(path.join(workspace, 'customers.csv'), csv);
    github.files.set(`${sha}:customers.csv`, csv);
    github.commitParents.set(sha, [before]);
    const eventPath = path.join(dir, `push-${sha.slice(0, 1)}.json`);
    await writeFile(eventPath, JSON.stringify({ before }));
    return runAction({
      workspace,
      clock,
      inputs: {
        mode: 'apply',
        provider: 'dengage',
        file: 'customers.csv',
        'dengage-api-url': dengage.url,
        'dengage-user-key': 'api-user-key',
        'dengage-password': 'dengage-pass',
        'github-token': 'ghs_test_token_123',
        ...inputs,
      },
      env: {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/tables',
        GITHUB_SHA: sha,
        GITHUB_API_URL: environment.github.url,
      },
    });
  }

  it('after a failed apply, the next push still sends the rows of the failed one', async () => {
    environment.github.files.set(`${START}:customers.csv`, startCsv);
    const [ref] = (await (async () => {
      // The first apply with this action: nothing recorded, so every row of the file is sent, then START recorded.
      const first = await pushCommit(startCsv, START, '0'.repeat(40));
      expect(first.exitCode).toBe(0);
      expect(first.summary).toContain('no applied version (none is recorded)');
      return appliedRefs().map(([name]) => name);
    })()) as string[];
    expect(environment.github.refs.get(ref as string)).toBe(START);

    // Push 1 renames c2; D·engage refuses its upsert: the apply fails, and the record stays at START.
    dengage.failUpserts = 1;
    const failed = await pushCommit(startCsv.replace('c2,Bob,', 'c2,Bobby,'), FIRST, START);
    expect(failed.exitCode).toBe(1);
    expect(environment.github.refs.get(ref as string)).toBe(START);
    expect(dengage.rowsOf('customers').find((r) => r.contact_key === 'c2')?.name).toBe('Bob');

    // Push 2 renames c1 too. Compared with the previous commit it would send c1 alone; compared with the commit
    // last applied, it sends both.
    const second = await pushCommit(
      startCsv.replace('c2,Bob,', 'c2,Bobby,').replace('c1,Ann,', 'c1,Annie,'),
      SECOND,
      FIRST,
    );
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ 'rows-updated': '2', 'rows-added': '0', 'rows-deleted': '0' });
    expect(second.summary).toContain('customers: the version last applied (`aaaaaaa`)');
    expect(dengage.rowsOf('customers').map((r) => r.name)).toEqual(['Annie', 'Bobby', 'Gone']);
    expect(environment.github.refs.get(ref as string)).toBe(SECOND);
  });

  it('without a record, sends every row of the file (deleting what the previous commit had), and records it', async () => {
    environment.github.files.set(`${START}:customers.csv`, startCsv);
    const csv = startCsv.replace('c2,Bob,', 'c2,Bobby,').replace(/c9.*\n/, '');
    const result = await pushCommit(csv, FIRST, START, { 'max-deletes': '1' });
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain(
      'customers: no applied version (none is recorded); compared with `aaaaaaa` (the previous commit), and the apply sends every row of the file',
    );
    // Every row of the file goes (c1 unchanged, sent all the same), in one sync upsert whose answer confirms it.
    const upserts = dengage.requests.filter((r) => r.path.startsWith('/rest/dataspace/') && r.method === 'POST');
    expect(upserts.map((r) => r.path)).toEqual(['/rest/dataspace/sync/upsert']);
    expect(upserts[0]?.body).toMatchObject({
      columns: ['contact_key', 'name', 'joined'],
      rows: [
        ['c1', 'Ann', '2026-01-01'],
        ['c2', 'Bobby', '2026-01-02'],
      ],
    });
    expect(dengage.rowsOf('customers').map((r) => r.contact_key)).toEqual(['c1', 'c2']);
    expect(result.stdout).toContain('customers: sending all 2 rows of the file: no applied version is recorded');
    expect(JSON.parse(result.outputs['import-jobs'] ?? '[]')).toEqual([
      expect.objectContaining({ status: 'Completed', updated: 2, deleted: 1 }),
    ]);
    expect(appliedRefs().map(([, sha]) => sha)).toEqual([FIRST]);
  });

  it('does not record a V2 job D·engage fails after accepting it; the next push sends its rows again', async () => {
    const added = Array.from({ length: 1200 }, (_, i) => `n${String(i).padStart(4, '0')},New ${i},2026-02-01`);
    const grown = `${startCsv}${added.join('\n')}\n`;
    environment.github.files.set(`${START}:customers.csv`, startCsv);
    environment.github.appliedEverywhere = START;
    // Push 1 adds 1,200 rows: two V2 async upserts. D·engage accepts the first, then fails it.
    dengage.failJobs = 1;
    const failed = await pushCommit(grown, FIRST, START);
    expect(failed.exitCode).toBe(1);
    expect(JSON.parse(failed.outputs['import-jobs'] ?? '[]')).toEqual([
      expect.objectContaining({ status: 'Failed', updated: 0, failed: 1000 }),
    ]);
    expect(failed.summary).toContain('The job failed while processing the data');
    expect(failed.summary).toContain('200 row(s) were not sent after that job failed');
    expect(failed.summary).not.toContain('✅');
    expect(failed.stdout).not.toContain('recorded fffffff');
    expect(appliedRefs()).toEqual([]);
    expect(dengage.rowsOf('customers')).toHaveLength(3);

    // Push 2 renames c1. Compared with START (the last recorded apply), the 1,200 rows go again with it.
    const second = await pushCommit(grown.replace('c1,Ann,', 'c1,Annie,'), SECOND, FIRST);
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ 'rows-added': '1200', 'rows-updated': '1' });
    expect(second.summary).toContain('customers: the version last applied (`aaaaaaa`)');
    expect(dengage.rowsOf('customers')).toHaveLength(1203);
    expect(dengage.rowsOf('customers')[0]?.name).toBe('Annie');
    expect(appliedRefs().map(([, sha]) => sha)).toEqual([SECOND]);
  });

  it('fails an apply whose first V2 job is still running at job-timeout (the rest unsent), and does not record it', async () => {
    const added = Array.from({ length: 1100 }, (_, i) => `n${i},New ${i},2026-02-01`);
    environment.github.files.set(`${START}:customers.csv`, startCsv);
    environment.github.appliedEverywhere = START;
    dengage.asyncJobMs = 30_000;
    const result = await pushCommit(`${startCsv}${added.join('\n')}\n`, FIRST, START, { 'job-timeout': '2s' });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs['import-jobs'] ?? '[]')).toEqual([
      expect.objectContaining({ status: 'Incomplete', updated: 0, queued: 1000 }),
    ]);
    expect(result.summary).toContain('still running after job-timeout');
    expect(result.summary).toContain('100 row(s) were not sent after it');
    expect(appliedRefs()).toEqual([]);
  });

  it.each([
    ['ended well: its commit is recorded and nothing is sent again', 'ok' as const],
    ['failed: it is forgotten and its rows are sent again', 'failed' as const],
  ])('asks first about a V2 job an earlier apply left queued; when it %s', async (_name, outcome) => {
    const added = Array.from({ length: 1100 }, (_, i) => `n${String(i).padStart(4, '0')},New ${i},2026-02-01`);
    const grown = `${startCsv}${added.join('\n')}\n`;
    environment.github.files.set(`${START}:customers.csv`, startCsv);
    environment.github.appliedEverywhere = START;
    // Two V2 jobs: the first ends at once, the second (100 rows) is still running when job-timeout ends the wait.
    dengage.jobDurations.push(0, 60_000);
    const first = await pushCommit(grown, FIRST, START, { 'job-timeout': '2s' });
    expect(first.exitCode).toBe(0);
    expect(JSON.parse(first.outputs['import-jobs'] ?? '[]')).toEqual([
      expect.objectContaining({ status: 'Queued', updated: 1000, queued: 100 }),
    ]);
    expect(first.summary).toContain('⏳ queued, not confirmed');
    expect(first.stdout).toContain(
      '::warning::customers: not recorded as applied: D·engage Data Space tables took the rows but has not confirmed what it did with them. The next run asks about the queued job(s) first',
    );
    const queued = appliedRefs().filter(([ref]) => ref.includes('/queued/'));
    expect(queued.map(([, sha]) => sha)).toEqual([FIRST]);
    expect(appliedRefs().filter(([ref]) => ref.includes('/applied/'))).toEqual([]);

    dengage.finishJobs(outcome);
    const upsertsBefore = dengage.requests.filter((r) => r.path.endsWith('/upsert_v2')).length;
    // The next push changes nothing in the file.
    const second = await pushCommit(grown, SECOND, FIRST);
    expect(second.exitCode).toBe(0);
    const jobId = queued[0]?.[0].split('/').pop() as string;
    const sent = dengage.requests.filter((r) => r.path.endsWith('/upsert_v2')).length - upsertsBefore;
    if (outcome === 'ok') {
      expect(second.stdout).toContain(`customers: job ${jobId}, queued by the apply of bbbbbbb: it has ended well`);
      expect(second.stdout).toContain(
        'customers: recorded bbbbbbb as the commit last applied (its queued jobs ended well)',
      );
      expect(second.outputs).toMatchObject({ changed: 'false' });
      expect(sent).toBe(0);
    } else {
      expect(second.stdout).toContain(`customers: job ${jobId}, queued by the apply of bbbbbbb: it failed`);
      expect(second.outputs).toMatchObject({ 'rows-added': '1100' });
      expect(sent).toBe(2);
    }
    expect(dengage.rowsOf('customers')).toHaveLength(1103);
    expect(appliedRefs().filter(([ref]) => ref.includes('/queued/'))).toEqual([]);
    expect(
      appliedRefs()
        .filter(([ref]) => ref.includes('/applied/'))
        .map(([, sha]) => sha),
    ).toEqual([SECOND]);
  });

  it('refuses a first replace into a table holding rows the file lacks, counting the table as it is, never as empty', async () => {
    // Nothing recorded and no earlier version of the file: D·engage's own count says the table holds 3 rows.
    const result = await pushCommit('contact_key,name,joined\nc1,Ann,2026-01-01\n', FIRST, '0'.repeat(40));
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain("Rows in the table: 3 (the vendor's count; its rows cannot be read)");
    expect(result.summary).not.toContain('Live rows: 0');
    expect(result.summary).toContain(
      "import-mode is replace, but the table holds 3 row(s): after this apply at least 3 would remain, more than the file's 1",
    );
    expect(dengage.requests.filter((r) => r.path.startsWith('/rest/dataspace/sync'))).toEqual([]);
    // Appending is what it can do: the row is upserted, the others stay, and the run says how many the table holds.
    const append = await pushCommit('contact_key,name,joined\nc1,Annie,2026-01-01\n', SECOND, '0'.repeat(40), {
      'import-mode': 'append',
    });
    expect(append.exitCode).toBe(0);
    expect(dengage.rowsOf('customers').map((r) => r.name)).toEqual(['Annie', 'Bob', 'Gone']);
  });

  it('never appends the whole file again into a table without a primary key; with the last apply recorded, adds only the new rows', async () => {
    dengage.addTable('events', {
      columns: ['contact_key', 'name', 'joined'],
      rows: new Map([
        ['appended-a', { contact_key: 'k1', name: 'One', joined: '2026-01-01' }],
        ['appended-b', { contact_key: 'k2', name: 'Two', joined: '2026-01-02' }],
      ]),
    });
    const before = 'contact_key,name,joined\nk1,One,2026-01-01\nk2,Two,2026-01-02\n';
    const csv = `${before}k3,Three,2026-01-03\n`;
    environment.github.files.set(`${START}:customers.csv`, before);
    // No record (the token could not write it last time): the whole file would go, and be appended beside k1 k2.
    const refused = await pushCommit(csv, FIRST, START, { table: 'events' });
    expect(refused.exitCode).toBe(1);
    expect(refused.summary).toContain(
      "this table has no primary key this action can see, and D·engage Data Space tables append what they are sent: the file's 3 row(s) would be added again beside the 2 row(s) the table holds",
    );
    expect(dengage.rowsOf('events').map((r) => r.contact_key)).toEqual(['k1', 'k2']);
    // The last apply recorded: only k3 is new, and only k3 is sent.
    environment.github.appliedEverywhere = START;
    const added = await pushCommit(csv, SECOND, START, { table: 'events' });
    expect(added.exitCode).toBe(0);
    expect(dengage.rowsOf('events').map((r) => r.contact_key)).toEqual(['k1', 'k2', 'k3']);
  });

  it('does not trust a record someone pushed to a commit outside the branch history: it falls back, sending the whole file', async () => {
    environment.github.files.set(`${START}:customers.csv`, startCsv);
    // An attacker's own commit (any push right) holding c2's rename, recorded as applied: comparing with it would skip
    // the reviewed rename for good. It is a side branch of START, not an ancestor of what is applied.
    const FORGED = 'd'.repeat(40);
    environment.github.commitParents.set(FORGED, [START]);
    environment.github.files.set(`${FORGED}:customers.csv`, startCsv.replace('c2,Bob,', 'c2,Bobby,'));
    environment.github.appliedEverywhere = FORGED;
    const result = await pushCommit(startCsv.replace('c2,Bob,', 'c2,Bobby,'), FIRST, START);
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain(
      "customers: no applied version (the recorded commit ddddddd is not in the history of bbbbbbb (GitHub's compare says diverged)",
    );
    // Compared with START instead: the rename is sent (with every row of the file), never skipped.
    expect(dengage.rowsOf('customers').find((r) => r.contact_key === 'c2')?.name).toBe('Bobby');
  });

  it('warns, naming the permission, when the token cannot write the record; the apply itself succeeds', async () => {
    environment.github.files.set(`${START}:customers.csv`, startCsv);
    environment.github.appliedEverywhere = START;
    environment.github.readOnly = true;
    const result = await pushCommit(startCsv.replace('c2,Bob,', 'c2,Bobby,'), FIRST, START);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/::warning::customers: the applied commit could not be recorded .*contents: write/);
    expect(appliedRefs()).toEqual([]);
  });
});
