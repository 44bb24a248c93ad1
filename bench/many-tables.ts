/**
 * Many tables at once: 1, 10 and 50 tables of 500 rows, planned and then applied (5 rows changed in each) by the
 * bundled action with its default parallelism (4), against the emulator with 2 s jobs, 20 ms per request and an
 * enforced limit of 300 requests a minute per OAuth client (sliding). The apply starts with a fresh rate-limit window,
 * as after a merge. Each size runs three times: medians and ranges of wall time, the requests by kind, and the apply
 * against its floor: the longer of what the rate limit allows for the requests no apply can avoid, and the jobs
 * themselves (2 s each, four at a time). Printed, never asserted.
 * Run: node bench/many-tables.ts [sizes...]   (about five minutes for all three)
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GenesysEmulator, type TableSeed } from '../emulator/server.ts';
import type { RecordedRequest } from '../emulator/types.ts';
import { runAction } from '../scripts/run-action.ts';
import { machine, spread } from './figures.ts';

const ROWS = 500;
const RUNS = 3;
const JOB_MS = 2000;
const PARALLELISM = 4;
const LIMIT = { allowed: 300, windowMs: 60_000 };
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const tableCounts = sizes.length > 0 ? sizes : [1, 10, 50];
const properties: TableSeed['properties'] = {
  key: { title: 'Code', type: 'string' },
  label: { title: 'Label', type: 'string' },
  open: { title: 'Open', type: 'boolean' },
  weight: { title: 'Weight', type: 'integer' },
};
const row = (r: number, version: number) => ({
  key: `code-${String(r).padStart(4, '0')}`,
  label: `label ${r} v${r % 100 === 0 ? version : 0}`,
  open: r % 2 === 0,
  weight: r,
});
const csvOf = (rows: ReturnType<typeof row>[]) =>
  `Code,Label,Open,Weight\n${rows.map((r) => `${r.key},${r.label},${r.open},${r.weight}`).join('\n')}\n`;

const KINDS = ['login', 'find', 'rows', 'export', 'running?', 'start', 'upload', 'poll', 'read-back', 'other'] as const;
type Kind = (typeof KINDS)[number];

/** Each request by what it is for; a table's rows read after its import started are its read-back. */
function byKind(requests: readonly RecordedRequest[]): Record<Kind, number> {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  const imported = new Set<string>();
  for (const r of requests) {
    const table = /^\/api\/v2\/flows\/datatables\/([^/]+)/.exec(r.path)?.[1] ?? '';
    let kind: Kind = 'other';
    if (r.path === '/oauth/token') kind = 'login';
    else if (r.host === 'storage' && r.method === 'PUT') kind = 'upload';
    else if (
      r.path === '/api/v2/flows/datatables' ||
      (r.method === 'GET' && /^\/api\/v2\/flows\/datatables\/[^/]+$/.test(r.path))
    )
      kind = 'find';
    else if (r.path.endsWith('/rows')) kind = imported.has(table) ? 'read-back' : 'rows';
    else if (/\/export\/jobs/.test(r.path) || r.path.startsWith('/api/v2/downloads') || r.host === 'storage')
      kind = 'export';
    else if (r.method === 'GET' && r.path.endsWith('/import/jobs')) kind = 'running?';
    else if (r.method === 'POST' && r.path.endsWith('/import/csv/jobs')) {
      kind = 'start';
      imported.add(table);
    } else if (r.method === 'GET' && /\/import\/jobs\/[^/]+$/.test(r.path)) kind = 'poll';
    counts[kind]++;
  }
  return counts;
}

/** Requests to the API host (the rate-limited ones), by kind, and the 429s among them. */
function apiRequests(requests: readonly RecordedRequest[]) {
  const api = requests.filter((r) => r.host !== 'storage');
  return { total: api.length, refused: api.filter((r) => r.status === 429).length };
}

interface RunFigures {
  planMs: number;
  applyMs: number;
  plan: Record<Kind, number>;
  apply: Record<Kind, number>;
  planApi: number;
  applyApi: number;
  refused: number;
  exitCodes: string;
}

