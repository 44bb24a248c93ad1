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

  it('begins a login before any call, resolving once it is sent: the first call takes it (one login)', async () => {
    let releaseLogin: (() => void) | undefined;
    server = await startFakeServer((req, res) => {
      if (req.url === '/oauth') releaseLogin = () => res.writeHead(200).end('token-1');
      else res.writeHead(req.headers.authorization === 'Bearer token-1' ? 200 : 401).end();
    });
    http = new HttpClient({ random: () => 0 });
    const base = server.url;
    let answered = false;
    const session = new BearerSession(http, async (ahead) => {
      const response = await http?.send({ ...ahead, method: 'POST', url: `${base}/oauth` });
      answered = true;
      return response?.body ?? '';
    });
    await session.begin();
    expect(answered).toBe(false); // on its way, not answered: the run loads its code meanwhile
    const call = session.send({ method: 'GET', url: `${base}/x` });
    await expect.poll(() => releaseLogin).toBeDefined();
    releaseLogin?.();
    expect((await call).status).toBe(200);
    expect(server.hits.map((h) => h.path)).toEqual(['/oauth', '/x']);
  });

  it('begins nothing when it holds a token already', async () => {
    server = await startFakeServer((_req, res) => res.writeHead(200).end('ok'));
    http = new HttpClient({ random: () => 0 });
    let logins = 0;
    const session = new BearerSession(http, async () => `token-${++logins}`);
    await session.send({ method: 'GET', url: `${server.url}/x` });
    await session.begin();
    await session.send({ method: 'GET', url: `${server.url}/x` });
    expect(logins).toBe(1);
  });

  it('stops a begun login no call took when the run closes the client, rather than wait for its answer', async () => {
    server = await startFakeServer(() => {}); // never answers
    http = new HttpClient({ random: () => 0 });
    const base = server.url;
    const session = new BearerSession(http, async (ahead) => {
      const response = await http?.send({ ...ahead, method: 'POST', url: `${base}/oauth` });
      return response?.body ?? '';
    });
    await session.begin();
    await expect.poll(() => server?.hits.length).toBe(1);
    await http.close(); // would wait for the login's deadline (minutes) if it were not stopped
    http = undefined;
  });

  it('gives a begun login that failed to every call that starts together, without logging in again', async () => {
    server = await startFakeServer((_req, res) => res.writeHead(200).end('ok'));
    http = new HttpClient({ random: () => 0 });
    let logins = 0;
    const session = new BearerSession(http, async () => {
      logins++;
      throw new Error('the login host said no');
    });
    await session.begin(); // failed already, before any call
    const calls = [1, 2, 3, 4].map(() => session.send({ method: 'GET', url: `${server?.url}/x` }));
    for (const call of calls) await expect(call).rejects.toThrow('the login host said no');
    expect(logins).toBe(1);
    expect(server.hits).toHaveLength(0);
  });
});
