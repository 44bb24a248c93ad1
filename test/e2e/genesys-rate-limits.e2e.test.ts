import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GenesysEmulator, type TableSeed } from '../../emulator/server.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { pushEnv } from '../support/github-env.ts';

// The action against the emulator limiting requests as Genesys does: an enforced window without rate-limit
// headers, and a 429 asking to wait longer than a run may.
const env = useE2eEnvironment();

async function restart(options: ConstructorParameters<typeof GenesysEmulator>[0]): Promise<void> {
  await env.emulator.stop();
  env.emulator = await new GenesysEmulator({ clock: new FakeClock(), ...options }).start();
}

async function workspace(files: Record<string, string>): Promise<string> {
  const ws = path.join(env.dir, `ws-${Math.random().toString(36).slice(2)}`);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, name)), { recursive: true });
    await writeFile(path.join(ws, name), text);
  }
  return ws;
}

const codes = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => ({ key: `code-${String(i + from).padStart(4, '0')}`, weight: i + from }));
const codesTable = (name: string, count: number): TableSeed => ({
  name,
  properties: { key: { title: 'Code', type: 'string' }, weight: { title: 'Weight', type: 'integer' } },
  rows: codes(count),
});
const codesCsv = (rows: { key: string; weight: number }[]) =>
  `Code,Weight\n${rows.map((r) => `${r.key},${r.weight}`).join('\n')}\n`;

describe('Genesys rate limits', () => {
  it('keeps 30 tables under an enforced window without rate-limit headers: at most one 429', async () => {
    // A window of 15 requests per 1.5 s: how 150 a minute behaves, with the window shortened so that the ~200
    // requests of a plan and an apply take seconds, not minutes (npm run bench runs 300 a minute for real).
    const tables = Array.from({ length: 30 }, (_, i) => codesTable(`T${String(i).padStart(2, '0')}`, 3));
    await restart({ tables, rateLimit: { allowed: 15, windowMs: 1500, enforce: true } });
    const files: Record<string, string> = {};
    for (const table of tables) files[`tables/${table.name}.csv`] = codesCsv([...codes(3).slice(1), ...codes(1, 9)]);
    files['tables.yml'] = 'max-deletes: 100%\ntables:\n  - file: tables/*.csv\n';
    const ws = await workspace(files);
    const run = (mode: string) =>
      runSample(
        env.emulator,
        { file: '', config: 'tables.yml', mode, 'genesys-rate-limit': '15/1.5s', parallelism: '8' },
        { workspace: ws, ...(mode === 'apply' ? { env: pushEnv(env.github, false) } : {}) },
      );
    const plan = await run('plan');
    expect(plan.exitCode).toBe(0);
    // The apply is another process, which cannot know the plan's last sends (it ends with a burst of dependency
    // tracking calls); on GitHub the two runs are minutes apart, so its window starts empty, as here.
    env.emulator.rateWindow.clear();
    const apply = await run('apply');
    expect(apply.exitCode).toBe(0);
    expect(importStarts(env.emulator)).toHaveLength(30);
    expect(env.emulator.requests.some((r) => Object.keys(r.headers).some((h) => h.startsWith('inin-ratelimit')))).toBe(
      false,
    );
    expect(env.emulator.rateWindow.refused).toBeLessThanOrEqual(1);
  }, 120_000);

  it('ends a two-table run within seconds when a 429 asks to wait a day, saying so', async () => {
    await restart({ tables: [codesTable('A', 3), codesTable('B', 3)] });
    env.emulator.faults.rateLimit = { count: 1, retryAfter: '86400' };
    const ws = await workspace({
      'tables/A.csv': codesCsv(codes(3)),
      'tables/B.csv': codesCsv(codes(3)),
      'tables.yml': 'tables:\n  - file: tables/*.csv\n',
    });
    // On the run's clock (the emulator's): a day's wait would show here, though it takes no real time.
    const started = env.emulator.clock.now();
    const plan = await runSample(env.emulator, { file: '', config: 'tables.yml' }, { workspace: ws });
    expect(env.emulator.clock.now() - started).toBeLessThan(20_000);
    expect(plan.exitCode).toBe(1);
    expect(plan.stdout).toMatch(/answered 429 and asked to wait 86400 s \(24 h\) \(Retry-After\)/);
  });
});
