import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import { repoRoot } from '../../scripts/run-action.ts';
import { importStarts as importStartsOf, runSample, useE2eEnvironment } from '../support/e2e.ts';
import type { FakeGitHub } from '../support/fake-github.ts';
import { pullRequestEnv, pushEnv } from '../support/github-env.ts';

// The action applying safely: the reviewed plan, a running import, snapshots and restore, export, many tables.
const environment = useE2eEnvironment();
let emulator: GenesysEmulator;
let github: FakeGitHub;
let dir: string;
beforeEach(() => {
  ({ emulator, github, dir } = environment);
});

const run = (inputs: Record<string, string>, env: Record<string, string> = {}, workspace?: string) =>
  runSample(emulator, inputs, { env, ...(workspace ? { workspace } : {}) });
const importStarts = () => importStartsOf(emulator);

describe('apply after review', () => {
  it('applies the plan that was reviewed in the pull request, and says so', async () => {
    expect((await run({}, await pullRequestEnv(dir, github))).exitCode).toBe(0);
    const apply = await run({ mode: 'apply' }, pushEnv(github));
    expect(apply.exitCode).toBe(0);
    expect(apply.stdout).toContain('::notice::This is the plan reviewed at `aaaaaaa` (pull request #7)');
    expect(importStarts()).toHaveLength(1);
  });

  it('refuses a plan that drifted after the review (someone edited the table), unless on-drift: apply', async () => {
    expect((await run({}, await pullRequestEnv(dir, github))).exitCode).toBe(0);
    emulator.tableByName('Holidays').rows.set('Boxing Day', { key: 'Boxing Day', Date: '2027-12-26', Closed: true });
    const before = emulator.rowsOf('Holidays');
    const refused = await run({ mode: 'apply' }, pushEnv(github));
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('The plan differs from the one reviewed at aaaaaaa (pull request #7)');
    expect(refused.stdout).toContain('Holidays: reviewed 1 to add, 2 to change, 1 to delete; now 1, 2, 2');
    expect(refused.summary).toContain('## Apply refused');
    expect(emulator.rowsOf('Holidays')).toEqual(before);
    expect(importStarts()).toEqual([]);

    const forced = await run({ mode: 'apply', 'on-drift': 'apply', 'max-deletes': '50%' }, pushEnv(github));
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toContain('applying it anyway (on-drift: apply)');
    expect(emulator.rowsOf('Holidays').map((r) => r.key)).not.toContain('Boxing Day');
  });

  it('applies the fresh plan on a direct push with no pull request, saying no reviewed plan was found', async () => {
    const apply = await run({ mode: 'apply' }, pushEnv(github, false));
    expect(apply.exitCode).toBe(0);
    expect(apply.stdout).toContain('::notice::No reviewed plan was found (no merged pull request for commit ddddddd)');
  });

  it('waits for an import already running into the table, plans again, and never starts a second one alongside', async () => {
    const table = emulator.tableByName('Holidays');
    // Someone else's import: uploaded and processing for a while; it adds a row.
    emulator.faults.jobPolls = 3;
    const other = await fetch(`${emulator.apiUrl}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('local-client:local-secret').toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    }).then((r) => r.json() as Promise<{ access_token: string }>);
    const job = await fetch(`${emulator.apiUrl}/api/v2/flows/datatables/${table.id}/import/csv/jobs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${other.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ importMode: 'Append' }),
    }).then((r) => r.json() as Promise<{ id: string; uploadURI: string; uploadHeaders: Record<string, string> }>);
    await fetch(job.uploadURI, {
      method: 'PUT',
      headers: job.uploadHeaders,
      body: 'Holiday,Date\nBoxing Day,2027-12-26\n',
    });
    emulator.faults.jobPolls = 2;

    const refused = await run({ mode: 'apply' }, pushEnv(github, false));
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(`import job ${job.id} is already running; waiting for it before planning again`);
    expect(refused.stdout).toContain(`another import (job ${job.id}) changed the table while this run waited`);
    expect(emulator.jobs.get(job.id)?.status).toBe('Succeeded');
    expect(importStarts()).toHaveLength(1); // only the other one

    const again = await run({ mode: 'apply', 'max-deletes': '50%' }, pushEnv(github, false));
    expect(again.exitCode).toBe(0);
    expect(importStarts()).toHaveLength(2);
  });
});

