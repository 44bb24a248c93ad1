import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import { GenesysProvider } from '../../src/providers/genesys/index.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { ProviderError } from '../../src/providers/provider.ts';
import { credentials, startEmulator } from '../support/emulator.ts';

let emulator: GenesysEmulator;
let http: HttpClient;
let provider: GenesysProvider;
const logs: string[] = [];

beforeEach(async () => {
  emulator = await startEmulator();
  http = new HttpClient({ random: () => 0 });
  logs.length = 0;
  provider = new GenesysProvider(
    {
      apiUrl: emulator.apiUrl,
      loginUrl: emulator.apiUrl,
      ...credentials,
      pollMs: { first: 10, longest: 50 },
      log: (m) => logs.push(m),
    },
    http,
  );
});

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
    await expect(provider.getTable('holidays')).rejects.toThrow('names differ in case only: "Holidays"');
    emulator.addTable({ name: 'Holidays', properties: { key: { title: 'Key', type: 'string' } } });
    await expect(provider.getTable('Holidays')).rejects.toThrow(
      /2 Genesys data tables are named "Holidays" \(ids .*\); set table to the id/,
    );
    await expect(provider.getTable('00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      'No Genesys data table has the id',
    );
  });

  it('reads every live row through one export job, or page by page when export is forbidden', async () => {
    const table = await provider.getTable('Holidays');
    const exported = await provider.readRows(table);
    expect(exported.source).toBe('export job');
    expect(exported.records).toHaveLength(8);
    expect(exported.records.find((r) => r.key === 'Christmas Day')).toMatchObject({ Surcharge: '1.5', Closed: 'true' });

    emulator.faults.exportForbidden = true;
    const paged = await provider.readRows(table);
    expect(paged.source).toBe('rows API, page by page');
    expect(paged.records.find((r) => r.key === 'Christmas Day')).toMatchObject({ Surcharge: 1.5, Closed: true });
    expect(logs.join('\n')).toContain('not permitted');
    expect(emulator.requests.some((r) => r.path.endsWith('/rows') && r.method === 'GET')).toBe(true);
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

  it('writes the import file with the table titles as header, key first', async () => {
    const table = await provider.getTable('Holidays');
    const csv = provider.importCsv(table, sampleRows);
    expect(csv.split('\n')[0]).toBe('Holiday,Date,Closed,Greeting,Callback Hours,Surcharge');
    expect(csv).toContain('"hi, ""you"""');
  });

  it('appends without deleting', async () => {
    const table = await provider.getTable('Holidays');
    const result = await provider.waitForJob(table, await provider.startImport(table, sampleRows, 'append'), 10_000);
    expect(result).toMatchObject({ updated: 2, deleted: 0 });
    expect(emulator.rowsOf('Holidays')).toHaveLength(10);
  });

  it('waits out a 429 with Retry-After: 2', async () => {
    emulator.faults.rateLimit = { count: 1, retryAfter: '2' };
    const started = Date.now();
    const table = await provider.getTable('Holidays');
    expect(table.name).toBe('Holidays');
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
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
    expect(error.message).toContain('genesys-client-secret');
    expect(error.message).not.toContain('not-the-secret');
  });
});
