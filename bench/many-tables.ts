/**
 * Many tables at once: 1, 10 and 50 tables of 500 rows, planned and then applied (5 rows changed in each) by the
 * bundled action, against the emulator with 2 s jobs, 20 ms per request and an enforced limit of 300 requests a minute
 * per OAuth client (sliding). Each size runs with parallelism 1 (one table after another, as before) and with the
 * default 4; the apply starts with a fresh rate-limit window, as after a merge. Wall time, requests and 429 answers
 * are printed, never asserted.
 * Run: node bench/many-tables.ts [sizes...]   (about eight minutes for all three; `npm run bench` runs 1 and 10 and 50)
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GenesysEmulator, type TableSeed } from '../emulator/server.ts';
import { runAction } from '../scripts/run-action.ts';

const ROWS = 500;
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

interface Figures {
  ms: number;
  requests: number;
  refused: number;
  exitCode: number;
}

async function measure(tables: number, parallelism: number): Promise<{ plan: Figures; apply: Figures }> {
  const names = Array.from({ length: tables }, (_, i) => `Table ${String(i + 1).padStart(2, '0')}`);
  const emulator = await new GenesysEmulator({
    tables: names.map((name) => ({ name, properties, rows: Array.from({ length: ROWS }, (_, r) => row(r, 0)) })),
    faults: { jobDurationMs: 2000 },
    rateLimit: { allowed: 300, windowMs: 60_000, enforce: true },
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
    const run = async (mode: 'plan' | 'apply'): Promise<Figures> => {
      const before = emulator.requests.length;
      const refusedBefore = emulator.requests.filter((r) => r.status === 429).length;
      const started = performance.now();
      const result = await runAction({
        workspace,
        timeoutMs: 30 * 60_000,
        inputs: {
          mode,
          config: 'tables.yml',
          parallelism: String(parallelism),
          'genesys-client-id': 'local-client',
          'genesys-client-secret': 'local-secret',
          'genesys-api-url': emulator.apiUrl,
          'genesys-login-url': emulator.apiUrl,
          'upload-artifacts': 'false',
          comment: 'never',
        },
      });
      if (result.exitCode !== 0) console.error(result.stdout.slice(-3000));
      return {
        ms: performance.now() - started,
        requests: emulator.requests.length - before,
        refused: emulator.requests.filter((r) => r.status === 429).length - refusedBefore,
        exitCode: result.exitCode,
      };
    };
    const plan = await run('plan');
    // The apply runs after the merge, minutes after the pull request's plan: a fresh rate-limit window.
    emulator.rateWindow.clear();
    const apply = await run('apply');
    return { plan, apply };
  } finally {
    await emulator.stop();
    await rm(workspace, { recursive: true, force: true });
  }
}

console.log(
  `Many tables of ${ROWS} rows: 2 s jobs, 20 ms a request, 300 requests a minute (sliding, enforced); node ${process.version}`,
);
console.log(
  '| tables | parallelism | plan | plan requests (per table) | apply | apply requests (per table) | 429s | exit codes |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---|');
const base: Record<string, number> = {};
for (const tables of tableCounts) {
  for (const parallelism of [1, 4]) {
    const { plan, apply } = await measure(tables, parallelism);
    if (tables === tableCounts[0]) {
      base[`plan${parallelism}`] = plan.ms;
      base[`apply${parallelism}`] = apply.ms;
    }
    const times = (ms: number, key: string) =>
      `${(ms / 1000).toFixed(1)} s${tables > 1 && base[key] ? ` (${(ms / (base[key] as number)).toFixed(1)}x)` : ''}`;
    // An apply's requests include its own plan: the apply's extra requests are what it adds to a plan.
    const extra = apply.requests - plan.requests;
    console.log(
      `| ${tables} | ${parallelism} | ${times(plan.ms, `plan${parallelism}`)} | ${plan.requests} (${(plan.requests / tables).toFixed(1)}) | ${times(apply.ms, `apply${parallelism}`)} | ${apply.requests} (plan + ${(extra / tables).toFixed(1)}) | ${plan.refused + apply.refused} | ${plan.exitCode}, ${apply.exitCode} |`,
    );
  }
}
