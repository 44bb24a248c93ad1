/** How the benches print a figure measured several times, and the machine it was measured on. */
import os from 'node:os';

/** The median of the runs and their range: `12.3 (11.9-13.0)`. */
export function spread(values: readonly number[], digits = 1): string {
  const format = (n: number) => n.toFixed(digits);
  if (values.length < 2) return format(median(values));
  return `${format(median(values))} (${format(Math.min(...values))}-${format(Math.max(...values))})`;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[half] as number)
    : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
}

/** The machine and how busy it is now: figures from a loaded machine read slower. */
export function machine(): string {
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  return `node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, load average ${load}, ${new Date().toISOString().slice(0, 16)}Z`;
}
