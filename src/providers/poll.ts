import { type Clock, realClock } from '../core/clock.ts';
import { ProviderError } from './provider.ts';

export interface PollOptions<T> {
  timeoutMs: number;
  /**
   * The first wait, and the longest. In between, a job is polled at most a second apart while it is young and then at
   * most a tenth of its age apart: a finished job is noticed within about a second, or within 10% of its run time,
   * without polling a long job every second.
   */
  pollMs: { first: number; longest: number };
  /** This job's own first wait (when jobs like it are known to take longer than `first`). */
  firstWaitMs?: number;
  /** The error when the time is up, from the last state seen. */
  stillRunning: (last: T, timeoutMs: number) => string;
  /** The clock the waits are measured and slept on (tests: one they drive). */
  clock?: Clock;
}

/** Polls longer than this are waited a tenth of the job's age; shorter ones at most this far apart. */
const YOUNG_POLL_MS = 1000;

/** The wait before the next poll of a job this old (ms). */
export function nextPollWait(ageMs: number, pollMs: { first: number; longest: number }): number {
  const wanted = Math.max(YOUNG_POLL_MS, Math.floor(ageMs / 10));
  return Math.max(pollMs.first, Math.min(wanted, pollMs.longest));
}

/**
 * Polls until `done`, waiting `first` and then as `nextPollWait` says, and gives up (a ProviderError) once `timeoutMs`
 * would pass.
 */
export async function pollUntil<T>(
  poll: () => Promise<T>,
  done: (state: T) => boolean,
  options: PollOptions<T>,
): Promise<T> {
  const clock = options.clock ?? realClock;
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  // The job was just started (or found running): the first poll waits too, as a poll at once would find it unfinished.
  let wait = options.firstWaitMs ?? options.pollMs.first;
  let state: T | undefined;
  for (;;) {
    if (state !== undefined && clock.now() + wait > deadline) {
      throw new ProviderError(options.stillRunning(state, options.timeoutMs));
    }
    await clock.sleep(Math.min(wait, Math.max(0, deadline - clock.now())));
    state = await poll();
    if (done(state)) return state;
    wait = nextPollWait(clock.now() - started, options.pollMs);
  }
}
