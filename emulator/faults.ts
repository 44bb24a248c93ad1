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
  return undefined;
}

function serverError(status: number) {
  return status === 503
    ? error(503, 'flows.datatables.server.too.busy', 'The server is too busy to handle the request. Try again later.')
    : error(status, 'internal.server.error', 'The server encountered an unexpected error.');
}

/**
 * `inin-ratelimit-allowed`, `-count` and `-reset` (seconds to the window's end), counted per token in a one-minute
 * window, as Genesys sends them on every answer. Only counted: limiting is the `rateLimit` fault's job.
 */
export class RateWindow {
  private readonly allowed: number;
  private readonly windowMs = 60_000;
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(allowed = 300) {
    this.allowed = allowed;
  }

  headers(token: string, now = Date.now()): Record<string, string> {
    let window = this.windows.get(token);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(token, window);
    }
    window.count++;
    return {
      'inin-ratelimit-allowed': String(this.allowed),
      'inin-ratelimit-count': String(window.count),
      'inin-ratelimit-reset': String(Math.ceil((window.start + this.windowMs - now) / 1000)),
    };
  }
}
