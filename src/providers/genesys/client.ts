import { BearerSession, type LoginAhead } from '../bearer-session.ts';
import { type HttpClient, type HttpRequest, type HttpResponse, parseJson, safeUrl } from '../http.ts';
import { ProviderError } from '../provider.ts';
import type { RateWindow } from '../rate-pacer.ts';
import { AUDIT_PERMISSION } from './audit.ts';
import { LOOKUPS } from './lookups.ts';

export interface GenesysConnection {
  apiUrl: string;
  loginUrl: string;
  clientId: string;
  clientSecret: string;
  /**
   * The OAuth client's request budget. Genesys allows 300 requests a minute per OAuth client unless support raised it,
   * and stopped sending rate-limit headers in 2021: the budget alone keeps the run under the limit (docs/genesys.md).
   */
  rateLimit?: { allowed: number; windowMs: number };
}

/** The org's hosts: `api.<region>` and `login.<region>`, unless overridden (proxy, local emulator). */
export function genesysHosts(region: string, apiUrl?: string, loginUrl?: string): { apiUrl: string; loginUrl: string } {
  const trim = (url: string) => url.replace(/\/+$/, '');
  return {
    apiUrl: trim(apiUrl || `https://api.${region}`),
    loginUrl: trim(loginUrl || `https://login.${region}`),
  };
}

interface ErrorBody {
  message?: string;
  code?: string;
  contextId?: string;
  messageParams?: Record<string, string>;
}

/** "message (code X, contextId Y)": what support needs, from a Genesys error body. */
export function describeGenesysError(body: string): string {
  const error = parseJson(body) as ErrorBody;
  const extra = [error.code && `code ${error.code}`, error.contextId && `contextId ${error.contextId}`].filter(Boolean);
  const message = error.message || body.slice(0, 200) || 'no details';
  return extra.length > 0 ? `${message} (${extra.join(', ')})` : message;
}

/**
 * The permissions each call needs (any one of them), as the reference lists them from the API's 403 answers; undefined
 * for the Downloads API, which names none (the SDK's DownloadsApi and the gc CLI list no permission for it).
 */
