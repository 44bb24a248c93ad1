/**
 * V8's young generation kept at its starting size for the rest of the process. A plan keeps a little of each row it
 * reads (an added row's key and place, say); by default V8 answers that survival by doubling the young generation up
 * to 64 MB or more, which a large plan's peak memory then carries on top of what is live (measured in
 * docs/benchmarks.md, "Memory"). `--max-semi-space-size` would bound it but is read only when the process starts (and
 * action.yml cannot pass flags); the growth factor is read each time V8 grows the space, so setting it to 1 here
 * stops the growth. Called before a plan reads anything; node:v8 is loaded then, not at start.
 */
let bounded = false;

export function boundYoungGeneration(): void {
  if (bounded) return;
  bounded = true;
  process.getBuiltinModule('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
}
