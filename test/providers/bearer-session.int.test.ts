import { afterEach, describe, expect, it } from 'vitest';
import { BearerSession } from '../../src/providers/bearer-session.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { type FakeServer, startFakeServer } from '../support/fake-server.ts';

let server: FakeServer | undefined;
let http: HttpClient | undefined;
afterEach(async () => {
  await http?.close();
  await server?.close();
});

describe('BearerSession', () => {
  it('logs in once for requests sent side by side, and once again when their token expires', async () => {
    let valid = 'token-1';
    server = await startFakeServer((req, res) => {
      if (req.headers.authorization === `Bearer ${valid}`) res.writeHead(200).end('ok');
      else res.writeHead(401).end('expired');
    });
    http = new HttpClient({ random: () => 0 });
    let logins = 0;
    const session = new BearerSession(http, async () => `token-${++logins}`);
    const url = `${server.url}/x`;
    const first = await Promise.all([1, 2, 3, 4].map(() => session.send({ method: 'GET', url })));
    expect(first.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(logins).toBe(1);

    valid = 'token-2'; // the token expires: all four meet a 401, one logs in again, all four succeed
    const second = await Promise.all([1, 2, 3, 4].map(() => session.send({ method: 'GET', url })));
    expect(second.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(logins).toBe(2);
  });
});
