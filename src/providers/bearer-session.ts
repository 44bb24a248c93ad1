import type { HttpClient, HttpRequest, HttpResponse } from './http.ts';

/**
 * Calls with a bearer token: logs in on first use, keeps the token for the run, and on a 401 (expired or revoked)
 * logs in once more and repeats the call. A second 401 is returned for the caller to explain.
 */
export class BearerSession {
  private readonly http: HttpClient;
  private readonly login: () => Promise<string>;
  private token: string | undefined;

  /** `login` gets a fresh token (and should throw a ProviderError saying what to check when it cannot). */
  constructor(http: HttpClient, login: () => Promise<string>) {
    this.http = http;
    this.login = login;
  }

  async send(req: HttpRequest): Promise<HttpResponse> {
    const response = await this.sendOnce(req);
    if (response.status !== 401) return response;
    this.token = undefined;
    return this.sendOnce(req);
  }

  private async sendOnce(req: HttpRequest): Promise<HttpResponse> {
    if (!this.token) {
      this.token = await this.login();
      this.http.addSecret(this.token);
    }
    return this.http.send({ ...req, headers: { ...req.headers, authorization: `Bearer ${this.token}` } });
  }
}
