import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import { HttpClient } from '../../src/providers/http.ts';
import {
  checkTalkdeskCell,
  recordToRow,
  rowToRecord,
  TalkdeskProvider,
  talkdeskField,
  talkdeskHosts,
} from '../../src/providers/talkdesk/index.ts';
import { FakeTalkdesk, type TalkdeskRecord } from '../support/fake-talkdesk.ts';

let td: FakeTalkdesk;
let http: HttpClient;
let provider: TalkdeskProvider;

const ann: TalkdeskRecord = {
  id: 'r1',
  first_name: 'Ann',
  last_name: 'Lee',
  priority: 3,
  external_id: 'cust-1',
  external_provider: 'crm',
  phone_numbers: [{ phone_number: '+15550001', phone_type: 'MOBILE' }],
  extra_data: { plan: 'gold' },
};

beforeEach(async () => {
  td = await new FakeTalkdesk().start();
  td.addList('list-1', { name: 'Callbacks', unique_identifier_type: 'EXTERNAL', records: [structuredClone(ann)] });
  http = new HttpClient();
  provider = new TalkdeskProvider(
    {
      account: 'acme',
      region: 'us',
      clientId: 'td-client',
      clientSecret: 'td-secret',
      apiUrl: td.url,
      loginUrl: td.url,
    },
    http,
  );
});
afterEach(async () => {
  await http.close();
  await td.stop();
});