export function permissionHint(method: string, url: string): string | undefined {
  const path = new URL(url, 'https://api.invalid').pathname;
  if (/\/api\/v2\/downloads\//.test(path)) return undefined;
  if (path.startsWith('/api/v2/architect/dependencytracking/')) return 'architect:dependencyTracking:view';
  if (path.startsWith('/api/v2/audits/')) return AUDIT_PERMISSION;
  // The lookups of objects a reference column names (lookups.ts).
  const lookup = Object.values(LOOKUPS).find((call) => call.path === path);
  if (lookup) return lookup.permission ?? `no listed permission for this call (the SDK's ${lookup.sdk} lists none)`;
  // Creating and changing tables (tables as code), as the gc CLI's data table commands list them.
  if (method === 'POST' && /\/flows\/datatables\/?$/.test(path)) return 'architect:datatable:add';
  if (method === 'PUT' && /\/flows\/datatables\/[^/]+\/?$/.test(path)) return 'architect:datatable:edit';
  if (method === 'POST' && path.endsWith('/import/csv/jobs'))
    return 'architect:datatable:edit or architect:datatableRow:add';
  if (method === 'GET' && path.endsWith('/import/jobs'))
    return 'architect:datatable:edit or architect:datatableRow:view';
  if (/\/(rows|export\/jobs|import\/jobs)(\/|$)/.test(path))
    return 'architect:datatable:view or architect:datatableRow:view';
  return 'architect:datatable:view';
}

/**
 * Authenticated calls to the Platform API: client-credentials login, the token cached for the run,
 * and one fresh login when a call answers 401 (token expired or revoked).
 */
export class GenesysClient {
  readonly http: HttpClient;
  private readonly connection: GenesysConnection;
  private readonly session: BearerSession;

  constructor(connection: GenesysConnection, http: HttpClient) {
    this.connection = connection;
    this.http = http;
    this.session = new BearerSession(http, (ahead) => this.login(ahead));
    // Every table's requests share the OAuth client's budget. Answers no longer carry inin-ratelimit-* headers (removed
    // in 2021); an answer that still does is read too, nothing depends on it.
    const budget = connection.rateLimit ?? { allowed: 300, windowMs: 60_000 };
    http.budget(connection.apiUrl, budget.allowed, budget.windowMs);
    http.paceBy(connection.apiUrl, readRateLimitHeaders);
    http.addSecret(connection.clientSecret);
    http.addSecret(basicCredentials(connection));
  }

  get apiUrl(): string {
    return this.connection.apiUrl;
  }

  /** Begins the OAuth login before the first call; resolves once its request is on its way (VendorRun.login). */
  beginLogin(): Promise<void> {
    return this.session.begin();
  }

  /** The OAuth client's budget in words: "300 requests a minute". */
  get budgetWords(): string {
    const { allowed, windowMs } = this.connection.rateLimit ?? { allowed: 300, windowMs: 60_000 };
    return `${allowed} requests ${windowMs === 60_000 ? 'a minute' : `in ${Math.round(windowMs / 1000)} s`}`;
  }

  /**
   * Calls the API at `path` and returns the 2xx answer (and a 3xx one with `redirect: 'return'`: the caller decides
   * where, and with which credentials, to follow it).
   */
  async call(
    req: Omit<HttpRequest, 'url'> & { path: string; redirect?: 'return' },
    action: string,
  ): Promise<HttpResponse> {
    const { path, redirect, ...request } = req;
    const url = `${this.connection.apiUrl}${path}`;
    // As the official SDK sends every call (its ApiClient sets Content-Type: application/json, body or not).
    const headers = { accept: 'application/json', 'content-type': 'application/json', ...request.headers };
    const response = await this.session.send({ ...request, headers, url });
    if (response.status === 401) {
      throw new ProviderError(
        this.http.redact(
          `Genesys rejected a fresh access token while trying to ${action} (401): ${describeGenesysError(response.body)}. ` +
            'Check that the OAuth client is active and its role is in the right division.',
        ),
      );
    }
    if (response.status >= 200 && response.status < 300) return response;
    if (redirect === 'return' && response.status >= 300 && response.status < 400) return response;
    let message = `Genesys answered ${response.status} to ${req.method} ${safeUrl(url)} while trying to ${action}: ${describeGenesysError(response.body)}`;
    if (response.status === 403) {
      const needs = permissionHint(req.method, url);
      message += needs
        ? `. The OAuth client's role needs ${needs}`
        : '. The Downloads API needs no permission, so no role change fixes this: the download may have expired or belong to another client; run again';
    }
    throw new GenesysApiError(this.http.redact(message), response.status);
  }

  async json<T>(req: Omit<HttpRequest, 'url'> & { path: string }, action: string): Promise<T> {
    const response = await this.call(req, action);
    try {
      return JSON.parse(response.body) as T;
    } catch {
      throw new ProviderError(`Genesys answered ${action} with something that is not JSON`);
    }
  }

  private async login(ahead?: LoginAhead): Promise<string> {
    const url = `${this.connection.loginUrl}/oauth/token`;
    let response: HttpResponse;
    try {
      response = await this.http.send({
        ...ahead,
        method: 'POST',
        url,
        idempotent: true, // a second token request is harmless
        headers: {
          authorization: `Basic ${basicCredentials(this.connection)}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: 'grant_type=client_credentials',
      });
    } catch (error) {
      throw new ProviderError(`Could not reach the Genesys login host: ${(error as Error).message}`);
    }
    if (response.status !== 200) {
      const hint =
        response.status === 400 || response.status === 401
          ? ' Check genesys-client-id, genesys-client-secret and genesys-region (the client must use the Client Credentials grant).'
          : '';
      // Genesys' login host says why in `description` (not OAuth's usual `error_description`).
      const error = parseJson(response.body) as ErrorBody & {
        description?: string;
        error_description?: string;
        error?: string;
      };
      const detail =
        [error.error, error.description || error.error_description || error.message].filter(Boolean).join(': ') ||
        `status ${response.status}`;
      throw new ProviderError(
        this.http.redact(`Genesys login at ${safeUrl(url)} failed (${response.status}): ${detail}.${hint}`),
      );
    }
    const token = parseJson(response.body).access_token;
    if (typeof token !== 'string' || token === '') {
      throw new ProviderError('Genesys login answered without an access_token');
    }
    return token;
  }
}

/** `inin-ratelimit-allowed`, `-count` and `-reset` (seconds), as every Genesys API answer carries them. */
export function readRateLimitHeaders(headers: Record<string, string | string[] | undefined>): RateWindow | undefined {
  const number = (name: string) => {
    const value = headers[`inin-ratelimit-${name}`];
    const text = Array.isArray(value) ? value[0] : value;
    return text !== undefined && /^\s*[0-9]+\s*$/.test(text) ? Number(text) : undefined;
  };
  const allowed = number('allowed');
  const count = number('count');
  const reset = number('reset');
  if (allowed === undefined || count === undefined || reset === undefined || allowed === 0) return undefined;
  return { allowed, count, resetMs: reset * 1000 };
}

export class GenesysApiError extends ProviderError {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

function basicCredentials(connection: GenesysConnection): string {
  return Buffer.from(`${connection.clientId}:${connection.clientSecret}`).toString('base64');
}
