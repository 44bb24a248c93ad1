import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenesysEmulator, TableSeed } from '../../emulator/server.ts';
import { GenesysProvider } from '../../src/providers/genesys/index.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { credentials, startEmulator } from '../support/emulator.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { liveObjects } from '../support/live.ts';

// How the Genesys provider finds tables and reads rows with few requests: one listing for many names, and the rows
// API for small tables (an export job for the rest).
let emulator: GenesysEmulator;
let http: HttpClient;
const logs: string[] = [];

afterEach(async () => {
  await http.close();
  await emulator.stop();
  logs.length = 0;
});

const properties: TableSeed['properties'] = {
  key: { title: 'Code', type: 'string' },
  weight: { title: 'Weight', type: 'integer' },
};
const table = (name: string, rows = 0): TableSeed => ({
  name,
  properties,
  rows: Array.from({ length: rows }, (_, i) => ({ key: `k${String(i).padStart(4, '0')}`, weight: i })),
});

async function start(tables: TableSeed[], latencyMs = 0, rowsFolder?: string): Promise<GenesysProvider> {
  emulator = await startEmulator({ tables, latencyMs });
  http = new HttpClient({ random: () => 0 });
  return new GenesysProvider(
    {
      apiUrl: emulator.apiUrl,
      loginUrl: emulator.apiUrl,
      ...credentials,
      pollMs: { first: 10, longest: 50 },
      log: (m) => logs.push(m),
      ...(rowsFolder ? { rowsFolder } : {}),
    },
    http,
  );
}

const apiCalls = () => emulator.requests.filter((r) => r.path !== '/oauth/token');
const rowsCalls = () => emulator.requests.filter((r) => r.path.endsWith('/rows'));
const exportStarts = () => emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/export/jobs'));

