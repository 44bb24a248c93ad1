import { afterEach, describe, expect, it } from 'vitest';
import { mapConcurrent } from '../../src/core/pool.ts';
import { readRateLimitHeaders } from '../../src/providers/genesys/client.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { FakeClock, settled } from '../support/fake-clock.ts';
import { type FakeServer, startFakeServer } from '../support/fake-server.ts';

// Workers sharing one vendor's rate limit, against a real server on 127.0.0.1 that counts and refuses, both on a clock
// the test drives: the server judges its window by the same clock the client waits on.
let server: FakeServer | undefined;
let client: HttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  server = undefined;
  client = undefined;
});

describe('HttpClient pacing', () => {
  it('pauses every worker after a 429, not only the one that met it', async () => {
    const clock = new FakeClock({ auto: false });
    const arrivals: { hit: number; at: number }[] = [];
    let refusedAt = 0;
    server = await startFakeServer((_req, res, hit) => {
      arrivals.push({ hit, at: clock.now() });
      if (hit === 1) {
        refusedAt = clock.now();
        res.writeHead(429, { 'retry-after': '1' }).end('slow down');
      } else res.writeHead(200).end('ok');
    });
    client = new HttpClient({ random: () => 0, clock });
    const http = client;
    const url = `${server.url}/x`;
    const first = http.send({ method: 'GET', url });
    // The others start once the 429 is in: they wait the same second instead of spending more of the limit.
    await settled(() => clock.waiting === 1);
    const pending = Promise.all([1, 2, 3].map(() => http.send({ method: 'GET', url })));
    await settled(() => clock.waiting === 4 || server?.hits.length !== 1);
    expect(server.hits).toHaveLength(1);
    clock.advance(1000);
    const others = await pending;
    expect((await first).status).toBe(200);
    expect(others.map((r) => r.status)).toEqual([200, 200, 200]);
    const after = arrivals.filter((a) => a.hit > 1);
    expect(after).toHaveLength(4);
    for (const arrival of after) expect(arrival.at - refusedAt).toBeGreaterThanOrEqual(950);
  });

  it.each(['fixed', 'sliding'] as const)(
    'slows down before a %s window is spent: 30 requests by 4 workers through a window of 10 meet no 429',
    async (kind) => {
      // 10 requests per 1.5 s, answered with Genesys' headers; over the limit: 429. A fixed window empties at its
      // end; a sliding one lets each request go 1.5 s after it came (reset: until the oldest goes, whole seconds).
      const windowMs = 1500;
      const clock = new FakeClock();
      let windowStart = clock.now();
      let times: number[] = [];
      let refused = 0;
      server = await startFakeServer((_req, res) => {
        const now = clock.now();
        if (kind === 'fixed' && now - windowStart >= windowMs) {
          windowStart = now;
          times = [];
        }
        if (kind === 'sliding') times = times.filter((t) => now - t < windowMs);
        const resetAt = kind === 'fixed' ? windowStart + windowMs : (times[0] ?? now) + windowMs;
        const reset = String(Math.max(1, Math.ceil((resetAt - now) / 1000)));
        const headers = { 'inin-ratelimit-allowed': '10', 'inin-ratelimit-reset': reset };
        if (times.length >= 10) {
          refused++;
          res.writeHead(429, { ...headers, 'inin-ratelimit-count': '11', 'retry-after': reset }).end();
          return;
        }
        times.push(now);
        res.writeHead(200, { ...headers, 'inin-ratelimit-count': String(times.length) }).end('ok');
      });
      client = new HttpClient({ random: () => 0, clock });
      const http = client;
      http.paceBy(server.url, readRateLimitHeaders);
      const statuses = await mapConcurrent(
        Array.from({ length: 30 }, (_, i) => i),
        4,
        async () => (await http.send({ method: 'GET', url: `${server?.url}/x` })).status,
      );
      expect(statuses.every((s) => s === 200)).toBe(true);
      expect(refused).toBe(0);
      expect(server.hits).toHaveLength(30);
    },
  );

  it('says a long wait once for all the workers waiting on it, not once each', async () => {
    server = await startFakeServer((_req, res, hit) => {
      if (hit === 1) res.writeHead(429, { 'retry-after': '3' }).end();
      else res.writeHead(200).end('ok');
    });
    const clock = new FakeClock({ auto: false });
    const told: string[] = [];
    client = new HttpClient({ random: () => 0, onPace: ({ why }) => told.push(why), clock });
    const http = client;
    const first = http.send({ method: 'GET', url: `${server.url}/x` });
    await settled(() => clock.waiting === 1);
    // All four wait out the same 3 s, a second at a time: each looks again after every second.
    const others = [1, 2, 3].map(() => http.send({ method: 'GET', url: `${server?.url}/x` }));
    await settled(() => clock.waiting === 4);
    for (let second = 0; second < 3; second++) {
      expect(clock.waiting).toBe(4);
      clock.advance(1000);
      await settled(() => clock.waiting === 4 || server?.hits.length === 5);
    }
    await Promise.all([first, ...others]);
    expect(server.hits).toHaveLength(5);
    expect(told).toEqual(['the vendor answered 429 (rate limited)']);
  });

  it('keeps to a budget with no rate headers at all: 40 requests by 4 workers through 10 per 1.5 s meet no 429', async () => {
    // What Genesys does since 2021: no inin-ratelimit-* headers; over the limit, a 429 with Retry-After.
    const windowMs = 1500;
    const clock = new FakeClock();
    let times: number[] = [];
    let refused = 0;
    server = await startFakeServer((_req, res) => {
      const now = clock.now();
      times = times.filter((t) => now - t < windowMs);
      if (times.length >= 10) {
        refused++;
        res.writeHead(429, { 'retry-after': '1' }).end();
        return;
      }
      times.push(now);
      res.writeHead(200).end('ok');
    });
    client = new HttpClient({ random: () => 0, clock });
    const http = client;
    http.budget(server.url, 10, windowMs);
    const started = clock.now();
    const statuses = await mapConcurrent(
      Array.from({ length: 40 }, (_, i) => i),
      4,
      async () => (await http.send({ method: 'GET', url: `${server?.url}/x` })).status,
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(refused).toBe(0);
    expect(server.hits).toHaveLength(40);
    // 40 requests at 10 per window take at least three windows (of the test's clock): the budget was used, not bypassed.
    expect(clock.now() - started).toBeGreaterThanOrEqual(3 * windowMs);
  });

  it('stops every worker at once when a 429 asks for a longer wait than the run may take, saying what was asked', async () => {
    server = await startFakeServer((_req, res, hit) => {
      if (hit === 1) res.writeHead(429, { 'retry-after': '86400' }).end('{"message":"slow down"}');
      else res.writeHead(200).end('ok');
    });
    const clock = new FakeClock();
    client = new HttpClient({ random: () => 0, longestWaitMs: 15 * 60_000, clock });
    const http = client;
    await expect(http.send({ method: 'GET', url: `${server.url}/x` })).rejects.toThrow(
      /answered 429 and asked to wait 86400 s \(24 h\) \(Retry-After\).*longer than this run may wait \(900 s \(15 min\), job-timeout\)/,
    );
    const others = await Promise.allSettled([1, 2, 3].map(() => http.send({ method: 'GET', url: `${server?.url}/y` })));
    expect(others.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(server.hits).toHaveLength(1);
    expect(clock.slept).toEqual([]);
  });

  it('waits out a Retry-After longer than the retry budget when the run can afford it', async () => {
    const clock = new FakeClock();
    const arrivals: number[] = [];
    server = await startFakeServer((_req, res, hit) => {
      arrivals.push(clock.now());
      if (hit === 1) res.writeHead(429, { 'retry-after': '2' }).end();
      else res.writeHead(200).end('ok');
    });
    client = new HttpClient({ random: () => 0, maxRetryMs: 500, longestWaitMs: 10_000, clock });
    expect((await client.send({ method: 'GET', url: `${server.url}/x` })).status).toBe(200);
    expect(arrivals).toHaveLength(2);
    expect((arrivals[1] as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(2000);
  });

  it('without rate headers, sends at once (the reactive path)', async () => {
    server = await startFakeServer((_req, res) => res.writeHead(200).end('ok'));
    const clock = new FakeClock();
    client = new HttpClient({ random: () => 0, clock });
    const http = client;
    http.paceBy(server.url, readRateLimitHeaders);
    await mapConcurrent([1, 2, 3, 4, 5, 6, 7, 8], 4, () => http.send({ method: 'GET', url: `${server?.url}/x` }));
    expect(server.hits).toHaveLength(8);
    expect(clock.slept).toEqual([]);
  });
});

describe('readRateLimitHeaders', () => {
  it('reads allowed, count and reset seconds; anything missing or unreadable is no window', () => {
    expect(
      readRateLimitHeaders({
        'inin-ratelimit-allowed': '300',
        'inin-ratelimit-count': '12',
        'inin-ratelimit-reset': '41',
      }),
    ).toEqual({ allowed: 300, count: 12, resetMs: 41_000 });
    expect(readRateLimitHeaders({ 'inin-ratelimit-allowed': '300', 'inin-ratelimit-count': '12' })).toBeUndefined();
    expect(
      readRateLimitHeaders({ 'inin-ratelimit-allowed': 'x', 'inin-ratelimit-count': '1', 'inin-ratelimit-reset': '1' }),
    ).toBeUndefined();
  });
});
