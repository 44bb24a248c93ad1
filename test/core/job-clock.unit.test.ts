import { describe, expect, it } from 'vitest';
import { JobClock, jobDurationMs } from '../../src/core/job-clock.ts';

const wait = { first: 1000, longest: 30_000 };

describe('JobClock: the first poll of a job comes when jobs like it were done', () => {
  it('keeps the default first wait until a job of the kind has finished', () => {
    const clock = new JobClock();
    expect(clock.firstWait('import', 500, 0, wait)).toBe(1000);
    clock.record('export', 500, 4000);
    expect(clock.firstWait('import', 500, 0, wait)).toBe(1000);
  });

  it('waits as long as the quickest finished job no larger than this one took, less the time already passed', () => {
    const clock = new JobClock();
    clock.record('import', 500, 2500);
    clock.record('import', 400, 2200);
    clock.record('import', 5000, 9000);
    expect(clock.firstWait('import', 500, 300, wait)).toBe(1900); // 2,200 (400 rows) - 300
    expect(clock.firstWait('import', 10_000, 0, wait)).toBe(2200); // the quickest no larger
    // A smaller job than any seen: nothing says it takes long, so the default.
    expect(clock.firstWait('import', 100, 0, wait)).toBe(1000);
    // Unknown size: the quickest of its kind.
    expect(clock.firstWait('import', 0, 0, wait)).toBe(2200);
  });

  it('never waits less than the default nor more than the longest wait', () => {
    const clock = new JobClock();
    clock.record('export', 0, 600);
    expect(clock.firstWait('export', 0, 0, wait)).toBe(1000);
    clock.record('import', 10, 120_000);
    expect(clock.firstWait('import', 10, 0, wait)).toBe(30_000);
    expect(clock.firstWait('import', 10, 119_500, wait)).toBe(1000);
  });

  it('ignores durations the vendor did not give or that make no sense', () => {
    const clock = new JobClock();
    clock.record('import', 10, jobDurationMs(undefined, '2026-12-03T10:00:02Z'));
    clock.record('import', 10, jobDurationMs('2026-12-03T10:00:02Z', '2026-12-03T10:00:00Z'));
    clock.record('import', 10, jobDurationMs('garbage', '2026-12-03T10:00:00Z'));
    expect(clock.expectedMs('import', 10)).toBeUndefined();
    clock.record('import', 10, jobDurationMs('2026-12-03T10:00:00.000Z', '2026-12-03T10:00:02.500Z'));
    expect(clock.expectedMs('import', 10)).toBe(2500);
  });
});
