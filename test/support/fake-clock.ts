import type { Clock } from '../../src/core/clock.ts';

/**
 * A clock the test drives: `sleep` waits until time is moved past its end, never on real time. Driven by hand
 * (`advance`), or on its own (`auto`): once the event loop has run what was ready, time jumps to the earliest sleeper's
 * end and wakes it, one sleeper at a time, in order. Real I/O still takes real time; on the fake clock it takes none
 * unless others' sleeps end meanwhile (as on a real clock, a request may take a while).
 */
export class FakeClock implements Clock {
  private at: number;
  private readonly auto: boolean;
  private readonly sleepers: { until: number; wake: () => void }[] = [];
  private scheduled = false;
  /** Every sleep asked for, in order (ms). */
  readonly slept: number[] = [];

  /** Starts at a plausible date, so code that takes 0 for "never" sees it long ago. */
  constructor(options: { auto?: boolean; start?: number } = {}) {
    this.auto = options.auto ?? true;
    this.at = options.start ?? Date.UTC(2026, 0, 1);
  }

  now(): number {
    return this.at;
  }

  sleep(ms: number): Promise<void> {
    this.slept.push(ms);
    return new Promise((wake) => {
      this.sleepers.push({ until: this.at + Math.max(0, ms), wake });
      if (this.auto) this.schedule();
    });
  }

  /** Sleepers not yet woken. */
  get waiting(): number {
    return this.sleepers.length;
  }

  /** Moves time on by `ms`, waking every sleeper whose end has come. */
  advance(ms: number): void {
    this.at += ms;
    for (const sleeper of this.sleepers.filter((s) => s.until <= this.at)) this.wakeOne(sleeper);
  }

  private wakeOne(sleeper: { until: number; wake: () => void }): void {
    this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
    sleeper.wake();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const next = this.sleepers.reduce<(typeof this.sleepers)[number] | undefined>(
        (earliest, s) => (earliest === undefined || s.until < earliest.until ? s : earliest),
        undefined,
      );
      if (!next) return;
      this.at = Math.max(this.at, next.until);
      this.wakeOne(next);
      if (this.sleepers.length > 0) this.schedule();
    });
  }
}

/** Waits (on real I/O, a bounded number of turns) until `ready` holds; the test's own assertions then say what failed. */
export async function settled(ready: () => boolean, turns = 400): Promise<void> {
  for (let i = 0; i < turns && !ready(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}
