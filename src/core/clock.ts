/**
 * Time as the run sees it, injected wherever code waits or measures a wait (the HTTP client, the pacer, polling,
 * verification, the vendors' own waits), so a test drives time instead of waiting on a real clock.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The real clock: the system time, and timers. */
export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