describe('TalkdeskProvider against a local record-lists API', () => {
  it('asks only for record-lists:manage, keys an EXTERNAL list by External ID, and maps records to fields', async () => {
    const table = await provider.getTable('list-1');
    expect(table.name).toBe('Callbacks');
    const schema = table.headerSchema?.(['First name', 'Last name', 'Mobile', 'External ID', 'plan'], 'f.csv');
    expect(schema?.fields.map((f) => [f.name, f.title, f.isKey])).toEqual([
      ['external_id', 'External ID', true],
      ['first_name', 'First name', false],
      ['last_name', 'Last name', false],
      ['phone:MOBILE', 'Mobile', false],
      ['extra:plan', 'plan', false],
    ]);
    const rows = await provider.readRows(table);
    expect(rows.records).toEqual([
      {
        'extra:plan': 'gold',
        first_name: 'Ann',
        last_name: 'Lee',
        priority: '3',
        external_id: 'cust-1',
        external_provider: 'crm',
        external_key: 'cust-1/crm',
        'phone:MOBILE': '+15550001',
      },
    ]);
    const token = td.requests.find((r) => r.path === '/oauth/token');
    expect(new URLSearchParams(token?.body).get('scope')).toBe('record-lists:manage');
  });

  it('follows _links.next, absolute or relative, through every page', async () => {
    const list = td.lists.get('list-1');
    for (let i = 2; i <= 120; i++) {
      list?.records.push({ ...structuredClone(ann), id: `r${i}`, external_id: `cust-${i}` });
    }
    for (const absolute of [true, false]) {
      td.absoluteLinks = absolute;
      const rows = await provider.readRows(await provider.getTable('list-1'));
      expect(rows.records).toHaveLength(120);
    }
    expect(td.requests.filter((r) => r.path.endsWith('/records'))).toHaveLength(6); // 50 a page, twice
  });

  it('creates, replaces and deletes through the record calls, 100 a call, and says what each did', async () => {
    const list = td.lists.get('list-1');
    for (let i = 2; i <= 150; i++)
      list?.records.push({ ...structuredClone(ann), id: `r${i}`, external_id: `cust-${i}` });
    const table = await provider.getTable('list-1');
    await provider.readRows(table);
    const row = (id: string, first: string) => ({
      external_id: id,
      first_name: first,
      last_name: 'Lee',
      'phone:MOBILE': '+15550001',
      'extra:plan': 'gold',
    });
    const added = Array.from({ length: 230 }, (_, i) => row(`new-${i}`, 'New'));
    const job = await provider.applyChanges(table, {
      key: 'external_id',
      upsert: [row('cust-1', 'Annie'), ...added],
      delete: Array.from({ length: 120 }, (_, i) => `cust-${i + 2}`),
    });
    const result = await provider.waitForJob(table, job, 5000);
    expect(result).toMatchObject({ succeeded: true, updated: 231, deleted: 120, failed: 0 });
    const calls = td.requests.filter((r) => r.path.endsWith('/records/bulks'));
    expect(calls.map((r) => r.method)).toEqual(['POST', 'POST', 'POST', 'PATCH', 'DELETE', 'DELETE']);
    expect(
      calls.every((r) => JSON.parse(r.body ?? '[]').length <= 100 || JSON.parse(r.body ?? '{}').records.length <= 100),
    ).toBe(true);
    const records = td.lists.get('list-1')?.records ?? [];
    expect(records).toHaveLength(1 + 29 + 230);
    expect(records.find((r) => r.id === 'r1')).toMatchObject({
      first_name: 'Annie',
      phone_numbers: [{ phone_number: '+15550001', phone_type: 'MOBILE' }],
    });
    // The PATCH named the record by its id, with the whole record as the value.
    const patch = JSON.parse(calls[3]?.body ?? '[]') as { op: string; path: string }[];
    expect(patch[0]).toMatchObject({ op: 'replace', path: '/records/r1' });
    // Records created without a priority get Talkdesk's 11, as its article says of records added by the API.
    expect(records.find((r) => r.external_id === 'new-0')?.priority).toBe(11);
  });

  it('counts the records Talkdesk refused in a 201 as failed, with why', async () => {
    const table = await provider.getTable('list-1');
    await provider.readRows(table);
    const job = await provider.applyChanges(table, {
      key: 'external_id',
      upsert: [
        { external_id: 'cust-4', first_name: 'Dee', last_name: 'Ray', 'phone:MOBILE': '+15550004' },
        { external_id: 'cust-5', first_name: 'Eve', last_name: '', 'phone:MOBILE': '+15550005' },
      ],
      delete: [],
    });
    const result = await provider.waitForJob(table, job, 5000);
    expect(result).toMatchObject({ succeeded: false, updated: 1, failed: 1 });
    expect(result.error?.message).toBe('1 of 2 record(s) to create were refused');
  });

  it('refuses a list that does not deduplicate, saying why', async () => {
    td.addList('list-2', { name: 'Raw', unique_identifier_type: 'NOTHING', records: [] });
    await expect(provider.getTable('list-2')).rejects.toThrow(
      'does not deduplicate records (unique_identifier_type NOTHING): every record added is added again',
    );
  });

  it("keys a PHONE_NUMBER list by the file's first phone column, and refuses a header without names", async () => {
    td.addList('list-3', { name: 'Phones', unique_identifier_type: 'PHONE_NUMBER', records: [] });
    const table = await provider.getTable('list-3');
    const schema = table.headerSchema?.(['first_name', 'last_name', 'Home', 'Mobile'], 'f.csv');
    expect(schema?.fields.find((f) => f.isKey)?.name).toBe('phone:HOME');
    expect(() => table.headerSchema?.(['Mobile', 'plan'], 'f.csv')).toThrow(
      'the header has no First name and Last name column; Talkdesk requires both for every record',
    );
    expect(() => table.headerSchema?.(['First name', 'Last name', 'plan'], 'f.csv')).toThrow('no phone column');
  });
});

