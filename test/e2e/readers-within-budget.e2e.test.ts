import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenesysEmulator, TableSeed } from '../../emulator/server.ts';
import { runSample, useE2eEnvironment } from '../support/e2e.ts';
import { sampleSeed, startEmulator } from '../support/emulator.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { pullRequestEnv } from '../support/github-env.ts';

// The action asking what reads each changed table (one request a table) only within the rate limit's budget: a
// plan of many changed tables never spends more than one window allows, and names which tables were not asked.
const env = useE2eEnvironment();
let limited: GenesysEmulator | undefined;
afterEach(async () => {
  await limited?.stop();
  limited = undefined;
});

const properties: TableSeed['properties'] = {
  key: { title: 'Code', type: 'string' },
  weight: { title: 'Weight', type: 'integer' },
};
const names = Array.from({ length: 12 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`);

/** Twelve tables of five rows in `emulator`, each CSV changing one row, listed in a config in this order. */
async function workspace(emulator: GenesysEmulator): Promise<string> {
  const rows = Array.from({ length: 5 }, (_, i) => ({ key: `k${i}`, weight: i }));
  for (const name of names) emulator.addTable({ name, properties, rows });
  const ws = path.join(env.dir, 'budget');
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  for (const name of names) {
    await writeFile(path.join(ws, 'tables', `${name}.csv`), `Code,Weight\nk0,100\nk1,1\nk2,2\nk3,3\nk4,4\n`);
  }
  await writeFile(
    path.join(ws, 'tables.yml'),
    `tables:\n${names.map((name) => `  - file: tables/${name}.csv\n    table: ${name}`).join('\n')}\n`,
  );
  return ws;
}

const consumers = (emulator: GenesysEmulator) =>
  emulator.requests.filter((r) => r.path.endsWith('/dependencytracking/consumingresources'));

/** Each table's readers line in the comment, by table name, in the comment's order. */
function readersLines(body: string): [string, string][] {
  return [...body.matchAll(/^### (T\d\d) ←[\s\S]*?^(Read[^\n]*)$/gm)].map((m) => [m[1] as string, m[2] as string]);
}

describe('readers asked within the rate budget', () => {
  it('asks the first tables within what the window has left, says "not asked" of the rest, and meets no 429', async () => {
    // An OAuth client allowed 20 requests a minute, enforced: the plan's own reads take 14 (login, listing, 12 tables).
    limited = await startEmulator({
      ...sampleSeed(),
      clock: new FakeClock(),
      rateLimit: { allowed: 20, enforce: true },
    });
    const ws = await workspace(limited);
    const events = await pullRequestEnv(env.dir, env.github);
    const plan = await runSample(
      limited,
      { file: '', config: 'tables.yml', 'genesys-rate-limit': '20' },
      { workspace: ws, env: events },
    );
    expect(plan.exitCode).toBe(0);
    expect(limited.rateWindow.refused).toBe(0);
    expect(limited.requests.filter((r) => r.status === 429)).toEqual([]);
    const apiRequests = limited.requests.filter((r) => r.host === 'api');
    expect(apiRequests.length).toBeLessThanOrEqual(20);
    const asked = consumers(limited).length;
    // The window's room: 20, less the plan's own requests, the build state's and the one kept in reserve.
    expect(asked).toBe(20 - (apiRequests.length - asked - 1) - 1 - 1);
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(names.length);

    const body = env.github.comments.get(7)?.[0]?.body ?? '';
    const lines = readersLines(body);
    expect(lines.map(([name]) => name)).toEqual(names);
    // The first tables in the config's order were asked; every other says it was not.
    for (const [name, line] of lines.slice(0, asked))
      expect([name, line]).toEqual([name, expect.stringMatching(/^Read by no flow/)]);
    for (const [name, line] of lines.slice(asked)) {
      expect([name, line]).toEqual([
        name,
        "Readers not asked: the plan kept within the rate limit's budget (20 requests a minute).",
      ]);
    }
    expect(plan.summary).toContain(
      `What reads each changed table was asked for the first ${asked} of 12 changed tables, within the rate limit's budget (20 requests a minute) left after reading them; the other ${12 - asked} say "Readers not asked".`,
    );
  });

  it('asks every changed table when the window has room', async () => {
    const ws = await workspace(env.emulator);
    const plan = await runSample(
      env.emulator,
      { file: '', config: 'tables.yml' },
      { workspace: ws, env: await pullRequestEnv(env.dir, env.github) },
    );
    expect(plan.exitCode).toBe(0);
    expect(consumers(env.emulator)).toHaveLength(names.length);
    const body = env.github.comments.get(7)?.[0]?.body ?? '';
    expect(body).not.toContain('Readers not asked');
    expect(readersLines(body).every(([, line]) => line.startsWith('Read by no flow'))).toBe(true);
  });
});
