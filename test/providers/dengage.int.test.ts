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
      key: 'contact_key',
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
      key: 'contact_key',
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

  it('sends up to 1,000 changed rows through the sync upsert, and more through one async upsert of the whole change', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    const small = Array.from({ length: 1000 }, (_, i) => ({ contact_key: `k${i}`, name: 'x', joined: '' }));
    const first = await provider.applyChanges(table, { key: 'contact_key', upsert: small, delete: [] });
    expect(await provider.waitForJob(table, first, 10_000)).toMatchObject({ updated: 1000, succeeded: true });
    expect(dengage.requests.filter((r) => r.path === '/rest/dataspace/sync/upsert')).toHaveLength(1);

    const large = Array.from({ length: 3000 }, (_, i) => ({ contact_key: `k${i}`, name: 'y', joined: '' }));
    const job = await provider.applyChanges(table, { key: 'contact_key', upsert: large, delete: [] });
    const result = await provider.waitForJob(table, job, 10_000);
    const asyncCalls = dengage.requests.filter((r) => r.path === '/rest/dataspace/async/upsert');
    expect(asyncCalls).toHaveLength(1);
    const body = asyncCalls[0]?.body as { tableName: string; columnMapping: unknown[]; fileContent: string };
    expect(body.columnMapping).toEqual([
      { tableColumn: 'contact_key', fileColumnHeader: 'contact_key' },
      { tableColumn: 'name', fileColumnHeader: 'name' },
      { tableColumn: 'joined', fileColumnHeader: 'joined' },
    ]);
    expect(Buffer.from(body.fileContent, 'base64').toString('utf8').split('\n')[0]).toBe('contact_key,name,joined');
    // No status path answers (none is documented): the rows are queued, never claimed as updated.
    expect(result).toMatchObject({ status: 'Queued', succeeded: true, updated: 0, queued: 3000 });
    expect(result.note).toContain('whose status has no public API (no status path answered)');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(dengage.rowsOf('customers').filter((r) => r.name === 'y')).toHaveLength(3000);
    // The minute between upserts into one table was kept: no 429.
    expect(dengage.requests.filter((r) => r.status === 429)).toEqual([]);
  });

  it.each(['v1', 'v2', 'status'] as const)(
    'follows an async job where its status answers (%s path), to its counts',
    async (where) => {
      dengage.statusPath = where;
      dengage.jobIdAnswer = where === 'v2' ? 'jobId' : 'data';
      const provider = new DengageProvider(options(dengage.url), http);
      const table = await provider.getTable('customers');
      const rows = Array.from({ length: 1500 }, (_, i) => ({ contact_key: `k${i}`, name: 'z', joined: '' }));
      const job = await provider.applyChanges(table, { key: 'contact_key', upsert: rows, delete: [] });
      const result = await provider.waitForJob(table, job, 20_000);
      expect(result).toMatchObject({ status: 'Completed', succeeded: true, updated: 1500, failed: 0 });
      expect(result.queued).toBeUndefined();
      expect(dengage.rowsOf('customers').filter((r) => r.name === 'z')).toHaveLength(1500);
    },
  );

  it('deletes fewer than 1,000 rows by the sync delete, and more by the async delete with every key column', async () => {
    const table0 = dengage.tables.get('customers');
    for (let i = 0; i < 2500; i++) table0?.rows.set(`d${i}`, { contact_key: `d${i}`, name: 'd', joined: '' });
    dengage.statusPath = 'v1';
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    const few = await provider.applyChanges(table, { key: 'contact_key', upsert: [], delete: ['d0', 'd1'] });
    expect(await provider.waitForJob(table, few, 10_000)).toMatchObject({ deleted: 2 });
    const many = Array.from({ length: 2000 }, (_, i) => `d${i + 2}`);
    const job = await provider.applyChanges(table, { key: 'contact_key', upsert: [], delete: many });
    expect(await provider.waitForJob(table, job, 20_000)).toMatchObject({ deleted: 2000, succeeded: true });
    const asyncDelete = dengage.requests.find((r) => r.path === '/rest/dataspace/async/delete');
    expect(asyncDelete?.method).toBe('DELETE');
    expect((asyncDelete?.body as { columnMapping: unknown } | undefined)?.columnMapping).toEqual([
      { tableColumn: 'contact_key', fileColumnHeader: 'contact_key' },
    ]);
    expect(dengage.rowsOf('customers').filter((r) => r.name === 'd')).toHaveLength(498);
  });

  it('sends a first import (every row of the file) through the async upsert, however small', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    const job = await provider.applyChanges(table, {
      key: 'contact_key',
      upsert: [{ contact_key: 'c1', name: 'A', joined: '' }],
      delete: [],
      wholeFile: true,
    });
    await provider.waitForJob(table, job, 10_000);
    expect(dengage.requests.filter((r) => r.path === '/rest/dataspace/async/upsert')).toHaveLength(1);
    expect(dengage.requests.filter((r) => r.path === '/rest/dataspace/sync/upsert')).toHaveLength(0);
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
    expect(primaryKeyOf({ table: { fields: [{ fieldName: 'f', isKey: true }] } })).toEqual(['f']);
    expect(primaryKeyOf({ schema: { columns: [{ name: 's', primaryKey: true }] } })).toEqual(['s']);
    expect(primaryKeyOf({ primaryKeys: ['p'], columns: [{ name: 'p' }] })).toEqual(['p']);
    expect(primaryKeyOf({ columns: [] })).toEqual([]);
    expect(primaryKeyOf({})).toBeUndefined();
  });

  it('says which keys a definition it cannot read had, instead of "no primary key"', async () => {
    dengage.definitionShape = 'unknown';
    const provider = new DengageProvider(options(dengage.url), http);
    await expect(provider.getTable('customers')).rejects.toThrow(
      'without a column list this action can read (it has the keys "tableName", "publicId", "attributes")',
    );
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
