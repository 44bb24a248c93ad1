import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { pushEnv } from '../support/github-env.ts';

// The action with a schema file beside the CSV: the table is created, or columns added, before the rows; changes
// Genesys refuses (a type change, a removed column) are refused in the plan.
const env = useE2eEnvironment();

const queuesSchema = (fields: object[]) => JSON.stringify({ table: 'Queues', fields }, null, 2);
const KEY = { name: 'key', title: 'Queue', type: 'string', key: true };
const OPEN = { name: 'open', title: 'Open', type: 'boolean', default: false };
const AGENTS = { name: 'agents', title: 'Agents', type: 'integer', default: 0, minimum: 0, maximum: 500 };

async function workspace(csv: string, schema: string): Promise<string> {
  const ws = path.join(env.dir, 'ws');
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  await writeFile(path.join(ws, 'tables', 'Queues.csv'), csv);
  await writeFile(path.join(ws, 'tables', 'Queues.schema.json'), schema);
  return ws;
}

const run = (ws: string, inputs: Record<string, string> = {}) =>
  runSample(
    env.emulator,
    { file: 'tables/Queues.csv', ...inputs },
    { workspace: ws, ...(inputs.mode === 'apply' ? { env: pushEnv(env.github, false) } : {}) },
  );

describe('tables as code', () => {
  it('plans "create" for a table that does not exist, creates it with its rows, then plans no changes', async () => {
    const ws = await workspace('Queue,Open,Agents\nbilling,false,2\nsales,true,4\n', queuesSchema([KEY, OPEN, AGENTS]));
    const plan = await run(ws);
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs).toMatchObject({ changed: 'true', 'rows-added': '2' });
    expect(plan.summary).toContain('**Schema:** create 1 table, before the rows.');
    expect(plan.summary).toContain(
      '**Create the table** Queues with 3 columns: key "key" titled "Queue" (string); "open" titled "Open" (boolean, default false); "agents" titled "Agents" (integer, default 0, minimum 0, maximum 500).',
    );
    expect(env.emulator.requests.filter((r) => r.method !== 'GET' && r.path.includes('datatables'))).toEqual([]);

    env.emulator.faults.schemaReadBackReads = 2; // the new table is not readable at once
    const apply = await run(ws, { mode: 'apply' });
    expect(apply.exitCode).toBe(0);
    expect(apply.stdout).toMatch(/Queues: table created \(id [0-9a-f-]+\) with 3 column\(s\)/);
    const table = env.emulator.tableByName('Queues');
    expect(Object.keys(table.schema.properties)).toEqual(['key', 'open', 'agents']);
    expect(table.schema.properties.agents).toMatchObject({ type: 'integer', default: 0, minimum: 0, maximum: 500 });
    expect(env.emulator.rowsOf('Queues')).toEqual([
      { key: 'billing', open: false, agents: 2 },
      { key: 'sales', open: true, agents: 4 },
    ]);
    const again = await run(ws);
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ changed: 'false', 'rows-unchanged': '2' });
  });

  it('adds a column named in both files, with its values, and covers the column in the reviewed hash', async () => {
    env.emulator.addTable({
      name: 'Queues',
      properties: { key: { title: 'Queue', type: 'string' }, open: { title: 'Open', type: 'boolean', default: false } },
      rows: [
        { key: 'billing', open: false },
        { key: 'sales', open: true },
      ],
    });
    const ws = await workspace('Queue,Open,Agents\nbilling,false,2\nsales,true,4\n', queuesSchema([KEY, OPEN, AGENTS]));
    const plan = await run(ws);
    expect(plan.exitCode).toBe(0);
    expect(plan.summary).toContain(
      '**Add 1 column**: "agents" titled "Agents" (integer, default 0, minimum 0, maximum 500).',
    );
    expect(plan.outputs).toMatchObject({ 'rows-updated': '2' });
    const withoutColumn = await run(
      await workspace('Queue,Open\nbilling,false\nsales,true\n', queuesSchema([KEY, OPEN])),
    );
    expect(withoutColumn.outputs['plan-hash']).not.toBe(plan.outputs['plan-hash']);

    await workspace('Queue,Open,Agents\nbilling,false,2\nsales,true,4\n', queuesSchema([KEY, OPEN, AGENTS]));
    env.emulator.faults.schemaReadBackReads = 2;
    const apply = await run(ws, { mode: 'apply' });
    expect(apply.exitCode).toBe(0);
    expect(apply.stdout).toContain('Queues: 1 column(s) added: agents');
    expect(env.emulator.rowsOf('Queues')).toEqual([
      { key: 'billing', open: false, agents: 2 },
      { key: 'sales', open: true, agents: 4 },
    ]);
    expect((await run(ws)).outputs).toMatchObject({ changed: 'false' });
  });

  it('refuses a type change and a removed column in the plan, never sending them', async () => {
    env.emulator.addTable({
      name: 'Queues',
      properties: {
        key: { title: 'Queue', type: 'string' },
        open: { title: 'Open', type: 'boolean', default: false },
        agents: { title: 'Agents', type: 'integer' },
      },
      rows: [{ key: 'billing', open: false, agents: 1 }],
    });
    const ws = await workspace(
      'Queue,Open\nbilling,false\n',
      queuesSchema([KEY, { name: 'open', title: 'Open', type: 'integer', default: 0 }]),
    );
    const result = await run(ws, { mode: 'apply' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failure-reason']).toBe('guard');
    expect(result.summary).toContain(
      'column "open": the schema file has type "integer", the table "boolean"; Genesys Cloud data tables cannot change an existing column',
    );
    expect(result.summary).toContain(
      'column "agents" is in the table but not in the schema file; Genesys Cloud data tables cannot remove a column',
    );
    expect(env.emulator.requests.filter((r) => r.method === 'PUT' && r.path.includes('datatables'))).toEqual([]);
    expect(importStarts(env.emulator)).toEqual([]);
  });
});
