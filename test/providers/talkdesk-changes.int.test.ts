import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import type { Row } from '../../src/core/schema.ts';
import { HttpClient } from '../../src/providers/http.ts';
import type { LiveTable } from '../../src/providers/provider.ts';
import { type TalkdeskClock, TalkdeskProvider } from '../../src/providers/talkdesk/index.ts';
import { FakeTalkdesk, type TalkdeskRecord } from '../support/fake-talkdesk.ts';

// What a change does to a record list, against a fake that fails as the pages allow: a `replace` that replaces the
// whole record (or merges, the other reading), 202 deletions that land later, 5xx part-way, 429, a size limit.
let td: FakeTalkdesk;
let http: HttpClient;
let provider: TalkdeskProvider;
/** A clock that never waits: each sleep moves it on. */
let clock: TalkdeskClock & { slept: number[] };

const ann = (): TalkdeskRecord => ({
  id: 'r1',
  first_name: 'Ann',
  last_name: 'Lee',
  timezone: 'Europe/Lisbon',
  priority: 3,
  external_id: 'X1',
  external_provider: 'crm',
  phone_numbers: [
    { phone_number: '+15550001', phone_type: 'MOBILE' },
    { phone_number: '+15559001', phone_type: 'OFFICE' },
  ],
  extra_data: { plan: 'gold', segment: 'vip' },
});
const other = (i: number): TalkdeskRecord => ({
  id: `o${i}`,
  first_name: 'Other',
  last_name: 'Lee',
  priority: 5,
  external_id: `O${i}`,
  external_provider: 'crm',
  phone_numbers: [{ phone_number: `+1666${String(i).padStart(7, '0')}`, phone_type: 'MOBILE' }],
  extra_data: {},
});

beforeEach(async () => {
  td = await new FakeTalkdesk().start();
  td.addList('list-1', { name: 'Callbacks', unique_identifier_type: 'EXTERNAL', records: [ann()] });
  http = new HttpClient({ maxAttempts: 3 });
  let now = 0;
  clock = {
    slept: [],
    now: () => now,
    sleep: async (ms) => {
      clock.slept.push(ms);
      now += ms;
    },
  };
  provider = new TalkdeskProvider(
    {
      account: 'acme',
      region: 'us',
      clientId: 'td-client',
      clientSecret: 'td-secret',
      apiUrl: td.url,
      loginUrl: td.url,
      clock,
    },
    http,
  );
});
afterEach(async () => {
  await http.close();
  await td.stop();
});

const HEADER = ['External ID', 'External Provider', 'First name', 'Last name', 'Mobile', 'Timezone', 'plan'];

/** Plans a CSV against the list as the action does (its header schema, its live rows). */
async function plan(table: LiveTable, csv: string) {
  const live = await provider.readRows(table);
  return planTable({
    file: 'f.csv',
    source: csv,
    table: { id: table.id, name: table.name },
    schema: (header) => table.headerSchema?.(header, 'f.csv') ?? { fields: [] },
    liveRecords: live.records,
    mode: 'replace',
    maxDeletes: { percent: 100 },
    limits: { maxRows: 100_000, maxKeyLength: 1000 },
  });
}

/** Rows that fail the test when anything reads them. */
async function* unread(): AsyncGenerator<Row> {
  yield* [];
  throw new Error('the file-import rows of the request were read');
}

/** Applies a plan's changes and waits for them, as src/run/apply/import.ts does. */
async function apply(table: LiveTable, planned: Awaited<ReturnType<typeof plan>>, timeoutMs = 60_000) {
  const key = planned.schema.fields.find((f) => f.isKey)?.name as string;
  const job = await provider.import(table, {
    mode: planned.mode,
    // A record list takes changes: these rows, which a file import would send, must never be read.
    rows: unread(),
    key,
    upsert: [...planned.diff.added.map((a) => a.row), ...planned.diff.updated.map((u) => u.row)],
    delete: planned.diff.deleted.map((d) => d.key),
  });
  return provider.waitForJob(table, job, timeoutMs);
}

