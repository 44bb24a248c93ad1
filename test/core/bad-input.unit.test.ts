import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import { DataFileError, type Problem } from '../../src/core/problems.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';

const folder = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures', 'bad');

/** Each file of test/fixtures/bad holds one mistake; each must give its own clear message at the right place. */
/** Each bad file: the problem it must raise, or (`refusal`) the plan refusal it must cause. */
const cases: Record<string, Partial<Problem> & { message: string; fatal?: boolean; refusal?: boolean }> = {
  'invalid-utf8.csv': { kind: 'encoding', line: 3, message: 'not valid UTF-8', fatal: true },
  'unclosed-quote.csv': { kind: 'unclosed-quote', line: 3, message: 'never closed', fatal: true },
  'ragged-row.csv': { kind: 'ragged-row', line: 3, message: 'this row has 8 fields but the header has 6' },
  'duplicate-header.csv': {
    kind: 'header',
    line: 1,
    column: 'Date',
    message: 'names this column twice (columns 2 and 4)',
    fatal: true,
  },
  'blank-header.csv': { kind: 'header', line: 1, message: 'header column 2 has no name', fatal: true },
  'empty.csv': { kind: 'empty-file', line: 1, message: 'the file is empty', fatal: true },
  'unknown-column.csv': {
    kind: 'unknown-column',
    line: 1,
    column: 'Colsed',
    message: 'did you mean "Closed"?',
    fatal: true,
  },
  'missing-key-column.csv': {
    kind: 'missing-key-column',
    line: 1,
    message: 'name it "Holiday" (or "key")',
    fatal: true,
  },
  'missing-column.csv': {
    kind: 'missing-column',
    severity: 'warning',
    line: 1,
    column: 'Closed',
    message: 'every row gets false',
  },
  'empty-key.csv': { kind: 'empty-key', line: 3, column: 'Holiday', value: '', message: 'every row needs a key' },
  'duplicate-key.csv': {
    kind: 'duplicate-key',
    line: 4,
    column: 'Holiday',
    value: 'A',
    message: 'line 2 has the same key',
  },
  'key-too-long.csv': {
    kind: 'key-length',
    line: 3,
    column: 'Holiday',
    message: 'the key has 257 characters; the table allows at most 256',
  },
  'bad-boolean.csv': {
    kind: 'invalid-value',
    line: 2,
    column: 'Closed',
    value: 'yes',
    message: 'write true or false (any case)',
  },
  'bad-integer.csv': {
    kind: 'invalid-value',
    line: 2,
    column: 'Callback Hours',
    value: '1.5',
    message: 'is an integer: write whole digits',
  },
  'bad-number.csv': {
    kind: 'invalid-value',
    line: 2,
    column: 'Surcharge',
    value: '1,5',
    message: 'has a decimal comma, as some spreadsheets write it; write it with a point, like 1.5',
  },
  'below-minimum.csv': {
    kind: 'out-of-range',
    line: 2,
    column: 'Callback Hours',
    value: '-1',
    message: 'must be at least 0',
  },
  'above-maximum.csv': {
    kind: 'out-of-range',
    line: 2,
    column: 'Callback Hours',
    value: '25',
    message: 'must be at most 24',
  },
  'too-long-value.csv': {
    kind: 'out-of-range',
    line: 2,
    column: 'Date',
    value: '2027-01-01 09:00',
    message: 'holds at most 10 characters',
  },
  'invisible-key.csv': {
    kind: 'look-alike-key',
    line: 2,
    column: 'Holiday',
    message: 'the key "New Year\\u200B" holds an invisible or control character',
  },
  'case-only-keys.csv': {
    kind: 'look-alike-key',
    line: 3,
    column: 'Holiday',
    value: 'boxing day',
    message: 'this key and the key on line 2 ("Boxing Day") differ only by case or Unicode form',
  },
  'semicolons.csv': {
    fatal: true,
    kind: 'header',
    line: 1,
    message:
      'the header is separated by semicolons, as Excel and LibreOffice save CSV where the decimal separator is a comma',
  },
  'sep-line-decimal-comma.csv': {
    kind: 'invalid-value',
    line: 3,
    column: 'Surcharge',
    value: '1,5',
    message: 'has a decimal comma',
  },
  'spaced-header.csv': {
    fatal: true,
    kind: 'unknown-column',
    line: 1,
    column: ' Holiday',
    message: 'this column\'s name has a leading space; did you mean "Holiday"? Remove the space',
  },
  'trailing-delimiter-rows.csv': {
    severity: 'warning',
    kind: 'blank-row',
    line: 3,
    message: '2 row(s) hold nothing but delimiters or spaces (lines 3, 4)',
  },
  'utf16le.csv': {
    kind: 'invalid-value',
    line: 2,
    column: 'Closed',
    value: 'maybe',
    message: 'is a boolean',
  },
  'windows-1252.csv': {
    fatal: true,
    kind: 'encoding',
    line: 2,
    message: 'it is probably Windows-1252 ("ANSI")',
  },
  // Café and Zürich as Mac Roman writes them (0x8E, 0x9F): not called Windows-1252.
  'mac-roman.csv': {
    fatal: true,
    kind: 'encoding',
    line: 2,
    message: 'it is probably Mac Roman',
  },
  'bad-quote-field.csv': {
    fatal: true,
    kind: 'malformed-csv',
    line: 2,
    column: 'Greeting',
    message:
      'the value in column 2 holds a double quote but is not quoted (like ab"c). Quote the whole value and double the inner quote',
  },
  'too-many-rows.csv': {
    refusal: true,
    message: 'the file has 4 rows; the table allows at most 3, so nothing would be imported',
  },
};

describe('the bad-input corpus', () => {
  it('has a case for every file and a file for every case', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(folder).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))('%s', async (name, expected) => {
    const { fatal, message, refusal, ...where } = expected;
    let problems: Problem[];
    try {
      const plan = await planTable({
        file: `bad/${name}`,
        source: readFileSync(path.join(folder, name)),
        table: { id: 't', name: 'Holidays' },
        schema: holidaysSchema,
        liveRecords: [],
        mode: 'replace',
        maxDeletes: { percent: 25 },
        limits: name === 'too-many-rows.csv' ? { ...limits, maxRows: 3 } : limits,
      });
      expect(fatal).toBeFalsy();
      if (refusal) {
        expect(plan.refusals).toEqual([message]);
        return;
      }
      problems = plan.problems;
      // A warning never blocks: no row counts as invalid because of it.
      if (expected.severity === 'warning') expect(plan.invalidRows).toBe(0);
      else expect(plan.invalidRows).toBeGreaterThan(0);
    } catch (error) {
      expect(error).toBeInstanceOf(DataFileError);
      expect(fatal).toBe(true);
      problems = (error as DataFileError).problems;
    }
    const problem = problems.find((p) => p.kind === where.kind);
    expect(problem).toMatchObject({ severity: 'error', file: `bad/${name}`, ...where });
    expect(problem?.message).toContain(message);
  });
});
