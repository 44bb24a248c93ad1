/**
 * A job matrix over runners: 200 tables planned by one job with one OAuth client, then by a matrix of 4 groups over two
 * OAuth clients (targets, the four group plans at once as a matrix runs them, gather), all through the bundled action
 * against the emulator enforcing its limit per OAuth client (sliding). The limit is Genesys' shape on a shorter clock
 * (100 requests per 10 s, not 300 per 60 s) and the emulator's pages hold 50 rows (tables of 150 rows: three pages
 * each), so the requests outgrow the budget in a bench of minutes. Printed: wall time against the floor,
 * requests / (clients x limit), the requests each client made, the 429s, the comments and the plan hashes.
 * Run: node bench/matrix.ts   (about three minutes)
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GenesysEmulator, type TableSeed } from '../emulator/server.ts';
import { runAction } from '../scripts/run-action.ts';
import { FakeGitHub } from '../test/support/fake-github.ts';
import { pullRequestEnv } from '../test/support/github-env.ts';
import { machine } from './figures.ts';

const TABLES = 200;
const ROWS = 150;
const GROUPS = 4;
const LIMIT = { allowed: 100, windowMs: 10_000 };
const clients = [
  { id: 'client-one', secret: 'secret-one' },
  { id: 'client-two', secret: 'secret-two' },
];
const properties: TableSeed['properties'] = {
  key: { title: 'Code', type: 'string' },
  weight: { title: 'Weight', type: 'integer' },
};
const name = (i: number) => `T${String(i).padStart(3, '0')}`;
const rows = Array.from({ length: ROWS }, (_, r) => ({ key: `k${String(r).padStart(3, '0')}`, weight: r }));

const emulator = await new GenesysEmulator({
  clients,
  rateLimit: { ...LIMIT, enforce: true },
  rowsListing: { maxPageSize: 50 },
  latencyMs: 20,
  tables: Array.from({ length: TABLES }, (_, i) => ({ name: name(i), properties, rows })),
}).start();
const github = await new FakeGitHub().start();
const dir = await mkdtemp(path.join(tmpdir(), 'datatable-bench-matrix-'));
const ws = path.join(dir, 'ws');

interface Entry {
  group: string;
  environment: string;
  client: string;
}

function step(inputs: Record<string, string>, env: Record<string, string>, client = 1, temp?: string) {
  const credentials = clients[client - 1] ?? clients[0];
  return runAction({
    workspace: ws,
    timeoutMs: 30 * 60_000,
    inputs: {
      config: 'tables.yml',
      environment: 'prod',
      'genesys-rate-limit': `${LIMIT.allowed}/${LIMIT.windowMs / 1000}s`,
      'genesys-client-id': credentials?.id ?? '',
      'genesys-client-secret': credentials?.secret ?? '',
      'genesys-api-url': emulator.apiUrl,
      'genesys-login-url': emulator.apiUrl,
      'github-token': 'ghs_bench',
      'upload-artifacts': 'false',
      ...inputs,
    },
    env: { ...env, ...(temp ? { RUNNER_TEMP: temp } : {}) },
  });
}

/** API requests (the rate-limited ones) by OAuth client, and the 429s among them, since `from`. */
function spent(from: number) {
  const api = emulator.requests.slice(from).filter((r) => r.host !== 'storage' && r.client !== undefined);
  const byClient = Object.fromEntries(clients.map((c) => [c.id, api.filter((r) => r.client === c.id).length]));
  return { total: api.length, byClient, refused: api.filter((r) => r.status === 429).length };
}

const floorSeconds = (requests: number, clientCount: number) =>
  ((requests / (clientCount * LIMIT.allowed)) * LIMIT.windowMs) / 1000;

try {
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  for (let i = 0; i < TABLES; i++) {
    // One row changed in one table of every ten.
    const csv = rows.map((r) => `${r.key},${i % 10 === 0 && r.weight === 1 ? 1000 : r.weight}`).join('\n');
    await writeFile(path.join(ws, 'tables', `${name(i)}.csv`), `Code,Weight\n${csv}\n`);
  }
  await writeFile(path.join(ws, 'tables.yml'), 'tables:\n  - file: tables/*.csv\n');
  const prEnv = await pullRequestEnv(dir, github);

  console.log(
    `Matrix bench: ${TABLES} tables of ${ROWS} rows (50-row pages), limit ${LIMIT.allowed} requests per ${LIMIT.windowMs / 1000} s per OAuth client, 20 ms a request`,
  );
  console.log(machine());
  console.log('');
  console.log(
    '| run | jobs | OAuth clients | API requests | by client | floor: requests / (clients x limit) | wall time | wall / floor | 429s | comments | plan hash |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');

  // One job, one client, every table.
  let from = emulator.requests.length;
  let started = performance.now();
  const single = await step({ comment: 'never', parallelism: '8' }, prEnv);
  let seconds = (performance.now() - started) / 1000;
  let used = spent(from);
  let floor = floorSeconds(used.total, 1);
  console.log(
    `| one job | 1 | 1 | ${used.total} | ${Object.values(used.byClient).join(' / ')} | ${floor.toFixed(1)} s | ${seconds.toFixed(1)} s | ${(seconds / floor).toFixed(2)} | ${used.refused} | 0 | \`${single.outputs['plan-hash']?.slice(0, 12)}\` (exit ${single.exitCode}) |`,
  );

  // The matrix: targets, the groups at once, gather; the rate windows fresh, as for a new pull request's run.
  emulator.rateWindow.clear();
  from = emulator.requests.length;
  started = performance.now();
  const targets = await step({ mode: 'targets', groups: String(GROUPS), 'genesys-clients': '2' }, prEnv);
  const matrix = JSON.parse(targets.outputs.matrix ?? '{"include":[]}') as { include: Entry[] };
  const temps = await Promise.all(matrix.include.map((_, i) => mkdtemp(path.join(dir, `group${i}-`))));
  const plans = await Promise.all(
    matrix.include.map((entry, i) =>
      step({ group: entry.group, 'genesys-clients': '2', parallelism: '8' }, prEnv, Number(entry.client), temps[i]),
    ),
  );
  const planSeconds = (performance.now() - started) / 1000;
  await mkdir(path.join(ws, 'plans'), { recursive: true });
  for (const plan of plans) {
    const file = plan.outputs['group-plan'] ?? '';
    if (file) await copyFile(file, path.join(ws, 'plans', path.basename(file)));
  }
  const gather = await step({ mode: 'gather', plans: 'plans' }, prEnv);
  seconds = (performance.now() - started) / 1000;
  used = spent(from);
  floor = floorSeconds(used.total, 2);
  console.log(
    `| matrix: targets, ${GROUPS} groups, gather | ${GROUPS + 2} | 2 | ${used.total} | ${Object.values(used.byClient).join(' / ')} | ${floor.toFixed(1)} s | ${seconds.toFixed(1)} s (groups ${planSeconds.toFixed(1)} s) | ${(seconds / floor).toFixed(2)} | ${used.refused} | ${github.comments.get(7)?.length ?? 0} | \`${gather.outputs['plan-hash']?.slice(0, 12)}\` (exit ${gather.exitCode}; groups exit ${plans.map((p) => p.exitCode).join(',')}) |`,
  );
  console.log('');
  console.log(`Same plan hash as one job: ${gather.outputs['plan-hash'] === single.outputs['plan-hash']}`);
} finally {
  await emulator.stop();
  await github.stop();
  await rm(dir, { recursive: true, force: true });
}
