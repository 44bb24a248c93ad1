import { setTimeout as sleep } from 'node:timers/promises';
import { ProviderError } from './provider.ts';

export interface PollOptions<T> {
  timeoutMs: number;
  /** Waits between polls grow from the first to the longest. */
  pollMs: { first: number; longest: number };
  /** The error when the time is up, from the last state seen. */
  stillRunning: (last: T, timeoutMs: number) => string;
}

/** Polls until `done`, waiting longer each time, and gives up (a ProviderError) once `timeoutMs` would pass. */
export async function pollUntil<T>(
  poll: () => Promise<T>,
  done: (state: T) => boolean,
  options: PollOptions<T>,
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let wait = options.pollMs.first;
  for (;;) {
    const state = await poll();
    if (done(state)) return state;
    if (Date.now() + wait > deadline) throw new ProviderError(options.stillRunning(state, options.timeoutMs));
    await sleep(wait);
    wait = Math.min(wait * 2, options.pollMs.longest);
  }
}
