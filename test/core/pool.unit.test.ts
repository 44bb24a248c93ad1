import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapConcurrent } from '../../src/core/pool.ts';

describe('mapConcurrent', () => {
  it('gives results in the items order when they finish in another order, never running more than the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 6 }),
        async (delays, limit) => {
          let running = 0;
          let most = 0;
          const finished: number[] = [];
          const results = await mapConcurrent(delays, limit, async (delay, index) => {
            running++;
            most = Math.max(most, running);
            await sleep(delay);
            running--;
            finished.push(index);
            return index * 10;
          });
          expect(results).toEqual(delays.map((_, i) => i * 10));
          expect(most).toBeLessThanOrEqual(limit);
          expect(finished.sort((a, b) => a - b)).toEqual(delays.map((_, i) => i));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('runs items side by side: four 30 ms items at a limit of 4 overlap', async () => {
    let running = 0;
    let most = 0;
    await mapConcurrent([1, 2, 3, 4], 4, async () => {
      running++;
      most = Math.max(most, running);
      await sleep(30);
      running--;
    });
    expect(most).toBe(4);
  });

  it('on an error thrown by work, starts nothing new, lets the running ones end, then throws it', async () => {
    const started: number[] = [];
    const ended: number[] = [];
    const run = mapConcurrent([0, 1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      if (item === 1) throw new Error('boom');
      await sleep(20);
      ended.push(item);
      return item;
    });
    await expect(run).rejects.toThrow('boom');
    expect(started).toEqual([0, 1]);
    expect(ended).toEqual([0]);
  });
});
