import type { HttpClient, HttpRequest, HttpResponse } from './http.ts';

/** What a login begun ahead of need passes to its request: told once it is sent, stopped if the run never uses it. */
export type LoginAhead = Pick<HttpRequest, 'onSent' | 'signal'>;

/**
 * Calls with a bearer token: logs in on first use, keeps the token for the run, and on a 401 (expired or revoked)
 * logs in once more and repeats the call. A second 401 is returned for the caller to explain. Tables planned side by
 * side share one login, and one re-login when their token expires.
 */
export class BearerSession {
  private readonly http: HttpClient;
  private readonly login: (ahead?: LoginAhead) => Promise<string>;
  private token: string | undefined;
  /** A login under way: concurrent callers wait for it instead of each logging in. */
  private loggingIn: Promise<string> | undefined;
  /**
   * A login begun before any call (`begin`): every call that starts before one of them has met its outcome takes it
   * (a failure is reported to them, not followed by a second login); `taken` once one has.
   */
  private early: { login: Promise<string>; taken: boolean } | undefined;

  /**
   * `login` gets a fresh token (and should throw a ProviderError saying what to check when it cannot), passing `ahead`
   * into its request when given.
   */
  constructor(http: HttpClient, login: (ahead?: LoginAhead) => Promise<string>) {
    this.http = http;
    this.login = login;
  }

  /**
   * Begins logging in before the first call, and resolves once the login's request is on its way (or the login has
   * ended), never rejecting: what the run does next (loading the code that plans the tables) overlaps the wait for the
   * answer. A login no call has taken when the run closes the HTTP client is stopped there, not waited for.
   */
  begin(): Promise<void> {
    if (this.token !== undefined || this.loggingIn !== undefined || this.early !== undefined) return Promise.resolve();
    const stop = new AbortController();
    return new Promise((resolve) => {
      const login = this.freshToken({ onSent: () => resolve(), signal: stop.signal });
      const early = { login, taken: false };
      this.early = early;
      this.http.onClose(() => {
        if (!early.taken) stop.abort();
      });
      login.then(
        () => resolve(),
        () => resolve(),
      );
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
    const token = this.token ?? (await this.tokenForCall());
    const response = await this.http.send({ ...req, headers: { ...req.headers, authorization: `Bearer ${token}` } });
    return { response, token };
  }

  /** The begun login while no call has met its outcome yet, else a fresh one (shared by calls side by side). */
  private async tokenForCall(): Promise<string> {
    const early = this.early;
    if (!early) return this.freshToken();
    early.taken = true;
    try {
      return await early.login;
    } finally {
      if (this.early === early) this.early = undefined;
    }
  }

  private async freshToken(ahead?: LoginAhead): Promise<string> {
    this.loggingIn ??= this.login(ahead)
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
