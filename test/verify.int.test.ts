import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { GenesysEmulator, type TableSeed } from '../emulator/server.ts';
import { changedRows, planCounts, rowsToImport } from '../src/core/plan.ts';
import type { ImportOutcome } from '../src/core/report/apply.ts';
import type { Clock } from '../src/core/settle.ts';
import type { DataFile } from '../src/inputs/data-files.ts';
import { GenesysProvider } from '../src/providers/genesys/index.ts';
import { HttpClient } from '../src/providers/http.ts';
import type { LiveTable } from '../src/providers/provider.ts';
import { checkAgainstSnapshot, verifyImport } from '../src/run/apply/verify.ts';
import { type PlannedTable, planOneLive } from '../src/run/plan.ts';
import type { Runner } from '../src/runner.ts';
import { credentials } from './support/emulator.ts';

// src/run/apply/verify.ts against the emulator (real HTTP on 127.0.0.1) whose row reads lag behind writes, with an injected
// clock: the 60 s window passes in no real time, and the waits it asked for are what is checked.

const codes = (count: number) => Array.from({ length: count }, (_, i) => ({ key: `c${i}`, weight: i }));
const seed = (rows = codes(6)): TableSeed => ({
  name: 'Codes',
  properties: { key: { title: 'Code', type: 'string' }, weight: { title: 'Weight', type: 'integer' } },
  rows,
});
const csv = (rows: { key: string; weight: number }[]) =>
  `Code,Weight\n${rows.map((r) => `${r.key},${r.weight}`).join('\n')}\n`;

let emulator: GenesysEmulator;
let http: HttpClient;
afterEach(async () => {
  await http.close();
  await emulator.stop();
});

/** A clock that waits no real time: it records each wait and moves its own time on. */
function fakeClock(): Clock & { waits: number[] } {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  };
}

const logs: string[] = [];
const runner = { info: (message: string) => logs.push(message) } as unknown as Runner;

async function setUp(faults: GenesysEmulator['faults'], fileRows = codes(4)) {
  emulator = await new GenesysEmulator({ tables: [seed()], faults }).start();
  http = new HttpClient({ random: () => 0 });
  const provider = new GenesysProvider(
    { apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, ...credentials, pollMs: { first: 10, longest: 50 } },
    http,
  );
  const text = csv(fileRows);
  const file: DataFile = {
    relativePath: 'Codes.csv',
    absolutePath: '/nowhere/Codes.csv',
    open: () => Readable.from([Buffer.from(text)]),
    table: 'Codes',
    importMode: 'replace',
    maxDeletes: { percent: 100 },
    delimiter: ',',
  };
  const planned = await planOneLive(file, provider, () => {});
  const table = planned.table as LiveTable;
  const job = await provider.import(table, {
    mode: 'replace',
    rows: rowsToImport(planned.plan, file.open),
    key: 'key',
    upsert: changedRows(planned.plan),
    delete: planned.plan.diff.deleted.map(({ key }) => key),
  });
  const result = await provider.waitForJob(table, job, 10_000);
  const counts = planCounts(planned.plan);
  const outcome: ImportOutcome = {
    table: 'Codes',
    file: 'Codes.csv',
    status: result.status,
    jobId: job.id,
    updated: result.updated,
    deleted: result.deleted,
    failed: result.failed,
    succeeded: result.succeeded,
    planned: { added: counts.added, changed: counts.updated, deleted: counts.deleted },
  };
  return { provider, planned: planned as PlannedTable, result, outcome };
}

