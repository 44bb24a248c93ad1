/**
 * Keeps V8's heap near what a run holds (docs/benchmarks.md, the memory section). Rows stream through a plan by the
 * million: with its defaults V8 doubles the young generation up to 32 MB a semi-space as some of them survive each
 * collection, and lets the old generation grow to several times what a full collection found alive, so a 150,000-row
 * plan peaked at 3x its file and a first load at 10x. Here the young generation keeps its first size (growth factor 1)
 * and the old one grows by a fifth past what was found alive. The collector reads both flags each time it sizes a
 * space, so they work when set at run time, unlike `--max-semi-space-size`, which is read once at start (and
 * action.yml cannot pass flags). Measured: no time lost on a 150,000-row plan (benchmarks).
 * Called before a plan reads rows (every run that reads rows plans first); node:v8 is loaded then, not at start.
 */
let bounded = false;

export function boundHeapGrowth(): void {
  if (bounded) return;
  bounded = true;
  const v8 = process.getBuiltinModule('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--heap-growing-percent=20');
}
