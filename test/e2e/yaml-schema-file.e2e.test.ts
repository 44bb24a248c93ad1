import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, useE2eEnvironment } from '../support/e2e.ts';

const env = useE2eEnvironment();

describe('a YAML schema file beside the CSV', () => {
  // The YAML library is loaded only by a run that reads YAML (src/core/yaml.ts): this run names no config file, so
  // only its schema file makes it load the library before that file is read.
  it('is read by a run without a config file, and its types checked (validate, offline)', async () => {
    const ws = path.join(env.dir, 'ws');
    await mkdir(path.join(ws, 'tables'), { recursive: true });
    await writeFile(
      path.join(ws, 'tables', 'Queues.schema.yaml'),
      'table: Queues\nfields:\n  - {name: key, title: Queue, type: string, key: true}\n  - {name: agents, title: Agents, type: integer}\n',
    );
    await writeFile(path.join(ws, 'tables', 'Queues.csv'), 'Queue,Agents\nSupport,4\nSales,four\n');
    const run = await runAction({ inputs: { mode: 'validate', file: 'tables/Queues.csv' }, workspace: ws });
    expect(run.stdout).not.toContain('Unexpected error');
    expect(run.stdout).toMatch(/tables\/Queues\.csv.*line=3.*Agents/);
    expect(run.exitCode).toBe(1);
  });
});