describe('a Talkdesk change touches only the fields the file has columns for', () => {
  for (const mode of ['replace', 'merge'] as const) {
    it(`keeps the OFFICE phone, the extra field and the rest after a changed first name, and applies an emptied Timezone (PATCH ${mode}s)`, async () => {
      td.patchMode = mode;
      const table = await provider.getTable('list-1');
      const planned = await plan(table, `${HEADER.join(',')}\nX1,crm,Annie,Lee,+15550001,,gold\n`);
      expect(planned.diff.updated).toHaveLength(1);
      const result = await apply(table, planned);
      expect(result).toMatchObject({ succeeded: true, status: 'Completed', updated: 1, failed: 0 });
      const record = td.lists.get('list-1')?.records[0];
      expect(record).toMatchObject({
        id: 'r1',
        first_name: 'Annie',
        timezone: '',
        priority: 3,
        external_id: 'X1',
        external_provider: 'crm',
        extra_data: { plan: 'gold', segment: 'vip' },
      });
      expect(record?.phone_numbers).toEqual([
        { phone_number: '+15550001', phone_type: 'MOBILE' },
        { phone_number: '+15559001', phone_type: 'OFFICE' },
      ]);
      // Read again, the list equals the file: nothing left to do.
      expect(
        (await plan(table, `${HEADER.join(',')}\nX1,crm,Annie,Lee,+15550001,,gold\n`).then((p) => p.diff)).updated,
      ).toEqual([]);
    });
  }

  for (const mode of ['replace', 'merge'] as const) {
    it(`keeps priority 11 (an API record's default, which the calls refuse) when the file has no Priority column (PATCH ${mode}s)`, async () => {
      td.patchMode = mode;
      const list = td.lists.get('list-1');
      if (list?.records[0]) list.records[0].priority = 11;
      const table = await provider.getTable('list-1');
      const header = 'External ID,External Provider,First name,Last name,Mobile';
      const result = await apply(table, await plan(table, `${header}\nX1,crm,Annie,Lee,+15550001\n`));
      expect(result).toMatchObject({ succeeded: true, updated: 1, failed: 0 });
      expect(td.lists.get('list-1')?.records[0]).toMatchObject({ first_name: 'Annie', priority: 11 });
    });
  }

  it('takes off a phone whose cell the file empties, keeping the other types', async () => {
    const table = await provider.getTable('list-1');
    const header = 'External ID,External Provider,First name,Last name,Mobile,Office';
    await apply(table, await plan(table, `${header}\nX1,crm,Ann,Lee,+15550001,\n`));
    expect(td.lists.get('list-1')?.records[0]?.phone_numbers).toEqual([
      { phone_number: '+15550001', phone_type: 'MOBILE' },
    ]);
  });
});

describe('EXTERNAL lists are keyed by external_id and external_provider', () => {
  it('plans X1/crm and X1/erp as two records, and creates X1/erp beside X1/crm', async () => {
    const table = await provider.getTable('list-1');
    const planned = await plan(
      table,
      `${HEADER.join(',')}\nX1,crm,Ann,Lee,+15550001,Europe/Lisbon,gold\nX1,erp,Ann,Lee,+15550002,,gold\n`,
    );
    expect(planned.invalidRows).toBe(0);
    expect(planned.diff.added.map((a) => a.key)).toEqual(['X1/erp']);
    expect(planned.diff.unchanged).toBe(1);
    await apply(table, planned);
    expect(td.lists.get('list-1')?.records.map((r) => [r.external_id, r.external_provider])).toEqual([
      ['X1', 'crm'],
      ['X1', 'erp'],
    ]);
  });

  it('applies an emptied External Provider: another record to the list (X1 without one), planned as such', async () => {
    const table = await provider.getTable('list-1');
    const csv = `${HEADER.join(',')}\nX1,,Ann,Lee,+15550001,Europe/Lisbon,gold\n`;
    const planned = await plan(table, csv);
    expect(planned.diff.added.map((a) => a.key)).toEqual(['X1']);
    expect(planned.diff.deleted.map((d) => d.key)).toEqual(['X1/crm']);
    expect(await apply(table, planned)).toMatchObject({ succeeded: true, updated: 1, deleted: 1 });
    expect(td.lists.get('list-1')?.records.map((r) => [r.external_id, r.external_provider])).toEqual([['X1', '']]);
    expect((await plan(table, csv)).diff.unchanged).toBe(1);
  });

  it("keys a file without a provider column by External ID alone, keeping each record's provider", async () => {
    const table = await provider.getTable('list-1');
    const header = 'External ID,First name,Last name,Mobile';
    const planned = await plan(table, `${header}\nX1,Annie,Lee,+15550001\n`);
    expect(planned.diff.updated.map((u) => u.key)).toEqual(['X1']);
    await apply(table, planned);
    expect(td.lists.get('list-1')?.records[0]).toMatchObject({ first_name: 'Annie', external_provider: 'crm' });
  });

  it('refuses a file without a provider column when one External ID has two providers in the list', async () => {
    td.lists.get('list-1')?.records.push({ ...ann(), id: 'r2', external_provider: 'erp' });
    const table = await provider.getTable('list-1');
    await expect(plan(table, 'External ID,First name,Last name,Mobile\nX1,Ann,Lee,+15550001\n')).rejects.toThrow(
      'the list holds records X1 (provider crm) and X1 (provider erp), one External ID with two providers: add an External Provider column',
    );
  });
});