async function measure(tables: number, planOnly = false): Promise<RunFigures> {
  const names = Array.from({ length: tables }, (_, i) => `Table ${String(i + 1).padStart(2, '0')}`);
  const emulator = await new GenesysEmulator({
    tables: names.map((name) => ({ name, properties, rows: Array.from({ length: ROWS }, (_, r) => row(r, 0)) })),
    faults: { jobDurationMs: JOB_MS },
    rateLimit: { ...LIMIT, enforce: true },
    latencyMs: 20,
  }).start();
  const workspace = await mkdtemp(path.join(tmpdir(), 'datatable-bench-'));
  try {
    await mkdir(path.join(workspace, 'tables'));
    for (const name of names) {
      await writeFile(
        path.join(workspace, 'tables', `${name}.csv`),
        csvOf(Array.from({ length: ROWS }, (_, r) => row(r, 1))),
      );
    }
    await writeFile(
      path.join(workspace, 'tables.yml'),
      `tables:\n${names.map((name) => `  - file: tables/${name}.csv\n    table: ${name}`).join('\n')}\n`,
    );
    const run = async (mode: 'plan' | 'apply') => {
      const before = emulator.requests.length;
      const started = performance.now();
      const result = await runAction({
        workspace,
        timeoutMs: 30 * 60_000,
        inputs: {
          mode,
          config: 'tables.yml',
          parallelism: String(PARALLELISM),
          'genesys-client-id': 'local-client',
          'genesys-client-secret': 'local-secret',
          'genesys-api-url': emulator.apiUrl,
          'genesys-login-url': emulator.apiUrl,
          'upload-artifacts': 'false',
          comment: 'never',
        },
      });
      if (result.exitCode !== 0 && result.exitCode !== 2) console.error(result.stdout.slice(-3000));
      const requests = emulator.requests.slice(before);
      return { ms: performance.now() - started, requests, exitCode: result.exitCode };
    };
    const plan = await run('plan');
    // The apply runs after the merge, minutes after the pull request's plan: a fresh rate-limit window.
    emulator.rateWindow.clear();
    const apply = planOnly ? { ms: 0, requests: [], exitCode: 0 } : await run('apply');
    const planApi = apiRequests(plan.requests);
    const applyApi = apiRequests(apply.requests);
    return {
      planMs: plan.ms,
      applyMs: apply.ms,
      plan: byKind(plan.requests),
      apply: byKind(apply.requests),
      planApi: planApi.total,
      applyApi: applyApi.total,
      refused: planApi.refused + applyApi.refused,
      exitCodes: `${plan.exitCode}, ${apply.exitCode}`,
    };
  } finally {
    await emulator.stop();
    await rm(workspace, { recursive: true, force: true });
  }
}

/**
 * The shortest an apply of `tables` can take: its unavoidable API requests (a login, one listing, and per table one
 * read, the running-import check, the start, one poll and one read-back) under the sliding limit from a fresh window,
 * or its jobs, PARALLELISM at a time, whichever is longer.
 */
function floorMs(tables: number): { ms: number; requests: number } {
  const requests = 2 + 5 * tables;
  const byLimit = Math.floor((requests - 1) / LIMIT.allowed) * LIMIT.windowMs;
  const byJobs = Math.ceil(tables / PARALLELISM) * JOB_MS;
  return { ms: Math.max(byLimit, byJobs), requests };
}

console.log(
  `Many tables of ${ROWS} rows, parallelism ${PARALLELISM}: ${JOB_MS / 1000} s jobs, 20 ms a request, ${LIMIT.allowed} requests a minute (sliding, enforced); ${RUNS} runs each, median (range)`,
);
console.log(machine());
console.log('| tables | plan | apply | apply floor | apply / floor | API requests: plan, apply | 429s | exit codes |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---|');
const kindsByTables: [number, RunFigures][] = [];
for (const tables of tableCounts) {
  const runs: RunFigures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(tables));
  const floor = floorMs(tables);
  const seconds = (values: number[]) => `${spread(values.map((ms) => ms / 1000))} s`;
  console.log(
    `| ${tables} | ${seconds(runs.map((r) => r.planMs))} | ${seconds(runs.map((r) => r.applyMs))} | ${(floor.ms / 1000).toFixed(1)} s (${floor.requests} requests) | ${spread(
      runs.map((r) => r.applyMs / floor.ms),
      2,
    )}x | ${spread(
      runs.map((r) => r.planApi),
      0,
    )}, ${spread(
      runs.map((r) => r.applyApi),
      0,
    )} | ${runs.reduce((n, r) => n + r.refused, 0)} | ${[...new Set(runs.map((r) => r.exitCodes))].join('; ')} |`,
  );
  kindsByTables.push([tables, runs[Math.floor(RUNS / 2)] as RunFigures]);
}
console.log('\nRequests by kind (one run; an apply plans again first):');
console.log(`| tables | run | ${KINDS.join(' | ')} |`);
console.log(`|---:|---|${KINDS.map(() => '---:').join('|')}|`);
for (const [tables, figures] of kindsByTables) {
  for (const mode of ['plan', 'apply'] as const) {
    console.log(`| ${tables} | ${mode} | ${KINDS.map((kind) => figures[mode][kind]).join(' | ')} |`);
  }
}
console.log(`load average after: ${machine().split('load average ')[1]}`);

// Growth: the plan alone (one request per table after the listing) of up to 200 tables, per table.
console.log('\nGrowth of the plan with the number of tables (3 runs each, median (range)):');
console.log('| tables | plan | per table | API requests |');
console.log('|---:|---:|---:|---:|');
for (const tables of [1, 10, 50, 200]) {
  const runs: RunFigures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(tables, true));
  console.log(
    `| ${tables} | ${spread(runs.map((r) => r.planMs / 1000))} s | ${spread(
      runs.map((r) => r.planMs / tables),
      0,
    )} ms | ${spread(
      runs.map((r) => r.planApi),
      0,
    )} |`,
  );
}
