import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EmulatorOptions, GenesysEmulator, type TableSeed } from '../../emulator/server.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { sampleSeed } from '../support/emulator.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { pushEnv } from '../support/github-env.ts';

// The action against an emulator that behaves as a slow Genesys org: row reads that answer the table as it was
// before the last write, dependency tracking still being built, and a schema with minLength.
const env = useE2eEnvironment();

async function restart(options: EmulatorOptions): Promise<void> {
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

const rowReads = () => env.emulator.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/rows'));

describe('Genesys verification that waits for the table to settle', () => {
  it('ends a correct apply verified when the first read after the import is late: exit 0, no restore advice', async () => {
    await restart({ ...sampleSeed(), faults: { lagReads: { reads: 1 } } });
    const apply = await runSample(env.emulator, { mode: 'apply' }, { env: pushEnv(env.github, false) });
    expect(apply.exitCode).toBe(0);
    // The plan's read, a late read after the import (the table as before), and the one that agrees.
    expect(rowReads()).toHaveLength(3);
    expect(apply.stdout).toMatch(
      /Holidays: read again after the import: it equals the file \(8 rows\) after 2 reads over 1\.\d s/,
    );
    expect(apply.summary).toContain('✅ verified');
    expect(`${apply.stdout}${apply.summary}`).not.toMatch(/restore/i);
    const jobs = JSON.parse(apply.outputs['import-jobs'] ?? '[]') as { verified?: boolean; status?: string }[];
    expect(jobs).toEqual([expect.objectContaining({ status: 'Succeeded', verified: true })]);
    expect(env.emulator.rowsOf('Holidays')).toHaveLength(8);
  });

  it('puts back a failed ReplaceAll that deleted rows though the table first reads as its snapshot, and fails saying so', async () => {
    const seed = sampleSeed();
    await restart({ ...seed, faults: { lagReads: { reads: 1 }, halfApplyImports: { count: 1 } } });
    const before = env.emulator.rowsOf('Holidays');
    const apply = await runSample(env.emulator, { mode: 'apply' }, { env: pushEnv(env.github, false) });
    expect(apply.exitCode).toBe(1);
    expect(apply.outputs['failure-reason']).toBe('import-failed');
    // The job, then the restore: the late read equal to the snapshot did not end it, the job's counts did.
    expect(importStarts(env.emulator)).toHaveLength(2);
    expect(apply.stdout).toMatch(
      /Holidays: the import job ended Failed; the table was read again: the import had written 4 row\(s\) and deleted 8 by its own counts, though the table still read as before \(reads lag behind writes; one read\)\. It was restored from its snapshot \(job [0-9a-f-]+\): no row was lost; the table was put back and reads as before the import after 2 reads over 1\.\d s/,
    );
    expect(apply.stdout).not.toContain('nothing was changed');
    // As before, an absent Greeting read as its empty default (an import writes every column).
    const plain = (rows: Record<string, unknown>[]) => rows.map((row) => ({ Greeting: '', ...row }));
    expect(plain(env.emulator.rowsOf('Holidays'))).toEqual(plain(before));
  });

  it.each([
    ['BUILDINPROGRESS', 'Readers unknown: dependency tracking is being built (BUILDINPROGRESS).'],
    ['NOTBUILT', 'Readers unknown: dependency tracking has not been built in this org (NOTBUILT).'],
  ] as const)(
    'plans while dependency tracking is %s: the readers are unknown, never "no flow"',
    async (status, line) => {
      await restart({ ...sampleSeed(), dependencyTracking: { status } });
      const plan = await runSample(env.emulator, {});
      expect(plan.exitCode).toBe(0);
      expect(plan.summary).toContain(line);
      expect(plan.summary).not.toContain('Read by no');
      const build = env.emulator.requests.filter((r) => r.path === '/api/v2/architect/dependencytracking/build');
      expect(build).toHaveLength(1);
    },
  );

  it("refuses at plan time a value shorter than its field's minLength, with its line; an empty cell is no value", async () => {
    const table: TableSeed = {
      name: 'Regions',
      properties: {
        key: { title: 'Code', type: 'string', minLength: 2, maxLength: 36 },
        label: { title: 'Label', type: 'string', minLength: 3 },
      },
      rows: [{ key: 'eu', label: 'Europe' }],
    };
    await restart({ tables: [table] });
    const ws = await workspace({ 'tables/Regions.csv': 'Code,Label\neu,Europe\nus,\nx,Somewhere\nap,Ap\n' });
    const plan = await runSample(env.emulator, { file: 'tables/Regions.csv' }, { workspace: ws });
    expect(plan.exitCode).toBe(1);
    expect(plan.outputs['rows-invalid']).toBe('2');
    expect(plan.stdout).toContain(
      '::error title=Invalid data,file=tables/Regions.csv,line=4::Code: "Code" holds at least 2 characters',
    );
    expect(plan.stdout).toContain(
      '::error title=Invalid data,file=tables/Regions.csv,line=5::Label: "Label" holds at least 3 characters',
    );
    expect(plan.stdout).not.toMatch(/line=3::/);
  });
});
