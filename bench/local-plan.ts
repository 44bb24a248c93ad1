/**
 * The local plan (read the CSV, validate every cell, diff against the live rows) of 100,000 and 1,000,000
 * rows x 10 columns with 1% of the rows changed, beside csv-parse alone parsing the same file.
 * Each measurement runs in its own process so that its peak memory (max RSS) is its own; three of each, interleaved
 * (csv-parse, then the plan), printed as median (range), the ratio taken pair by pair.
 * Run: node bench/local-plan.ts [rows...]   (figures printed, never asserted)
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse';
import { planTable } from '../src/core/plan.ts';
import type { TableSchema } from '../src/core/schema.ts';
import { machine, median, spread } from './figures.ts';

export const schema: TableSchema = {
  fields: [
    { name: 'key', title: 'Code', type: 'string', isKey: true },
    ...Array.from({ length: 9 }, (_, i) => ({
      name: `F${i + 1}`,
      title: `F${i + 1}`,
      type: (['string', 'integer', 'number', 'boolean'] as const)[i % 4] as 'string',
      isKey: false,
    })),
  ],
};

function cell(row: number, field: number, changed: boolean): string {
  const type = schema.fields[field]?.type;
  const n = changed ? row + 1 : row;
  if (type === 'integer') return String(n * field);
  if (type === 'number') return `${n}.${field}5`;
  if (type === 'boolean') return n % 2 === 0 ? 'true' : 'false';
  return `value ${n} of field ${field}`;
}

/** The live set: every row, one cell changed in every 100th row, as the export gives it (text). */
function liveRecords(rows: number): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const record: Record<string, unknown> = { key: `code-${r}` };
    for (let f = 1; f < schema.fields.length; f++) record[`F${f}`] = cell(r, f, r % 100 === 0 && f === 1);
    records[r] = record;
  }
  return records;
}

export async function writeFile(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${schema.fields.map((f) => f.title).join(',')}\n`);
  for (let r = 0; r < rows; r++) {
    const cells = [`code-${r}`];
    for (let f = 1; f < schema.fields.length; f++) cells.push(cell(r, f, false));
    if (!out.write(`${cells.join(',')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/** One measurement, in this process: prints JSON {ms, maxRssMb}. */
async function measure(kind: string, file: string, rows: number): Promise<void> {
  const live = kind === 'baseline' || kind === 'plan' ? liveRecords(rows) : [];
  const started = performance.now();
  if (kind === 'csv-parse') {
    let count = 0;
    for await (const _record of createReadStream(file).pipe(parse())) count++;
    if (count !== rows + 1) throw new Error(`parsed ${count}`);
  } else if (kind === 'plan') {
    const plan = await planTable({
      file,
      source: createReadStream(file),
      table: { id: 'bench', name: 'Bench' },
      schema,
      liveRecords: live,
      mode: 'replace',
      maxDeletes: { count: 0 },
      limits: { maxRows: 10_000_000, maxKeyLength: 256 },
    });
    if (plan.diff.updated.length !== rows / 100 || plan.invalidRows !== 0) throw new Error('unexpected plan');
  }
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function child(kind: string, file: string, rows: number): { ms: number; maxRssMb: number } {
  const out = execFileSync(
    process.execPath,
    [new URL(import.meta.url).pathname, '--measure', kind, file, String(rows)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split('\n').pop() as string);
}

if (process.argv[1] !== import.meta.filename) {
  // imported for its helpers: nothing to run
} else if (process.argv[2] === '--measure') {
  await measure(process.argv[3] as string, process.argv[4] as string, Number(process.argv[5]));
} else {
  const sizes = process.argv.slice(2).map(Number);
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-plan-'));
  const results: {
    rows: number;
    mb: number;
    parse: number[];
    plan: number[];
    ratios: number[];
    planRss: number;
    baseRss: number;
  }[] = [];
  try {
    for (const rows of sizes.length > 0 ? sizes : [1_000, 10_000, 100_000, 1_000_000]) {
      const file = path.join(dir, `rows-${rows}.csv`);
      await writeFile(file, rows);
      const mb = statSync(file).size / 1024 / 1024;
      // Three runs each, interleaved, so a busy moment on the machine hits both sides alike.
      const runs = Array.from({ length: 3 }, () => ({
        parse: child('csv-parse', file, rows),
        plan: child('plan', file, rows),
      }));
      const base = child('baseline', file, rows);
      results.push({
        rows,
        mb,
        parse: runs.map((run) => run.parse.ms),
        plan: runs.map((run) => run.plan.ms),
        ratios: runs.map((run) => run.plan.ms / run.parse.ms),
        planRss: median(runs.map((run) => run.plan.maxRssMb)),
        baseRss: base.maxRssMb,
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`Local plan, 10 columns, 1% of rows changed; ${machine()}`);
  console.log(
    '| rows | file | csv-parse alone, ms | our plan, ms | plan / parse | plan peak RSS over live set | / file size |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const extra = r.planRss - r.baseRss;
    console.log(
      `| ${r.rows.toLocaleString('en')} | ${r.mb.toFixed(1)} MB | ${spread(r.parse, 0)} | ${spread(r.plan, 0)} | ${spread(r.ratios, 2)}x | ${extra.toFixed(0)} MB | ${(extra / r.mb).toFixed(2)}x |`,
    );
  }
  if (results.length >= 2) {
    const small = results[0] as (typeof results)[number];
    console.log(
      `Growth (medians, per row): ${results.map((r) => `${r.rows.toLocaleString('en')} rows ${((median(r.plan) / r.rows) * 1000).toFixed(1)} µs`).join(', ')}; ${((results.at(-1) as (typeof results)[number]).rows / small.rows).toLocaleString('en')}x the rows took ${(median((results.at(-1) as (typeof results)[number]).plan) / median(small.plan)).toFixed(0)}x the time.`,
    );
  }
}
