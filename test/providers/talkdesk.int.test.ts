import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/providers/http.ts';
import { recordToRow, TalkdeskProvider, talkdeskHosts } from '../../src/providers/talkdesk/index.ts';
import { FakeTalkdesk } from '../support/fake-talkdesk.ts';

let td: FakeTalkdesk;
let http: HttpClient;
let provider: TalkdeskProvider;

const ann = {
  id: 'r1',
  first_name: 'Ann',
  last_name: 'Lee',
  priority: 3,
  external_id: 'cust-1',
  phone_numbers: [{ phone_number: '+15550001', phone_type: 'mobile' }],
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
      pollMs: { first: 10, longest: 50 },
    },
    http,
  );
});
afterEach(async () => {
  await http.close();
  await td.stop();
});

describe('TalkdeskProvider against a local record-lists API', () => {
  it('asks only for record-lists:manage, keys the list as it deduplicates, and maps structured records to rows', async () => {
    const table = await provider.getTable('list-1');
    expect(table).toMatchObject({ name: 'Callbacks', keyColumn: 'external_id' });
    const rows = await provider.readRows(table);
    expect(rows.records).toEqual([
      {
        plan: 'gold',
        first_name: 'Ann',
        last_name: 'Lee',
        priority: '3',
        external_id: 'cust-1',
        phone_number: '+15550001',
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

  it('uploads to the signed URL without the token, completes with the documented PATCH, and reports records_count', async () => {
    const table = await provider.getTable('list-1');
    await provider.readRows(table);
    const job = await provider.startImport(table, [
      {
        first_name: 'Ann',
        last_name: 'Lee',
        priority: '5',
        external_id: 'cust-1',
        phone_number: '+15550001',
        plan: 'gold',
      },
      {
        first_name: 'Bob',
        last_name: 'Ray',
        priority: '1',
        external_id: 'cust-2',
        phone_number: '+15550002',
        plan: '',
      },
    ]);
    const result = await provider.waitForJob(table, job, 5000);
    expect(result).toMatchObject({ status: 'ACCEPTED', succeeded: true, updated: 2, failed: 0 });
    expect(td.lists.get('list-1')?.records.map((r) => [r.external_id, r.priority])).toEqual([
      ['cust-1', 5],
      ['cust-2', 1],
    ]);
    const put = td.requests.find((r) => r.method === 'PUT');
    expect(put?.authorization).toBeUndefined();
    const patch = td.requests.find((r) => r.method === 'PATCH');
    expect(JSON.parse(patch?.body ?? '{}')).toEqual({ op: 'replace', path: '/status', status: 'UPLOADED' });
    expect(td.requests.some((r) => r.method === 'GET' && r.path.includes('/upload-requests/'))).toBe(false);
  });

  it('is not fooled by a stale ACCEPTED read right after completing the upload', async () => {
    td.staleStatusPolls = 2;
    const table = await provider.getTable('list-1');
    await provider.readRows(table);
    const job = await provider.startImport(table, [
      { first_name: 'Cy', external_id: 'cust-3', phone_number: '+15550003' },
    ]);
    const result = await provider.waitForJob(table, job, 5000);
    expect(result).toMatchObject({ status: 'ACCEPTED', succeeded: true });
    expect(td.lists.get('list-1')?.records).toHaveLength(2); // the poll that ended saw the processed list
  });

  it('reports ACCEPTED with fewer records than expected as a partial result', async () => {
    const table = await provider.getTable('list-1');
    await provider.readRows(table);
    const job = await provider.startImport(table, [
      { first_name: 'Dee', external_id: 'cust-4', phone_number: '+15550004' },
      { first_name: 'Eve', external_id: 'cust-5', phone_number: '555-0005' },
    ]);
    const result = await provider.waitForJob(table, job, 5000);
    expect(result).toMatchObject({ status: 'ACCEPTED', succeeded: false, updated: 1, failed: 1 });
    expect(result.error?.message).toContain('the record list ended ACCEPTED with 2 records; 3 were expected');
  });

  it('refuses a list that does not deduplicate, saying why', async () => {
    td.addList('list-2', { name: 'Raw', unique_identifier_type: 'NOTHING', records: [] });
    await expect(provider.getTable('list-2')).rejects.toThrow(
      'does not deduplicate records (unique_identifier_type NOTHING): every upload adds its rows again',
    );
  });
});

describe('Talkdesk regions and records', () => {
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

  it('maps every phone number and extra field to its own column', () => {
    expect(
      recordToRow({
        phone_numbers: [
          { phone_number: '+1', phone_type: 'mobile' },
          { phone_number: '+2', phone_type: 'work' },
        ],
        extra_data: { tier: 2, note: null },
      }),
    ).toEqual({ tier: '2', note: '', phone_number: '+1', phone_number_2: '+2' });
  });
});
