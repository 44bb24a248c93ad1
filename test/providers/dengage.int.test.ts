import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDengageDateTime, DengageProvider, primaryKeyOf } from '../../src/providers/dengage/index.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { FakeDengage } from '../support/fake-dengage.ts';

let dengage: FakeDengage;
let http: HttpClient;
const options = (url: string) => ({
  apiUrl: url,
  userKey: 'api-user-key',
  password: 'dengage-pass',
});

// D·engage's documented minute between sync upserts, and every retry, on a clock the test drives: no real waits.
let clock: FakeClock;
beforeEach(async () => {
  clock = new FakeClock();
  dengage = await new FakeDengage(60_000, clock).start();
  dengage.addTable('customers', {
    columns: ['contact_key', 'name', 'joined'],
    primaryKey: 'contact_key',
    dateColumns: ['joined'],
    rows: new Map([['c9', { contact_key: 'c9', name: 'Gone', joined: '2026-01-09' }]]),
  });
  http = new HttpClient({ random: () => 0, clock });
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

  it('sends up to 1,000 changed rows through the sync upsert, and more through V2 async upserts of 1,000, each job read at its documented path', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    const small = Array.from({ length: 1000 }, (_, i) => ({ contact_key: `k${i}`, name: 'x', joined: '' }));
    const first = await provider.applyChanges(table, { key: 'contact_key', upsert: small, delete: [] });
    expect(await provider.waitForJob(table, first, 10_000)).toMatchObject({ updated: 1000, succeeded: true });
    expect(dengage.requests.filter((r) => r.path === '/rest/dataspace/sync/upsert')).toHaveLength(1);

    const large = Array.from({ length: 2500 }, (_, i) => ({ contact_key: `k${i}`, name: 'y', joined: '' }));
    const job = await provider.applyChanges(table, { key: 'contact_key', upsert: large, delete: [] });
    const result = await provider.waitForJob(table, job, 10_000);
    const v2 = dengage.requests.filter((r) => r.path === '/rest/dataspace/async/upsert_v2');
    expect(v2.map((r) => (r.body as { rows: unknown[] }).rows.length)).toEqual([1000, 1000, 500]);
    expect(v2[0]?.body).toMatchObject({ tableName: 'customers', columns: ['contact_key', 'name', 'joined'] });
    // Confirmed by each job's status, read only where the V2 page says: no V1 call, no guessed path.
    expect(result).toMatchObject({ status: 'Completed', succeeded: true, updated: 2500, failed: 0 });
    expect(result.confirmed).toBeUndefined();
    expect(result.jobId.split(', ')).toHaveLength(3);
    const reads = dengage.requests.filter((r) => r.method === 'GET' && r.path.includes('/async/'));
    expect(reads.length).toBeGreaterThanOrEqual(3);
    for (const read of reads) expect(read.path).toMatch(/^\/rest\/dataspace\/async\/upsert_v2\/[0-9a-f-]{36}$/);
    expect(dengage.requests.filter((r) => r.path === '/rest/dataspace/async/upsert')).toEqual([]);
    expect(dengage.rowsOf('customers').filter((r) => r.name === 'y')).toHaveLength(2500);
  });

  it('reports a V2 job D·engage fails after accepting it as failed, never as updated, and stops there', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    dengage.failJobs = 1;
    const rows = Array.from({ length: 1500 }, (_, i) => ({ contact_key: `k${i}`, name: 'z', joined: '' }));
    const job = await provider.applyChanges(table, { key: 'contact_key', upsert: rows, delete: [] });
    const result = await provider.waitForJob(table, job, 10_000);
    expect(result).toMatchObject({ status: 'Failed', succeeded: false, confirmed: false, updated: 0, failed: 1000 });
    expect(result.error?.message).toContain('The job failed while processing the data');
    expect(result.note).toContain('500 row(s) were not sent after that job failed');
    expect(dengage.requests.filter((r) => r.path === '/rest/dataspace/async/upsert_v2')).toHaveLength(1);
    expect(dengage.rowsOf('customers').filter((r) => r.name === 'z')).toEqual([]);
  });

  it('does not count rows as updated when the V2 answer has no job id, or the job has not ended in time', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    const rows = Array.from({ length: 1200 }, (_, i) => ({ contact_key: `k${i}`, name: 'q', joined: '' }));
    dengage.jobIdAnswer = 'none';
    const noId = await provider.waitForJob(
      table,
      await provider.applyChanges(table, { key: 'contact_key', upsert: rows, delete: [] }),
      10_000,
    );
    // Rows sent without an id are queued; the rows after them were never sent, which fails the apply.
    expect(noId).toMatchObject({ status: 'Incomplete', succeeded: false, confirmed: false, updated: 0, queued: 1000 });
    expect(noId.queuedJobs).toBeUndefined();
    expect(noId.note).toContain('answered no job id (transactionId)');
    expect(noId.note).toContain('200 row(s)');
    expect(noId.jobId).not.toContain('(no id)');

    dengage.jobIdAnswer = 'transactionId';
    dengage.asyncJobMs = 60_000;
    const slow = await provider.waitForJob(
      table,
      await provider.applyChanges(table, { key: 'contact_key', upsert: rows, delete: [] }),
      600,
    );
    expect(slow).toMatchObject({ status: 'Incomplete', succeeded: false, confirmed: false, updated: 0, queued: 1000 });
    expect(slow.note).toContain('still running after job-timeout');
    expect(slow.note).toContain('200 row(s) were not sent after it (never two jobs on one table at once)');
    expect(dengage.requests.filter((r) => r.path.endsWith('/upsert_v2'))).toHaveLength(2);

    // A last job still running, with every row sent: queued, not failed, and named for the next run to ask about.
    dengage.jobDurations.push(0, 60_000);
    const last = await provider.waitForJob(
      table,
      await provider.applyChanges(table, { key: 'contact_key', upsert: rows, delete: [] }),
      1500,
    );
    expect(last).toMatchObject({ status: 'Queued', succeeded: true, confirmed: false, updated: 1000, queued: 200 });
    expect(last.queuedJobs).toHaveLength(1);
  });

  it('keeps the counts of the calls made when a 5xx stops the apply part-way, and names what was not sent', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    dengage.serverErrorsFrom = 2;
    const rows = Array.from({ length: 2500 }, (_, i) => ({ contact_key: `k${i}`, name: 'p', joined: '' }));
    const job = await provider.applyChanges(table, { key: 'contact_key', upsert: rows, delete: [] });
    const result = await provider.waitForJob(table, job, 10_000);
    expect(result).toMatchObject({ status: 'PartiallyApplied', succeeded: false, confirmed: false, updated: 1000 });
    expect(result.note).toContain('D·engage confirmed 1000 row(s) upserted');
    expect(result.note).toContain('1500 row(s) were not sent after that failure');
    expect(result.error?.message).toContain('answered 500');
  });

  it("waits out D·engage's minute between two sync upserts into one table, instead of meeting its 429", async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    for (const name of ['first', 'second']) {
      const job = await provider.applyChanges(table, {
        key: 'contact_key',
        upsert: [{ contact_key: 'c9', name, joined: '2026-01-09' }],
        delete: [],
      });
      expect(await provider.waitForJob(table, job, 120_000)).toMatchObject({ succeeded: true, updated: 1 });
    }
    expect(dengage.requests.filter((r) => r.path === '/rest/dataspace/sync/upsert').map((r) => r.status)).toEqual([
      200, 200,
    ]);
    expect(clock.slept.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(59_000);
  });

  it('empties a cell the file empties: every upsert carries the overwrite-with-empty flag', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    const job = await provider.applyChanges(table, {
      key: 'contact_key',
      upsert: [{ contact_key: 'c9', name: '', joined: '2026-01-09' }],
      delete: [],
    });
    await provider.waitForJob(table, job, 10_000);
    expect(dengage.rowsOf('customers')).toEqual([{ contact_key: 'c9', name: '', joined: '2026-01-09' }]);
    expect(dengage.requests.find((r) => r.path === '/rest/dataspace/sync/upsert')?.body).toMatchObject({
      overwriteWithEmpty: true,
    });
    // The fake keeps old values without it, as the async page describes: the flag is what empties the cell.
    dengage.overwriteFlag = 'someOtherName';
    dengage.tables.get('customers')?.rows.set('c9', { contact_key: 'c9', name: 'Gone', joined: '2026-01-09' });
    clock.advance(60_000);
    await provider.waitForJob(
      table,
      await provider.applyChanges(table, {
        key: 'contact_key',
        upsert: [{ contact_key: 'c9', name: '', joined: '2026-01-09' }],
        delete: [],
      }),
      10_000,
    );
    expect(dengage.rowsOf('customers')[0]?.name).toBe('Gone');
  });

  it('deletes through the sync delete, fewer than 1,000 keys a call, each call confirmed by its counts', async () => {
    const table0 = dengage.tables.get('customers');
    for (let i = 0; i < 2500; i++) table0?.rows.set(`d${i}`, { contact_key: `d${i}`, name: 'd', joined: '' });
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    const many = Array.from({ length: 2000 }, (_, i) => `d${i}`);
    const job = await provider.applyChanges(table, { key: 'contact_key', upsert: [], delete: many });
    expect(await provider.waitForJob(table, job, 20_000)).toMatchObject({ deleted: 2000, succeeded: true });
    const deletes = dengage.requests.filter((r) => r.path === '/rest/dataspace/sync/delete');
    expect(deletes.map((r) => (r.body as { rows: unknown[] }).rows.length)).toEqual([999, 999, 2]);
    expect(deletes.every((r) => r.method === 'DELETE')).toBe(true);
    expect(dengage.rowsOf('customers').filter((r) => r.name === 'd')).toHaveLength(500);
  });

  it('sends a small first import (every row of the file) through the sync upsert, whose answer confirms it', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    const job = await provider.applyChanges(table, {
      key: 'contact_key',
      upsert: [{ contact_key: 'c1', name: 'A', joined: '' }],
      delete: [],
      wholeFile: true,
    });
    expect(await provider.waitForJob(table, job, 10_000)).toMatchObject({ status: 'Completed', updated: 1 });
    expect(dengage.requests.filter((r) => r.path === '/rest/dataspace/sync/upsert')).toHaveLength(1);
  });

  it('marks a table without a primary key as one whose rows cannot be changed or deleted', async () => {
    dengage.addTable('events', { columns: ['name', 'at'], rows: new Map() });
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('events');
    expect(table.keyColumn).toBeUndefined();
    expect(table.rowCount).toBe(0);
    expect(table.updatesRefused).toContain('has no primary key, so D·engage appends every row sent to it');
  });

  it('refuses to append a whole file again into a table without a primary key that holds rows', async () => {
    dengage.addTable('events', {
      columns: ['name', 'at'],
      rows: new Map([['appended-0', { name: 'k1', at: '2026-01-01' }]]),
    });
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('events');
    const whole = { key: 'name', upsert: [{ name: 'k1', at: '2026-01-01' }], delete: [], wholeFile: true };
    await expect(provider.applyChanges(table, whole)).rejects.toThrow(
      'sending the whole file would append its 1 row(s) again beside the 1 row(s) the table holds. Nothing was sent',
    );
    expect(dengage.rowsOf('events')).toHaveLength(1);
    // Only new rows, with the last apply recorded, are sent as they are.
    const job = await provider.applyChanges(table, { key: 'name', upsert: [{ name: 'k2', at: '' }], delete: [] });
    expect(await provider.waitForJob(table, job, 10_000)).toMatchObject({ updated: 1, succeeded: true });
  });

  it.each([
    ['an empty 403', 'empty' as const, 'with an empty 403 before checking any credentials'],
    ['a reason in actionResult', 'reason' as const, 'D·engage said: "Forbidden for 203.0.113.7: IP not whitelisted"'],
  ])('explains %s as the account IP allowlist, not as a wrong password', async (_name, shape, said) => {
    dengage.ipAllowlist = shape;
    const provider = new DengageProvider(options(dengage.url), http);
    const error = (await provider.getTable('customers').catch((e: unknown) => e)) as Error;
    expect(error.message).toContain(said);
    expect(error.message).toContain(
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
    const keys = (definition: Record<string, unknown>) => primaryKeyOf(definition)?.keys;
    expect(
      keys({
        columns: [
          { name: 'a', isPrimary: true },
          { name: 'b', isPrimary: false },
        ],
      }),
    ).toEqual(['a']);
    expect(keys({ columns: [{ columnName: 'k', isPrimaryKey: true }] })).toEqual(['k']);
    expect(keys({ table: { fields: [{ fieldName: 'f', isKey: true }] } })).toEqual(['f']);
    expect(keys({ schema: { columns: [{ name: 's', primaryKey: true }] } })).toEqual(['s']);
    expect(keys({ primaryKeys: ['p'], columns: [{ name: 'p' }] })).toEqual(['p']);
    expect(primaryKeyOf({ columns: [{ name: 'a', isPrimary: false }] })).toMatchObject({ keys: [], flagged: true });
    expect(primaryKeyOf({ columns: [] })).toMatchObject({ keys: [], flagged: false });
    expect(primaryKeyOf({})).toBeUndefined();
  });

  it('reads the shape public code shows (no key flag) as "key not shown", naming its fields, and its row count', async () => {
    dengage.definitionShape = 'public';
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    expect(table.keyColumn).toBeUndefined();
    expect(table.rowCount).toBe(1);
    expect(table.updatesRefused).toContain(
      'does not say which column is its primary key (its columns "contact_key", "name", "joined" carry only "name", "type", "isNullable"; contactKeyColumn is "contact_key", which links contacts and is not a primary key)',
    );
    expect(table.updatesRefused).not.toContain('has no primary key');
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
