import { type Clock, realClock } from '../core/clock.ts';
import { ProviderError } from './provider.ts';

/** What a vendor's rate-limit headers say of the current window. */
export interface RateWindow {
  /** Requests the window allows. */
  allowed: number;
  /** Requests counted in it so far, this one included. */
  count: number;
  /** Until the window turns (or, for a sliding window, until it has room again), ms. */
  resetMs: number;
}

/** Reads a vendor's rate-limit headers; undefined when an answer has none. */
export type RateHeaderReader = (headers: Record<string, string | string[] | undefined>) => RateWindow | undefined;

export interface PaceInfo {
  origin: string;
  waitMs: number;
  why: string;
}

interface OriginState {
  read?: RateHeaderReader;
  /** The budget the vendor documents (Genesys: 300 requests a minute per OAuth client), kept as a sliding window. */
  budget?: { allowed: number; windowMs: number };
  /** Set when the vendor asked for a wait longer than the run may take: every request to the origin fails with it. */
  blocked?: string;
  /** From the newest answer that had the headers: its window, when it ends, and which request it answered. */
  window?: { allowed: number; count: number; resetAt: number; seq: number };
  /** Requests sent so far, and the ones still without an answer. */
  sent: number;
  /** When each of the latest requests was sent, by number (a ring): when the window frees a slot follows from it. */
  sentAt: Float64Array;
  /** When each of them was answered (or failed): the vendor counted it by then, whenever it arrived. */
  doneAt: Float64Array;
  inFlight: number;
  lastSentAt: number;
  /** A 429 stops every request to the origin until then. */
  pausedUntil: number;
  /** When a wait was last told (onPace). */
  toldAt: number;
}

/** Requests kept back from the window's end, for answers still on their way. */
const RESERVE = 1;
/** Send times kept: more than any window's allowance this pacer expects (Genesys: 300 a minute). */
const SENT_TIMES = 4096;
/** Longest single sleep before looking again: a fresh answer may change the picture. */
const LOOK_AGAIN_MS = 1000;
/** A window's reset is trusted up to this far ahead (a bad header must not stall a run). */
const LONGEST_RESET_MS = 120_000;

/**
 * Paces every request to an origin so that workers sharing one OAuth client never spend more than its budget: a
 * configured one (`budget`: at most `allowed` requests in any `windowMs`, counted from this run's own send times,
 * headers or not), and, where a vendor sends rate-limit headers, what they say is left (full speed while plenty is
 * left, then the rest spread over the time to the window's end). A 429 pauses every request to the origin, not just
 * the one that met it; a wait the run cannot afford blocks the origin, and every request then fails saying why.
 */
export class RatePacer {
  private readonly origins = new Map<string, OriginState>();
  private readonly onPace: ((info: PaceInfo) => void) | undefined;
  private readonly clock: Clock;

  constructor(onPace?: (info: PaceInfo) => void, clock: Clock = realClock) {
    this.onPace = onPace;
    this.clock = clock;
  }

  /** Paces requests to `origin` by the headers `read` understands (without: only 429s pause it). */
  paceBy(origin: string, read: RateHeaderReader): void {
    this.state(origin).read = read;
  }

  /** At most `allowed` requests to `origin` in any `windowMs`, whatever its answers say. */
  budget(origin: string, allowed: number, windowMs: number): void {
    const state = this.state(origin);
    state.budget = { allowed, windowMs };
    if (state.sentAt.length <= allowed) {
      const sentAt = new Float64Array(allowed + 1);
      const doneAt = new Float64Array(allowed + 1);
      for (let seq = Math.max(1, state.sent - state.sentAt.length + 1); seq <= state.sent; seq++) {
        sentAt[seq % sentAt.length] = state.sentAt[seq % state.sentAt.length] as number;
        doneAt[seq % doneAt.length] = state.doneAt[seq % state.doneAt.length] as number;
      }
      state.sentAt = sentAt;
      state.doneAt = doneAt;
    }
  }

  /**
   * Requests `origin`'s budget has room for now, none of them waiting: the allowance, less the requests sent in the
   * last window (unanswered ones too) and the reserve. Without a budget: Infinity.
   */
  room(origin: string, now = this.clock.now()): number {
    const state = this.origins.get(origin);
    const budget = state?.budget;
    if (!state || !budget) return Number.POSITIVE_INFINITY;
    let inWindow = 0;
    for (let seq = state.sent; seq >= 1 && state.sent - seq < state.sentAt.length; seq--) {
      const sentAt = state.sentAt[seq % state.sentAt.length] as number;
      const doneAt = state.doneAt[seq % state.doneAt.length] as number;
      // As waitFor counts it: a request leaves the window one window after its answer; unanswered, it stays.
      const leftAt = doneAt >= sentAt ? doneAt + budget.windowMs : Number.POSITIVE_INFINITY;
      if (leftAt > now) inWindow++;
    }
    return Math.max(0, budget.allowed - inWindow - RESERVE);
  }

  /** Every later request to `origin` fails with `reason` (a ProviderError from acquire). */
  block(origin: string, reason: string): void {
    this.state(origin).blocked = reason;
  }

