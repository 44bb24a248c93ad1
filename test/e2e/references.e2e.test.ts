import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { pullRequestEnv, pushEnv } from '../support/github-env.ts';

// The action with a schema file that declares a column as a reference to Genesys queues (and one to users): the
// plan looks the ids up in the org (the emulator), shows each changed id with the queue's name, blocks a changed row
// whose id names nothing, batches the lookups (one request per kind per 100 ids), and goes on without them, saying so
// once, when the role may not look queues up.
const env = useE2eEnvironment();

const SUPPORT = '1e0f9a8b-4c2d-4e6f-8a1b-3c5d7e9f0a12'; // "Support EN" in the sample seed
const BILLING = '2a4c6e80-1b3d-4f5a-9c7e-0d2f4a6b8c14'; // "Billing"
const ADA = '3b5d7f91-2c4e-4a6b-8d0f-1e3a5c7e9b26'; // the user "Ada Lovelace"
const DELETED = '0c0c0c0c-1111-4222-8333-444455556666';

const schemaFile = JSON.stringify({
  table: 'Routes',
  fields: [
    { name: 'key', title: 'Route', type: 'string', key: true },
    { name: 'queue_id', title: 'Queue', type: 'string', references: 'queue' },
    { name: 'owner', title: 'Owner', type: 'string', references: 'user' },
  ],
});

function addRoutes(rows: { key: string; queue_id: string; owner: string }[]) {
  env.emulator.addTable({
    name: 'Routes',
    properties: {
      key: { title: 'Route', type: 'string' },
      queue_id: { title: 'Queue', type: 'string' },
      owner: { title: 'Owner', type: 'string' },
    },
    rows,
  });
}

async function workspace(csv: string): Promise<string> {
  const ws = path.join(env.dir, 'ws');
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  await writeFile(path.join(ws, 'tables', 'Routes.csv'), csv);
  await writeFile(path.join(ws, 'tables', 'Routes.schema.json'), schemaFile);
  return ws;
}

const lookups = (apiPath: string) => env.emulator.requests.filter((r) => r.path === apiPath);

async function planInPullRequest(csv: string) {
  const ws = await workspace(csv);
  const run = await runSample(
    env.emulator,
    { file: 'tables/Routes.csv' },
    { workspace: ws, env: await pullRequestEnv(env.dir, env.github) },
  );
  return { run, comment: env.github.comments.get(7)?.[0]?.body ?? '' };
}

