import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Streams 200 MB of short-lived rows (one in twenty kept, as a plan keeps keys) through a fresh Node process and says
 * how large its young generation grew, with or without boundHeapGrowth(): in its own process, as V8 flags are global.
 */
function youngGenerationMb(bounded: boolean): number {
  const script = `
    ${bounded ? `const { boundHeapGrowth } = await import(${JSON.stringify(path.resolve('src/heap-growth.ts'))}); boundHeapGrowth();` : ''}
    const { getHeapSpaceStatistics } = await import('node:v8');
    const kept = [];
    let largest = 0;
    for (let i = 0; i < 2_000_000; i++) {
      const row = { key: 'code-' + i, cells: ['Label ' + (i % 1000), i % 2 === 0, i % 10000] };
      if (i % 20 === 0) kept.push(row.key);
      if (i % 10_000 === 0) largest = Math.max(largest, getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
    }
    process.stdout.write(String(largest / 1024 / 1024));
  `;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('boundHeapGrowth (V8 flags set at run time)', () => {
  it('keeps the young generation at its first size where it would otherwise grow several times over', () => {
    const unbounded = youngGenerationMb(false);
    const bounded = youngGenerationMb(true);
    // If a Node.js release stops reading the flag at run time, the two grow alike and this fails.
    expect(bounded).toBeLessThanOrEqual(8);
    expect(unbounded).toBeGreaterThanOrEqual(4 * bounded);
  });
});