describe('a Talkdesk call failing part-way', () => {
  it('stops, and says row by row what was done, what is not known and what was not sent', async () => {
    td.lists.get('list-1')?.records.push(other(1), other(2));
    td.faults.push({ method: 'PATCH', status: 500, times: 5 });
    const table = await provider.getTable('list-1');
    const planned = await plan(
      table,
      `${HEADER.join(',')}\nX1,crm,Annie,Lee,+15550001,,gold\nO1,crm,Other,Lee,+16660000001,,\nN1,crm,New,Lee,+15550003,,\n`,
    );
    const result = await apply(table, planned);
    expect(result).toMatchObject({ succeeded: false, status: 'FailedPartWay', updated: 1, failed: 2 });
    expect(result.error?.message).toContain('a record call failed part-way: Talkdesk answered 500 to PATCH');
    expect(result.error?.message).toContain('done: created 1: "N1/crm"');
    expect(result.error?.message).toContain('not known (the failed call to replace): "X1/crm"');
    expect(result.error?.message).toContain('not sent: delete 1: "O2/crm"');
    // A PATCH is never repeated after a 500: whether it acted is not known.
    expect(td.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(td.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
  });

  it('puts a record it deleted back whole (phones and extra fields the file has no column for)', async () => {
    const table = await provider.getTable('list-1');
    const planned = await plan(table, `${HEADER.join(',')}\n`);
    await apply(table, planned);
    expect(td.lists.get('list-1')?.records).toEqual([]);
    // The restore src/run/apply/verify.ts makes from the snapshot: the file's columns of the row deleted.
    await provider.readRows(table);
    const restore = [planned.diff.deleted[0]?.row ?? {}];
    const job = await provider.import(table, {
      mode: 'append',
      rows: restore,
      key: 'external_key',
      upsert: restore,
      delete: [],
    });
    expect(await provider.waitForJob(table, job, 1000)).toMatchObject({ succeeded: true, updated: 1 });
    const back = td.lists.get('list-1')?.records[0];
    expect(back).toMatchObject({ ...ann(), id: back?.id });
  });
});

describe('Talkdesk answers that come later, and limits', () => {
  it('waits for deletions answered 202 until the records are gone, on the injected clock', async () => {
    td.lists.get('list-1')?.records.push(other(1), other(2), other(3));
    td.deleteLater = { reads: 3 };
    const table = await provider.getTable('list-1');
    const planned = await plan(table, `${HEADER.join(',')}\nX1,crm,Ann,Lee,+15550001,Europe/Lisbon,gold\n`);
    const result = await apply(table, planned);
    expect(result).toMatchObject({ succeeded: true, status: 'Completed', deleted: 3, failed: 0 });
    expect(result.note).toContain('3 deletion(s) Talkdesk answered 202 (deleted later) were seen done');
    expect(td.lists.get('list-1')?.records.map((r) => r.id)).toEqual(['r1']);
    expect(clock.slept.length).toBeGreaterThan(1);
  });

  it('after a call failing part-way, still waits for the deletions answered 202 before it, reading the records', async () => {
    td.lists.get('list-1')?.records.push(...Array.from({ length: 150 }, (_, i) => other(i)));
    td.deleteLater = { reads: 2 };
    td.faults.push({ method: 'DELETE', status: 500, after: 1 });
    const table = await provider.getTable('list-1');
    const planned = await plan(table, `${HEADER.join(',')}\nX1,crm,Ann,Lee,+15550001,Europe/Lisbon,gold\n`);
    const result = await apply(table, planned);
    expect(result).toMatchObject({ succeeded: false, status: 'FailedPartWay', deleted: 100, failed: 50 });
    expect(result.error?.message).toContain('done: deleted 100: "O0/crm"');
    expect(result.error?.message).toContain('and 80 more. not known (the failed call to delete): "O54/crm"');
    expect(td.lists.get('list-1')?.records).toHaveLength(51);
  });

  it('reports deletions still pending after job-timeout as queued, naming them, without waiting past it', async () => {
    td.lists.get('list-1')?.records.push(other(1));
    td.deleteLater = { reads: 1_000_000 };
    const table = await provider.getTable('list-1');
    const planned = await plan(table, `${HEADER.join(',')}\nX1,crm,Ann,Lee,+15550001,Europe/Lisbon,gold\n`);
    const result = await apply(table, planned, 30_000);
    expect(result).toMatchObject({ status: 'Queued', queued: 1, deleted: 0, failed: 0 });
    expect(result.note).toContain(
      '1 deletion(s) Talkdesk accepted (202) were still in the list after 30 s (job-timeout): "O1/crm"',
    );
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30_000);
  });

  it('waits for a list validating an upload, and gives up at job-timeout', async () => {
    const list = td.lists.get('list-1');
    if (list) list.status = 'VALIDATION_STARTED';
    td.validatingReads.set('list-1', 3);
    const table = await provider.getTable('list-1');
    const running = await provider.runningImport(table);
    expect(running).toEqual({ id: 'list list-1' });
    expect(await provider.waitForJob(table, running as { id: string }, 60_000)).toMatchObject({ status: 'ACCEPTED' });
    if (list) list.status = 'VALIDATION_STARTED';
    td.validatingReads.set('list-1', 1_000_000);
    await expect(provider.waitForJob(table, { id: 'list list-1' }, 20_000)).rejects.toThrow(
      'was still VALIDATION_STARTED (validating an upload) after 20 s (job-timeout); nothing was changed',
    );
  });

  it('halves the records a call on a 413, sending every record once', async () => {
    td.maxRecordsPerCall = 30;
    const table = await provider.getTable('list-1');
    const rows = Array.from({ length: 70 }, (_, i) => `N${i},crm,New,Lee,+1777${String(i).padStart(7, '0')},,`);
    const result = await apply(
      table,
      await plan(table, `${HEADER.join(',')}\nX1,crm,Ann,Lee,+15550001,Europe/Lisbon,gold\n${rows.join('\n')}\n`),
    );
    expect(result).toMatchObject({ succeeded: true, updated: 70, failed: 0 });
    const sizes = td.requests
      .filter((r) => r.method === 'POST' && r.path.endsWith('/bulks'))
      .map((r) => (JSON.parse(r.body ?? '{}').records as unknown[]).length);
    expect(sizes).toEqual([70, 35, 17, 17, 17, 17, 2]);
    expect(td.lists.get('list-1')?.records).toHaveLength(71);
  });

  it('halves on a 400 that says the request has too many records, and not on a 400 about a field', async () => {
    const table = await provider.getTable('list-1');
    const row = (key: string, first: string, phone: string) => `${key},crm,${first},Lee,${phone},,`;
    const csv = (...rows: string[]) =>
      `${HEADER.join(',')}\nX1,crm,Ann,Lee,+15550001,Europe/Lisbon,gold\n${rows.join('\n')}\n`;
    const two = [row('N1', 'New', '+15550003'), row('N2', 'New', '+15550004')];
    expect(await apply(table, await plan(table, csv(...two)))).toMatchObject({ succeeded: true, updated: 2 });
    // A 400 about a field: not sent again in halves (nothing about it is the request's size).
    td.faults.push({ method: 'PATCH', status: 400, message: 'first_name: must be at most 80 characters' });
    const renamed = two.map((r) => r.replace(',New,', ',Newer,'));
    const refused = await apply(table, await plan(table, csv(...renamed)));
    expect(refused).toMatchObject({ succeeded: false, status: 'FailedPartWay', failed: 2 });
    expect(td.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    // A 400 saying the request has too many records: the same records again, in halves.
    td.maxRecordsPerCall = 1;
    td.sizeRefusal = 400;
    const four = [...two, row('N3', 'New', '+15550005'), row('N4', 'New', '+15550006')];
    expect(await apply(table, await plan(table, csv(...four)))).toMatchObject({ succeeded: true, updated: 2 });
    const posts = td.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/bulks'));
    expect(posts.slice(1).map((r) => (JSON.parse(r.body ?? '{}').records as unknown[]).length)).toEqual([2, 1, 1]);
  });

  it('waits out a 429 with Retry-After and goes on', async () => {
    td.faults.push({ method: 'POST', status: 429, retryAfter: '0' });
    const table = await provider.getTable('list-1');
    const result = await apply(
      table,
      await plan(
        table,
        `${HEADER.join(',')}\nX1,crm,Ann,Lee,+15550001,Europe/Lisbon,gold\nN1,crm,New,Lee,+15550003,,\n`,
      ),
    );
    expect(result).toMatchObject({ succeeded: true, updated: 1 });
    expect(td.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/bulks'))).toHaveLength(2);
    expect(td.lists.get('list-1')?.records).toHaveLength(2);
  });
});
