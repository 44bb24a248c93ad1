import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GenesysEmulator, type TableSeed } from '../../emulator/server.ts';
import { importStarts, runAction } from '../support/e2e.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { FakeGitHub } from '../support/fake-github.ts';
import { pullRequestEnv, pushEnv } from '../support/github-env.ts';

// A job matrix through the action: 200 tables in 4 groups over two OAuth clients of one org, each group at its
// share of its client's budget (the emulator enforces the limit per client, sliding), one comment, one plan hash.
const TABLES = 200;
const LIMIT = { allowed: 40, windowMs: 4000 };
const clients = [
  { id: 'client-one', secret: 'secret-one' },
  { id: 'client-two', secret: 'secret-two' },
];
const properties: TableSeed['properties'] = {
  key: { title: 'Code', type: 'string' },
  weight: { title: 'Weight', type: 'integer' },
};
const rows = [0, 1, 2].map((i) => ({ key: `k${i}`, weight: i }));
const name = (i: number) => `T${String(i).padStart(3, '0')}`;
/** One table in each group changes: its row k1 gets a new weight. */
const CHANGED = [7, 60, 110, 199].map(name);

let emulator: GenesysEmulator;
let github: FakeGitHub;
let dir: string;
let ws: string;

beforeEach(async () => {
  emulator = await new GenesysEmulator({
    clock: new FakeClock(),
    clients,
    rateLimit: { ...LIMIT, enforce: true },
    tables: Array.from({ length: TABLES }, (_, i) => ({ name: name(i), properties, rows })),
  }).start();
  github = await new FakeGitHub().start();
  dir = await mkdtemp(path.join(process.env.TMPDIR ?? '/tmp', 'datatable-matrix-'));
  ws = path.join(dir, 'ws');
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  for (let i = 0; i < TABLES; i++) {
    const weight = (r: { key: string; weight: number }) =>
      CHANGED.includes(name(i)) && r.key === 'k1' ? 100 : r.weight;
    await writeFile(
      path.join(ws, 'tables', `${name(i)}.csv`),
      `Code,Weight\n${rows.map((r) => `${r.key},${weight(r)}`).join('\n')}\n`,
    );
  }
  await writeFile(path.join(ws, 'tables.yml'), 'tables:\n  - file: tables/*.csv\n');
});
afterEach(async () => {
  await emulator.stop();
  await github.stop();
});

interface Entry {
  group: string;
  environment: string;
  client: string;
}

/** One step of the workflow: the inputs it shares with every other, the matrix entry's client as its secrets. */
function step(inputs: Record<string, string>, env: Record<string, string>, entry?: Entry, temp?: string) {
  const client = clients[Number(entry?.client ?? '1') - 1] ?? clients[0];
  return runAction({
    inputs: {
      config: 'tables.yml',
      environment: 'prod',
      'genesys-clients': '2',
      'genesys-rate-limit': `${LIMIT.allowed}/${LIMIT.windowMs / 1000}s`,
      'genesys-client-id': client?.id ?? '',
      'genesys-client-secret': client?.secret ?? '',
      'genesys-api-url': emulator.apiUrl,
      'genesys-login-url': emulator.apiUrl,
      'github-token': 'ghs_test_token_123',
      parallelism: '4',
      // The gathered comment's plan line is signed, and each group's apply trusts only a signed one.
      'plan-signing-key': 'matrix-signing-key',
      ...(entry ? { group: entry.group } : {}),
      ...inputs,
    },
    workspace: ws,
    env: { ...env, ...(temp ? { RUNNER_TEMP: temp } : {}) },
    // The emulator's clock: its rate windows slide as the action's pacer waits, in no real time.
    clock: emulator.clock,
  });
}

