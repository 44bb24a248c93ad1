/** Faults switched on by tests and demos, and the rate-limit headers every API answer carries. */
import { badCredentials } from './auth.ts';
import type { Faults } from './types.ts';
import { error } from './wire.ts';

export interface FaultAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Takes one from a fault's count; true when the fault applied. */
function take(fault: { count: number } | undefined): boolean {
  if (!fault || fault.count <= 0) return false;
  fault.count--;
  return true;
}

/** The answer a switched-on fault gives an authenticated API call instead of the real one, if any. */
export function apiFault(faults: Faults, method: string, path: string): FaultAnswer | undefined {
  if (faults.rateLimit && take(faults.rateLimit)) {
    return {
      status: 429,
      body: error(
        429,
        'too.many.requests.retry.after',
        'Rate limit exceeded the maximum. Retry the request in [1] seconds',
      ),
      headers: { 'retry-after': faults.rateLimit.retryAfter ?? '1' },
    };
  }
  if (faults.serverErrors && take(faults.serverErrors)) {
    const status = faults.serverErrors.status ?? 503;
    return { status, body: serverError(status) };
  }
  const jobStart = method === 'POST' ? /\/(export|import\/csv)\/jobs$/.exec(path) : null;
  const kind = jobStart?.[1] === 'export' ? 'export' : 'import';
  if (jobStart && (faults.jobStartErrors?.kind ?? kind) === kind && take(faults.jobStartErrors)) {
    return { status: 503, body: serverError(503) };
  }
  if (take(faults.unauthorized)) return { status: 401, body: badCredentials() };
  if (faults.hugeAnswers && take(faults.hugeAnswers)) {
    return { status: 200, body: `[${'"padding",'.repeat(Math.ceil(faults.hugeAnswers.bytes / 10))}"end"]` };
  }
  return undefined;
}

function serverError(status: number) {
  return status === 503
    ? error(503, 'flows.datatables.server.too.busy', 'The server is too busy to handle the request. Try again later.')
    : error(status, 'internal.server.error', 'The server encountered an unexpected error.');
}

/**
 * Each OAuth client's requests in a sliding window (default: 300 a minute, Genesys' default). With `enforce`, a request
 * over the limit is refused (429 with Retry-After, not counted). Genesys removed the `inin-ratelimit-allowed`, `-count`
 * and `-reset` headers in June 2021 (forum notice "Removal of inin-ratelimit-* response headers"): they are sent only
 * with `headers: true`, for the action's reading of them, which nothing depends on. `-reset` is the seconds until the
 * oldest request in the window leaves it.
 */
export class RateWindow {
  readonly allowed: number;
  private readonly windowMs: number;
  private readonly enforce: boolean;
  private readonly sendHeaders: boolean;
  private readonly sent = new Map<string, number[]>();
  /** 429s answered because of the window (not the `rateLimit` fault). */
  refused = 0;

  constructor(options: { allowed?: number; windowMs?: number; enforce?: boolean; headers?: boolean } = {}) {
    this.allowed = options.allowed ?? 300;
    this.windowMs = options.windowMs ?? 60_000;
    this.enforce = options.enforce ?? false;
    this.sendHeaders = options.headers ?? false;
  }

  /** Forgets every request counted: a fresh window, as minutes later. */
  clear(): void {
    this.sent.clear();
  }

  /** Counts a request; the headers to answer with, and a 429 answer when it is over the limit. */
  take(token: string, now: number): { headers: Record<string, string>; refusal?: FaultAnswer } {
    const times = (this.sent.get(token) ?? []).filter((t) => now - t < this.windowMs);
    this.sent.set(token, times);
    const over = this.enforce && times.length >= this.allowed;
    if (!over) times.push(now);
    const oldest = times[0] ?? now;
    const resetSeconds = Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
    const headers: Record<string, string> = this.sendHeaders
      ? {
          'inin-ratelimit-allowed': String(this.allowed),
          'inin-ratelimit-count': String(over ? times.length + 1 : times.length),
          'inin-ratelimit-reset': String(resetSeconds),
        }
      : {};
    if (!over) return { headers };
    this.refused++;
    return {
      headers,
      refusal: {
        status: 429,
        body: error(
          429,
          'too.many.requests.retry.after',
          `Rate limit exceeded the maximum. Retry the request in [${resetSeconds}] seconds`,
        ),
        headers: { 'retry-after': String(resetSeconds) },
      },
    };
  }
}
