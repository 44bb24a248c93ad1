import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpClient, HttpError, retryAfterMs, safeUrl } from '../../src/providers/http.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { type FakeServer, startFakeServer } from '../support/fake-server.ts';

let server: FakeServer | undefined;
let client: HttpClient | undefined;
/** Retries wait on it, so no test waits out a backoff or a Retry-After in real time. */
let clock = new FakeClock();
beforeEach(() => {
  clock = new FakeClock();
});
afterEach(async () => {
  await client?.close();
  await server?.close();
  server = undefined;
  client = undefined;
});

function newClient(waits: number[], options: ConstructorParameters<typeof HttpClient>[0] = {}) {
  client = new HttpClient({ random: () => 0, onRetry: ({ waitMs }) => waits.push(waitMs), clock, ...options });
  return client;
}

describe('HttpClient', () => {
  it('waits out a 429 for its Retry-After seconds, then succeeds', async () => {
    server = await startFakeServer((_req, res, hit) => {
      if (hit === 1) res.writeHead(429, { 'retry-after': '2' }).end('slow down');
      else res.writeHead(200).end('ok');
    });
    const waits: number[] = [];
    const started = clock.now();
    const response = await newClient(waits).send({ method: 'GET', url: `${server.url}/x` });
    expect(response).toMatchObject({ status: 200, body: 'ok' });
    expect(waits).toEqual([2000]);
    expect(clock.now() - started).toBeGreaterThanOrEqual(2000);
    expect(client?.requestCount()).toBe(2);
  });

  it('tells onSent when the request is written, before its answer, once per attempt', async () => {
    let held: (() => void) | undefined;
    let received: () => void = () => {};
    const secondReceived = new Promise<void>((resolve) => {
      received = resolve;
    });
    server = await startFakeServer((_req, res, hit) => {
      if (hit === 1) return void res.writeHead(503).end();
      held = () => res.writeHead(200).end('ok');
      received();
    });
    let sent = 0;
    let answered = false;
    const pending = newClient([])
      .send({ method: 'GET', url: server.url, onSent: () => sent++ })
      .then((response) => {
        answered = true;
        return response;
      });
    await secondReceived; // the retry's answer is held: it was written, and not yet answered
    expect(sent).toBe(2);
    expect(answered).toBe(false);
    held?.();
    expect(await pending).toMatchObject({ status: 200, body: 'ok' });
    expect(sent).toBe(2);
  });

  it('retries 429 even for POST (the server did not act), but not a POST answered 5xx', async () => {
    server = await startFakeServer((req, res, hit) => {
      if (hit === 1) res.writeHead(429, { 'retry-after': '0' }).end();
      else res.writeHead(503).end(req.method);
    });
    const response = await newClient([]).send({ method: 'POST', url: server.url, body: '{}' });
    expect(response.status).toBe(503);
    expect(server.hits).toHaveLength(2);
  });

  it('backs off exponentially on 5xx for idempotent requests and gives up after maxAttempts', async () => {
    server = await startFakeServer((_req, res) => res.writeHead(502).end('bad gateway'));
    const waits: number[] = [];
    const response = await newClient(waits, { maxAttempts: 4 }).send({ method: 'GET', url: server.url });
    expect(response.status).toBe(502);
    expect(server.hits).toHaveLength(4);
    expect(waits).toEqual([250, 500, 1000]); // 500 * 2^n with jitter factor 0.5 (random() = 0)
    expect(clock.slept).toEqual([250, 500, 1000]);
  });

  it('stops at once, saying what was asked, when a Retry-After is longer than the run may wait', async () => {
    server = await startFakeServer((_req, res) => res.writeHead(429, { 'retry-after': '30' }).end());
    await expect(
      newClient([], { maxRetryMs: 5000, longestWaitMs: 5000 }).send({ method: 'GET', url: server.url }),
    ).rejects.toThrow('asked to wait 30 s (Retry-After)');
    expect(server.hits).toHaveLength(1);
  });

  it('stops retrying 5xx when the total retry time would be exceeded', async () => {
    server = await startFakeServer((_req, res) => res.writeHead(503).end());
    const response = await newClient([], { maxRetryMs: 600 }).send({ method: 'GET', url: server.url });
    expect(response.status).toBe(503);
    expect(server.hits.length).toBeLessThanOrEqual(3);
  });

  it('stops a trickling answer at the request deadline, however often bytes come', async () => {
    // A byte every 100 ms: never idle long enough for the per-chunk timeout, so only a total deadline ends it.
    server = await startFakeServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    await expect(
      newClient([], { deadlineMs: 1000, timeoutMs: 5000 }).send({ method: 'GET', url: `${server.url}/slow` }),
    ).rejects.toThrow(/GET http:\/\/127\.0\.0\.1:\d+\/slow did not answer in full within 1 s; stopped waiting for it/);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('stops reading an answer over its size cap, saying so, with a larger cap for the requests that need one', async () => {
    server = await startFakeServer((_req, res) => res.writeHead(200).end('x'.repeat(3 * 1024 * 1024)));
    const http = newClient([], { maxResponseBytes: 1024 * 1024 });
    await expect(http.send({ method: 'GET', url: `${server.url}/big` })).rejects.toThrow(
      'answered with more than 1 MiB, more than this answer can be; stopped reading it',
    );
    const allowed = await http.send({ method: 'GET', url: `${server.url}/big`, maxResponseBytes: 4 * 1024 * 1024 });
    expect(allowed.body).toHaveLength(3 * 1024 * 1024);
  });

  it("hands a large answer to its reader as it arrives, within the same cap, and passes the reader's own error on", async () => {
    server = await startFakeServer((req, res) =>
      req.url === '/fail' ? res.writeHead(500).end('no') : res.writeHead(200).end('y'.repeat(3 * 1024 * 1024)),
    );
    const http = newClient([], { maxResponseBytes: 1024 * 1024 });
    let chunks = 0;
    let bytes = 0;
    const read = async (body: AsyncIterable<Buffer>) => {
      for await (const chunk of body) {
        chunks++;
        bytes += chunk.length;
      }
    };
    const streamed = await http.send({
      method: 'GET',
      url: `${server.url}/big`,
      maxResponseBytes: 4 << 20,
      consume: read,
    });
    expect(streamed.body).toBe(''); // never collected
    expect(bytes).toBe(3 * 1024 * 1024);
    expect(chunks).toBeGreaterThan(1);
    await expect(http.send({ method: 'GET', url: `${server.url}/big`, consume: read })).rejects.toThrow(
      'answered with more than 1 MiB',
    );
    class Unreadable extends Error {}
    const refused = await http
      .send({
        method: 'GET',
        url: `${server.url}/big`,
        maxResponseBytes: 4 << 20,
        consume: async () => {
          throw new Unreadable('the file is not a CSV');
        },
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Unreadable); // not taken for a network failure, not retried
    // A non-2xx answer is read as usual, for its error message; the reader never sees it.
    let called = false;
    const failed = await http.send({
      method: 'GET',
      url: `${server.url}/fail`,
      idempotent: false,
      consume: async () => {
        called = true;
      },
    });
    expect([failed.status, failed.body, called]).toEqual([500, 'no', false]);
  });

  it('retries a dropped connection for GET', async () => {
    server = await startFakeServer((req, res, hit) => {
      if (hit === 1) req.socket.destroy();
      else res.writeHead(200).end('second time');
    });
    const response = await newClient([]).send({ method: 'GET', url: server.url });
    expect(response.body).toBe('second time');
  });

  it('redacts registered secrets and URL query strings from its errors', async () => {
    server = await startFakeServer((_req, res) => res.writeHead(400).end('token s3cr3t-token was rejected'));
    const http = newClient([]);
    http.addSecret('s3cr3t-token');
    const error = await http
      .expectOk({ method: 'GET', url: `${server.url}/p?sig=abc` }, (r) => `failed ${r.status}: ${r.body}`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).message).toBe('failed 400: token *** was rejected');
    expect((error as HttpError).body).not.toContain('s3cr3t');
    const refused = await http
      .send({ method: 'POST', url: 'http://127.0.0.1:9/x?sig=s3cr3t' })
      .catch((e: unknown) => e);
    expect((refused as Error).message).toMatch(/^POST http:\/\/127\.0\.0\.1:9\/x failed/);
  });
});

describe('retryAfterMs and safeUrl', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Tue, 24 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Tue, 24 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });

  it('keeps host and path, drops credentials and query', () => {
    expect(safeUrl('https://user:pw@store.example/up/1?sig=abc')).toBe('https://store.example/up/1');
  });
});
