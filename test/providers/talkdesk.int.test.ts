import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/providers/http.ts';
import { TalkdeskProvider } from '../../src/providers/talkdesk/index.ts';
import { FakeTalkdesk } from '../support/fake-talkdesk.ts';

let td: FakeTalkdesk;
let http: HttpClient;
let provider: TalkdeskProvider;

beforeEach(async () => {
  td = await new FakeTalkdesk().start();
  td.lists.set('list-1', new Map([['+15550001', { phone_number: '+15550001', first_name: 'Ann' }]]));
  http = new HttpClient();
  provider = new TalkdeskProvider(
    {
      account: 'acme',
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
  it('reads the records back for a live diff', async () => {
    const rows = await provider.readRows(await provider.getTable('list-1'));
    expect(rows.records).toEqual([{ phone_number: '+15550001', first_name: 'Ann' }]);
  });

  it('uploads with the declared size and MD5, to the signed URL without the bearer token, then completes and polls', async () => {
    const table = await provider.getTable('list-1');
    const job = await provider.startImport(table, [{ phone_number: '+15550002', first_name: 'Bob' }]);
    const result = await provider.waitForJob(table, job, 5000);
    expect(result).toMatchObject({ status: 'ACCEPTED', succeeded: true, updated: 1 });
    expect(td.lists.get('list-1')?.get('+15550002')).toEqual({ phone_number: '+15550002', first_name: 'Bob' });
    const put = td.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toMatch(/^\/s3\//);
    expect(put?.authorization).toBeUndefined();
    expect(td.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'PUT', 'PATCH', 'GET', 'GET']);
  });

  it('refuses an upload over 20,000 bytes before any request, naming the size and the limit', async () => {
    const table = await provider.getTable('list-1');
    const rows = Array.from({ length: 600 }, (_, i) => ({
      phone_number: `+1555${String(i).padStart(7, '0')}`,
      first_name: 'Someone With A Long Name',
    }));
    await expect(provider.startImport(table, rows)).rejects.toThrow(
      /is \d+ bytes; Talkdesk takes at most 20000 bytes per upload/,
    );
    expect(td.requests).toEqual([]);
  });

  it('is refused by the signed URL when the bytes differ from the metadata (a check the fake enforces)', async () => {
    const created = await http.send({
      method: 'POST',
      url: `${td.url}/oauth/token`,
      headers: { authorization: `Basic ${Buffer.from('td-client:td-secret').toString('base64')}` },
      body: '',
    });
    const token = (JSON.parse(created.body) as { access_token: string }).access_token;
    const request = await http.send({
      method: 'POST',
      url: `${td.url}/record-lists/list-1/upload-requests`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        csv_metadata: { filename: 'x.csv', byte_size: 3, checksum: '0'.repeat(32), content_type: 'text/csv' },
      }),
    });
    const signed = (JSON.parse(request.body) as { signed_url: string }).signed_url;
    expect((await http.send({ method: 'PUT', url: signed, body: 'abc' })).status).toBe(400);
    expect(
      (await http.send({ method: 'PUT', url: signed, headers: { authorization: `Bearer ${token}` }, body: 'abc' }))
        .status,
    ).toBe(400);
  });
});
