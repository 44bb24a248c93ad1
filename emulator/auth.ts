/** Client-credentials login and bearer tokens, as the login host and the API answer them. */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { error, type Send } from './wire.ts';

export class Auth {
  private readonly clients: readonly { id: string; secret: string; user?: { id: string; name: string } }[];
  /** Token -> the OAuth client it was issued to (the rate limit is the client's, whatever its tokens). */
  private readonly tokens = new Map<string, string>();

  constructor(clients: readonly { id: string; secret: string; user?: { id: string; name: string } }[]) {
    this.clients = clients;
  }

  /** `POST /oauth/token`: Basic client credentials; failures answer `{error, description}` as Genesys does. */
  login(req: IncomingMessage, body: Buffer, send: Send): void {
    const basic = req.headers.authorization ?? '';
    const [id, secret] = basic.startsWith('Basic ')
      ? Buffer.from(basic.slice(6), 'base64').toString('utf8').split(':')
      : [];
    const grant = new URLSearchParams(body.toString('utf8')).get('grant_type');
    if (grant !== 'client_credentials') {
      return send(400, { error: 'unsupported_grant_type', description: 'grant_type must be client_credentials' });
    }
    if (!this.clients.some((c) => c.id === id && c.secret === secret)) {
      return send(401, { error: 'invalid_client', description: 'client not found' });
    }
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, id as string);
    send(200, { access_token: token, token_type: 'bearer', expires_in: 86400 });
  }

  /** The bearer token of a request when it is one this server issued. */
  tokenOf(req: IncomingMessage): string | undefined {
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    return this.tokens.has(token) ? token : undefined;
  }

  /** The OAuth client a token was issued to. */
  clientOf(token: string): string {
    return this.tokens.get(token) ?? token;
  }

  /** The user a client acts for, when one is seeded for it. */
  userOf(client: string): { id: string; name: string } | undefined {
    return this.clients.find((c) => c.id === client)?.user;
  }

  revokeAll(): void {
    this.tokens.clear();
  }
}

export function badCredentials() {
  return error(401, 'bad.credentials', 'Invalid login credentials.');
}
