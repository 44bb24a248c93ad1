/**
 * How long the read-back after an import waits: on a settled emulator (reads show the import at once) and on lagging
 * ones (row reads answer the table as before the import for 2 s, or for 10 s after it). Each case three times, side by
 * side; the wait is from the job's end to the verdict, on the real clock, with Genesys' 60 s window.
 * Run: node bench/verify-wait.ts   (figures printed, never asserted)
 */
import { Readable } from 'node:stream';
import { GenesysEmulator } from '../emulator/server.ts';
import { realClock } from '../src/core/clock.ts';
import { planCounts, rowsToImport } from '../src/core/plan.ts';
import type { ImportOutcome } from '../src/core/report/apply.ts';
import type { DataFile } from '../src/inputs/data-files.ts';
import { GenesysProvider } from '../src/providers/genesys/index.ts';
import { HttpClient } from '../src/providers/http.ts';
import type { LiveTable } from '../src/providers/provider.ts';
import { verifyImport } from '../src/run/apply/verify.ts';
import { planOneLive } from '../src/run/plan.ts';
import type { Runner } from '../src/runner.ts';
import { machine, spread } from './figures.ts';

const ROWS = 500;
const rows = Array.from({ length: ROWS }, (_, i) => ({ key: `k${String(i).padStart(4, '0')}`, weight: i }));
const text = `Code,Weight\n${rows.map((r) => `${r.key},${r.weight + 1}`).join('\n')}\n`;

const cases: { name: string; lagMs: number }[] = [
  { name: 'settled (reads show the import at once)', lagMs: 0 },
  { name: 'lagging 2 s (reads show the old table for 2 s)', lagMs: 2000 },
  { name: 'lagging 10 s', lagMs: 10_000 },
];

async function measure(lagMs: number): Promise<{ waitedMs: number; reads: number; verified: boolean }> {
  const emulator = await new GenesysEmulator({
    tables: [
      {
        name: 'Codes',
        properties: { key: { title: 'Code', type: 'string' }, weight: { title: 'Weight', type: 'integer' } },
        rows,
      },
    ],
    ...(lagMs > 0 ? { faults: { lagReads: { ms: lagMs } } } : {}),
  }).start();
  const http = new HttpClient();
  try {
    const provider = new GenesysProvider(
      { apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, clientId: 'local-client', clientSecret: 'local-secret' },
      http,
    );
    const file: DataFile = {
      relativePath: 'Codes.csv',
      absolutePath: '/bench/Codes.csv',
      open: () => Readable.from([Buffer.from(text)]),
      table: 'Codes',
      importMode: 'replace',
      maxDeletes: { percent: 100 },
      delimiter: ',',
    };
    const planned = await planOneLive(file, provider, () => {});
    const table = planned.table as LiveTable;
    const job = await provider.startImport(table, rowsToImport(planned.plan, file.open), 'replace');
    const result = await provider.waitForJob(table, job, 60_000);
    const counts = planCounts(planned.plan);
    const outcome: ImportOutcome = {
      table: 'Codes',
      file: 'Codes.csv',
      status: result.status,
      jobId: job.id,
      updated: result.updated,
      deleted: result.deleted,
      failed: result.failed,
      succeeded: result.succeeded,
      planned: { added: counts.added, changed: counts.updated, deleted: counts.deleted },
    };
    const readsBefore = emulator.requests.filter((r) => r.path.endsWith('/rows')).length;
    const started = Date.now();
    const runner = { info: () => {} } as unknown as Runner;
    await verifyImport(provider, planned, outcome, runner, undefined, {
      windowMs: provider.capabilities.readLagMs ?? 0,
      clock: realClock,
    });
    const waitedMs = Date.now() - started;
    const reads = emulator.requests.filter((r) => r.path.endsWith('/rows')).length - readsBefore;
    return { waitedMs, reads, verified: outcome.verified === true };
  } finally {
    await http.close();
    await emulator.stop();
  }
}

const runs = 3;
const results = await Promise.all(cases.map((c) => Promise.all(Array.from({ length: runs }, () => measure(c.lagMs)))));
console.log(
  `Verification wait: from the import job's end to the verdict, ${ROWS} rows, 60 s window (${runs} runs each)`,
);
console.log(machine());
console.log('| emulator | waited, s: median (range) | reads | verified |');
console.log('|---|---:|---:|---|');
cases.forEach((c, i) => {
  const measured = results[i] ?? [];
  const reads = [...new Set(measured.map((m) => m.reads))].join(', ');
  const verified = measured.every((m) => m.verified) ? 'yes' : 'NO';
  console.log(
    `| ${c.name} | ${spread(
      measured.map((m) => m.waitedMs / 1000),
      2,
    )} | ${reads} | ${verified} |`,
  );
});