describe('cells that point at live Genesys objects', () => {
  it('blocks a changed row whose queue was deleted, naming file:line, the column, the id and the org', async () => {
    addRoutes([
      { key: 'sales', queue_id: SUPPORT, owner: ADA },
      { key: 'billing', queue_id: BILLING, owner: ADA },
    ]);
    // The billing queue is deleted in the org; the pull request points the sales route at it.
    env.emulator.objects.queues = env.emulator.objects.queues?.filter((q) => q.id !== BILLING);
    const { run, comment } = await planInPullRequest(
      `Route,Queue,Owner\nsales,${BILLING},${ADA}\nbilling,${BILLING},${ADA}\n`,
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('guard');
    const org = `the Genesys org at ${new URL(env.emulator.apiUrl).host}`;
    // The unchanged billing row (line 3) is not checked by a pull request's plan; the changed one (line 2) blocks.
    expect(run.stdout).toContain(`1 id points at no queue in ${org}: tables/Routes.csv:2 column "Queue" ${BILLING}`);
    expect(comment).toContain('**Blocked**: this table cannot be applied.');
    expect(comment).toContain(
      `tables/Routes.csv#L2) column "Queue" value "${BILLING}": no queue has this id in ${org}`,
    );
    expect(run.stdout).toMatch(
      /::error title=Invalid data,file=tables\/Routes\.csv,line=2::Queue: no queue has this id/,
    );
  });

  it('refuses the apply too when the queue is deleted after the review: nothing is imported', async () => {
    addRoutes([{ key: 'sales', queue_id: SUPPORT, owner: ADA }]);
    env.emulator.objects.queues = env.emulator.objects.queues?.filter((q) => q.id !== BILLING);
    const ws = await workspace(`Route,Queue,Owner\nsales,${BILLING},${ADA}\n`);
    const apply = await runSample(
      env.emulator,
      { file: 'tables/Routes.csv', mode: 'apply' },
      { workspace: ws, env: pushEnv(env.github, false) },
    );
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toContain(`tables/Routes.csv:2 column "Queue" ${BILLING}`);
    expect(importStarts(env.emulator)).toEqual([]);
    expect(env.emulator.rowsOf('Routes')).toEqual([{ key: 'sales', queue_id: SUPPORT, owner: ADA }]);
  });

  it("shows a valid change's queue and user with their names in the comment, and the plan passes", async () => {
    addRoutes([{ key: 'sales', queue_id: SUPPORT, owner: ADA }]);
    const { run, comment } = await planInPullRequest(
      `Route,Queue,Owner\nsales,${BILLING},${ADA}\nsupport,${SUPPORT},${ADA}\n`,
    );
    expect(run.exitCode).toBe(0);
    expect(comment).toContain('| sales | Queue | 1e0f9a8b… (Support EN) | 2a4c6e80… (Billing) |');
    expect(comment).toContain('| support | 1e0f9a8b… (Support EN) | 3b5d7f91… (Ada Lovelace) |');
    expect(run.stdout).not.toMatch(/::notice[^\n]*permission/);
  });

  it('looks ids up once per kind per 100 ids: 250 new rows, 3 queue and 3 user requests', async () => {
    addRoutes([]);
    const id = (n: number, kind: string) => `${kind}${String(n).padStart(7, '0')}-0000-4000-8000-000000000000`;
    env.emulator.objects.queues = Array.from({ length: 250 }, (_, n) => ({ id: id(n, 'a'), name: `Queue ${n}` }));
    env.emulator.objects.users = Array.from({ length: 250 }, (_, n) => ({ id: id(n, 'b'), name: `User ${n}` }));
    const rows = Array.from({ length: 250 }, (_, n) => `route ${n},${id(n, 'a')},${id(n, 'b')}`);
    const { run } = await planInPullRequest(`Route,Queue,Owner\n${rows.join('\n')}\n`);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['rows-added']).toBe('250');
    const queues = lookups('/api/v2/routing/queues');
    expect(queues).toHaveLength(3);
    expect(queues.map((r) => new URLSearchParams(r.query).get('id')?.split(',').length)).toEqual([100, 100, 50]);
    expect(lookups('/api/v2/users')).toHaveLength(3);
    expect(run.stdout).toContain('Looked up 250 queue id(s): 250 found');
  });

  it('says once which permission the role lacks, and plans on without the queue check', async () => {
    addRoutes([{ key: 'sales', queue_id: SUPPORT, owner: ADA }]);
    env.emulator.faults.lookupForbidden = ['queues'];
    const { run, comment } = await planInPullRequest(
      `Route,Queue,Owner\nsales,${DELETED},${ADA}\nnew,${DELETED},${ADA}\n`,
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'rows-added': '1', 'rows-updated': '1' });
    const notices = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::notice') && line.includes('routing:queue:view'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('lacks the permission routing:queue:view');
    expect(comment).toContain("the OAuth client's role lacks the permission routing:queue:view");
    // Users are still checked; the unchecked queue ids are shown as written.
    expect(lookups('/api/v2/users')).toHaveLength(1);
    expect(comment).toContain(`| new | ${DELETED} | 3b5d7f91… (Ada Lovelace) |`);
  });

  it('checks unchanged rows only on a drift check, where a queue deleted under one is drift', async () => {
    addRoutes([
      { key: 'sales', queue_id: SUPPORT, owner: ADA },
      { key: 'billing', queue_id: BILLING, owner: ADA },
    ]);
    const csv = `Route,Queue,Owner\nsales,${SUPPORT},${ADA}\nbilling,${BILLING},${ADA}\n`;
    env.emulator.objects.queues = env.emulator.objects.queues?.filter((q) => q.id !== BILLING);
    // A pull request that changes nothing looks nothing up.
    const { run: plan } = await planInPullRequest(csv);
    expect(plan.exitCode).toBe(0);
    expect(lookups('/api/v2/routing/queues')).toHaveLength(0);

    const drift = await runSample(
      env.emulator,
      { file: 'tables/Routes.csv', 'drift-issue': 'true' },
      {
        workspace: await workspace(csv),
        env: {
          GITHUB_EVENT_NAME: 'schedule',
          GITHUB_REPOSITORY: 'acme/tables',
          GITHUB_SHA: 'd'.repeat(40),
          GITHUB_RUN_ID: '42',
          GITHUB_API_URL: env.github.url,
        },
      },
    );
    expect(drift.exitCode).toBe(0);
    expect(lookups('/api/v2/routing/queues')).toHaveLength(1);
    expect(drift.outputs.changed).toBe('true');
    expect(drift.summary).toContain('**1 id in reference columns points at nothing in the org**');
    expect(drift.summary).toContain(`column "Queue" value "${BILLING}": no queue has this id`);
    expect(drift.summary).toContain('drift: this row is unchanged');
    expect(env.github.issues.map((issue) => issue.body).join('')).toContain('points at nothing in the org');
  });

  it('export writes the schema file again from the table, keeping the columns declared as references', async () => {
    addRoutes([{ key: 'sales', queue_id: SUPPORT, owner: ADA }]);
    const ws = await workspace('Route,Queue,Owner\n');
    const exported = await runSample(env.emulator, { file: 'tables/Routes.csv', mode: 'export' }, { workspace: ws });
    expect(exported.exitCode).toBe(0);
    const written = JSON.parse(await readFile(path.join(ws, 'tables', 'Routes.schema.json'), 'utf8'));
    expect(written.fields.map((f: { name: string; references?: string }) => [f.name, f.references])).toEqual([
      ['key', undefined],
      ['queue_id', 'queue'],
      ['owner', 'user'],
    ]);
  });
});