describe('snapshots, restore and export', () => {
  it('saves the live table before the import; applying the snapshot restores it exactly', async () => {
    const original = emulator.rowsOf('Holidays');
    const runnerTemp = path.join(dir, 'runner-temp');
    await mkdir(runnerTemp);
    const apply = await run({ mode: 'apply' }, { ...pushEnv(github, false), RUNNER_TEMP: runnerTemp });
    expect(apply.exitCode).toBe(0);
    expect(emulator.rowsOf('Holidays')).not.toEqual(original);
    const snapshotDir = apply.outputs['snapshot-dir'] ?? '';
    const snapshot = await readFile(path.join(snapshotDir, 'Holidays.csv'), 'utf8');
    expect(snapshot.split('\n')[0]).toBe('Holiday,Date,Closed,Greeting,Callback Hours,Surcharge');
    expect(apply.stdout).toContain(
      'Snapshots not uploaded as an artifact (upload-snapshots: auto, and the repository is public or its visibility unknown)',
    );

    const ws = path.join(dir, 'restore');
    await mkdir(ws);
    await writeFile(path.join(ws, 'Holidays.csv'), snapshot);
    const restore = await run(
      { mode: 'apply', file: 'Holidays.csv', 'import-mode': 'replace' },
      pushEnv(github, false),
      ws,
    );
    expect(restore.exitCode).toBe(0);
    const restored = emulator.rowsOf('Holidays');
    // Fields without a default come back as written in the snapshot (0 / "" / false), the same to every plan.
    const replan = await run({ mode: 'plan', file: 'Holidays.csv' }, {}, ws);
    expect(replan.outputs.changed).toBe('false');
    expect(restored.map((r) => r.key)).toEqual(original.map((r) => r.key));
    for (const row of original) expect(restored.find((r) => r.key === row.key)).toMatchObject(row);
  });

  it('exports a table into a new file that a later plan finds unchanged', async () => {
    const ws = path.join(dir, 'adopt');
    await mkdir(ws);
    const exported = await run({ mode: 'export', file: 'tables/Holidays.csv' }, {}, ws);
    expect(exported.exitCode).toBe(0);
    expect(exported.summary).toContain(
      '| Holidays | <code>tables/Holidays.csv</code> | <code>tables/Holidays.schema.json</code> | 8 |',
    );
    const text = await readFile(path.join(ws, 'tables', 'Holidays.csv'), 'utf8');
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Holiday,Date,Closed,Greeting,Callback Hours,Surcharge',
      "Christmas Day,2027-12-25,true,Merry Christmas! We're closed.,0,1.5",
      'Columbus Day,2027-10-11,false,,8,0',
    ]);
    const plan = await run({ mode: 'plan', file: 'tables/Holidays.csv' }, {}, ws);
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs).toMatchObject({ changed: 'false', 'rows-unchanged': '8' });
  });
});

describe('many tables from a config file', () => {
  it('plans every table before applying any, and applies each changed one', async () => {
    emulator.addTable({
      name: 'Queues',
      properties: { key: { title: 'Queue', type: 'string' }, Priority: { title: 'Priority', type: 'integer' } },
      rows: [{ key: 'sales', Priority: 1 }],
    });
    const ws = path.join(dir, 'many');
    await mkdir(path.join(ws, 'tables'), { recursive: true });
    await writeFile(path.join(ws, 'tables', 'Queues.csv'), 'Queue,Priority\nsales,2\nsupport,1\n');
    await writeFile(
      path.join(ws, 'tables', 'Holidays.csv'),
      await readFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), 'utf8'),
    );
    await writeFile(
      path.join(ws, 'datatables.yml'),
      'import-mode: replace\nmax-deletes: 25%\ntables:\n  - file: tables/*.csv\n',
    );
    const result = await run({ mode: 'apply', file: '', config: 'datatables.yml' }, pushEnv(github, false), ws);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs['import-jobs'] ?? '[]').map((j: { table: string }) => j.table)).toEqual([
      'Holidays',
      'Queues',
    ]);
    expect(emulator.rowsOf('Queues')).toEqual([
      { key: 'sales', Priority: 2 },
      { key: 'support', Priority: 1 },
    ]);
    const firstImport = emulator.requests.findIndex((r) => r.path.endsWith('/import/csv/jobs'));
    // Every table read (rows API or export) before the first import starts; after its import, each is read again to
    // check it equals its file.
    const reads = (from: number, to: number) =>
      new Set(
        emulator.requests
          .slice(from, to)
          .filter((r) => /\/(rows|export\/jobs)$/.test(r.path))
          .map((r) => r.path.split('/')[5]),
      );
    expect(firstImport).toBeGreaterThan(0);
    expect(reads(0, firstImport).size).toBe(2);
    expect(reads(firstImport, emulator.requests.length).size).toBe(2);
  });

  it('names the config line of a mistake', async () => {
    const ws = path.join(dir, 'bad-config');
    await mkdir(ws);
    await writeFile(path.join(ws, 'datatables.yml'), 'tables:\n  - file: a.csv\n    tabel: A\n');
    const result = await run({ file: '', config: 'datatables.yml' }, {}, ws);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::datatables.yml:3: unknown key "tabel"; did you mean "table"?');
  });
});
