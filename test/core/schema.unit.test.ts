import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/core/csv.ts';
import { DataFileError } from '../../src/core/problems.ts';
import { coerceCell, type Field, InvalidCell, normalizeLiveRow } from '../../src/core/schema.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';
import { validateFile } from '../support/validate-file.ts';

const field = (type: Field['type'], extra: Partial<Field> = {}): Field => ({
  name: 'F',
  title: 'F',
  type,
  isKey: false,
  ...extra,
});

const invalid = (result: unknown) => result instanceof InvalidCell;

describe('coerceCell', () => {
  it('reads booleans in any case and nothing else', () => {
    expect(coerceCell(field('boolean'), 'TRUE')).toBe(true);
    expect(coerceCell(field('boolean'), 'False')).toBe(false);
    for (const bad of ['yes', '1', 't', ' true']) {
      const result = coerceCell(field('boolean'), bad);
      expect(result).toBeInstanceOf(InvalidCell);
      expect((result as InvalidCell).message).toContain('write true or false');
    }
  });

  it('reads integers as whole digits and numbers as finite decimals', () => {
    expect(coerceCell(field('integer'), '-42')).toBe(-42);
    for (const bad of ['1.0', '1e3', '1,000', '12a', '99999999999999999999', ' 1']) {
      expect(invalid(coerceCell(field('integer'), bad))).toBe(true);
    }
    expect(coerceCell(field('number'), '1e3')).toBe(1000);
    expect(coerceCell(field('number'), '1.50')).toBe(1.5);
    expect(coerceCell(field('number'), '.5')).toBe(0.5);
    for (const bad of ['1,5', 'Infinity', 'NaN', '0x10', '1e999', ' 2'])
      expect(invalid(coerceCell(field('number'), bad))).toBe(true);
  });

  it('fills an empty cell with the default, else false / 0 / ""', () => {
    expect(coerceCell(field('boolean', { default: true }), '')).toBe(true);
    expect(coerceCell(field('boolean'), '')).toBe(false);
    expect(coerceCell(field('integer'), '')).toBe(0);
    expect(coerceCell(field('string'), '')).toBe('');
    expect(coerceCell(field('string', { isKey: true }), '')).toMatchObject({ kind: 'empty-key' });
  });

  it('checks minimum, maximum and maxLength', () => {
    expect(coerceCell(field('integer', { minimum: 0 }), '-1')).toMatchObject({ kind: 'out-of-range' });
    expect(invalid(coerceCell(field('number', { maximum: 24 }), '24.5'))).toBe(true);
    expect(invalid(coerceCell(field('string', { maxLength: 3 }), 'abcd'))).toBe(true);
    expect(coerceCell(field('string', { maxLength: 3 }), 'abc')).toBe('abc');
  });

  it('checks minLength on a value, never on an empty cell (no value, as Genesys reads it)', () => {
    const code = field('string', { title: 'Code', minLength: 2 });
    expect(coerceCell(code, 'a')).toMatchObject({
      kind: 'out-of-range',
      message: '"Code" holds at least 2 characters (or none: leave the cell empty); this value has 1',
    });
    expect(coerceCell(code, 'ab')).toBe('ab');
    expect(coerceCell(code, '')).toBe('');
    expect(coerceCell({ ...code, isKey: true }, 'a')).toMatchObject({ kind: 'out-of-range' });
  });
});

