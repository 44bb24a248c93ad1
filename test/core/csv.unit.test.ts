import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessLegacyEncoding, normalizeLineBreaks, readCsv, writeCsv } from '../../src/core/csv.ts';
import { DataFileError } from '../../src/core/problems.ts';

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function fileError(source: string | Uint8Array): Promise<DataFileError> {
  const error = await readCsv(source, 'data/t.csv').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataFileError);
  return error as DataFileError;
}

describe('readCsv', () => {
  it('strips a UTF-8 BOM and reads CRLF lines', async () => {
    const csv = await readCsv(Buffer.from('\ufeffkey,Open\r\na,true\r\nb,false\r\n'), 't.csv');
    expect(csv.header).toEqual(['key', 'Open']);
    expect(csv.rows).toEqual([
      { line: 2, cells: ['a', 'true'] },
      { line: 3, cells: ['b', 'false'] },
    ]);
  });

  it('numbers rows by physical line: quoted newlines and blank lines move later rows on', async () => {
    const text = 'key,Note\n"a","one\ntwo\nthree"\n\nb,"x, y"\nc,"say ""hi"""';
    const csv = await readCsv(text, 't.csv');
    expect(csv.rows).toEqual([
      { line: 2, cells: ['a', 'one\ntwo\nthree'] },
      { line: 6, cells: ['b', 'x, y'] },
      { line: 7, cells: ['c', 'say "hi"'] },
    ]);
  });

  it('gives the same rows whatever the chunking of the bytes', async () => {
    const bytes = Buffer.from('key,Note\r\n"é","line1\r\nline2"\r\nß,"ü,ö"\r\n');
    const whole = await readCsv(bytes, 't.csv');
    for (const size of [1, 2, 3, 7]) {
      expect(await readCsv(chunks(bytes, size), 't.csv')).toEqual(whole);
    }
  });

  it('reads LF, CRLF and CR line ends, even mixed in one file, as LF; values keep their breaks as LF', async () => {
    const csv = await readCsv('key,A\r\na,1\nb,2\rc,"x\r\ny\rz"\r\nd,4', 't.csv');
    expect(csv.rows).toEqual([
      { line: 2, cells: ['a', '1'] },
      { line: 3, cells: ['b', '2'] },
      { line: 4, cells: ['c', 'x\ny\nz'] },
      { line: 7, cells: ['d', '4'] },
    ]);
  });

  it('joins a CRLF split across two chunks into one line break', async () => {
    async function* parts() {
      yield Buffer.from('key,A\r');
      yield Buffer.from('\na,"1\r');
      yield Buffer.from('\n2"\r');
      yield Buffer.from('\nb,3\r');
    }
    const csv = await readCsv(parts(), 't.csv');
    expect(csv.rows).toEqual([
      { line: 2, cells: ['a', '1\n2'] },
      { line: 4, cells: ['b', '3'] },
    ]);
  });

  it('reads a semicolon-separated file when asked to', async () => {
    const csv = await readCsv('key;A\na;"1;2"\n', 't.csv', { delimiter: ';' });
    expect(csv.rows).toEqual([{ line: 2, cells: ['a', '1;2'] }]);
  });

  it('reports a ragged row with its line and keeps reading', async () => {
    const csv = await readCsv('key,A\nx,1\ny,2,3\nz\nw,4\n', 't.csv');
    expect(csv.rows.map((r) => r.cells[0])).toEqual(['x', 'w']);
    expect(csv.problems.map((p) => [p.line, p.kind, p.message])).toEqual([
      [3, 'ragged-row', 'this row has 3 fields but the header has 2; quote values that contain the delimiter'],
      [4, 'ragged-row', 'this row has 1 fields but the header has 2; quote values that contain the delimiter'],
    ]);
  });

  it('names the line where an unterminated quote starts, not the end of the file', async () => {
    const error = await fileError('key,A\nx,1\ny,"open\nz,2\nw,3\n');
    expect(error.problem.line).toBe(3);
    expect(error.message).toContain('data/t.csv:3');
    expect(error.message).toContain('never closed');
  });

  it('refuses an empty file, a blank header name and a duplicate header name', async () => {
    expect((await fileError('')).message).toContain('the file is empty');
    expect((await fileError('\n\n')).message).toContain('the file is empty');
    expect((await fileError('key,,B\n')).message).toContain('header column 2 has no name');
    // An extra separator at the end of every line is named as that, with the fix.
    const trailing = await fileError('key,A,\nx,1,\n');
    expect(trailing.message).toContain(
      'the header ends with an extra separator ("," after "A"), so the file has an empty column after the last one',
    );
    expect(trailing.message).toContain('Remove the trailing "," from the end of every line');
    expect((await fileError('key,A,,\n')).message).toContain('2 extra separators (",," after "A")');
    const duplicate = await fileError('key,A,A\n');
    expect(duplicate.problem.column).toBe('A');
    expect(duplicate.message).toContain('columns 2 and 3');
  });

  it('refuses bytes that are not UTF-8, naming the line', async () => {
    const bytes = Buffer.concat([Buffer.from('key,A\nx,1\ny,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
    const error = await fileError(bytes);
    expect(error.message).toContain('not valid UTF-8');
    expect(error.problem.line).toBe(3);
  });

  it('round-trips any strings through writeCsv: quotes, delimiters, line breaks, unicode', async () => {
    const tricky = fc.constantFrom('"', ',', ';', '\n', '\r\n', '\r', ' ', 'a', 'é', '😀', '\u0000', '\ufeff');
    const cell = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: tricky, maxLength: 8 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { maxLength: 20 }), async (rows) => {
        const text = writeCsv(['key', 'Value'], rows);
        const csv = await readCsv(text, 't.csv');
        // Line breaks inside values read back as LF (CRLF and CR are the same break); rows of nothing but blanks
        // are skipped, as a spreadsheet's trailing ",,," rows are.
        const kept = rows.filter((row) => !row.every((cell) => normalizeLineBreaks(cell).trim() === ''));
        expect(csv.rows.map((r) => r.cells)).toEqual(kept.map((row) => row.map(normalizeLineBreaks)));
        expect(csv.problems.filter((p) => p.severity === 'error')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the csv-spectrum conformance corpus', () => {
  const require = createRequire(import.meta.url);
  const folder = path.dirname(require.resolve('csv-spectrum/package.json'));
  // location_coordinates' expected JSON disagrees with its own CSV (another phone number): a corpus error.
  const cases = readdirSync(path.join(folder, 'csvs'))
    .map((name) => path.basename(name, '.csv'))
    .filter((name) => name !== 'location_coordinates');

  it.each(cases)('%s', async (name) => {
    const csv = await readCsv(readFileSync(path.join(folder, 'csvs', `${name}.csv`)), `${name}.csv`);
    // Our one documented difference: line breaks inside values read as LF (newlines_crlf expects CRLF).
    const corpus = JSON.parse(readFileSync(path.join(folder, 'json', `${name}.json`), 'utf8')) as Record<
      string,
      string
    >[];
    const expected = corpus.map((record) =>
      Object.fromEntries(Object.entries(record).map(([column, value]) => [column, normalizeLineBreaks(value)])),
    );
    const records = csv.rows.map(({ cells }) => Object.fromEntries(csv.header.map((h, i) => [h, cells[i]])));
    expect(records).toEqual(expected);
    expect(csv.problems).toEqual([]);
  });
});

describe('a file that is not UTF-8', () => {
  const bytes = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
  it('is named by the encoding its accented letters point to, or as a legacy 8-bit encoding when they do not', () => {
    expect(guessLegacyEncoding(bytes('Caf\xe9,M\xfcnchen'))).toBe('windows-1252');
    expect(guessLegacyEncoding(bytes('Caf\x8e,M\x9fnchen'))).toBe('mac-roman');
    // 0x8D is undefined in Windows-1252.
    expect(guessLegacyEncoding(bytes('a \x8d b'))).toBe('mac-roman');
    // A lone symbol between spaces says nothing.
    expect(guessLegacyEncoding(bytes('price \xa3 5'))).toBeUndefined();
  });

  it('says so in the error, never calling a Mac Roman file Windows-1252', async () => {
    const read = (text: string) =>
      readCsv(bytes(text), 'x.csv').then(
        () => '',
        (error: DataFileError) => error.problems[0]?.message ?? '',
      );
    expect(await read('Holiday\nCaf\x8e\n')).toContain('probably Mac Roman');
    expect(await read('Holiday\nCaf\x8e\n')).not.toContain('1252');
    expect(await read('Holiday\nprice \xa3\n')).toContain(
      'a legacy 8-bit encoding, such as Windows-1252 ("ANSI", Excel\'s plain "CSV (Comma delimited)") or Mac Roman',
    );
  });
});
