import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { type Clock, realClock } from '../core/clock.ts';
import { ProviderError } from './provider.ts';
import { type PaceInfo, type RateHeaderReader, RatePacer } from './rate-pacer.ts';
import { Agent, EnvHttpProxyAgent, request } from './undici.ts';

export interface HttpOptions {
  /** Attempts per request, the first included. */
  maxAttempts?: number;
  /** Longest time spent retrying one request, waits included (a Retry-After up to `longestWaitMs` is waited still). */
  maxRetryMs?: number;
  /**
   * The longest single wait a vendor may ask for (429 with Retry-After): a longer one stops every request to that host
   * at once, saying what the vendor asked, rather than hold the run (job-timeout; default 15 minutes).
   */
  longestWaitMs?: number;
  /** Longest wait for response headers, and between body chunks. */
  timeoutMs?: number;
  /** Longest a request may take in all, headers and body (default 5 minutes): a trickling answer ends here. */
  deadlineMs?: number;
  /** Largest answer body read, in bytes (default 32 MiB: far more than any JSON answer); a request may set its own. */
  maxResponseBytes?: number;
  /** Called before each wait, so the caller can log why it waits. */
  onRetry?: (info: { reason: string; waitMs: number; attempt: number; url: string }) => void;
  /** For tests: a fixed source of jitter. */
  random?: () => number;
  /** Told of every secret registered, so the runner can mask it in logs too. */
  onSecret?: (secret: string) => void;
  /**
   * The proxy settings (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`, upper or lower case), as self-hosted runners set them;
   * the process environment unless given (tests).
   */
  proxyEnv?: Record<string, string | undefined>;
  /** Told of every request once it has an answer, or failed without one (status 0): for debug logs. */
  onResponse?: (info: { method: string; url: string; status: number; ms: number; correlationId?: string }) => void;
  /** Told when requests wait 2 s or more for the vendor's rate limit, so the log says why nothing moves. */
  onPace?: (info: PaceInfo) => void;
  /**
   * The clock retries and pacing wait on (tests: one they drive). Request deadlines and socket timeouts stay on real
   * time: they bound a real connection.
   */
  clock?: Clock;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** The body; a large one as a file read afresh for each attempt (sent with its length, never chunked). */
  body?: string | Uint8Array | FileBody;
  /**
   * Whether repeating the request is harmless. 429 is retried regardless (the server did not act on it);
   * 5xx and dropped connections only when this holds. Defaults to true for GET, PUT and DELETE.
   */
  idempotent?: boolean;
  /** This request's own cap on the answer's size (an export file: by the table's limits). */
  maxResponseBytes?: number;
  /** This request's own deadline, headers and body (a large download may need longer). */
  deadlineMs?: number;
  /**
   * Reads a 2xx answer's body as it arrives (within the size cap and the deadline), instead of it being collected into
   * `body` (left empty): a large file is then never held whole. What it throws is thrown as is.
   */
  consume?: (body: AsyncIterable<Buffer>) => Promise<void>;
  /** Told each time the request has been written to the connection (before its answer is read). */
  onSent?: () => void;
  /** Stops the request and its retries: one begun ahead of need (a login) that the run ended without using. */
  signal?: AbortSignal;
}

/** A body read from a file (an upload of a whole table): opened again for each attempt, its length known. */
export interface FileBody {
  readonly length: number;
  open(): Readable;
}

/** What a request's own body reader threw: passed through, never taken for a network failure. */
class ConsumerFailure {
  readonly error: unknown;
  constructor(error: unknown) {
    this.error = error;
  }
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request that failed for good (a final non-2xx answer, or no answer after retries); `message` is safe to show.
 * It is a ProviderError, so a vendor that cannot be reached fails its table with this message, not the run.
 */
export class HttpError extends ProviderError {
  readonly status: number;
  readonly body: string;
  constructor(message: string, status: number, body: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.body = body;
  }
}

const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/**
 * The one HTTP client: undici, with bounded retries (429 honouring Retry-After, 5xx and dropped
 * connections with exponential backoff and jitter), per-request timeouts, a request counter, and
 * redaction of every registered secret from anything it reports.
 */
export class HttpClient {
  private readonly options: Required<
    Omit<HttpOptions, 'onRetry' | 'onSecret' | 'proxyEnv' | 'onResponse' | 'onPace' | 'clock'>
  > &
    Pick<HttpOptions, 'onRetry' | 'onSecret' | 'onResponse'>;
  /** Shared by every request: workers sharing a vendor's rate limit are paced together. */
  private readonly pacer: RatePacer;
  /** Every wait of this client, and of the vendors that poll through it. */
  readonly clock: Clock;
  private readonly dispatcher: Dispatcher;
  private readonly closing: (() => void)[] = [];
  private readonly secrets = new Set<string>();
  private count = 0;