describe('a matrix over runners', () => {
  it('plans 200 tables in 4 groups over two clients within each client budget, gathers one comment and hash, and applies group by group', async () => {
    const prEnv = await pullRequestEnv(dir, github);
    const targets = await step({ mode: 'targets', groups: '4' }, prEnv);
    expect(targets.exitCode).toBe(0);
    const matrix = JSON.parse(targets.outputs.matrix ?? '') as { include: Entry[] };
    expect(matrix.include).toEqual([
      { group: '1/4', environment: 'prod', client: '1' },
      { group: '2/4', environment: 'prod', client: '2' },
      { group: '3/4', environment: 'prod', client: '1' },
      { group: '4/4', environment: 'prod', client: '2' },
    ]);
    expect(targets.summary).toContain('| 1/4 | 1 | 50 | T000, T049 | 350 | 20 per 4 s |');
    expect(targets.summary).toContain('| 4/4 | 2 | 50 | T150, T199 | 350 | 20 per 4 s |');
    // Listing the groups reads no table.
    expect(emulator.requests).toHaveLength(0);

    // The four plan jobs at once, as a matrix runs them: two groups on each client.
    const temps = await Promise.all(matrix.include.map((_, i) => mkdtemp(path.join(dir, `temp${i}-`))));
    const plans = await Promise.all(matrix.include.map((entry, i) => step({}, prEnv, entry, temps[i])));
    for (const plan of plans) expect(plan.exitCode, plan.stdout).toBe(0);
    expect(plans.map((p) => p.outputs['rows-updated'])).toEqual(['1', '1', '1', '1']);
    // Each client kept to its budget: the emulator refused nothing, and each client made its two groups' requests.
    expect(emulator.rateWindow.refused).toBe(0);
    const byClient = (id: string) => emulator.requests.filter((r) => r.client === id).length;
    expect(byClient('client-one')).toBeGreaterThanOrEqual(100);
    expect(byClient('client-two')).toBeGreaterThanOrEqual(100);
    // A group posts no comment of its own: the gather does.
    expect(github.comments.get(7) ?? []).toHaveLength(0);

    await mkdir(path.join(ws, 'plans'), { recursive: true });
    for (const [i, plan] of plans.entries()) {
      const file = plan.outputs['group-plan'] ?? '';
      expect(path.dirname(file).startsWith(temps[i] ?? '-')).toBe(true);
      await copyFile(file, path.join(ws, 'plans', path.basename(file)));
    }
    const gather = await step({ mode: 'gather', plans: 'plans' }, prEnv);
    expect(gather.exitCode, gather.stdout).toBe(0);
    expect(gather.outputs['rows-updated']).toBe('4');
    const comments = github.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    for (const table of CHANGED) expect(comments[0]?.body).toContain(table);
    expect(comments[0]?.body).toMatch(/"sig":"[0-9a-f]{64}"/);
    expect(comments[0]?.body).toContain('Planned by 4 job(s) of a matrix, gathered into this one plan.');

    // One plan hash: the one a single job planning every table makes (with the client's whole budget, in a fresh window).
    emulator.rateWindow.clear();
    const single = await step({ comment: 'never', 'genesys-clients': '1' }, prEnv);
    expect(single.exitCode).toBe(0);
    expect(gather.outputs['plan-hash']).toBe(single.outputs['plan-hash']);

    // The applies, group by group, each checked against the gathered comment's plan of its own tables.
    emulator.rateWindow.clear();
    emulator.requests.length = 0;
    const refusedBefore = emulator.rateWindow.refused;
    const push = pushEnv(github);
    const applies = await Promise.all(
      matrix.include.map(async (entry, i) =>
        step({ mode: 'apply' }, push, entry, await mkdtemp(path.join(dir, `a${i}-`))),
      ),
    );
    for (const [i, apply] of applies.entries()) {
      expect(apply.exitCode, apply.stdout).toBe(0);
      expect(apply.stdout).toContain(
        `Group ${i + 1}/4: its 50 table(s) are as reviewed at \`aaaaaaa\` (pull request #7)`,
      );
    }
    expect(emulator.rateWindow.refused - refusedBefore).toBe(0);
    expect(emulator.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(importStarts(emulator)).toHaveLength(4);
    for (const table of CHANGED) expect(emulator.rowsOf(table).find((r) => r.key === 'k1')?.weight).toBe(100);
    // The gathered comment still holds every group's plan for a re-run of any group.
    expect(github.comments.get(7)).toHaveLength(1);
  }, 240_000);

  it("refuses one group's apply when its table changed since the review, and applies the others", async () => {
    const prEnv = await pullRequestEnv(dir, github);
    const entries: Entry[] = [1, 2].map((i) => ({ group: `${i}/2`, environment: 'prod', client: String(i) }));
    await mkdir(path.join(ws, 'plans'), { recursive: true });
    for (const [i, entry] of entries.entries()) {
      const temp = await mkdtemp(path.join(dir, `p${i}-`));
      const plan = await step({}, prEnv, entry, temp);
      expect(plan.exitCode, plan.stdout).toBe(0);
      await copyFile(plan.outputs['group-plan'] ?? '', path.join(ws, 'plans', `group-plan-${i + 1}of2.json`));
    }
    const gathered = await step({ mode: 'gather', plans: 'plans' }, prEnv);
    expect(gathered.exitCode, gathered.stdout).toBe(0);

    // Someone edits a table of group 2 in the vendor's UI after the review.
    const edited = [...emulator.tables.values()].find((t) => t.name === name(199));
    edited?.rows.set('k2', { key: 'k2', weight: 55 });
    const push = pushEnv(github);
    const [one, two] = await Promise.all(
      entries.map(async (entry, i) => step({ mode: 'apply' }, push, entry, await mkdtemp(path.join(dir, `a${i}-`)))),
    );
    expect(one?.exitCode, one?.stdout).toBe(0);
    expect(two?.exitCode).toBe(1);
    expect(two?.stdout).toContain('T199: reviewed');
    expect(emulator.rowsOf(name(7)).find((r) => r.key === 'k1')?.weight).toBe(100);
    expect(emulator.rowsOf(name(110)).find((r) => r.key === 'k1')?.weight).toBe(1);
  }, 120_000);

  it('refuses to gather when a group is missing, naming it', async () => {
    const prEnv = await pullRequestEnv(dir, github);
    const temp = await mkdtemp(path.join(dir, 'p-'));
    const plan = await step({}, prEnv, { group: '1/2', environment: 'prod', client: '1' }, temp);
    expect(plan.exitCode, plan.stdout).toBe(0);
    await mkdir(path.join(ws, 'plans'), { recursive: true });
    await copyFile(plan.outputs['group-plan'] ?? '', path.join(ws, 'plans', 'group-plan-1of2.json'));
    const gather = await step({ mode: 'gather', plans: 'plans' }, prEnv);
    expect(gather.exitCode).toBe(1);
    expect(gather.stdout).toContain('group 2/2 has no plan');
    expect(github.comments.get(7) ?? []).toHaveLength(0);
    // Plans of an earlier push are never gathered with the head's.
    const later = await step(
      { mode: 'gather', plans: 'plans' },
      await pullRequestEnv(dir, github, { head: 'e'.repeat(40) }),
    );
    expect(later.exitCode).toBe(1);
    expect(later.stdout).toContain('group 1/2 planned commit aaaaaaa, not eeeeeee');
    // The folder is read inside the workspace only.
    const outside = await step({ mode: 'gather', plans: '../elsewhere' }, prEnv);
    expect(outside.exitCode).toBe(1);
    expect(outside.stdout).toContain('Input plans is "../elsewhere"; use a folder inside the workspace');
  }, 60_000);
});