describe('validateFile', () => {
  it('finds every bad cell with its line, column and value, and keeps the good rows', async () => {
    const text = [
      'Holiday,Date,Closed,Greeting,Callback Hours,Surcharge',
      'A,2027-01-01,yes,hi,3,0',
      'B,2027-01-02,true,"two',
      'lines",25,0',
      'A,2027-01-03,false,,1,1.5',
      'C,2027-01-04,false,,1,1.5',
    ].join('\n');
    const result = validateFile(holidaysSchema, await readCsv(text, 'h.csv'), 'h.csv', limits);
    expect(result.problems.map(({ line, column, value }) => [line, column, value])).toEqual([
      [2, 'Closed', 'yes'],
      [3, 'Callback Hours', '25'],
      [5, 'Holiday', 'A'],
    ]);
    expect(result.problems[2]?.message).toBe('duplicate key: line 2 has the same key');
    expect(result.invalidRows).toBe(3);
    expect([...result.rows.keys()]).toEqual(['C']);
    expect(result.rows.get('C')).toEqual({
      key: 'C',
      Date: '2027-01-04',
      Closed: false,
      Greeting: '',
      'Callback Hours': 1,
      Surcharge: 1.5,
    });
  });

  it('accepts `key` for the key column and fills a missing column, saying so', async () => {
    const result = validateFile(
      holidaysSchema,
      await readCsv('key,Date,Callback Hours,Surcharge\nA,d,1,2\n', 'h.csv'),
      'h.csv',
      limits,
    );
    expect(result.rows.get('A')).toMatchObject({ key: 'A', Closed: false, Greeting: '' });
    expect(result.problems.filter((p) => p.severity === 'warning').map((p) => p.column)).toEqual([
      'Closed',
      'Greeting',
    ]);
  });

  it('names every bad header column at once', async () => {
    const error = await readCsv('Date,Colsed,Nonsense\nd,true,x\n', 'h.csv')
      .then((csv) => validateFile(holidaysSchema, csv, 'h.csv', limits))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).problems.map((p) => [p.kind, p.column])).toEqual([
      ['unknown-column', 'Colsed'],
      ['unknown-column', 'Nonsense'],
      ['missing-key-column', undefined],
    ]);
  });

  it('refuses an unknown column, naming the table columns, and a missing key column', async () => {
    const unknown = () =>
      readCsv('Holiday,Colsed\nA,true\n', 'h.csv').then((csv) => validateFile(holidaysSchema, csv, 'h.csv', limits));
    await expect(unknown()).rejects.toThrow(DataFileError);
    await expect(unknown()).rejects.toThrow(
      /column "Colsed": the table has no such column; did you mean "Closed"\? Its columns are "Holiday", "Date"/,
    );
    // Without a close name, a full stop before the list.
    const unlike = () =>
      readCsv('Holiday,Zzzzzzzz\nA,1\n', 'h.csv').then((csv) => validateFile(holidaysSchema, csv, 'h.csv', limits));
    await expect(unlike()).rejects.toThrow(/the table has no such column\. Its columns are "Holiday"/);
    const noKey = () => readCsv('Date\nd\n', 'h.csv').then((csv) => validateFile(holidaysSchema, csv, 'h.csv', limits));
    await expect(noKey()).rejects.toThrow('the header has no key column; name it "Holiday" (or "key")');
  });

  it('enforces the key length limit (the row limit is a guard of the plan)', async () => {
    const long = 'k'.repeat(257);
    const result = validateFile(holidaysSchema, await readCsv(`Holiday\n${long}\na\nb\n`, 'h.csv'), 'h.csv', {
      maxRows: 2,
      maxKeyLength: 256,
    });
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      'the key has 257 characters; the table allows at most 256',
    ]);
  });
});

describe('normalizeLiveRow', () => {
  it('makes live JSON rows and export text compare equal to file rows', () => {
    const fromJson = normalizeLiveRow(holidaysSchema, { key: 'A', Closed: true, 'Callback Hours': 2, Surcharge: 1 });
    const fromExport = normalizeLiveRow(holidaysSchema, {
      key: 'A',
      Date: '',
      Closed: 'TRUE',
      Greeting: '',
      'Callback Hours': '2',
      Surcharge: '1.0',
    });
    expect(fromJson).toEqual(fromExport);
    expect(fromJson).toEqual({ key: 'A', Date: '', Closed: true, Greeting: '', 'Callback Hours': 2, Surcharge: 1 });
  });
});
