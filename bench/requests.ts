/**
 * Requests and time, side by side in one run, against the local Genesys emulator:
 * - reading a 5,000-row x 10-field table for a plan: our export job, page-number paging (pageSize 25, 100, 500),
 *   and one request per row as the Terraform provider does;
 * - applying 1%, 50% and 100% changed rows: one import job, against one PUT/POST/DELETE per row;
 * - what each would take under Genesys' ~300 requests a minute per token (computed, not waited out);
 * Figures are printed (and kept in docs/benchmarks.md), never asserted.
 */
import os from 'node:os';
import { GenesysEmulator, type TableSeed } from '../emulator/server.ts';
import { GenesysProvider } from '../src/providers/genesys/index.ts';
import { HttpClient } from '../src/providers/http.ts';

const ROWS = 5000;
const RATE_LIMIT_PER_MINUTE = 300;
const properties: TableSeed['properties'] = { key: { title: 'Code', type: 'string' } };
for (let i = 1; i <= 9; i++)
  properties[`F${i}`] = { title: `F${i}`, type: i % 3 === 0 ? 'integer' : i % 3 === 1 ? 'string' : 'boolean' };
type Row = Record<string, string | number | boolean>;
const makeRow = (r: number, version = 0): Row => {
  const row: Row = { key: `code-${String(r).padStart(5, '0')}` };
  for (let i = 1; i <= 9; i++)
    row[`F${i}`] =
      i % 3 === 0 ? r * i + version : i % 3 === 1 ? `value ${r}/${i} v${version}` : (r + version) % 2 === 0;
  return row;
};
const seedRows = Array.from({ length: ROWS }, (_, r) => makeRow(r));

const emulator = await new GenesysEmulator({
  tables: [{ name: 'Bench', properties, rows: seedRows }],
  faults: { jobPolls: 1 },
  // Requests are counted here, and their time under the limit computed: the headers must not slow the baselines.
  rateLimit: { allowed: 1_000_000 },
}).start();
const connection = {
  apiUrl: emulator.apiUrl,
  loginUrl: emulator.apiUrl,
  clientId: 'local-client',
  clientSecret: 'local-secret',
  // Requests are counted and their time at the limit computed, never waited out: no pacing here.
  rateLimit: { allowed: 1_000_000, windowMs: 60_000 },
};

interface Figure {
  what: string;
  strategy: string;
  requests: number;
  ms: number;
}
const figures: Figure[] = [];

/**
 * Runs `work` with a fresh client, logged in and with the table found by name; counts the requests from the table
 * lookup on (every strategy needs that one to know the table's id), never the login.
 */
async function measure(
  what: string,
  strategy: string,
  work: (
    p: GenesysProvider,
    http: HttpClient,
    table: Awaited<ReturnType<GenesysProvider['getTable']>>,
    headers: Record<string, string>,
  ) => Promise<void>,
) {
  const http = new HttpClient();
  const provider = new GenesysProvider(connection, http);
  const headers = await bearer(http);
  const table = await provider.getTable('Bench');
  const before = http.requestCount() - 1;
  const started = performance.now();
  await work(provider, http, table, headers);
  figures.push({ what, strategy, requests: http.requestCount() - before, ms: performance.now() - started });
  await http.close();
}

