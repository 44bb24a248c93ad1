import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Faults, GenesysEmulator } from '../../emulator/server.ts';
import { repoRoot } from '../../scripts/run-action.ts';
import { readCsv } from '../../src/core/csv.ts';
import { normalizeLiveRow } from '../../src/core/schema.ts';
import { runSample } from '../support/e2e.ts';
import { sampleSeed, startEmulator } from '../support/emulator.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';
import { validateFile } from '../support/validate-file.ts';

// The fault-injection matrix: the action applies the sample file while the emulator misbehaves. Every case
// must end with the table either as it was (old) or as the file says (new), never in between, and the step must
// fail with a clear message whenever the table is not new. The matrix is printed (and kept in docs/reliability.md).
let emulator: GenesysEmulator;
const matrix: string[] = [];

beforeEach(async () => {
  emulator = await startEmulator({ ...sampleSeed(), clock: new FakeClock() });
});
afterEach(async () => {
  expect(emulator.deprecatedImportCalls()).toEqual([]);
  await emulator.stop();
});
afterAll(() => {
  console.log(['| fault | step | table after | rows lost |', '|---|---|---|---:|', ...matrix].join('\n'));
});

type Value = string | number | boolean;
/** Rows as the plan compares them (an absent value equals the field's default), by key. */
const byKey = (rows: Record<string, unknown>[]) =>
  new Map(rows.map((row) => [String(row.key), JSON.stringify(normalizeLiveRow(holidaysSchema, row))]));

async function fileRows(): Promise<Record<string, Value>[]> {
  const file = `${repoRoot}/examples/data/Holidays.csv`;
  const { readFile } = await import('node:fs/promises');
  const csv = await readCsv(await readFile(file, 'utf8'), file);
  return [...validateFile(holidaysSchema, csv, file, limits).rows.values()];
}

interface Case {
  name: string;
  faults: Faults;
  inputs?: Record<string, string>;
  expect: 'new' | 'old';
  message?: string;
}

const cases: Case[] = [
  { name: '429 burst, Retry-After: 1', faults: { rateLimit: { count: 3, retryAfter: '1' } }, expect: 'new' },
  { name: '5xx burst (3 x 503)', faults: { serverErrors: { count: 3 } }, expect: 'new' },
  { name: '401 mid-run (token revoked)', faults: { revokeTokens: true }, expect: 'new' },
  {
    name: 'upload rejected (403, missing upload header)',
    faults: { rejectUploads: { count: 1 } },
    expect: 'old',
    message: 'was refused (403)',
  },
  { name: 'connection reset during upload', faults: { resetUploads: { count: 1 } }, expect: 'new' },
  {
    name: 'job Failed with errorInformation',
    faults: { failImport: 'Datatable is locked' },
    expect: 'old',
    message: 'Datatable is locked (code flows.datatables.import.failed, contextId',
  },
  {
    name: 'job stuck past job-timeout (2s)',
    faults: { stuckImports: true },
    inputs: { 'job-timeout': '2s' },
    expect: 'old',
    message: 'after 2 s (job-timeout); it may still finish',
  },
  {
    name: '503 on the import start',
    faults: { jobStartErrors: { count: 1, kind: 'import' } },
    expect: 'new',
  },
  {
    name: 'Failed ReplaceAll, table half-emptied',
    faults: { halfApplyImports: { count: 1 } },
    expect: 'old',
    message: 'It was restored from its snapshot',
  },
  {
    name: 'partial failure (Succeeded, 1 failed row)',
    faults: { failRows: ['Christmas Day'] },
    expect: 'old',
    message: 'It was restored from its snapshot',
  },
];

describe('fault injection: the table ends old or new, never half', () => {
  it.each(cases)('$name', async (scenario) => {
    const before = emulator.rowsOf('Holidays');
    const wanted = await fileRows();
    emulator.faults = { ...scenario.faults };
    const result = await runSample(emulator, { mode: 'apply', ...scenario.inputs });
    emulator.faults = {};
    const after = byKey(emulator.rowsOf('Holidays'));
    const state = (rows: Record<string, Value>[]) => {
      const expected = byKey(rows);
      return expected.size === after.size && [...expected].every(([key, row]) => after.get(key) === row);
    };
    const isNew = state(wanted);
    const isOld = state(before);
    const target = scenario.expect === 'new' ? byKey(wanted) : byKey(before);
    const lost = [...target].filter(([key, row]) => after.get(key) !== row).length;
    const step = result.exitCode === 0 ? 'passes' : 'fails';
    matrix.push(`| ${scenario.name} | ${step} | ${isNew ? 'new' : isOld ? 'old' : 'HALF'} | ${lost} |`);

    expect(isNew || isOld).toBe(true);
    expect(scenario.expect === 'new' ? isNew : isOld).toBe(true);
    expect(result.exitCode).toBe(scenario.expect === 'new' ? 0 : 1);
    if (scenario.message) expect(result.stdout).toContain(scenario.message);
    // No stack trace: of the bundle (.js) or of the sources a run in this process is made of (.ts).
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .*\.[jt]s:\d+/);
  });
});
