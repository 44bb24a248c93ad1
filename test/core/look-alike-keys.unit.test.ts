import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';

const plan = (source: string, live: Record<string, unknown>[] = []) =>
  planTable({
    file: 'h.csv',
    source,
    table: { id: 't', name: 'Holidays' },
    schema: holidaysSchema,
    liveRecords: live,
    mode: 'replace',
    maxDeletes: { percent: 100 },
    limits,
  });

const errorsOf = async (source: string) =>
  (await plan(source)).problems.filter((p) => p.severity === 'error').map((p) => [p.kind, p.line, p.message]);

describe('look-alike keys', () => {
  it('refuses a key with an invisible character, a non-breaking space or an edge space, showing what it holds', async () => {
    expect(await errorsOf('Holiday\nA\u200B\nB\u00a0C\n D\nE\t\n')).toEqual([
      [
        'look-alike-key',
        2,
        'the key "A\\u200B" holds an invisible or control character (shown as \\uXXXX); it would not match the key a person reads. Retype it',
      ],
      ['look-alike-key', 3, expect.stringContaining('the key "B\\u00A0C" holds an invisible')],
      [
        'look-alike-key',
        4,
        'the key " D" has a leading space; it would not match the same key without it. Remove the space',
      ],
      ['look-alike-key', 5, expect.stringContaining('the key "E\\u0009" holds an invisible')],
    ]);
  });

  it('refuses two keys of the file that differ only by case or Unicode form, naming both lines', async () => {
    expect(await errorsOf('Holiday\nAbc\nx\nABC\n\u00c5\nA\u030a\n')).toEqual([
      ['look-alike-key', 4, expect.stringContaining('the key on line 2 ("Abc") differ only by case or Unicode form')],
      [
        'look-alike-key',
        6,
        expect.stringContaining('the key on line 5 ("\u00c5") differ only by case or Unicode form'),
      ],
    ]);
  });

  it('calls a file key that differs from a live key only by case a rename, in a warning', async () => {
    const result = await plan('Holiday\nboxing day\n', [{ key: 'Boxing Day' }]);
    expect(result.diff.added.map((a) => a.key)).toEqual(['boxing day']);
    expect(result.diff.deleted.map((d) => d.key)).toEqual(['Boxing Day']);
    expect(result.problems.filter((p) => p.kind === 'renamed-key')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        kind: 'renamed-key',
        line: 2,
        message: expect.stringContaining('the plan deletes "Boxing Day" and adds "boxing day", a rename'),
      }),
    ]);
  });

  it('never plans "delete A, add A" silently when a key differs from another only in invisible characters or case', async () => {
    const base = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,8}[A-Za-z0-9]$/);
    const twist = fc.constantFrom(
      (k: string) => `${k}\u200b`,
      (k: string) => `\u00a0${k}`,
      (k: string) => `${k} `,
      (k: string) => k.toUpperCase(),
      (k: string) => k.toLowerCase(),
      (k: string) => `${k}\u0000`,
    );
    await fc.assert(
      fc.asyncProperty(base, twist, async (key, change) => {
        const changed = change(key);
        fc.pre(changed !== key);
        const result = await plan(`Holiday\n"${changed}"\n`, [{ key }]);
        const explained =
          result.invalidRows > 0 || result.problems.some((p) => p.kind === 'renamed-key' && p.severity === 'warning');
        expect(explained).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a dropped column', () => {
  it('refuses a replace that would blank live values, counting the rows, and only warns when nothing changes', async () => {
    const live = [
      { key: 'A', Greeting: 'Hello', Closed: true },
      { key: 'B', Greeting: '', Closed: false },
    ];
    const blanking = await plan('Holiday,Closed,Date,Callback Hours,Surcharge\nA,true,,0,0\nB,false,,0,0\n', live);
    expect(blanking.refusals).toEqual([
      'the file has no "Greeting" column, so replacing the table would blank it in 1 row(s) that have a value. Add the column back (the table\'s export has it)',
    ]);
    const harmless = await plan('Holiday,Greeting,Date,Callback Hours,Surcharge\nA,Hello,,0,0\nB,,,0,0\n', [
      { key: 'A', Greeting: 'Hello', Closed: false },
      { key: 'B', Greeting: '' },
    ]);
    expect(harmless.refusals).toEqual([]);
    expect(harmless.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', kind: 'missing-column', column: 'Closed' }),
    );
  });
});

describe('the rejected rows', () => {
  it('hold every invalid row the summary counts, ragged rows included', async () => {
    const result = await plan('Holiday,Closed\nA,maybe\nB,true,extra\nC,true\n');
    expect(result.invalidRows).toBe(2);
    expect(result.rejected.map((r) => [r.line, r.cells])).toEqual([
      [2, ['A', 'maybe']],
      [3, ['B', 'true', 'extra']],
    ]);
  });
});

describe('messages', () => {
  it('end their sentences, wherever they are shown', async () => {
    const { formatProblem, sentence } = await import('../../src/core/problems.ts');
    expect(sentence('the key is empty')).toBe('the key is empty.');
    expect(sentence('did you mean "Date"?')).toBe('did you mean "Date"?');
    expect(sentence('(see "x.")')).toBe('(see "x.")');
    const result = await plan('Holiday,Closed\nA,maybe\n');
    for (const problem of result.problems) expect(formatProblem(problem)).toMatch(/[.?!]["')\]]*$/);
  });
});
