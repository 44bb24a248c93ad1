/**
 * The plan's work on hostile input, each case in its own process so that its peak memory is its own:
 * - files built to be slow: one line with no line break of 8, 32 and 128 MB (growth should be linear), a header of
 *   three million columns, cells of 1 MB of digits in a number column;
 * - vendor answers built to hold a run: one that trickles a byte every 50 ms, and one of 480 MB.
 * Time (wall), CPU and peak RSS are printed, never asserted.
 * Run: node bench/hostile-input.ts
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { planTable } from '../src/core/plan.ts';
import type { TableSchema } from '../src/core/schema.ts';
import { HttpClient } from '../src/providers/http.ts';

const schema: TableSchema = {
  fields: [
    { name: 'key', title: 'Code', type: 'string', isKey: true },
    { name: 'Rate', title: 'Rate', type: 'number', isKey: false },
  ],
};

async function plan(source: string): Promise<string> {
  try {
    const result = await planTable({
      file: 'hostile.csv',
      source,
      table: { id: 'bench', name: 'Bench' },
      schema,
      liveRecords: [],
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits: { maxRows: 1_000_000, maxKeyLength: 256 },
    });
    return `${result.invalidRows} invalid row(s)`;
  } catch (error) {
    return `refused: ${(error as Error).message.replace(/^hostile\.csv:\d+: /, '').slice(0, 70)}…`;
  }
}

/** A local server that answers as `answer` says; the client's result in words. */
async function vendor(answer: (res: import('node:http').ServerResponse) => void): Promise<string> {
  const server = createServer((_req, res) => answer(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
  // The action's defaults: 32 MiB a JSON answer, 5 minutes a request. The trickle uses a 10 s deadline here.
  const http = new HttpClient({ deadlineMs: 10_000 });
  try {
    const response = await http.send({ method: 'GET', url });
    return `read ${response.body.length} bytes`;
  } catch (error) {
    return `refused: ${(error as Error).message.replace(/http:\/\/127\.0\.0\.1:\d+/, '<vendor>')}`;
  } finally {
    await http.close();
    server.closeAllConnections();
    server.close();
  }
}

const CASES: Record<string, () => Promise<string>> = {
  'one line of 8 MB, no line break': () => plan('x'.repeat(8 * 1024 * 1024)),
  'one line of 32 MB, no line break': () => plan('x'.repeat(32 * 1024 * 1024)),
  'one line of 128 MB, no line break': () => plan('x'.repeat(128 * 1024 * 1024)),
  'a header of 3,000,000 columns (26 MB)': () =>
    plan(`${Array.from({ length: 3_000_000 }, (_, i) => `c${i % 10}`).join(',')}\n`),
  '3 cells of 1 MB of digits in a number column': () => {
    const digits = `${'1'.repeat(1024 * 1024)}x`;
    return plan(`Code,Rate\na,${digits}\nb,${digits}\nc,${digits}\n`);
  },
  'a vendor answer trickling a byte every 50 ms': () =>
    vendor((res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    }),
  'a vendor answer of 480 MB': () =>
    vendor((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 480 && res.write(chunk)) sent++;
        if (sent >= 480) res.end();
        else res.once('drain', pump);
      };
      res.on('close', () => {
        sent = 480;
      });
      pump();
    }),
};

const only = process.argv[2];
if (only) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await (CASES[only] as () => Promise<string>)();
  const used = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      ms: performance.now() - started,
      cpuMs: (used.user + used.system) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      result,
    }),
  );
} else {
  console.log(`Hostile input: each case in its own process (node ${process.version})`);
  console.log('| input | wall | CPU | peak RSS | result |');
  console.log('|---|---:|---:|---:|---|');
  for (const name of Object.keys(CASES)) {
    const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, name], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    try {
      const { ms, cpuMs, maxRssMb, result } = JSON.parse(line) as Record<string, number | string>;
      console.log(
        `| ${name} | ${(Number(ms) / 1000).toFixed(2)} s | ${(Number(cpuMs) / 1000).toFixed(2)} s | ${Math.round(Number(maxRssMb))} MB | ${result} |`,
      );
    } catch {
      console.log(`| ${name} | (did not finish in 120 s) | | | ${child.stderr.slice(0, 100)} |`);
    }
  }
}
