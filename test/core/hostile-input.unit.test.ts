import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_HEADER_CHARS } from '../../src/core/csv.ts';
import { planTable } from '../../src/core/plan.ts';
import { DataFileError } from '../../src/core/problems.ts';
import { coerceCell, type Field, isDecimal, MAX_COLUMNS, MAX_TYPED_CELL_LENGTH } from '../../src/core/schema.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';

const number: Field = { name: 'Rate', title: 'Rate', type: 'number', isKey: false };
/** The number check the plan used before: right, but quadratic on long digit runs. Short inputs only here. */
const OLD_DECIMAL = /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;

const plan = (source: string) =>
  planTable({
    file: 'h.csv',
    source,
    table: { id: 't', name: 'Holidays' },
    schema: holidaysSchema,
    liveRecords: [],
    mode: 'replace',
    maxDeletes: { percent: 100 },
    limits,
  });

describe('hostile input costs bounded work', () => {
  it('reads decimals in one pass, agreeing with the old expression on every short input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('1', '0', '.', 'e', 'E', '+', '-', 'x', ' '), { maxLength: 12 }),
        (parts) => {
          const text = parts.join('');
          expect(isDecimal(text)).toBe(OLD_DECIMAL.test(text));
        },
      ),
      { numRuns: 2000 },
    );
    for (const good of ['3.5', '-2', '1e3', '.5', '5.', '+1.25E-7']) expect(isDecimal(good)).toBe(true);
    for (const bad of ['', '.', '1e', 'e3', '1.2.3', '1,000', ' 1']) expect(isDecimal(bad)).toBe(false);
  });

  it('refuses a typed cell longer than any value by its length, before reading it', async () => {
    const huge = `${'1'.repeat(1024 * 1024)}x`;
    const result = coerceCell(number, huge);
    expect(result).toMatchObject({ kind: 'invalid-value' });
    expect((result as { message: string }).message).toContain(
      `more than any number (at most ${MAX_TYPED_CELL_LENGTH})`,
    );
    expect(coerceCell(number, '1'.repeat(MAX_TYPED_CELL_LENGTH))).toBe(Number('1'.repeat(MAX_TYPED_CELL_LENGTH)));

    const three = await plan(`Holiday,Surcharge\na,${huge}\nb,${huge}\nc,${huge}\n`);
    expect(three.invalidRows).toBe(3);
  });

  it('refuses a first line with no line break past 1 MiB, unparsed, and reads a long data line after a header', async () => {
    // One 8 MB line: each chunk used to search the whole text read so far for the line's end (quadratic).
    const oneLine = 'x'.repeat(8 * 1024 * 1024);
    const error = (await plan(oneLine).catch((e: unknown) => e)) as DataFileError;
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.message).toContain(`the first line is over ${MAX_HEADER_CHARS} characters long without a line break`);
    // A long line after a good header is data: read whole, in chunks, as any row.
    const long = await plan(`Holiday,Greeting\na,"${'y'.repeat(4 * 1024 * 1024)}"\n`);
    expect(long.validRows + long.invalidRows).toBe(1);
  });

  it('refuses a header wider than the cap, and lists at most 20 unknown columns', async () => {
    const wide = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(',');
    const error = await plan(`${wide}\n`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).message).toContain(`the header has more than ${MAX_COLUMNS} columns`);
    // Refused while the first line is read: three million columns cost no parse of them.
    const huge = `${'c,'.repeat(3_000_000)}c\n`;
    const refused = (await plan(huge).catch((e: unknown) => e)) as DataFileError;
    expect(refused.message).toContain(`the header has more than ${MAX_COLUMNS} columns`);

    const unknown = Array.from({ length: 500 }, (_, i) => `u${i}`).join(',');
    const many = (await plan(`Holiday,${unknown}\n`).catch((e: unknown) => e)) as DataFileError;
    expect(many.problems).toHaveLength(21);
    expect(many.problems.at(-1)?.message).toBe('and 480 more columns the table does not have');
  });
});
