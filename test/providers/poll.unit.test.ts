import { describe, expect, it } from 'vitest';
import { nextPollWait } from '../../src/providers/poll.ts';

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
