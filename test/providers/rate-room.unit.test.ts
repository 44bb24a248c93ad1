import { describe, expect, it } from 'vitest';
import { RatePacer } from '../../src/providers/rate-pacer.ts';

// How many requests an origin's budget has room for now, with no wait: what the plan's readers may spend.
describe('RatePacer.room', () => {
  it('is unbounded without a budget', () => {
    expect(new RatePacer().room('https://api.example')).toBe(Number.POSITIVE_INFINITY);
  });

  it('is the allowance less the requests still in the window (unanswered ones too) and the reserve', async () => {
    const pacer = new RatePacer();
    const origin = 'https://api.example';
    pacer.budget(origin, 10, 60_000);
    expect(pacer.room(origin)).toBe(9);
    const seqs = [await pacer.acquire(origin), await pacer.acquire(origin), await pacer.acquire(origin)];
    // Three sent, none answered: they hold their slots however long ago they were sent.
    expect(pacer.room(origin)).toBe(6);
    expect(pacer.room(origin, Date.now() + 10 * 60_000)).toBe(6);
    for (const seq of seqs) pacer.answered(origin, seq);
    expect(pacer.room(origin)).toBe(6);
    // A window after their answers they have left it.
    expect(pacer.room(origin, Date.now() + 60_001)).toBe(9);
    // Spent to the reserve: no room; never below none.
    for (let i = 0; i < 6; i++) await pacer.acquire(origin);
    expect(pacer.room(origin)).toBe(0);
    await pacer.acquire(origin);
    expect(pacer.room(origin)).toBe(0);
  });
});
