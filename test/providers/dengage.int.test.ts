import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDengageDateTime, DengageProvider, primaryKeyOf } from '../../src/providers/dengage/index.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { FakeDengage } from '../support/fake-dengage.ts';

let dengage: FakeDengage;
let http: HttpClient;
const options = (url: string) => ({
  apiUrl: url,
  userKey: 'api-user-key',
  password: 'dengage-pass',
  minIntervalMs: 1200,
});

beforeEach(async () => {
  dengage = await new FakeDengage(1200).start();
  dengage.addTable('customers', {
    columns: ['contact_key', 'name', 'joined'],
    primaryKey: 'contact_key',
    dateColumns: ['joined'],
    rows: new Map([['c9', { contact_key: 'c9', name: 'Gone', joined: '2026-01-09' }]]),
  });
  http = new HttpClient({ random: () => 0 });
});
afterEach(async () => {
  await http.close();
  await dengage.stop();
});

describe('DengageProvider against a local Data Space API', () => {
  it('logs in with userkey, finds the table and its primary key, upserts and deletes, and reports what each did', async () => {
    const provider = new DengageProvider(options(`${dengage.url}/rest/`), http);
    const table = await provider.getTable('customers');
    expect(table).toMatchObject({ name: 'customers', keyColumn: 'contact_key' });
    expect(table.updatesRefused).toBeUndefined();
    const job = await provider.applyChanges(table, {
      upsert: [{ contact_key: 'c1', name: 'Ann; Lee', joined: '2026-01-02 10:00' }],
      delete: ['c9'],
    });
    expect(await provider.waitForJob(table, job, 10_000)).toMatchObject({
      status: 'Completed',
      succeeded: true,
      updated: 1,
      deleted: 1,
      failed: 0,
    });
    expect(dengage.rowsOf('customers')).toEqual([{ contact_key: 'c1', name: 'Ann; Lee', joined: '2026-01-02 10:00' }]);
    const login = dengage.requests.find((r) => r.path === '/rest/login');
    expect(login?.body).toEqual({ userkey: 'api-user-key', password: 'dengage-pass' });
    expect(dengage.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(dengage.requests.find((r) => r.path === '/rest/dataspace/sync/delete')?.method).toBe('DELETE');
  });

  it('reads a token inside the data envelope too', async () => {
    dengage.loginEnvelope = 'data';
    const provider = new DengageProvider(options(dengage.url), http);
    expect((await provider.getTable('customers')).keyColumn).toBe('contact_key');
  });

  it('reports rows D·engage refused inside a 200 as failed, with its error list', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    const job = await provider.applyChanges(table, {
      upsert: [
        { contact_key: 'c1', name: 'A', joined: '2026-01-02' },
        { contact_key: 'c2', name: 'B', joined: 'soon' },
      ],
      delete: [],
    });
    expect(await provider.waitForJob(table, job, 10_000)).toMatchObject({
      status: 'CompletedWithErrors',
      succeeded: false,
      updated: 1,
      failed: 1,
      error: { message: 'row 2: joined is not a valid date' },
    });
  });

  it('sends at most 1,000 rows a call, one upsert a minute per table, without drawing a 429', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    const rows = Array.from({ length: 1001 }, (_, i) => ({ contact_key: `k${i}`, name: 'x', joined: '' }));
    const started = Date.now();
    const job = await provider.applyChanges(table, { upsert: rows, delete: [] });
    expect(await provider.waitForJob(table, job, 10_000)).toMatchObject({ updated: 1001, succeeded: true });
    const upserts = dengage.requests.filter((r) => r.path === '/rest/dataspace/sync/upsert');
    expect(upserts.map((r) => ((r.body as { rows: unknown[] }).rows ?? []).length)).toEqual([1000, 1]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1100);
    expect(dengage.requests.filter((r) => r.status === 429)).toEqual([]);
  });

  it('marks a table without a primary key as one whose rows cannot be changed or deleted', async () => {
    dengage.addTable('events', { columns: ['name', 'at'], rows: new Map() });
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('events');
    expect(table.keyColumn).toBeUndefined();
    expect(table.updatesRefused).toContain('has no primary key, so D·engage appends every row sent to it');
  });

  it('explains an empty 403 as the account IP allowlist, not as a wrong password', async () => {
    dengage.ipAllowlist = true;
    const provider = new DengageProvider(options(dengage.url), http);
    await expect(provider.getTable('customers')).rejects.toThrow(
      'the account accepts API calls only from allowlisted IP addresses. GitHub-hosted runners have no fixed address',
    );
  });

  it('fails login clearly, naming the inputs, without the password', async () => {
    const provider = new DengageProvider({ ...options(dengage.url), password: 'not-the-password' }, http);
    const error = (await provider.getTable('customers').catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('D·engage login');
    expect(error.message).toContain('Not-authenticated. Please re-login.');
    expect(error.message).toContain('dengage-user-key');
    expect(error.message).not.toContain('not-the-password');
  });

  it('names a missing table, and a table name that differs only in case', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    await expect(provider.getTable('Customers')).rejects.toThrow('names differ in case only: customers');
  });
});

describe('the D·engage table definition', () => {
  it('reads the primary key under the names it may use, and says when it lists no columns', () => {
    expect(primaryKeyOf({ columns: [{ name: 'a', isPrimary: true }, { name: 'b' }] })).toEqual(['a']);
    expect(primaryKeyOf({ columns: [{ columnName: 'k', isPrimaryKey: true }] })).toEqual(['k']);
    expect(primaryKeyOf({ columns: [] })).toEqual([]);
    expect(primaryKeyOf({})).toBeUndefined();
  });
});

describe('checkDengageDateTime', () => {
  it('accepts the listed forms and explains the others', () => {
    for (const good of [
      '2026-01-02',
      '2026-01-02 10:00',
      '2026-01-02T10:00:05',
      '2026-01-02 10:00:05.123',
      '2026-01-02T10:00:05Z',
      '2026-01-02T10:00:05.123Z',
      'not a date',
      '',
    ]) {
      expect(checkDengageDateTime(good)).toBeUndefined();
    }
    for (const bad of [
      '2026/01/02',
      '2026-1-2',
      '2026-01-02 10',
      '2026-01-02T10:00Z',
      '2026-01-02 10:00:05Z',
      '2026-01-02 10:00:05.1234',
    ]) {
      expect(checkDengageDateTime(bad)).toMatch(/yyyy-MM-dd/);
    }
  });
});