  constructor(options: HttpOptions = {}) {
    this.options = {
      maxAttempts: options.maxAttempts ?? 6,
      maxRetryMs: options.maxRetryMs ?? 120_000,
      longestWaitMs: options.longestWaitMs ?? 15 * 60_000,
      deadlineMs: options.deadlineMs ?? 5 * 60_000,
      maxResponseBytes: options.maxResponseBytes ?? 32 * 1024 * 1024,
      timeoutMs: options.timeoutMs ?? 60_000,
      random: options.random ?? Math.random,
      onRetry: options.onRetry,
      onSecret: options.onSecret,
      onResponse: options.onResponse,
    };
    this.clock = options.clock ?? realClock;
    this.pacer = new RatePacer(options.onPace, this.clock);
    const env = options.proxyEnv ?? process.env;
    const proxy = (name: string) => env[name] || env[name.toLowerCase()] || undefined;
    const timeouts = {
      headersTimeout: this.options.timeoutMs,
      bodyTimeout: this.options.timeoutMs,
      connectTimeout: Math.min(this.options.timeoutMs, 30_000),
    };
    const httpProxy = proxy('HTTP_PROXY');
    const httpsProxy = proxy('HTTPS_PROXY');
    // Runners behind a proxy set these variables; without them, a plain agent (no proxy logic on the way).
    this.dispatcher =
      httpProxy || httpsProxy
        ? new EnvHttpProxyAgent({
            ...timeouts,
            ...(httpProxy ? { httpProxy } : {}),
            ...(httpsProxy ? { httpsProxy } : {}),
            noProxy: proxy('NO_PROXY') ?? '',
          })
        : new Agent(timeouts);
  }

  /** Registers a value that must never appear in an error message. */
  addSecret(secret: string): void {
    if (secret.length < 4 || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.options.onSecret?.(secret);
  }

  /**
   * Registers a signed URL's credentials the moment it is known: its query string and each of its values (a storage
   * error that echoes the signature, percent-encoded or not, is then redacted like any secret).
   */
  addUrlSecrets(url: string): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return;
    }
    const query = parsed.search.slice(1);
    if (query === '') return;
    this.addSecret(query);
    for (const [, value] of parsed.searchParams) {
      if (value.length >= 8) {
        this.addSecret(value);
        this.addSecret(encodeURIComponent(value));
      }
    }
  }

  redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = result.split(secret).join('***');
    return result;
  }

  /** Paces requests to this URL's origin by the rate-limit headers `read` understands (see RatePacer). */
  paceBy(url: string, read: RateHeaderReader): void {
    this.pacer.paceBy(originOf(url), read);
  }

  /** At most `allowed` requests to this URL's origin in any `windowMs`, shared by everything this client sends. */
  budget(url: string, allowed: number, windowMs: number): void {
    this.pacer.budget(originOf(url), allowed, windowMs);
  }

  /** Requests this URL's origin's budget has room for now without a wait (Infinity without a budget). */
  room(url: string): number {
    return this.pacer.room(originOf(url));
  }

  /** Requests sent so far, every attempt counted. */
  requestCount(): number {
    return this.count;
  }

  /**
   * Told when the run closes the client, before it waits for the requests in flight: a request begun ahead of need is
   * stopped there if nothing took it, rather than held to its deadline.
   */
  onClose(stop: () => void): void {
    this.closing.push(stop);
  }

  async close(): Promise<void> {
    for (const stop of this.closing.splice(0)) stop();
    await this.dispatcher.close();
  }

  /** Sends the request, retrying what is safe to retry; returns any final answer, 2xx or not. */
  async send(req: HttpRequest): Promise<HttpResponse> {
    const idempotent = req.idempotent ?? req.method !== 'POST';
    const started = this.clock.now();
    for (let attempt = 1; ; attempt++) {
      let waitMs: number | undefined;
      let pausedMs: number | undefined;
      let reason: string;
      const origin = originOf(req.url);
      const seq = await this.pacer.acquire(origin);
      const sent = this.clock.now();
      let answered: HttpResponse['headers'] | undefined;
      try {
        this.count++;
        const deadlineMs = req.deadlineMs ?? this.options.deadlineMs;
        const fileBody = isFileBody(req.body) ? req.body : undefined;
        const response = await request(req.url, {
          method: req.method,
          // A stream is sent with its length: storage refuses a chunked upload (and it is known anyway).
          headers: fileBody ? { ...req.headers, 'content-length': String(fileBody.length) } : req.headers,
          body: fileBody ? fileBody.open() : (req.body as string | Uint8Array | undefined),
          dispatcher: this.dispatcher,
          ...(req.onSent ? { onSent: req.onSent } : {}),
          signal: req.signal
            ? AbortSignal.any([AbortSignal.timeout(deadlineMs), req.signal])
            : AbortSignal.timeout(deadlineMs),
        }).catch((error: unknown) => {
          throw isTimeout(error) ? this.deadlineError(req, deadlineMs) : error;
        });
        answered = response.headers;
        const consume = response.statusCode >= 200 && response.statusCode < 300 ? req.consume : undefined;
        if (consume) {
          const failure = await consume(this.cappedBody(req, response.body, deadlineMs)).then(
            () => undefined,
            (error: unknown) => new ConsumerFailure(error),
          );
          if (failure) {
            response.body.destroy();
            throw failure;
          }
        }
        const body = consume ? '' : await this.readBody(req, response.body, deadlineMs);
        const result: HttpResponse = { status: response.statusCode, headers: response.headers, body };
        const correlation = response.headers['inin-correlation-id'] ?? response.headers['x-request-id'];
        this.options.onResponse?.({
          method: req.method,
          url: safeUrl(req.url),
          status: response.statusCode,
          ms: this.clock.now() - sent,
          ...(typeof correlation === 'string' ? { correlationId: correlation } : {}),
        });
        if (response.statusCode === 429) {
          reason = 'rate limited (429)';
          waitMs = retryAfterMs(response.headers['retry-after'], this.clock.now());
          if (waitMs !== undefined && waitMs > this.options.longestWaitMs) {
            // Waiting would outlast the run: every request to this host stops now, saying what was asked.
            const message = `${new URL(req.url).host} answered 429 and asked to wait ${formatWait(waitMs)} (Retry-After) before any further request, longer than this run may wait (${formatWait(this.options.longestWaitMs)}, job-timeout); stopped without waiting. Run again later`;
            this.pacer.block(origin, message);
            throw new HttpError(message, 429, this.redact(body));
          }
          const wanted = waitMs ?? this.backoffMs(attempt);
          if (!this.mayRetry(attempt, started, wanted, waitMs !== undefined)) return result;
          // Every request to this origin waits, not just this one: they share the limit.
          pausedMs = this.withJitter(wanted, waitMs !== undefined);
          this.pacer.pause(origin, pausedMs);
        } else if (response.statusCode >= 500 && idempotent) {
          reason = `server error (${response.statusCode})`;
          if (!this.mayRetry(attempt, started, this.backoffMs(attempt))) return result;
        } else {
          return result;
        }
      } catch (error) {
        if (error instanceof HttpError) throw error;
        if (error instanceof ConsumerFailure) throw error.error;
        if (req.signal?.aborted) throw this.stoppedError(req);
        const code = (error as { code?: string }).code ?? '';
        // No answer at all: status 0 in the debug log, with the time it took to fail.
        this.options.onResponse?.({
          method: req.method,
          url: safeUrl(req.url),
          status: 0,
          ms: this.clock.now() - sent,
        });
        if (!idempotent || !RETRYABLE_NETWORK_CODES.has(code)) throw this.networkError(req, error);
        reason = `connection problem (${code})`;
        if (!this.mayRetry(attempt, started, this.backoffMs(attempt))) throw this.networkError(req, error);
      } finally {
        this.pacer.answered(origin, seq, answered);
      }
      // A 429's wait is the origin's pause, waited in acquire; the others wait their backoff here.
      const delay = pausedMs ?? this.withJitter(waitMs ?? this.backoffMs(attempt), waitMs !== undefined);
      this.options.onRetry?.({ reason, waitMs: delay, attempt, url: safeUrl(req.url) });
      if (pausedMs === undefined) await this.clock.sleep(delay);
      if (req.signal?.aborted) throw this.stoppedError(req);
    }
  }

  /** Sends the request and fails with a readable HttpError unless the answer is 2xx. */
  async expectOk(req: HttpRequest, describe: (response: HttpResponse) => string): Promise<HttpResponse> {
    const response = await this.send(req);
    if (response.status >= 200 && response.status < 300) return response;
    throw new HttpError(this.redact(describe(response)), response.status, this.redact(response.body));
  }

  /**
   * The answer's body, at most `maxResponseBytes` of it: a larger one is dropped unread with a clear error, and one
   * still coming at the deadline too.
   */
  private async readBody(
    req: HttpRequest,
    body: AsyncIterable<Buffer> & { destroy(): void },
    deadlineMs: number,
  ): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.cappedBody(req, body, deadlineMs)) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  }

  /** The body's chunks as they come, ending with a clear error past `maxResponseBytes` or the deadline. */
  private async *cappedBody(
    req: HttpRequest,
    body: AsyncIterable<Buffer> & { destroy(): void },
    deadlineMs: number,
  ): AsyncGenerator<Buffer> {
    const max = req.maxResponseBytes ?? this.options.maxResponseBytes;
    let size = 0;
    try {
      for await (const chunk of body) {
        size += chunk.length;
        if (size > max) {
          body.destroy();
          throw new HttpError(
            this.redact(
              `${req.method} ${safeUrl(req.url)} answered with more than ${formatBytes(max)}, more than this answer can be; stopped reading it`,
            ),
            0,
            '',
          );
        }
        yield chunk;
      }
    } catch (error) {
      if (isTimeout(error)) throw this.deadlineError(req, deadlineMs);
      throw error;
    }
  }

  private deadlineError(req: HttpRequest, deadlineMs: number): HttpError {
    return new HttpError(
      this.redact(
        `${req.method} ${safeUrl(req.url)} did not answer in full within ${Math.round(deadlineMs / 1000)} s; stopped waiting for it`,
      ),
      0,
      '',
    );
  }

  /** Another attempt fits: attempts left, and the wait within the retry budget (a vendor's Retry-After: the longest wait). */
  private mayRetry(attempt: number, started: number, waitMs: number, askedByVendor = false): boolean {
    const budget = askedByVendor
      ? Math.max(this.options.maxRetryMs, this.options.longestWaitMs)
      : this.options.maxRetryMs;
    return attempt < this.options.maxAttempts && this.clock.now() - started + waitMs <= budget;
  }

  private backoffMs(attempt: number): number {
    return Math.min(500 * 2 ** (attempt - 1), 16_000);
  }

  /** Retry-After is a floor, so jitter only adds to it; backoff gets full jitter around its middle. */
  private withJitter(ms: number, isFloor: boolean): number {
    const r = this.options.random();
    return Math.round(isFloor ? ms + r * Math.min(1000, ms * 0.2 + 100) : ms * (0.5 + r));
  }

  private stoppedError(req: HttpRequest): HttpError {
    return new HttpError(`${req.method} ${safeUrl(req.url)} was stopped: the run ended without needing it`, 0, '');
  }

  private networkError(req: HttpRequest, error: unknown): Error {
    const detail = (error as Error).message ?? String(error);
    return new HttpError(this.redact(`${req.method} ${safeUrl(req.url)} failed: ${detail}`), 0, '');
  }
}

