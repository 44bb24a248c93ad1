import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDengageDateTime, DengageProvider } from '../../src/providers/dengage/index.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { FakeDengage } from '../support/fake-dengage.ts';

let dengage: FakeDengage;
let http: HttpClient;
const options = (url: string) => ({
  apiUrl: url,
  username: 'api-user',
  password: 'dengage-pass',
  minIntervalMs: 1500,
  pollMs: { first: 10, longest: 50 },
});

beforeEach(async () => {
  dengage = await new FakeDengage(1500).start();
  dengage.tables.set('customers', { columns: ['contact_key', 'name', 'joined'], rows: new Map() });
  http = new HttpClient({ random: () => 0 });
});
afterEach(async () => {
  await http.close();
  await dengage.stop();
});

describe('DengageProvider against a local Data Space API', () => {
  it('upserts the file base64-encoded with a mapping from its header, then follows the job', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    const table = await provider.getTable('customers');
    const job = await provider.startImport(table, [
      { contact_key: 'c1', name: 'Ann; Lee', joined: '2026-01-02 10:00' },
    ]);
    expect(await provider.waitForJob(table, job, 5000)).toMatchObject({
      status: 'Completed',
      succeeded: true,
      updated: 1,
    });
    expect(dengage.tables.get('customers')?.rows.get('c1')).toEqual({
      contact_key: 'c1',
      name: 'Ann; Lee',
      joined: '2026-01-02 10:00',
    });
  });

  it('waits instead of failing when the table was upserted less than a minute ago (429 inside the interval)', async () => {
    const first = new DengageProvider(options(dengage.url), http);
    const table = await first.getTable('customers');
    await first.startImport(table, [{ contact_key: 'c1', name: 'A', joined: '2026-01-02' }]);
    // Another run (no memory of the first): the API answers 429 with Retry-After, which is waited out.
    const second = new DengageProvider(options(dengage.url), http);
    const started = Date.now();
    await second.startImport(table, [{ contact_key: 'c2', name: 'B', joined: '2026-01-03' }]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(dengage.requests.filter((r) => r.status === 429)).toHaveLength(1);
    // The same provider waits out the interval itself, without a 429.
    await second.startImport(table, [{ contact_key: 'c3', name: 'C', joined: '2026-01-04' }]);
    expect(dengage.requests.filter((r) => r.status === 429)).toHaveLength(1);
  });

  it('is refused when a table column is missing, with D·engage message', async () => {
    const provider = new DengageProvider(options(dengage.url), http);
    await expect(
      provider.startImport(await provider.getTable('customers'), [{ contact_key: 'c1', name: 'A' }]),
    ).rejects.toThrow('Input data row has to include all the column values: missing joined');
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
      'not a date',
      '',
    ]) {
      expect(checkDengageDateTime(good)).toBeUndefined();
    }
    for (const bad of ['2026/01/02', '2026-1-2', '2026-01-02 10', '2026-01-02T10:00Z', '2026-01-02 10:00:05.1234']) {
      expect(checkDengageDateTime(bad)).toMatch(/yyyy-MM-dd/);
    }
  });
});
