/**
 * `npm run bench`: requests and time to read a 5,000-row x 10-field table for a plan, through one export
 * job (what the action does) and through page-number paging (the fallback), against the local emulator.
 * Figures are printed, never asserted.
 */
import os from 'node:os';
import { GenesysEmulator, type TableSeed } from '../emulator/server.ts';
import { GenesysProvider } from '../src/providers/genesys/index.ts';
import { HttpClient } from '../src/providers/http.ts';

const ROWS = 5000;
const properties: TableSeed['properties'] = { key: { title: 'Code', type: 'string' } };
for (let i = 1; i <= 9; i++) {
  properties[`F${i}`] = { title: `F${i}`, type: i % 3 === 0 ? 'integer' : i % 3 === 1 ? 'string' : 'boolean' };
}
const rows = Array.from({ length: ROWS }, (_, r) => {
  const row: Record<string, string | number | boolean> = { key: `code-${String(r).padStart(5, '0')}` };
  for (let i = 1; i <= 9; i++) row[`F${i}`] = i % 3 === 0 ? r * i : i % 3 === 1 ? `value ${r}/${i}` : r % 2 === 0;
  return row;
});

const emulator = await new GenesysEmulator({
  tables: [{ name: 'Bench', properties, rows }],
  // One poll before an export finishes, as a quick real export would.
  faults: { jobPolls: 1 },
}).start();

async function measure(label: string, exportForbidden: boolean) {
  emulator.faults.exportForbidden = exportForbidden;
  const http = new HttpClient();
  const provider = new GenesysProvider(
    { apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, clientId: 'local-client', clientSecret: 'local-secret' },
    http,
  );
  const started = performance.now();
  const table = await provider.getTable('Bench');
  const afterLogin = provider.requestCount();
  const live = await provider.readRows(table);
  const ms = performance.now() - started;
  await http.close();
  if (live.records.length !== ROWS) throw new Error(`${label}: read ${live.records.length} rows`);
  return {
    label,
    total: provider.requestCount(),
    afterLogin: provider.requestCount() - 1,
    tableLookup: afterLogin - 1,
    ms,
  };
}

const results = [
  await measure('export job (default)', false),
  await measure('rows paging, pageSize 100 (fallback)', true),
];
await emulator.stop();

console.log(
  `Plan of a ${ROWS}-row x 10-field table against the local emulator (${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version})`,
);
console.log('| strategy | requests (login included) | after login | wall time |');
console.log('|---|---:|---:|---:|');
for (const r of results) console.log(`| ${r.label} | ${r.total} | ${r.afterLogin} | ${r.ms.toFixed(0)} ms |`);
console.log(
  `Paging takes ${(results[1]?.afterLogin ?? 0) / (results[0]?.afterLogin ?? 1)}x the requests of the export.`,
);
