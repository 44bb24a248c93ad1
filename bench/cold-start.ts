/**
 * Cold start: from spawning a process to its first HTTP request, for `node dist/index.js` (a plan: its first request
 * is the vendor's token request) beside a bare `node` that only sends one request, interleaved, seven runs each.
 * Median and range printed, never asserted. Run: node bench/cold-start.ts
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../scripts/run-action.ts';
import { machine, median, spread } from './figures.ts';

const RUNS = 7;

/** Spawns `args` with `env` (the server's URL in URL) and times its first request to a local server. */
function firstRequestMs(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    let started = 0;
    const server = createServer((_req, res) => {
      resolve(performance.now() - started);
      res.writeHead(500).end();
      server.close();
      server.closeAllConnections();
    });
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      started = performance.now();
      const child = spawn(process.execPath, args, {
        cwd: repoRoot,
        stdio: 'ignore',
        env: {
          PATH: process.env.PATH ?? '',
          URL: url,
          ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replace('$URL', url)])),
        },
      });
      child.on('error', reject);
      child.on('exit', () => server.close());
    });
  });
}

const bare = () => firstRequestMs(['-e', 'fetch(process.env.URL).catch(() => {})'], {});
const action = () =>
  firstRequestMs([path.join(repoRoot, 'dist', 'index.js')], {
    INPUT_FILE: 'examples/data/Holidays.csv',
    'INPUT_GENESYS-CLIENT-ID': 'x',
    'INPUT_GENESYS-CLIENT-SECRET': 'y',
    'INPUT_GENESYS-API-URL': '$URL',
    'INPUT_GENESYS-LOGIN-URL': '$URL',
    'INPUT_UPLOAD-ARTIFACTS': 'false',
    GITHUB_WORKSPACE: repoRoot,
    RUNNER_TEMP: os.tmpdir(),
  });

const bareTimes: number[] = [];
const actionTimes: number[] = [];
await bare(); // a first spawn warms the disk cache for both
for (let i = 0; i < RUNS; i++) {
  bareTimes.push(await bare());
  actionTimes.push(await action());
}
const ratios = bareTimes.map((b, i) => (actionTimes[i] as number) / b);
const bundle = readdirSync(path.join(repoRoot, 'dist'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `dist/${f} ${(statSync(path.join(repoRoot, 'dist', f)).size / 2 ** 20).toFixed(1)} MB`);
console.log(`Cold start to the first request, ${RUNS} runs each, interleaved; ${machine()}`);
console.log('| process | ms, median (range) |');
console.log('|---|---:|');
console.log(`| bare node (fetch) | ${spread(bareTimes, 0)} |`);
console.log(`| node dist/index.js (plan) | ${spread(actionTimes, 0)} |`);
console.log(
  `| ratio, run by run | ${spread(ratios, 2)}x (of medians: ${(median(actionTimes) / median(bareTimes)).toFixed(2)}x) |`,
);
console.log(`Bundle: ${bundle.join(', ')}`);
