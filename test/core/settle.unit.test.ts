import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JobEnd, type ReadShows, settleSchedule, settleStep } from '../../src/core/settle.ts';

const minute = settleSchedule(60_000);

/** Runs the rule over a sequence of reads, each taken when the rule asked; what it ended with, and when. */
function settle(end: JobEnd, reads: ReadShows[], restoreNeedsChange = false) {
  let elapsed = 0;
  for (let i = 0; i < reads.length; i++) {
    const step = settleStep(end, reads[i] as ReadShows, i + 1, elapsed, minute, restoreNeedsChange);
    if (step.next !== 'wait') return { step, reads: i + 1, elapsed };
    elapsed += step.ms;
  }
  return { step: { next: 'still waiting' }, reads: reads.length, elapsed };
}

describe('settleSchedule: a bounded window, backing off', () => {
  it('reads six times at most over 60 s, the gaps growing, the last at the end of the window', () => {
    expect(minute).toEqual([0, 1000, 4000, 12_000, 30_000, 60_000]);
    expect(settleSchedule(0)).toEqual([0]);
    expect(settleSchedule(2000)).toEqual([0, 33, 133, 400, 1000, 2000]);
  });
});

describe('settleStep: when a read is enough', () => {
  it('ends a succeeded import at the first read that equals the file, however late', () => {
    expect(settle({ kind: 'succeeded' }, ['expected'])).toMatchObject({ step: { next: 'settled' }, reads: 1 });
    expect(settle({ kind: 'succeeded' }, ['snapshot', 'snapshot', 'expected'])).toMatchObject({
      step: { next: 'settled' },
      reads: 3,
      elapsed: 4000,
    });
  });

  it('reports a mismatch only after the whole window, on reads spread over it', () => {
    const result = settle({ kind: 'succeeded' }, Array(10).fill('other'));
    expect(result).toMatchObject({ step: { next: 'mismatch' }, reads: 6, elapsed: 60_000 });
  });

  it('never reports a mismatch before two reads at least 30 s apart, whatever the reads show', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<ReadShows>('snapshot', 'other'), { minLength: 6, maxLength: 6 }),
        (reads) => {
          const result = settle({ kind: 'succeeded' }, reads);
          expect(result.step.next).toBe('mismatch');
          expect(result.elapsed).toBeGreaterThanOrEqual(30_000);
          expect(result.reads).toBeGreaterThanOrEqual(2);
        },
      ),
    );
  });

  it('after a failed job whose counts say nothing changed, one read equal to the snapshot ends it', () => {
    expect(settle({ kind: 'failed', changedRows: 0 }, ['expected'])).toMatchObject({
      step: { next: 'settled' },
      reads: 1,
    });
  });

  it('after a failed job whose counts say rows changed, a read equal to the snapshot is not enough: restore', () => {
    expect(settle({ kind: 'failed', changedRows: 12 }, ['expected'])).toMatchObject({
      step: { next: 'restore', seen: false },
      reads: 1,
    });
  });

  it('any read that differs from the snapshot after a failed job is a change: restore at once', () => {
    for (const changedRows of [0, 5, undefined]) {
      expect(settle({ kind: 'failed', changedRows }, ['other'])).toMatchObject({
        step: { next: 'restore', seen: true },
        reads: 1,
      });
    }
  });

  it('a vendor that restores by differences waits for a read that shows them, restoring at the end anyway', () => {
    expect(settle({ kind: 'failed', changedRows: 3 }, ['expected', 'expected', 'other'], true)).toMatchObject({
      step: { next: 'restore', seen: true },
      reads: 3,
    });
    expect(settle({ kind: 'failed', changedRows: 3 }, Array(6).fill('expected'), true)).toMatchObject({
      step: { next: 'restore', seen: false },
      reads: 6,
      elapsed: 60_000,
    });
  });

  it('without counts, reads the whole window before calling the table unchanged', () => {
    expect(settle({ kind: 'failed', changedRows: undefined }, Array(6).fill('expected'))).toMatchObject({
      step: { next: 'settled' },
      reads: 6,
      elapsed: 60_000,
    });
  });

  it('with no window (a vendor whose reads do not lag), decides on one read', () => {
    expect(settleStep({ kind: 'succeeded' }, 'other', 1, 0, [0])).toEqual({ next: 'mismatch' });
    expect(settleStep({ kind: 'failed', changedRows: undefined }, 'expected', 1, 0, [0])).toEqual({
      next: 'settled',
    });
  });

  it('a slow read shortens the next wait rather than stretching the window', () => {
    expect(settleStep({ kind: 'succeeded' }, 'snapshot', 2, 3500, minute)).toEqual({ next: 'wait', ms: 500 });
    expect(settleStep({ kind: 'succeeded' }, 'snapshot', 2, 9000, minute)).toEqual({ next: 'wait', ms: 0 });
  });
});
