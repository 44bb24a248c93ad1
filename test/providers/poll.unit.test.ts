import { describe, expect, it } from 'vitest';
import { nextPollWait, pollUntil } from '../../src/providers/poll.ts';
import { ProviderError } from '../../src/providers/provider.ts';
import { FakeClock } from '../support/fake-clock.ts';

describe('how often a job is polled', () => {
  const pollMs = { first: 250, longest: 30_000 };
  it('is at most a second apart while the job is young, then a tenth of its age, within the bounds', () => {
    expect(nextPollWait(0, pollMs)).toBe(1000);
    expect(nextPollWait(9_000, pollMs)).toBe(1000);
    expect(nextPollWait(30_000, pollMs)).toBe(3000);
    expect(nextPollWait(120_000, pollMs)).toBe(12_000);
    expect(nextPollWait(3_600_000, pollMs)).toBe(30_000);
    expect(nextPollWait(50_000, { first: 10, longest: 50 })).toBe(50);
  });

  it('notices a finished job within about a second, or 10% of its run time', () => {
    // Walk the schedule and measure the worst lag for jobs ending at any time up to 2 minutes.
    for (const end of [1_000, 5_000, 30_000, 120_000]) {
      let t = 0;
      let wait = pollMs.first;
      for (let polls = 0; t < end && polls < 10_000; polls++) {
        t += wait;
        wait = nextPollWait(t, pollMs);
      }
      expect(t - end).toBeLessThanOrEqual(Math.max(1000, end / 10));
    }
  });
});

describe('polling a job until it ends, on a clock the test drives', () => {
  const pollMs = { first: 250, longest: 30_000 };
  const stillRunning = (last: string, timeoutMs: number) => `still ${last} after ${timeoutMs} ms`;

  it('waits before the first poll, then as the schedule says, and returns the state that ends it', async () => {
    const clock = new FakeClock();
    const started = clock.now();
    const polledAt: number[] = [];
    const done = await pollUntil(
      async () => {
        polledAt.push(clock.now() - started);
        return polledAt.length < 4 ? 'Running' : 'Succeeded';
      },
      (state) => state !== 'Running',
      { timeoutMs: 60_000, pollMs, clock, stillRunning },
    );
    expect(done).toBe('Succeeded');
    expect(polledAt).toEqual([250, 1250, 2250, 3250]);
  });

  it("starts with a job's own first wait when given", async () => {
    const clock = new FakeClock();
    await pollUntil(
      async () => 'Succeeded',
      () => true,
      { timeoutMs: 60_000, pollMs, firstWaitMs: 5000, clock, stillRunning },
    );
    expect(clock.slept).toEqual([5000]);
  });

  it('gives up once the next wait would pass the timeout, saying what it last saw, without sleeping past it', async () => {
    const clock = new FakeClock();
    const started = clock.now();
    let polls = 0;
    const error = await pollUntil(
      async () => {
        polls++;
        return 'Running';
      },
      () => false,
      { timeoutMs: 10_000, pollMs, clock, stillRunning },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toBe('still Running after 10000 ms');
    expect(clock.now() - started).toBeLessThanOrEqual(10_000);
    expect(polls).toBe(10);
  });
});
