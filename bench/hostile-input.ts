/**
 * The plan's work on hostile files: cells and headers built to be slow. CPU time of planTable (process.cpuUsage),
 * beside the regular expression the number check used before (quadratic on long digit runs, timed on shorter cells).
 * Run: node bench/hostile-input.ts   (figures printed, never asserted)
 */
import { planTable } from '../src/core/plan.ts';
import type { TableSchema } from '../src/core/schema.ts';

const schema: TableSchema = {
  fields: [
    { name: 'key', title: 'Code', type: 'string', isKey: true },
    { name: 'Rate', title: 'Rate', type: 'number', isKey: false },
  ],
};

function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function planCpuMs(source: string): Promise<{ ms: number; invalid: number }> {
  const start = process.cpuUsage();
  const plan = await planTable({
    file: 'hostile.csv',
    source,
    table: { id: 'bench', name: 'Bench' },
    schema,
    liveRecords: [],
    mode: 'replace',
    maxDeletes: { percent: 100 },
    limits: { maxRows: 1_000_000, maxKeyLength: 256 },
  }).catch((error: Error) => ({ invalidRows: -1, error }));
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, invalid: plan.invalidRows };
}

const megabyteOfDigits = `${'1'.repeat(1024 * 1024)}x`;
const rows: [string, string][] = [
  [
    '3 cells of 1 MB of digits in a number column',
    `Code,Rate\na,${megabyteOfDigits}\nb,${megabyteOfDigits}\nc,${megabyteOfDigits}\n`,
  ],
  ['a header of 100,000 columns', `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n`],
  [
    'a header of 100,000 unknown columns after the key',
    `Code,${Array.from({ length: 99_999 }, (_, i) => `u${i}`).join(',')}\n`,
  ],
];

console.log(`Hostile input: CPU time of the plan (node ${process.version})`);
console.log('| input | CPU | result |');
console.log('|---|---:|---|');
for (const [name, source] of rows) {
  const { ms, invalid } = await planCpuMs(source);
  console.log(
    `| ${name} | ${ms.toFixed(0)} ms | ${invalid === -1 ? 'refused (header)' : `${invalid} invalid row(s)`} |`,
  );
}
// The number check before 2026-11-24, for comparison: quadratic in the digits before a wrong character.
const OLD_DECIMAL = /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;
for (const size of [10_000, 20_000, 40_000]) {
  const text = `${'1'.repeat(size)}x`;
  console.log(
    `| old number regex, one cell of ${size.toLocaleString('en')} digits | ${cpuMs(() => OLD_DECIMAL.test(text)).toFixed(0)} ms | (for comparison) |`,
  );
}
