import type { HttpClient, HttpRequest, HttpResponse } from './http.ts';

/**
 * Calls with a bearer token: logs in on first use, keeps the token for the run, and on a 401 (expired or revoked)
 * logs in once more and repeats the call. A second 401 is returned for the caller to explain. Tables planned side by
 * side share one login, and one re-login when their token expires.
 */
export class BearerSession {
  private readonly http: HttpClient;
  private readonly login: (onSent?: () => void) => Promise<string>;
  private token: string | undefined;
  /** A login under way: concurrent callers wait for it instead of each logging in. */
  private loggingIn: Promise<string> | undefined;
  /** A login begun before any call (`begin`): the first call takes it, and meets its failure if it failed. */
  private early: Promise<string> | undefined;

  /**
   * `login` gets a fresh token (and should throw a ProviderError saying what to check when it cannot), telling
   * `onSent` when its request is on its way.
   */
  constructor(http: HttpClient, login: (onSent?: () => void) => Promise<string>) {
    this.http = http;
    this.login = login;
  }

  /**
   * Begins logging in before the first call, and resolves once the login's request is on its way (or the login has
   * ended), never rejecting: what the run does next (loading the code that plans the tables) overlaps the wait for the
   * answer. The first call takes this login, and meets its failure if it failed.
   */
  begin(): Promise<void> {
    if (this.token !== undefined || this.loggingIn !== undefined) return Promise.resolve();
    return new Promise((resolve) => {
      const early = this.freshToken(() => resolve());
      early.then(
        () => resolve(),
        () => resolve(),
      );
      this.early = early;
    });
  }

  async send(req: HttpRequest): Promise<HttpResponse> {
    const first = await this.sendOnce(req);
    if (first.response.status !== 401) return first.response;
    // Only a 401 for the current token clears it: a request that met an expiry another one already handled reuses
    // that one's new token.
    if (this.token === first.token) this.token = undefined;
    return (await this.sendOnce(req)).response;
  }

  private async sendOnce(req: HttpRequest): Promise<{ response: HttpResponse; token: string }> {
    const early = this.early;
    this.early = undefined;
    const token = this.token ?? (await (early ?? this.freshToken()));
    const response = await this.http.send({ ...req, headers: { ...req.headers, authorization: `Bearer ${token}` } });
    return { response, token };
  }

  private async freshToken(onSent?: () => void): Promise<string> {
    this.loggingIn ??= this.login(onSent)
      .then((token) => {
        this.http.addSecret(token);
        this.token = token;
        return token;
      })
      .finally(() => {
        this.loggingIn = undefined;
      });
    return this.loggingIn;
  }
}
