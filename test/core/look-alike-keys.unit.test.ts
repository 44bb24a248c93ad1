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

  it('calls a file key that differs from a live key only by case a rename, and blocks the table', async () => {
    const result = await plan('Holiday\nboxing day\n', [{ key: 'Boxing Day' }]);
    expect(result.diff.added.map((a) => a.key)).toEqual(['boxing day']);
    expect(result.diff.deleted.map((d) => d.key)).toEqual(['Boxing Day']);
    expect(result.problems.filter((p) => p.kind === 'renamed-key')).toEqual([
      expect.objectContaining({
        severity: 'error',
        kind: 'renamed-key',
        line: 2,
        message: expect.stringContaining('the plan deletes "Boxing Day" and adds "boxing day", a rename'),
      }),
    ]);
    expect(result.refusals).toEqual([expect.stringContaining('"Boxing Day" → "boxing day" (case or Unicode form)')]);
  });

  it('calls a key retyped by autocorrect (curly apostrophe, en dash, ellipsis) a rename, naming the characters', async () => {
    const live = [{ key: "New Year's Day" }, { key: 'Support-EN' }, { key: 'Wait...' }, { key: 'Other' }];
    const result = await plan('Holiday\nNew Year\u2019s Day\nSupport\u2013EN\nWait\u2026\nOther\n', live);
    expect(result.problems.filter((p) => p.kind === 'renamed-key').map((p) => [p.line, p.severity])).toEqual([
      [2, 'error'],
      [3, 'error'],
      [4, 'error'],
    ]);
    expect(result.problems.find((p) => p.kind === 'renamed-key')?.message).toContain(
      'this key differs from the live key "New Year\'s Day" only by typographic punctuation (\u2019 for \')',
    );
    expect(result.refusals).toEqual([
      expect.stringMatching(
        /^3 key\(s\) rename a live key by a look-alike spelling: "New Year's Day" → "New Year\u2019s Day" \(typographic punctuation \(\u2019 for '\)\), "Support-EN" → "Support\u2013EN" \(typographic punctuation \(\u2013 for -\)\), "Wait\.\.\." → "Wait\u2026" .*set allow-renames: true/,
      ),
    ]);
  });

  it('lets a table allow renames on purpose: then a warning, and the plan may apply', async () => {
    const result = await planTable({
      file: 'h.csv',
      source: 'Holiday\nSupport\u2014EN\n',
      table: { id: 't', name: 'Holidays' },
      schema: holidaysSchema,
      liveRecords: [{ key: 'Support-EN' }],
      mode: 'replace',
      maxDeletes: { percent: 100 },
      allowRenames: true,
      limits,
    });
    expect(result.refusals).toEqual([]);
    expect(result.problems.filter((p) => p.kind === 'renamed-key')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        kind: 'renamed-key',
        message: expect.stringContaining('Allowed'),
      }),
    ]);
  });

  it('refuses, when appending, a look-alike of a live key the file leaves alone: the table would hold both', async () => {
    const result = await planTable({
      file: 'h.csv',
      source: 'Holiday\nNew Year\u2019s Day\nLabor Day\n',
      table: { id: 't', name: 'Holidays' },
      schema: holidaysSchema,
      liveRecords: [{ key: "New Year's Day" }, { key: 'Memorial Day' }],
      mode: 'append',
      maxDeletes: { percent: 25 },
      allowRenames: true,
      limits,
    });
    expect(result.diff.deleted).toEqual([]);
    expect(result.refusals).toEqual([
      expect.stringContaining(
        'h.csv:2: this key differs from the live key "New Year\'s Day" only by typographic punctuation (\u2019 for \'); appending would add it beside that row',
      ),
    ]);
  });

  it('does not call a key a rename when the live key stays, or when the keys differ by more than punctuation', async () => {
    const kept = await plan("Holiday\nNew Year's Day\nNew Year\u2019s Eve\n", [{ key: "New Year's Day" }]);
    expect(kept.refusals).toEqual([]);
    expect(kept.problems.filter((p) => p.severity === 'error' || p.kind === 'renamed-key')).toEqual([]);
  });

  it('refuses two keys of one file that differ only by typographic punctuation, naming both lines', async () => {
    expect(await errorsOf("Holiday\nNew Year's Day\nNew Year\u2019s Day\n")).toEqual([
      [
        'look-alike-key',
        3,
        expect.stringContaining(
          'the key on line 2 ("New Year\'s Day") differ only by typographic punctuation (\u2019 for \')',
        ),
      ],
    ]);
  });

  it('never plans "delete A, add A" silently when a key differs from another only in invisible characters, case or punctuation', async () => {
    // Keys with the ASCII punctuation autocorrect replaces, so that every twist has something to retype.
    const base = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 '-]{0,8}[A-Za-z0-9]$/);
    const twist = fc.constantFrom(
      (k: string) => `${k}\u200b`,
      (k: string) => `\u00a0${k}`,
      (k: string) => `${k} `,
      (k: string) => k.toUpperCase(),
      (k: string) => k.toLowerCase(),
      (k: string) => `${k}\u0000`,
      (k: string) => k.replace(/'/g, '\u2019'),
      (k: string) => k.replace(/-/g, '\u2013'),
      (k: string) => k.replace(/-/g, '\u2014').replace(/'/g, '\u2018'),
    );
    await fc.assert(
      fc.asyncProperty(base, twist, async (key, change) => {
        const changed = change(key);
        fc.pre(changed !== key);
        const result = await plan(`Holiday\n"${changed}"\n`, [{ key }]);
        const explained =
          result.invalidRows > 0 ||
          (result.problems.some((p) => p.kind === 'renamed-key' && p.severity === 'error') &&
            result.refusals.length > 0);
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
