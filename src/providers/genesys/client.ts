import { BearerSession } from '../bearer-session.ts';
import { type HttpClient, type HttpRequest, type HttpResponse, parseJson, safeUrl } from '../http.ts';
import { ProviderError } from '../provider.ts';

export interface GenesysConnection {
  apiUrl: string;
  loginUrl: string;
  clientId: string;
  clientSecret: string;
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

const PERMISSION_HINTS: Record<string, string> = {
  GET: 'architect:datatable:view',
  POST: 'architect:datatable:edit (import) or architect:datatable:view (export)',
};

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
    this.session = new BearerSession(http, () => this.login());
    http.addSecret(connection.clientSecret);
    http.addSecret(basicCredentials(connection));
  }

  get apiUrl(): string {
    return this.connection.apiUrl;
  }

  /** Calls the API at `path` (or an absolute URL on the API host) and returns the 2xx answer. */
  async call(req: Omit<HttpRequest, 'url'> & { path: string }, action: string): Promise<HttpResponse> {
    const url = req.path.startsWith('http') ? req.path : `${this.connection.apiUrl}${req.path}`;
    const response = await this.session.send({ ...req, url });
    if (response.status === 401) {
      throw new ProviderError(
        this.http.redact(
          `Genesys rejected a fresh access token while trying to ${action} (401): ${describeGenesysError(response.body)}. ` +
            'Check that the OAuth client is active and its role is in the right division.',
        ),
      );
    }
    if (response.status >= 200 && response.status < 300) return response;
    let message = `Genesys answered ${response.status} to ${req.method} ${safeUrl(url)} while trying to ${action}: ${describeGenesysError(response.body)}`;
    if (response.status === 403) {
      message += `. The OAuth client's role may lack a permission: ${PERMISSION_HINTS[req.method] ?? 'architect:datatable:*'}`;
    }
    throw new GenesysApiError(this.http.redact(message), response.status);
  }

  async json<T>(req: Omit<HttpRequest, 'url'> & { path: string }, action: string): Promise<T> {
    const response = await this.call(
      {
        ...req,
        headers: {
          accept: 'application/json',
          ...(req.body ? { 'content-type': 'application/json' } : {}),
          ...req.headers,
        },
      },
      action,
    );
    try {
      return JSON.parse(response.body) as T;
    } catch {
      throw new ProviderError(`Genesys answered ${action} with something that is not JSON`);
    }
  }

  private async login(): Promise<string> {
    const url = `${this.connection.loginUrl}/oauth/token`;
    let response: HttpResponse;
    try {
      response = await this.http.send({
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
      const error = parseJson(response.body) as ErrorBody & { error_description?: string; error?: string };
      const detail = error.error_description || error.message || error.error || `status ${response.status}`;
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
