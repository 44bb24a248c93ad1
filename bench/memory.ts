/**
 * Peak memory of planning a 50 MB file the way D·engage and LearningBuilder are planned (against the file's previous
 * version in git, not live rows), with a previous version (1% of rows changed) and without one (a first run: every
 * row is added), plan.json written as a run does. Each case runs in its own process, so its peak (max RSS) is its own.
 * Run: node bench/memory.ts   (figures printed, never asserted)
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TARGET_BYTES = 50 * 1024 * 1024;

if (process.argv[2] === 'case') {
  // One case, in this process: argv = case <file> <previous file or ->
  const [, , , file, previous] = process.argv as string[];
  const { planAgainstPrevious } = await import('../src/plan-tables.ts');
  const { planJsonChunks } = await import('../src/core/plan.ts');
  const { createWriteStream } = await import('node:fs');
  const started = performance.now();
  const planned = await planAgainstPrevious(
    [
      {
        relativePath: 'contacts.csv',
        absolutePath: file as string,
        open: () => createReadStream(file as string),
        table: 'contacts',
        importMode: 'replace',
        maxDeletes: { percent: 100 },
        delimiter: ',',
      },
    ],
    async () => (previous && previous !== '-' ? readFile(previous, 'utf8') : undefined),
  );
  const out = createWriteStream(path.join(path.dirname(file as string), 'plan.json'));
  for (const piece of planJsonChunks(
    planned.tables.map((t) => t.plan),
    planned.failures,
  )) {
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  const plan = planned.tables[0]?.plan;
  console.log(
    JSON.stringify({
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      ms: performance.now() - started,
      counts: plan ? { added: plan.diff.added.length, updated: plan.diff.updated.length } : planned.failures,
    }),
  );
  process.exit(0);
}

const dir = await mkdtemp(path.join(tmpdir(), 'datatable-memory-'));
try {
  const header = 'contact_key,email,first_name,last_name,city,segment,score,opted_in,last_order,notes';
  const row = (i: number, version: number) =>
    `c${String(i).padStart(8, '0')},user${i}@example.com,First${i},Last${i},City ${i % 500},seg-${i % 12},${(i * 7) % 1000},${i % 3 === 0},2026-${String((i % 12) + 1).padStart(2, '0')}-15,"note ${i} v${i % 100 === 0 ? version : 0}, some words"`;
  const lines: string[] = [header];
  let bytes = header.length + 1;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const line = row(i, 1);
    lines.push(line);
    bytes += line.length + 1;
  }
  const rows = lines.length - 1;
  const current = path.join(dir, 'contacts.csv');
  writeFileSync(current, `${lines.join('\n')}\n`);
  const previous = path.join(dir, 'previous.csv');
  writeFileSync(previous, `${[header, ...Array.from({ length: rows }, (_, i) => row(i, 0))].join('\n')}\n`);
  lines.length = 0;
  const size = (await stat(current)).size;
  const run = (prev: string) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [...(process.env.BENCH_NODE_FLAGS?.split(' ') ?? []), import.meta.filename, 'case', current, prev],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        },
      ),
    ) as { maxRssMb: number; ms: number; counts: unknown };
  const withPrevious = run(previous);
  const firstRun = run('-');
  const mb = size / 1024 / 1024;
  console.log(`Memory: a ${mb.toFixed(0)} MB file of ${rows} rows x 10 columns, planned against its previous version`);
  console.log('| case | peak memory (max RSS) | x the file | time |');
  console.log('|---|---:|---:|---:|');
  for (const [name, figures] of [
    ['previous version, 1% of rows changed', withPrevious],
    ['no previous version (every row added)', firstRun],
  ] as const) {
    console.log(
      `| ${name} | ${figures.maxRssMb.toFixed(0)} MB | ${(figures.maxRssMb / mb).toFixed(1)}x | ${(figures.ms / 1000).toFixed(1)} s |`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
