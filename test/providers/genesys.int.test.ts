import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import { GenesysProvider } from '../../src/providers/genesys/index.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { ProviderError } from '../../src/providers/provider.ts';
import { credentials, sampleSeed, startEmulator } from '../support/emulator.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { liveObjects } from '../support/live.ts';

let emulator: GenesysEmulator;
let http: HttpClient;
let provider: GenesysProvider;
const logs: string[] = [];

beforeEach(async () => {
  emulator = await startEmulator();
  http = new HttpClient({ random: () => 0 });
  logs.length = 0;
  provider = genesysOn(http);
});

function genesysOn(client: HttpClient): GenesysProvider {
  return new GenesysProvider(
    {
      apiUrl: emulator.apiUrl,
      loginUrl: emulator.apiUrl,
      ...credentials,
      pollMs: { first: 10, longest: 50 },
      // These tests are of the export job's wire format; the rows API has tests of its own.
      rowsApiMaxPages: 0,
      log: (m) => logs.push(m),
    },
    client,
  );
}

afterEach(async () => {
  await http.close();
  await emulator.stop();
});

const sampleRows = [
  { key: 'A', Date: '2027-01-01', Closed: true, Greeting: 'hi, "you"', 'Callback Hours': 2, Surcharge: 1.5 },
  { key: 'B', Date: '2027-01-02', Closed: false, Greeting: 'line1\nline2', 'Callback Hours': 0, Surcharge: 0 },
];