describe('verification that waits for the table to settle', () => {
  it('ends a correct import verified once a late read catches up, saying how long it waited', async () => {
    const { provider, planned, outcome } = await setUp({ lagReads: { reads: 2 } });
    const clock = fakeClock();
    await verifyImport(provider, planned, outcome, runner, 'snap.csv', { windowMs: 60_000, clock });
    expect(outcome.verified).toBe(true);
    expect(outcome.succeeded).toBe(true);
    expect(outcome.note).toContain('verified: Codes now equals the file (4 rows) after 3 reads over 4.0 s');
    expect(clock.waits).toEqual([1000, 3000]);
  });

  it('does not wait out the window for a file rewritten after the import: it says the bytes sent cannot be checked', async () => {
    const { provider, planned, outcome } = await setUp({ lagReads: { reads: 2 } });
    const clock = fakeClock();
    // The workspace's file now holds other bytes than the ones imported.
    const rewritten = csv(codes(5));
    const changed = { ...planned, file: { ...planned.file, open: () => Readable.from([Buffer.from(rewritten)]) } };
    await verifyImport(provider, changed, outcome, runner, 'snap.csv', { windowMs: 60_000, clock });
    expect(outcome.verified).toBe(false);
    expect(outcome.succeeded).toBe(false);
    expect(outcome.message).toContain('the file changed after it was imported');
    expect(clock.waits).toEqual([]);
  });

  it('reports a mismatch only after six reads spread over the window, naming the rows', async () => {
    const { provider, planned, outcome } = await setUp({ lagReads: { reads: 1 }, loseRows: ['c2'] });
    const clock = fakeClock();
    await verifyImport(provider, planned, outcome, runner, 'snap.csv', { windowMs: 60_000, clock });
    expect(outcome.verified).toBe(false);
    expect(outcome.succeeded).toBe(false);
    expect(outcome.message).toMatch(
      /read again does not equal the file \(6 reads over 60\.0 s\): 1 row\(s\) of the file missing \(keys "c2"\); restore it from the snapshot snap\.csv/,
    );
    expect(clock.waits.reduce((a, b) => a + b, 0)).toBe(60_000);
  });

  it('restores a failed ReplaceAll whose counts say it deleted rows, though the first read still shows the snapshot', async () => {
    const { provider, planned, result } = await setUp({ lagReads: { reads: 2 }, halfApplyImports: { count: 1 } });
    expect(result).toMatchObject({ status: 'Failed', deleted: 6, updated: 2 });
    // The damage is real: what the table holds now, unread because reads lag.
    expect(emulator.rowsOf('Codes')).toHaveLength(2);
    const clock = fakeClock();
    const said = await checkAgainstSnapshot(
      provider,
      planned,
      10_000,
      runner,
      'snap.csv',
      { finished: true, counted: { written: result.updated, deleted: result.deleted } },
      { windowMs: 60_000, clock },
    );
    expect(said).toContain(
      'the import had written 2 row(s) and deleted 6 by its own counts, though the table still read as before',
    );
    expect(said).toMatch(
      /It was restored from its snapshot \(job [0-9a-f-]+\): no row was lost; the table was put back/,
    );
    expect(emulator.rowsOf('Codes')).toEqual(codes(6));
  });

  it('after a failed job that counts no change, one read equal to the snapshot ends it, without waiting', async () => {
    const { provider, planned, result } = await setUp({ lagReads: { reads: 1 }, failImport: 'Datatable is locked' });
    expect(result).toMatchObject({ status: 'Failed', updated: 0, deleted: 0 });
    const clock = fakeClock();
    const said = await checkAgainstSnapshot(
      provider,
      planned,
      10_000,
      runner,
      'snap.csv',
      { finished: true, counted: { written: 0, deleted: 0 } },
      { windowMs: 60_000, clock },
    );
    expect(said).toBe('the table was read again and equals its snapshot: nothing was changed');
    expect(clock.waits).toEqual([]);
  });

  it('without counts, reads over the whole window before calling the table unchanged', async () => {
    const { provider, planned } = await setUp({ failImport: 'Datatable is locked' });
    const clock = fakeClock();
    const said = await checkAgainstSnapshot(
      provider,
      planned,
      10_000,
      runner,
      undefined,
      { finished: true, counted: undefined },
      { windowMs: 60_000, clock },
    );
    expect(said).toBe('the table was read again and equals its snapshot (6 reads over 60.0 s): nothing was changed');
  });
});