describe('Talkdesk columns, records and regions', () => {
  it("reads both spellings of a column: the support article's and the API's", () => {
    expect(['First name', 'first_name', 'FIRST NAME'].map(talkdeskField)).toEqual([
      'first_name',
      'first_name',
      'first_name',
    ]);
    expect(['Mobile', 'Home', 'Office', 'Extra 1', 'extra_3', 'phone_number'].map(talkdeskField)).toEqual([
      'phone:MOBILE',
      'phone:HOME',
      'phone:OFFICE',
      'phone:EXTRA_1',
      'phone:EXTRA_3',
      'phone:MOBILE',
    ]);
    expect(['External ID', 'external_provider', 'Timezone', 'Priority', 'Plan'].map(talkdeskField)).toEqual([
      'external_id',
      'external_provider',
      'timezone',
      'priority',
      'extra:Plan',
    ]);
  });

  it('checks cells as Talkdesk does: E.164 phones, names of 1 to 80 characters, priority 1 to 10', () => {
    expect(checkTalkdeskCell('Mobile', '+14155550123')).toBeUndefined();
    expect(checkTalkdeskCell('Mobile', '555-0123')).toContain('E.164');
    expect(checkTalkdeskCell('Home', '')).toBeUndefined();
    expect(checkTalkdeskCell('First name', '')).toContain('first name of 1 to 80 characters');
    expect(checkTalkdeskCell('Priority', '11')).toContain('1 (lowest) to 10 (highest)');
    expect(checkTalkdeskCell('plan', 'anything')).toBeUndefined();
  });

  it('maps a record to fields and back: phones by their upper-case type, extra fields by name', () => {
    const row = recordToRow({
      first_name: 'Ann',
      last_name: 'Lee',
      phone_numbers: [
        { phone_number: '+1', phone_type: 'MOBILE' },
        { phone_number: '+2', phone_type: 'HOME' },
      ],
      extra_data: { tier: 2, note: null },
    });
    expect(row).toEqual({
      'extra:tier': '2',
      'extra:note': '',
      first_name: 'Ann',
      last_name: 'Lee',
      'phone:MOBILE': '+1',
      'phone:HOME': '+2',
    });
    // An emptied cell is sent empty (left out, a merging replace would keep the old value).
    expect(rowToRecord({ ...row, priority: '4', timezone: '' })).toEqual({
      first_name: 'Ann',
      last_name: 'Lee',
      timezone: '',
      priority: 4,
      phone_numbers: [
        { phone_number: '+1', phone_type: 'MOBILE' },
        { phone_number: '+2', phone_type: 'HOME' },
      ],
      extra_data: { tier: '2', note: '' },
    });
  });

  it('plans a file against the records with no changes when they match', async () => {
    const plan = await planTable({
      file: 'f.csv',
      source: 'External ID,First name,Last name,Mobile,plan\ncust-1,Ann,Lee,+15550001,gold\n',
      table: { id: 'list-1', name: 'Callbacks' },
      schema: (header) => {
        const fields = header.map((title) => ({
          name: talkdeskField(title),
          title,
          type: 'string' as const,
          isKey: title === 'External ID',
        }));
        return { fields };
      },
      liveRecords: [recordToRow(ann)],
      mode: 'replace',
      maxDeletes: { percent: 25 },
      limits: { maxRows: 100, maxKeyLength: 100 },
    });
    expect({ ...plan.diff, added: [...plan.diff.added] }).toMatchObject({
      added: [],
      updated: [],
      deleted: [],
      unchanged: 1,
    });
  });

  it('derives the login and API hosts from the region, keeping the overrides', () => {
    expect(talkdeskHosts({ account: 'acme', region: 'eu' })).toEqual({
      loginUrl: 'https://acme.talkdeskid.eu',
      apiUrl: 'https://api.talkdeskapp.eu',
    });
    expect(talkdeskHosts({ account: 'acme', region: 'ca' }).loginUrl).toBe('https://acme.talkdeskidca.com');
    expect(talkdeskHosts({ account: 'acme', region: 'au' })).toEqual({ loginUrl: 'https://acme.talkdeskid.au' });
    expect(talkdeskHosts({ account: 'acme', region: 'us', apiUrl: 'https://proxy.example/' }).apiUrl).toBe(
      'https://proxy.example',
    );
  });
});