const api = (p: string) => `${emulator.apiUrl}/api/v2/flows/datatables/${emulator.tableByName('Bench').id}${p}`;
async function bearer(http: HttpClient): Promise<Record<string, string>> {
  const answer = await http.send({
    method: 'POST',
    url: `${emulator.apiUrl}/oauth/token`,
    headers: {
      authorization: `Basic ${Buffer.from('local-client:local-secret').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return {
    authorization: `Bearer ${(JSON.parse(answer.body) as { access_token: string }).access_token}`,
    'content-type': 'application/json',
  };
}
async function pageAll(
  http: HttpClient,
  headers: Record<string, string>,
  pageSize: number,
  brief: boolean,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; page <= 10_000; page++) {
    const answer = await http.send({
      method: 'GET',
      url: api(`/rows?pageNumber=${page}&pageSize=${pageSize}&showbrief=${brief}`),
      headers,
    });
    const listing = JSON.parse(answer.body) as { entities: Row[]; pageCount: number };
    rows.push(...listing.entities);
    if (page >= listing.pageCount) break;
  }
  return rows;
}

// Reading for a plan. (The "requests" count includes the one table lookup by name, not the login.)
await measure('plan: read 5,000 rows', 'export job (this action)', async (provider, _http, table) => {
  const rows = await provider.readRows(table);
  if (rows.records.length !== ROWS) throw new Error('export');
});
for (const pageSize of [25, 100, 500]) {
  await measure('plan: read 5,000 rows', `paging, pageSize ${pageSize}`, async (_p, http, _t, headers) => {
    const rows = await pageAll(http, headers, pageSize, false);
    if (rows.length !== ROWS) throw new Error('paging');
  });
}
await measure('plan: read 5,000 rows', 'one GET per row (Terraform provider)', async (_p, http, _t, headers) => {
  const keys = await pageAll(http, headers, 100, true);
  for (const { key } of keys)
    await http.send({ method: 'GET', url: api(`/rows/${encodeURIComponent(String(key))}`), headers });
});

// Applying. Each strategy starts from the seed and ends with the same table.
function reset() {
  const table = emulator.tableByName('Bench');
  table.rows = new Map(seedRows.map((row) => [String(row.key), { ...row }]));
}
for (const share of [0.01, 0.5, 1]) {
  const changed = Math.round(ROWS * share);
  // The changed rows: a third deleted, as many added (new keys, so the table stays within 5,000 rows), the rest updated.
  const deletes = Array.from({ length: Math.floor(changed / 3) }, (_, i) => makeRow(ROWS - 1 - i));
  const adds = Array.from({ length: deletes.length }, (_, i) => makeRow(ROWS + i));
  const updates = Array.from({ length: changed - 2 * deletes.length }, (_, i) => makeRow(i, 1));
  const deleted = new Set(deletes.map((r) => r.key));
  const target = [...updates, ...seedRows.slice(updates.length).filter((r) => !deleted.has(r.key)), ...adds];
  const label = `apply: ${share * 100}% of rows changed (${changed})`;
  reset();
  await measure(label, 'one import job (this action)', async (provider, _http, table) => {
    const job = await provider.startImport(table, target, 'replace');
    const result = await provider.waitForJob(table, job, 600_000);
    if (!result.succeeded) throw new Error(`import: ${JSON.stringify(result)}`);
  });
  if (emulator.rowsOf('Bench').length !== target.length) throw new Error('import result');
  reset();
  await measure(label, 'one request per row (PUT/POST/DELETE)', async (_p, http, _t, headers) => {
    for (const row of updates)
      await http.send({
        method: 'PUT',
        url: api(`/rows/${encodeURIComponent(String(row.key))}`),
        headers,
        body: JSON.stringify(row),
      });
    for (const row of deletes)
      await http.send({ method: 'DELETE', url: api(`/rows/${encodeURIComponent(String(row.key))}`), headers });
    for (const row of adds)
      await http.send({ method: 'POST', url: api('/rows'), headers, body: JSON.stringify(row), idempotent: false });
  });
  if (emulator.rowsOf('Bench').length !== target.length) throw new Error('per-row result');
}
await emulator.stop();

console.log(
  `Requests and time against the local emulator (${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString().slice(0, 10)})`,
);
console.log('');
console.log(`| what | strategy | requests | at ${RATE_LIMIT_PER_MINUTE}/min | wall time here |`);
console.log('|---|---|---:|---:|---:|');
for (const f of figures) {
  const minutes = f.requests / RATE_LIMIT_PER_MINUTE;
  const atLimit = minutes < 1 ? `${Math.ceil(minutes * 60)} s` : `${minutes.toFixed(1)} min`;
  console.log(`| ${f.what} | ${f.strategy} | ${f.requests} | ${atLimit} | ${f.ms.toFixed(0)} ms |`);
}
console.log('');