  /** Waits for a turn to send to `origin`; returns the request's number, for `answered`. */
  async acquire(origin: string): Promise<number> {
    const state = this.state(origin);
    let told = false;
    for (;;) {
      if (state.blocked) throw new ProviderError(state.blocked);
      const { waitMs, why } = this.waitFor(state, this.clock.now());
      if (waitMs <= 0) break;
      // Said once per wait, and once in 10 s at most for all the workers waiting on one origin.
      if (!told && waitMs >= 2000 && this.clock.now() - state.toldAt >= 10_000) {
        told = true;
        state.toldAt = this.clock.now();
        this.onPace?.({ origin, waitMs, why });
      }
      await this.clock.sleep(Math.min(waitMs, LOOK_AGAIN_MS));
    }
    state.inFlight++;
    state.lastSentAt = this.clock.now();
    state.sent++;
    state.sentAt[state.sent % state.sentAt.length] = state.lastSentAt;
    return state.sent;
  }

  /** The answer (or its absence: `headers` undefined) to request `seq`. */
  answered(origin: string, seq: number, headers?: Record<string, string | string[] | undefined>): void {
    const state = this.state(origin);
    state.inFlight = Math.max(0, state.inFlight - 1);
    state.doneAt[seq % state.doneAt.length] = this.clock.now();
    const window = headers && state.read?.(headers);
    if (!window || (state.window && seq < state.window.seq)) return;
    const resetMs = Math.min(Math.max(0, window.resetMs), LONGEST_RESET_MS);
    state.window = { allowed: window.allowed, count: window.count, resetAt: this.clock.now() + resetMs, seq };
  }

  /** After a 429: nothing more is sent to `origin` for `waitMs`. */
  pause(origin: string, waitMs: number): void {
    const state = this.state(origin);
    state.pausedUntil = Math.max(state.pausedUntil, this.clock.now() + waitMs);
  }

  private state(origin: string): OriginState {
    let state = this.origins.get(origin);
    if (!state) {
      state = {
        sent: 0,
        sentAt: new Float64Array(SENT_TIMES),
        doneAt: new Float64Array(SENT_TIMES),
        inFlight: 0,
        lastSentAt: 0,
        pausedUntil: 0,
        toldAt: Number.NEGATIVE_INFINITY,
      };
      this.origins.set(origin, state);
    }
    return state;
  }

  private waitFor(state: OriginState, now: number): { waitMs: number; why: string } {
    if (state.pausedUntil > now)
      return { waitMs: state.pausedUntil - now, why: 'the vendor answered 429 (rate limited)' };
    const budget = state.budget;
    if (budget && state.sent >= budget.allowed) {
      // The request `allowed` sends ago must have left the window. The vendor counts it when it arrives, which is
      // after it was sent (a slow one arrives late) and before its answer came: it leaves the window for sure one
      // window after its answer. Still unanswered, it holds its slot.
      const seq = state.sent - budget.allowed + 1;
      const sentAt = state.sentAt[seq % state.sentAt.length] as number;
      const doneAt = state.doneAt[seq % state.doneAt.length] as number;
      const waitMs = doneAt >= sentAt ? doneAt + budget.windowMs - now : 50;
      if (waitMs > 0) {
        return {
          waitMs,
          why: `${budget.allowed} requests were sent in the last ${Math.round(budget.windowMs / 1000)} s, the rate limit's budget`,
        };
      }
    }
    const window = state.window;
    if (!window) return { waitMs: 0, why: '' };
    // Left in the window: its count, less the requests sent after the one that answered it.
    const sinceAnswer = state.sent - window.seq;
    const left = window.allowed - window.count - sinceAnswer;
    const lowWater = Math.max(4 * RESERVE, Math.floor(window.allowed / 10));
    if (left > lowWater) return { waitMs: 0, why: '' };
    const toReset = window.resetAt - now;
    const why = `${Math.max(0, left)} of ${window.allowed} requests left in the rate-limit window`;
    if (left <= RESERVE) return { waitMs: this.untilSlotFrees(state, window, RESERVE - left, now), why };
    const spacing = toReset / (left - RESERVE);
    return { waitMs: state.lastSentAt + spacing - now, why };
  }

  /**
   * How long until the window has freed slot `k` (0: the next one). The window's oldest request leaves at its reset;
   * when the requests it holds are this pacer's own, the later ones leave as far apart as they were sent (a sliding
   * window), so slot k frees at reset + (send time of the k-th oldest - send time of the oldest). A fixed window frees
   * every slot at its reset: the first answer after it says so. Without the send times (someone else's requests in
   * the window): after the reset, one request at a time until an answer tells the new count.
   */
  private untilSlotFrees(
    state: OriginState,
    window: NonNullable<OriginState['window']>,
    k: number,
    now: number,
  ): number {
    const oldest = window.seq - window.count + 1;
    const known = oldest >= 1 && oldest + k <= window.seq && state.sent - oldest < state.sentAt.length;
    if (!known) {
      if (now < window.resetAt) return window.resetAt - now;
      return state.inFlight === 0 ? 0 : 50;
    }
    const sentAt = (seq: number) => state.sentAt[seq % state.sentAt.length] as number;
    return window.resetAt + (sentAt(oldest + k) - sentAt(oldest)) - now;
  }
}
