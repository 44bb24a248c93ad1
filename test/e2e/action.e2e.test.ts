import { mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import { repoRoot } from '../../scripts/run-action.ts';
import { readCsv } from '../../src/core/csv.ts';
import { normalizeLiveRow } from '../../src/core/schema.ts';
import { importStarts as importStartsOf, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';
import { validateFile } from '../support/validate-file.ts';

// These run the action as a GitHub runner does, against the emulator: in process, and the bundled dist/index.js for a
// plan, an apply and bad inputs (its entry, its log and its exit code as a runner sees them).
const environment = useE2eEnvironment();
let emulator: GenesysEmulator;
beforeEach(() => {
  ({ emulator } = environment);
});

const run = (inputs: Record<string, string>, options: { workspace?: string; bundle?: boolean } = {}) =>
  runSample(emulator, inputs, options);

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const workspace = await mkdtemp(path.join(environment.dir, 'ws-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(workspace, name), text);
  return workspace;
}

async function sampleFileRows() {
  const file = path.join(repoRoot, 'examples/data/Holidays.csv');
  const { createReadStream } = await import('node:fs');
  const csv = await readCsv(createReadStream(file), file);
  return [...validateFile(holidaysSchema, csv, file, limits).rows.values()].sort((a, b) =>
    String(a.key) < String(b.key) ? -1 : 1,
  );
}

const importStarts = () => importStartsOf(emulator);

describe('dist/index.js against the emulator', () => {
  it('plans without touching the table: counts in outputs and summary', async () => {
    const before = emulator.rowsOf('Holidays');
    const result = await run({ mode: 'plan' }, { bundle: true });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      changed: 'true',
      'rows-added': '1',
      'rows-updated': '2',
      'rows-deleted': '1',
      'rows-unchanged': '5',
      'rows-invalid': '0',
      'import-jobs': '[]',
    });
    expect(result.outputs['plan-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(result.summary).toContain('**Plan:** 1 to add, 2 to change, 1 to delete, 5 unchanged.');
    expect(result.summary).toContain('| Christmas Day | Surcharge | 1.5 | 2.5 |');
    expect(emulator.rowsOf('Holidays')).toEqual(before);
    expect(importStarts()).toEqual([]);
  });

  it('applies: the table equals the CSV afterwards, and a second apply starts no job', async () => {
    const plan = await run({ mode: 'plan' }, { bundle: true });
    const apply = await run({ mode: 'apply' }, { bundle: true });
    expect(apply.exitCode).toBe(0);
    expect(apply.outputs['plan-hash']).toBe(plan.outputs['plan-hash']);
    const jobs = JSON.parse(apply.outputs['import-jobs'] ?? '') as {
      status: string;
      updated: number;
      deleted: number;
    }[];
    expect(jobs).toEqual([
      expect.objectContaining({ table: 'Holidays', status: 'Succeeded', updated: 8, deleted: 8, failed: 0 }),
    ]);
    expect(apply.summary).toContain('## Import results');
    expect(emulator.rowsOf('Holidays')).toEqual(await sampleFileRows());

    const again = await run({ mode: 'apply' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.changed).toBe('false');
    expect(again.outputs['import-jobs']).toBe('[]');
    expect(again.summary).toContain('No table changed: no import job was started.');
    expect(importStarts()).toHaveLength(1);
  });

  it('fails the step when the job succeeds with failed rows, with the count and the contextId', async () => {
    emulator.faults.failRows = ['Christmas Day'];
    const before = emulator.rowsOf('Holidays');
    const result = await run({ mode: 'apply' });
    expect(result.exitCode).toBe(1);
    // Half-applied (the failed row was dropped by ReplaceAll), so the table was put back from its snapshot.
    expect(result.stdout).toContain(
      'the table was read again: the import had deleted 2 row(s), changed 1 row(s), added 1 row(s). It was restored from its snapshot',
    );
    const asPlanned = (rows: Record<string, unknown>[]) => rows.map((row) => normalizeLiveRow(holidaysSchema, row));
    expect(asPlanned(emulator.rowsOf('Holidays'))).toEqual(asPlanned(before));
    const contextId = [...emulator.jobs.values()].find((job) => job.kind === 'import')?.errorInformation?.contextId;
    expect(contextId).toBeDefined();
    expect(result.stdout).toContain('::error::Holidays: the import job finished with 1 failed row(s)');
    expect(result.stdout).toContain(`contextId ${contextId}`);
    expect(result.summary).toContain(`contextId ${contextId}`);
    expect(JSON.parse(result.outputs['import-jobs'] ?? '')).toEqual([expect.objectContaining({ failed: 1 })]);
  });

  it('refuses to apply a file with invalid cells: annotations on the lines, the table untouched', async () => {
    const ws = await workspaceWith({
      'Holidays.csv': 'Holiday,Closed,Callback Hours\nA,true,1\nB,maybe,2\nC,false,x1\n',
    });
    const before = emulator.rowsOf('Holidays');
    const result = await run({ mode: 'apply', file: 'Holidays.csv' }, { workspace: ws });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error title=Invalid data,file=Holidays.csv,line=3::Closed:');
    expect(result.stdout).toContain('::error title=Invalid data,file=Holidays.csv,line=4::Callback Hours:');
    expect(result.stdout).toContain('Nothing was applied');
    expect(result.stdout).toContain('Holidays.csv: 2 invalid row(s), each with an error column, written to');
    expect(result.outputs['rows-invalid']).toBe('2');
    expect(emulator.rowsOf('Holidays')).toEqual(before);
    expect(importStarts()).toEqual([]);
  });

  it('refuses a plan that deletes more than max-deletes, and an empty file', async () => {
    const tooMany = await run({ mode: 'apply', 'max-deletes': '0' });
    expect(tooMany.exitCode).toBe(1);
    expect(tooMany.stdout).toContain('the plan deletes 1 of 8 live rows; max-deletes (0) allows 0');
    const ws = await workspaceWith({ 'Holidays.csv': 'Holiday,Date\n' });
    const empty = await run({ mode: 'apply', file: 'Holidays.csv', 'max-deletes': '99%' }, { workspace: ws });
    expect(empty.exitCode).toBe(1);
    expect(empty.stdout).toContain('the file has no rows and would delete all 8 live rows');
    expect(importStarts()).toEqual([]);
    expect(emulator.rowsOf('Holidays')).toHaveLength(8);
  });

  it('explains bad inputs in one line, without a stack trace', async () => {
    const noFile = await run({ file: '' }, { bundle: true });
    expect(noFile.exitCode).toBe(1);
    expect(noFile.stdout).toContain('::error::Input file is required');
    const later = await run({ provider: 'five9' }, { bundle: true });
    expect(later.stdout).toContain(
      '::error::Input provider is "five9"; use one of: genesys, learningbuilder, talkdesk, dengage',
    );
    const badMode = await run({ mode: 'destroy' }, { bundle: true });
    expect(badMode.stdout).toContain('::error::Input mode is "destroy"; use one of: plan, apply, export');
    const missing = await run({ file: 'nope/*.csv' }, { bundle: true });
    expect(missing.stdout).toContain('::error::file: no file matches "nope/*.csv"');
    for (const result of [noFile, later, badMode, missing])
      expect(result.stdout + result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('names the table and the inputs to check when the table does not exist', async () => {
    const result = await run({ table: 'Holiday Table' });
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain('No Genesys data table is named "Holiday Table"');
  });
});