describe('GenesysProvider against the emulator', () => {
  it('finds a table by exact name or by id, with its schema in display order', async () => {
    const byName = await provider.getTable('Holidays');
    expect(byName.schema?.fields.map((f) => f.title)).toEqual([
      'Holiday',
      'Date',
      'Closed',
      'Greeting',
      'Callback Hours',
      'Surcharge',
    ]);
    expect(byName.schema?.fields[0]).toMatchObject({ name: 'key', isKey: true, type: 'string' });
    expect(byName.schema?.fields[2]).toMatchObject({ type: 'boolean', default: false });
    const byId = await provider.getTable(byName.id);
    expect(byId).toEqual(byName);
  });

  it('fails clearly on no match, a case-only match, and two tables with the same name', async () => {
    await expect(provider.getTable('Nope')).rejects.toThrow('No Genesys data table is named "Nope"');
    await expect(provider.getTable('holidays')).rejects.toThrow('did you mean "Holidays"?');
    emulator.addTable({ name: 'Holidays', properties: { key: { title: 'Key', type: 'string' } } });
    await expect(provider.getTable('Holidays')).rejects.toThrow(
      /2 Genesys data tables are named "Holidays" \(ids .*\); set table to the id/,
    );
    await expect(provider.getTable('00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      'No Genesys data table has the id',
    );
  });

  it('reads the export through the Downloads API: a signed URL fetched without the token', async () => {
    const table = await provider.getTable('Holidays');
    const exported = await provider.readRows(table);
    expect(exported.source).toBe('export job');
    expect(exported.records).toHaveLength(8);
    expect(liveObjects(exported.records, table.schema).find((r) => r.key === 'Christmas Day')).toMatchObject({
      Surcharge: '1.5',
      Closed: 'true',
    });

    const start = emulator.requests.find((r) => r.method === 'POST' && r.path.endsWith('/export/jobs'));
    expect(start?.bodyBytes).toBe(0); // as the SDK sends it
    const downloads = emulator.requests.filter((r) => r.path.startsWith('/api/v2/downloads/'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.query).toBe('issueRedirect=false');
    expect(downloads[0]?.authorization).toMatch(/^Bearer /);
    const storage = emulator.requests.filter((r) => r.host === 'storage');
    expect(storage.map((r) => [r.method, r.status, r.authorization])).toEqual([['GET', 200, undefined]]);
    expect(logs.join('\n')).toContain(
      'export read through a signed URL from the Downloads API; its header uses titles',
    );
  });

  it('follows a 303 from the Downloads API and a downloadURI on the apps host, never taking the token to storage', async () => {
    await emulator.stop();
    emulator = await startEmulator({ ...sampleSeed(), downloadHost: 'apps', faults: { ignoreIssueRedirect: true } });
    provider = new GenesysProvider(
      {
        apiUrl: emulator.apiUrl,
        loginUrl: emulator.apiUrl,
        ...credentials,
        rowsApiMaxPages: 0,
        log: (m) => logs.push(m),
      },
      http,
    );
    const table = await provider.getTable('Holidays');
    const exported = await provider.readRows(table);
    expect(exported.records).toHaveLength(8);
    expect(emulator.requests.find((r) => r.path.includes('/downloads/'))?.status).toBe(303);
    expect(emulator.requests.filter((r) => r.host === 'storage').map((r) => r.authorization)).toEqual([undefined]);
    expect(emulator.requests.filter((r) => r.host === 'apps')).toEqual([]); // only the id of the apps URL is used
    expect(logs.join('\n')).toContain('a 303 redirect from the Downloads API');
  });

  it('reads an export whose header uses field ids, and imports with exactly that header', async () => {
    emulator.addTable({
      name: 'Queues',
      exportHeader: 'ids',
      properties: {
        key: { title: 'Queue name', type: 'string' },
        open: { title: 'Is it open?', type: 'boolean' },
        slots: { title: 'Agents', type: 'integer' },
      },
      rows: [{ key: 'Sales', open: true, slots: 4 }],
    });
    const table = await provider.getTable('Queues');
    expect((await provider.importCsv(table, [])).text.trim()).toBe('key,open,slots'); // no export read yet: field ids
    const live = await provider.readRows(table);
    expect(liveObjects(live.records, table.schema)).toEqual([{ key: 'Sales', open: 'true', slots: '4' }]);
    expect(logs.join('\n')).toContain('its header uses field ids');
    const job = await provider.startImport(table, [{ key: 'Sales', open: false, slots: 5 }], 'replace');
    expect((await provider.waitForJob(table, job, 10_000)).succeeded).toBe(true);
    expect(emulator.rowsOf('Queues')).toEqual([{ key: 'Sales', open: false, slots: 5 }]);
  });

  it('refuses an export column that matches no field, naming it and the table', async () => {
    const table = await provider.getTable('Holidays');
    // A column added in the UI after the schema was read: the export has it, the schema in hand does not.
    emulator.tableByName('Holidays').schema.properties.Region = { title: 'Region', type: 'string', displayOrder: 9 };
    await expect(provider.readRows(table)).rejects.toThrow(
      /The export of table "Holidays" cannot be read: its column "Region" is neither a field id nor a title/,
    );
  });

  it('is refused the export by a client without permission, naming the permissions, and does not page instead', async () => {
    emulator.faults.exportForbidden = true;
    const table = await provider.getTable('Holidays');
    await expect(provider.readRows(table)).rejects.toThrow(
      "The OAuth client's role needs architect:datatable:view or architect:datatableRow:view",
    );
    expect(emulator.requests.some((r) => r.path.endsWith('/rows'))).toBe(false);
  });

  it('retries a 503 on the job-start POSTs and waits out a job that is not visible yet', async () => {
    emulator.faults.jobStartErrors = { count: 1 };
    emulator.faults.jobNotFoundPolls = 2;
    const table = await provider.getTable('Holidays');
    expect((await provider.readRows(table)).records).toHaveLength(8);
    emulator.faults.jobStartErrors = { count: 1 };
    const job = await provider.startImport(table, sampleRows, 'replace');
    expect((await provider.waitForJob(table, job, 10_000)).succeeded).toBe(true);
    const starts = emulator.requests.filter((r) => r.method === 'POST' && /\/(export|import\/csv)\/jobs$/.test(r.path));
    expect(starts.map((r) => r.status)).toEqual([503, 200, 503, 200]);
    expect(emulator.requests.filter((r) => r.status === 404)).toHaveLength(4);
  });

  it('uploads to uploadURI with every uploadHeaders header and no bearer token, then reports the job', async () => {
    const table = await provider.getTable('Holidays');
    const job = await provider.startImport(table, sampleRows, 'replace');
    const result = await provider.waitForJob(table, job, 10_000);
    expect(result).toMatchObject({
      jobId: job.id,
      status: 'Succeeded',
      succeeded: true,
      updated: 2,
      deleted: 8,
      failed: 0,
    });

    const uploads = emulator.requests.filter((r) => r.host === 'storage');
    expect(uploads).toHaveLength(1);
    const upload = uploads[0];
    const allocated = emulator.jobs.get(job.id)?.uploadHeaders ?? {};
    expect(Object.keys(allocated).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(allocated)) expect(upload?.headers[name]).toBe(value);
    expect(upload?.authorization).toBeUndefined();
    expect(upload?.method).toBe('PUT');
    expect(emulator.rowsOf('Holidays')).toEqual(sampleRows);
    expect(emulator.deprecatedImportCalls()).toEqual([]);
    expect(emulator.requests.filter((r) => r.path.endsWith('/import/csv/jobs'))).toHaveLength(1);
  });

  it("writes the import file with the header of the table's own export, key first", async () => {
    const table = await provider.getTable('Holidays');
    await provider.readRows(table);
    const { text: csv } = await provider.importCsv(table, sampleRows);
    expect(csv.split('\n')[0]).toBe('Holiday,Date,Closed,Greeting,Callback Hours,Surcharge');
    expect(csv).toContain('"hi, ""you"""');
  });

  it("sends the import file from a file of the run's folder, with its length, whole again after a reset, leaving nothing", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'genesys-upload-'));
    try {
      const inMemory = await provider.importCsv(await provider.getTable('Holidays'), sampleRows);
      const fromFile = new GenesysProvider(
        {
          apiUrl: emulator.apiUrl,
          loginUrl: emulator.apiUrl,
          ...credentials,
          pollMs: { first: 10, longest: 50 },
          rowsFolder: folder,
        },
        http,
      );
      const table = await fromFile.getTable('Holidays');
      emulator.faults.resetUploads = { count: 1 };
      const result = await fromFile.waitForJob(table, await fromFile.startImport(table, sampleRows, 'replace'), 10_000);
      expect(result).toMatchObject({ succeeded: true, updated: 2 });
      expect(emulator.rowsOf('Holidays')).toEqual(sampleRows);
      const puts = emulator.requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/uploads/'));
      // The reset attempt's body was cut; the one that got an answer carried the whole file, by its length.
      const answered = puts.filter((r) => r.status !== undefined);
      expect(answered.map((r) => [r.bodyBytes, r.headers['content-length'], r.headers['transfer-encoding']])).toEqual([
        [Buffer.byteLength(inMemory.text), String(Buffer.byteLength(inMemory.text)), undefined],
      ]);
      expect(await readdir(folder)).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('appends without deleting', async () => {
    const table = await provider.getTable('Holidays');
    const result = await provider.waitForJob(table, await provider.startImport(table, sampleRows, 'append'), 10_000);
    expect(result).toMatchObject({ updated: 2, deleted: 0 });
    expect(emulator.rowsOf('Holidays')).toHaveLength(10);
  });

  it('waits out a 429 with Retry-After: 2', async () => {
    emulator.faults.rateLimit = { count: 1, retryAfter: '2' };
    // The wait on a clock the test drives: what is slept, not how long the test took.
    const clock = new FakeClock();
    const started = clock.now();
    await http.close();
    http = new HttpClient({ random: () => 0, clock });
    const table = await genesysOn(http).getTable('Holidays');
    expect(table.name).toBe('Holidays');
    expect(clock.now() - started).toBeGreaterThanOrEqual(2000);
    expect(emulator.requests.filter((r) => r.status === 429)).toHaveLength(1);
  });

  it('logs in again once when a token is revoked mid-run, and fails clearly if that does not help', async () => {
    const table = await provider.getTable('Holidays');
    emulator.faults.revokeTokens = true;
    await provider.readRows(table);
    expect(emulator.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(2);

    emulator.faults.unauthorized = { count: 2 };
    const error = await provider.getTable('Holidays').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toContain(
      'Genesys rejected a fresh access token while trying to find the data table named "Holidays" (401)',
    );
    expect(emulator.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(3);
  });

  it('reports a job whose rows failed as not succeeded, with the count and the contextId', async () => {
    emulator.faults.failRows = ['B'];
    const table = await provider.getTable('Holidays');
    const result = await provider.waitForJob(table, await provider.startImport(table, sampleRows, 'replace'), 10_000);
    expect(result).toMatchObject({ status: 'Succeeded', succeeded: false, failed: 1, updated: 1 });
    expect(result.error?.contextId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives up on a job after the job timeout, saying it may still finish', async () => {
    emulator.faults.jobPolls = 1000;
    const table = await provider.getTable('Holidays');
    const job = await provider.startImport(table, sampleRows, 'replace');
    await expect(provider.waitForJob(table, job, 200)).rejects.toThrow(
      /still "Processing" after 0 s \(job-timeout\); it may still finish/,
    );
  });

  it('never sends the secret or the token anywhere but the login and API hosts, and counts requests', async () => {
    const table = await provider.getTable('Holidays');
    await provider.readRows(table);
    expect(provider.requestCount()).toBe(emulator.requests.length);
    const login = emulator.requests.filter((r) => r.path === '/oauth/token');
    expect(login[0]?.authorization).toBe(`Basic ${Buffer.from('local-client:local-secret').toString('base64')}`);
  });

  it('fails login with a message naming the inputs to check, without the secret', async () => {
    const wrong = new GenesysProvider(
      { apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, clientId: 'local-client', clientSecret: 'not-the-secret' },
      http,
    );
    const error = (await wrong.getTable('Holidays').catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('Genesys login');
    expect(error.message).toContain('invalid_client: client not found'); // Genesys' `description`
    expect(error.message).toContain('genesys-client-secret');
    expect(error.message).not.toContain('not-the-secret');
  });
});