function isFileBody(body: HttpRequest['body']): body is FileBody {
  return typeof body === 'object' && !(body instanceof Uint8Array);
}

/** Whether an error is the request's deadline passing (undici answers an abort by the timeout signal). */
function isTimeout(error: unknown): boolean {
  const e = error as { name?: string; code?: string; cause?: { name?: string } };
  return (
    e?.name === 'TimeoutError' ||
    e?.cause?.name === 'TimeoutError' ||
    (e?.code === 'UND_ERR_ABORTED' && e?.cause?.name === 'TimeoutError')
  );
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}

/** A wait in words: "86400 s (24 h)". */
function formatWait(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  return seconds < 7200
    ? `${seconds} s (${Math.round(seconds / 60)} min)`
    : `${seconds} s (${Math.round(seconds / 3600)} h)`;
}

/** The scheme, host and port a URL's requests share a rate limit by. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\s*[0-9]+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A URL fit for messages: no query string (signed URLs carry credentials there) and no user info. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

/** Whether a URL's host is this machine (the emulator and test fakes): only there may plain http be used. */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.[0-9]{1,3}){3}$/.test(host);
}

/**
 * Refuses a URL that would carry credentials or data in clear: https only, plain http for loopback hosts alone.
 * `what` names the URL in the error (no query string is shown: signed URLs carry their signature there).
 */
export function requireSecureUrl(url: string, what: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ProviderError(`${what} is not a URL`);
  }
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopback(parsed))) return;
  throw new ProviderError(`${what} (${safeUrl(url)}) is not https; refusing to send anything there`);
}

/** A JSON answer's object, or an empty object when the body is not JSON (error pages, empty bodies). */
export function parseJson(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