describe('Genesys rows: the rows API for small tables, an export job for large ones', () => {
  it.each([
    [8, 1],
    [1200, 3],
    [2500, 5],
  ])(
    'reads a table of %i rows in %i page(s) of 500 with showbrief=false, without an export job',
    async (rows, pages) => {
      const provider = await start([table('T', rows)]);
      const live = await provider.getTable('T');
      const read = await provider.readRows(live);
      expect(read.records).toHaveLength(rows);
      expect(liveObjects(read.records, live.schema)[rows - 1]).toEqual({
        key: `k${String(rows - 1).padStart(4, '0')}`,
        weight: rows - 1,
      });
      expect(read.source).toBe(`the rows API (${pages} page${pages === 1 ? '' : 's'})`);
      expect(rowsCalls().map((r) => new URLSearchParams(r.query).get('pageSize'))).toEqual(Array(pages).fill('500'));
      expect(rowsCalls().every((r) => new URLSearchParams(r.query).get('showbrief') === 'false')).toBe(true);
      expect(exportStarts()).toEqual([]);
    },
  );

  it('reads a table of 2,501 rows by an export job, after one page that said how many rows there are', async () => {
    const provider = await start([table('T', 2501)]);
    const read = await provider.readRows(await provider.getTable('T'));
    expect(read.records).toHaveLength(2501);
    expect(read.source).toBe('export job');
    expect(rowsCalls()).toHaveLength(1);
    expect(exportStarts()).toHaveLength(1);
  });

  it('keeps an exported table in a file of the run folder, reading back the same rows, and leaves no file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'genesys-rows-'));
    try {
      const provider = await start([table('T', 2501)], 0, folder);
      const live = await provider.getTable('T');
      const read = await provider.readRows(live);
      expect(read.source).toBe('export job');
      const rows = liveObjects(read.records, live.schema);
      expect(rows).toHaveLength(2501);
      // As the export's CSV gives them (text), as when the rows are kept in memory.
      expect(rows[2500]).toEqual({ key: 'k2500', weight: '2500' });
      expect(rows.map((row) => row.weight)).toEqual(Array.from({ length: 2501 }, (_, i) => String(i)));
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  // The SDK types `total` (and every other field of DataTableRowEntityListing) as optional: a listing without it
  // must not stop the read after one page, or a replace plan would miss the table's other rows.
  it.each([
    [['total'], 3],
    [['total', 'pageCount'], 3],
    [['total', 'pageCount', 'nextUri'], 3],
    // Nothing says a page is full: the short last page is confirmed by an empty fourth.
    [['total', 'pageCount', 'nextUri', 'pageSize'], 4],
  ] as const)('reads every row when the listing leaves out %j (%i pages)', async (omit, pages) => {
    const provider = await start([table('T', 1250)]);
    emulator.rowsListing = { omit: [...omit] };
    const live = await provider.getTable('T');
    const read = await provider.readRows(live);
    expect(read.records).toHaveLength(1250);
    expect(new Set(liveObjects(read.records, live.schema).map((r) => r.key)).size).toBe(1250);
    expect(read.source).toBe(`the rows API (${pages} pages)`);
  });

  it('reads past a silent page cap: a short page that says nothing of paging is followed by one more request', async () => {
    // The server gives 100 rows whatever is asked, and no paging field says so: the first page looks like a whole
    // 100-row table. Asking the next page finds the rest.
    const provider = await start([table('T', 250)]);
    emulator.rowsListing = { omit: ['total', 'pageCount', 'nextUri', 'pageSize'], maxPageSize: 100 };
    const read = await provider.readRows(await provider.getTable('T'));
    expect(read.records).toHaveLength(250);
    expect(rowsCalls().map((r) => new URLSearchParams(r.query).get('pageNumber'))).toEqual(['1', '2', '3', '4']);
  });

  it('ends a small table read in one page when the page says its pageSize (no confirming request)', async () => {
    const provider = await start([table('T', 40)]);
    emulator.rowsListing = { omit: ['total', 'pageCount', 'nextUri'] };
    const read = await provider.readRows(await provider.getTable('T'));
    expect(read.records).toHaveLength(40);
    expect(rowsCalls()).toHaveLength(1);
  });

  it('without total or pageCount, a table larger than five pages is read by an export, not half', async () => {
    const provider = await start([table('T', 2600)]);
    emulator.rowsListing = { omit: ['total', 'pageCount'] };
    const read = await provider.readRows(await provider.getTable('T'));
    expect(read.records).toHaveLength(2600);
    expect(read.source).toBe('export job');
    expect(rowsCalls()).toHaveLength(5);
  });

  it('falls back to pages of 100 when Genesys refuses 500, and keeps that size for the rest of the run', async () => {
    const provider = await start([table('T', 250), table('U', 120)]);
    emulator.rowsListing = { maxPageSize: 100, overMaxPageSize: 'refuse' };
    const t = await provider.readRows(await provider.getTable('T'));
    const u = await provider.readRows(await provider.getTable('U'));
    expect(t.records).toHaveLength(250);
    expect(u.records).toHaveLength(120);
    expect(rowsCalls().map((r) => new URLSearchParams(r.query).get('pageSize'))).toEqual([
      '500',
      '100',
      '100',
      '100',
      '100',
      '100',
    ]);
    expect(logs.join('\n')).toContain('Genesys refused pages of 500 rows; reading pages of 100');
  });

  it('reads every row when Genesys silently gives smaller pages than asked (its pageSize says so)', async () => {
    const provider = await start([table('T', 250)]);
    emulator.rowsListing = { maxPageSize: 100, overMaxPageSize: 'cap', omit: ['total', 'pageCount', 'nextUri'] };
    const read = await provider.readRows(await provider.getTable('T'));
    expect(read.records).toHaveLength(250);
    expect(read.source).toBe('the rows API (3 pages)');
  });

  it('reads by an export a table that changed between its pages (pages are not one snapshot)', async () => {
    const provider = await start([table('T', 1250)], 40);
    const live = await provider.getTable('T');
    const reading = provider.readRows(live);
    // Once the first page is asked for, a row is deleted: the later pages shift, and a row would be missed.
    for (let i = 0; i < 200 && rowsCalls().length === 0; i++) await sleep(5);
    emulator.tables.get(live.id)?.rows.delete('k0001');
    const read = await reading;
    expect(read.source).toBe('export job');
    expect(read.records).toHaveLength(1249);
    expect(logs.join('\n')).toContain('T: the table changed while its 3 page(s) were read; reading it by an export');
  });
});

describe('Genesys tables: one listing for many names', () => {
  it('finds every table of a run with one listing (paged at 100) instead of one lookup each', async () => {
    const tables = Array.from({ length: 150 }, (_, i) => table(`Table ${i}`));
    const provider = await start(tables);
    const names = ['Table 3', 'Table 149', 'Table 77'];
    await provider.expectTables(names);
    const found = await Promise.all(names.map((name) => provider.getTable(name)));
    expect(found.map((t) => t.name)).toEqual(names);
    expect(found[0]?.schema?.fields.map((f) => f.name)).toEqual(['key', 'weight']);
    const listings = apiCalls();
    expect(listings).toHaveLength(2);
    expect(listings.map((r) => new URLSearchParams(r.query).get('pageNumber'))).toEqual(['1', '2']);
    expect(listings.every((r) => new URLSearchParams(r.query).get('name') === null)).toBe(true);
    expect(listings.every((r) => new URLSearchParams(r.query).get('pageSize') === '100')).toBe(true);
  });

  it('says which name is missing, and which differs in case only, from the listing', async () => {
    const provider = await start([table('Queues'), table('Holidays')]);
    await provider.expectTables(['queues', 'Holidays']);
    await expect(provider.getTable('queues')).rejects.toThrow(
      'No Genesys data table is named "queues"; did you mean "Queues"? Names match exactly, case included',
    );
    expect((await provider.getTable('Holidays')).name).toBe('Holidays');
    expect(apiCalls()).toHaveLength(1);
  });

  it('looks names up one by one when listing the org would take more pages than there are names', async () => {
    const tables = Array.from({ length: 350 }, (_, i) => table(`Table ${i}`));
    const provider = await start(tables);
    await provider.expectTables(['Table 1', 'Table 2']);
    await provider.getTable('Table 1');
    await provider.getTable('Table 2');
    // The first page of the listing (4 pages > 2 names), then one lookup per name.
    const names = apiCalls().map((r) => new URLSearchParams(r.query).get('name'));
    expect(names).toEqual([null, 'Table 1', 'Table 2']);
  });

  it('one name, or ids: no listing at all', async () => {
    const provider = await start([table('Queues')]);
    await provider.expectTables(['Queues']);
    expect(apiCalls()).toEqual([]);
  });
});

describe('Genesys jobs: the first poll comes when jobs like it were done', () => {
  it('polls a second import of the same size once, where the first took several polls', async () => {
    // One clock for the emulator's jobs and the client's polls: a job's 600 ms pass in no real time.
    const clock = new FakeClock();
    emulator = await startEmulator({ tables: [table('T', 3)], faults: { jobDurationMs: 600 }, clock });
    http = new HttpClient({ random: () => 0, clock });
    const provider = new GenesysProvider(
      { apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, ...credentials, pollMs: { first: 100, longest: 2000 } },
      http,
    );
    const live = await provider.getTable('T');
    const rows = [
      { key: 'a', weight: 1 },
      { key: 'b', weight: 2 },
    ];
    const statusPolls = (id: string) => emulator.requests.filter((r) => r.path.endsWith(`/import/jobs/${id}`)).length;
    const first = await provider.startImport(live, rows, 'append');
    await provider.waitForJob(live, first, 10_000);
    const second = await provider.startImport(live, rows, 'append');
    await provider.waitForJob(live, second, 10_000);
    expect(statusPolls(first.id)).toBe(2); // at 100 ms (running), then a second later
    expect(statusPolls(second.id)).toBe(1);
    // A larger import than any seen: nothing says how long it takes, so polled from the default again.
    const third = await provider.startImport(live, [...rows, { key: 'c', weight: 3 }], 'append');
    await provider.waitForJob(live, third, 10_000);
    expect(statusPolls(third.id)).toBeGreaterThanOrEqual(1);
  });
});
