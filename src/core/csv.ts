import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { CsvTokenizer } from './csv-tokenizer.ts';
import { DataFileError, type Problem } from './problems.ts';

export interface CsvRow {
  /** 1-based physical line on which the record starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Ragged rows: they are left out of `rows` and reported instead. */
  problems: Problem[];
}

export type CsvSource = string | Uint8Array | AsyncIterable<string | Uint8Array>;

/**
 * The source as it is read, hashed on the way (sha256 of its bytes, or of its text): what a plan read can then be
 * told from what an import reads again, byte for byte.
 */
export function hashingSource(source: CsvSource): { source: CsvSource; digest: () => string } {
  const hash = createHash('sha256');
  if (typeof source === 'string' || source instanceof Uint8Array) {
    hash.update(source);
    const digest = hash.digest('hex');
    return { source, digest: () => digest };
  }
  let digest: string | undefined;
  const chunks = source;
  return {
    source: (async function* () {
      for await (const chunk of chunks) {
        hash.update(chunk);
        yield chunk;
      }
      digest = hash.digest('hex');
    })(),
    digest: () => {
      if (digest === undefined) throw new Error('the source was not read to its end');
      return digest;
    },
  };
}

/** Line breaks in text, CRLF counted once. Runs over every chunk: LF-only text takes the native indexOf path. */
function countLineBreaks(text: string): number {
  let count = 0;
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    return count;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) count++;
    else if (code === 13) {
      count++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

/** Characters of a text source handed to the parser at a time. */
const TEXT_SLICE = 1 << 16;

/**
 * Bytes (or text) to text, chunk by chunk: UTF-8, or UTF-16 when the file starts with its byte order mark (Excel's
 * "Unicode Text"). Invalid UTF-8 fails with the line it is on, and says what Excel saves that way.
 */
async function* decodeUtf8(source: CsvSource, file: string): AsyncGenerator<string> {
  if (typeof source === 'string') {
    // In slices, so the parser never copies a large text whole; never between the two halves of a surrogate pair.
    for (let start = 0; start < source.length; ) {
      let end = Math.min(start + TEXT_SLICE, source.length);
      const last = source.charCodeAt(end - 1);
      if (end < source.length && last >= 0xd800 && last <= 0xdbff) end++;
      yield source.slice(start, end);
      start = end;
    }
    return;
  }
  let decoder: TextDecoder | undefined;
  const chunks: AsyncIterable<string | Uint8Array> =
    source instanceof Uint8Array
      ? (async function* () {
          yield source;
        })()
      : source;
  let line = 1;
  for await (const chunk of chunks) {
    if (decoder === undefined && typeof chunk !== 'string') {
      const encoding =
        chunk[0] === 0xff && chunk[1] === 0xfe
          ? 'utf-16le'
          : chunk[0] === 0xfe && chunk[1] === 0xff
            ? 'utf-16be'
            : 'utf-8';
      decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: encoding === 'utf-8' });
    }
    let text: string;
    try {
      text = typeof chunk === 'string' ? chunk : (decoder as TextDecoder).decode(chunk, { stream: true });
    } catch {
      const utf16 = decoder?.encoding.startsWith('utf-16');
      throw new DataFileError({
        kind: 'encoding',
        file,
        line: utf16 ? line : line + countLineBreaks(validUtf8Prefix(chunk as Uint8Array)),
        message: utf16
          ? 'the file starts as UTF-16 but is not valid UTF-16 from this line on; save it as "CSV UTF-8 (Comma delimited)"'
          : `the file is not valid UTF-8 text from this line on; ${legacyEncodingWords(guessLegacyEncoding(chunk as Uint8Array))}. Save it as "CSV UTF-8 (Comma delimited)"`,
      });
    }
    line += countLineBreaks(text);
    yield text;
  }
  try {
    if (decoder) yield decoder.decode();
  } catch {
    throw new DataFileError({
      kind: 'encoding',
      file,
      line,
      message: 'the file ends inside a UTF-8 character; save it as UTF-8',
    });
  }
}

/**
 * Turns every line break into LF, so that a file is read the same whatever editor saved it, even one that
 * mixes line ends; values' own line breaks become LF too (see normalizeLineBreaks). A CR ending a chunk waits
 * for the next chunk, which may begin with its LF.
 */
async function* toLf(texts: AsyncIterable<string>): AsyncGenerator<string> {
  let pendingCr = false;
  for await (const text of texts) {
    if (text === '') continue;
    let current: string = pendingCr ? `\r${text}` : text;
    pendingCr = current.endsWith('\r');
    if (pendingCr) current = current.slice(0, -1);
    yield current.indexOf('\r') >= 0 ? normalizeLineBreaks(current) : current;
  }
  if (pendingCr) yield '\n';
}

/** CRLF and CR become LF: how values' line breaks are compared and written. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Which 8-bit encoding a file that is not UTF-8 is probably in, by where its accented letters sit: next to a letter,
 * a byte from 0x80 to 0x9F is a lowercase accented letter in Mac Roman (é is 0x8E) but punctuation in Windows-1252,
 * while one from 0xC0 up is an accented letter in Windows-1252 (é is 0xE9) and mostly symbols in Mac Roman. Five
 * bytes Windows-1252 leaves undefined settle it. Undecided: undefined.
 */
export function guessLegacyEncoding(bytes: Uint8Array): 'windows-1252' | 'mac-roman' | undefined {
  const isLetter = (byte: number | undefined) =>
    byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
  let mac = 0;
  let windows = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) continue;
    if (byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d) return 'mac-roman';
    if (!isLetter(bytes[i - 1]) && !isLetter(bytes[i + 1])) continue;
    if (byte <= 0x9f) mac++;
    else if (byte >= 0xc0) windows++;
  }
  return mac > windows ? 'mac-roman' : windows > mac ? 'windows-1252' : undefined;
}

function legacyEncodingWords(guess: 'windows-1252' | 'mac-roman' | undefined): string {
  if (guess === 'windows-1252')
    return 'it is probably Windows-1252 ("ANSI"), which Excel\'s plain "CSV (Comma delimited)" writes';
  if (guess === 'mac-roman')
    return 'it is probably Mac Roman, which Excel for Mac\'s "CSV (Macintosh)" and older Mac programs write';
  return 'it is in a legacy 8-bit encoding, such as Windows-1252 ("ANSI", Excel\'s plain "CSV (Comma delimited)") or Mac Roman';
}

/** The longest start of `bytes` that decodes (a binary search: only run once a chunk has failed). */
function validUtf8Prefix(bytes: Uint8Array): string {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  return new TextDecoder('utf-8').decode(bytes.subarray(0, good), { stream: true });
}

export interface CsvOptions {
  /** The field separator: `,` (default) or `;` where the provider accepts it. A `sep=X` first line overrides it. */
  delimiter?: string;
}

/** Excel's delimiter hint, `sep=;` alone on the first line (a BOM before it allowed). */
const SEP_LINE = /^\ufeff?"?sep=([^"\n])"?$/i;

/** Receives a CSV as it is parsed: the header once, then each well-formed row with the line it starts on. */
export interface CsvVisitor {
  header(cells: string[], line: number): void;
  row(cells: string[], line: number): void;
  /** A row whose field count differs from the header's (also reported as a problem), for the rejected rows. */
  ragged?(cells: string[], line: number): void;
}

/**
 * Parses CSV bytes or text, streaming: the source is decoded and parsed chunk by chunk and each row handed to the
 * visitor as soon as it is read, so the file is never held whole. Ragged rows are returned as problems, rows of
 * nothing but delimiters and spaces (Excel leaves them) are skipped with a warning; an unreadable file (encoding,
 * unclosed quote, bad header, no header) throws a DataFileError naming the line. A `sep=X` first line (Excel's
 * delimiter hint) sets the delimiter.
 */
export async function parseCsv(
  source: CsvSource,
  file: string,
  visitor: CsvVisitor,
  options: CsvOptions = {},
): Promise<Problem[]> {
  let line = 1;
  let header: string[] | undefined;
  let delimiter = options.delimiter ?? ',';
  /** Rows of nothing but blanks: how many, and the first few lines (a count, so a huge file costs nothing here). */
  const blankLines: number[] = [];
  let blankRows = 0;
  const problems: Problem[] = [];

  // Rows are taken synchronously as they are parsed, so that a later parse error cannot drop earlier ones. Each
  // record ends one line on, plus the line breaks inside its quoted values; counting those gives each row's
  // physical start line.
  // Every line break is LF by now (toLf), so a file that mixes line ends reads as well as any other.
  const onRecord = (record: string[], oneLine = false): void => {
    const startLine = line;
    line += 1;
    if (!oneLine) {
      for (const cell of record) {
        if (cell.indexOf('\n') >= 0) line += countLineBreaks(cell);
      }
    }
    if (record.length === 1 && record[0] === '') return; // an empty line
    if (header === undefined) {
      header = checkHeader(record, file, startLine, delimiter);
      visitor.header(header, startLine);
    } else if (record.every((cell) => cell.trim() === '')) {
      if (++blankRows <= 5) blankLines.push(startLine);
    } else if (record.length !== header.length) {
      problems.push({
        severity: 'error',
        kind: 'ragged-row',
        file,
        line: startLine,
        message: `this row has ${record.length} fields but the header has ${header.length}; quote values that contain the delimiter`,
      });
      visitor.ragged?.(record, startLine);
    } else {
      visitor.row(record, startLine);
    }
  };
  let parser: CsvTokenizer | undefined;
  /** Starts the parser once the first line is whole: a `sep=X` line sets the delimiter and is not read as a row. */
  const begin = (text: string): { started: CsvTokenizer; rest: string } => {
    const end = text.indexOf('\n');
    // A `sep=` line is a few characters long: only a short first line is looked at.
    const sep =
      end >= 0 && end <= 12
        ? SEP_LINE.exec(text.slice(0, end))
        : end < 0 && text.length <= 12
          ? SEP_LINE.exec(text)
          : null;
    const rest = sep ? (end < 0 ? '' : text.slice(end + 1)) : text;
    if (sep) {
      delimiter = sep[1] as string;
      line = 2;
    }
    const headerEnd = rest.indexOf('\n');
    checkSeparator(file, sep ? line : 1, headerEnd < 0 ? rest : rest.slice(0, headerEnd), delimiter);
    return { started: new CsvTokenizer(delimiter, onRecord), rest };
  };

  try {
    // Text up to the first line's end: only each new chunk is searched for it (searching the whole of a file with no
    // line break again for every chunk was quadratic), and a header line over MAX_HEADER_CHARS is refused unparsed.
    let firstLine: string[] = [];
    let firstLength = 0;
    let delimiters = 0;
    for await (const text of toLf(decodeUtf8(source, file))) {
      if (parser) {
        parser.write(text);
        continue;
      }
      firstLine.push(text);
      const end = text.indexOf('\n');
      const head = end < 0 ? text : text.slice(0, end);
      firstLength += head.length;
      delimiters += countOf(head, delimiter === ';' ? ';' : delimiter) + (delimiter === ';' ? 0 : countOf(head, ';'));
      checkHeaderSize(file, firstLength, delimiters);
      if (end < 0) continue;
      const { started, rest } = begin(firstLine.join(''));
      firstLine = [];
      parser = started;
      started.write(rest);
    }
    if (!parser) {
      const { started, rest } = begin(firstLine.join(''));
      parser = started;
      started.write(rest);
    }
    parser.end();
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new DataFileError({
        kind: 'unclosed-quote',
        file,
        line,
        message: 'a quoted value starts on this line and is never closed; add the closing double quote',
      });
    }
    if (code?.startsWith('CSV_') || code?.startsWith('INVALID_')) {
      const index = (error as { index?: number }).index;
      const name = index === undefined ? undefined : header?.[index];
      throw new DataFileError({
        kind: 'malformed-csv',
        file,
        line,
        ...(name !== undefined ? { column: name } : {}),
        message: quotingMessage(code, index, delimiter),
      });
    }
    throw error;
  }
  if (header === undefined) {
    throw new DataFileError({
      kind: 'empty-file',
      file,
      line: 1,
      message: 'the file is empty; it needs at least a header row',
    });
  }
  if (blankRows > 0) {
    problems.push({
      severity: 'warning',
      kind: 'blank-row',
      file,
      line: blankLines[0] as number,
      message: `${blankRows} row(s) hold nothing but delimiters or spaces (lines ${blankLines.join(', ')}${blankRows > 5 ? ', ...' : ''}), as a spreadsheet leaves them; they were skipped`,
    });
  }
  return problems;
}

/** The longest header line read (characters): far more than any table's header (Genesys: 50 fields). */
export const MAX_HEADER_CHARS = 1024 * 1024;
/** The most columns a header may have: a bound on the work per row (Genesys tables have at most 50 fields). */
export const MAX_COLUMNS = 1000;

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/**
 * Refuses a header line, while it is still being read, that is longer than any table's or has more separators than
 * columns allowed: a file of one 300 MB line, or of three million columns, costs no more than this check.
 */
function checkHeaderSize(file: string, length: number, separators: number): void {
  if (length > MAX_HEADER_CHARS) {
    throw new DataFileError({
      kind: 'header',
      file,
      line: 1,
      message: `the first line is over ${MAX_HEADER_CHARS} characters long without a line break; a header names the table's columns in a few hundred characters. Is this a CSV file with line breaks?`,
    });
  }
  if (separators >= MAX_COLUMNS) {
    throw new DataFileError({
      kind: 'header',
      file,
      line: 1,
      message: `the header has more than ${MAX_COLUMNS} columns; at most ${MAX_COLUMNS} are read`,
    });
  }
}

/** What is wrong with a row's quoting, in our words (never the parser's), and how to fix it. */
function quotingMessage(code: string, index: number | undefined, delimiter: string): string {
  const where = index === undefined ? 'a value' : `the value in column ${index + 1}`;
  if (code === 'CSV_INVALID_CLOSING_QUOTE') {
    return `${where} is quoted, and more text follows its closing quote before the next "${delimiter}" (like "ab"c). A value that holds a double quote must be quoted whole, each inner quote doubled: "ab""c"`;
  }
  if (code === 'INVALID_OPENING_QUOTE') {
    return `${where} holds a double quote but is not quoted (like ab"c). Quote the whole value and double the inner quote: "ab""c"`;
  }
  return `this row cannot be read as CSV (${where} is not quoted as CSV quotes values): quote values that hold "${delimiter}", a line break or a double quote, and double each inner quote`;
}

/** Separators in a line outside double quotes: how the header line is separated, whatever its quoting. */
function separatorsOutsideQuotes(line: string): Map<string, number> {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return counts;
}

/**
 * Refuses a file whose header is separated by another character than the one expected, from the header line alone and
 * whatever its quoting (LibreOffice Calc quotes every text cell: `"Holiday";"Date"`), before any parser reads it.
 */
function checkSeparator(file: string, line: number, headerLine: string, delimiter: string): void {
  const counts = separatorsOutsideQuotes(headerLine);
  if ((counts.get(delimiter) ?? 0) > 0) return;
  if (delimiter === ',' && (counts.get(';') ?? 0) > 0) {
    throw new DataFileError({
      kind: 'header',
      file,
      line,
      value: headerLine.slice(0, 200),
      message:
        'the header is separated by semicolons, as Excel and LibreOffice save CSV where the decimal separator is a comma. Set delimiter: ";" (the input, or the config file\'s key), or save it again with commas (LibreOffice: Save As > Text CSV, Edit filter settings, Field delimiter ",")',
    });
  }
  if ((counts.get('\t') ?? 0) > 0) {
    throw new DataFileError({
      kind: 'header',
      file,
      line,
      value: headerLine.slice(0, 200),
      message:
        'the header is separated by tabs (Excel\'s "Unicode Text", or a copy from a spreadsheet): save it as "CSV UTF-8 (Comma delimited)"',
    });
  }
}

/** Reads a whole (small) CSV into memory: the export of a table, tests. Large files go through parseCsv. */
export async function readCsv(source: CsvSource, file: string, options: CsvOptions = {}): Promise<CsvTable> {
  let header: string[] = [];
  const rows: CsvRow[] = [];
  const problems = await parseCsv(
    source,
    file,
    {
      header: (cells) => {
        header = cells;
      },
      row: (cells, line) => rows.push({ line, cells }),
    },
    options,
  );
  return { header, rows, problems };
}

function checkHeader(header: string[], file: string, line: number, delimiter: string): string[] {
  if (header.length === 1 && delimiter !== ';' && (header[0] ?? '').includes(';')) {
    throw new DataFileError({
      kind: 'header',
      file,
      line,
      value: header[0],
      message:
        'the header is one column holding ";": the file is separated by semicolons, as Excel saves CSV where the decimal separator is a comma. Set delimiter: ";" (the input, or the config file\'s key), or save it as "CSV UTF-8 (Comma delimited)"',
    });
  }
  // Empty names at the end only: an extra separator at the end of the header line (and, as spreadsheets and scripts
  // write them, of every line), not a column someone forgot to name.
  let trailing = 0;
  while (trailing < header.length - 1 && (header[header.length - 1 - trailing] ?? '').trim() === '') trailing++;
  if (trailing > 0 && header.slice(0, header.length - trailing).every((name) => name.trim() !== '')) {
    const extra = delimiter.repeat(trailing);
    throw new DataFileError({
      kind: 'header',
      file,
      line,
      message: `the header ends with ${trailing === 1 ? 'an extra separator' : `${trailing} extra separators`} ("${extra}" after "${header[header.length - trailing - 1]}"), so the file has ${trailing === 1 ? 'an empty column' : `${trailing} empty columns`} after the last one: a spreadsheet writes this when a cell right of the data was touched, a script when it ends every line with "${delimiter}". Remove the trailing "${extra}" from the end of every line (in a spreadsheet: delete the empty column${trailing === 1 ? '' : 's'} right of "${header[header.length - trailing - 1]}", then save again). If that column does hold values, give it a name in the header`,
    });
  }
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    if (name.trim() === '') {
      throw new DataFileError({ kind: 'header', file, line, message: `header column ${index + 1} has no name` });
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      throw new DataFileError({
        kind: 'header',
        file,
        line,
        column: name,
        message: `the header names this column twice (columns ${earlier + 1} and ${index + 1})`,
      });
    }
    seen.set(name, index);
  });
  return header;
}

/**
 * Writes rows as CSV (RFC 4180 quoting, LF line ends). Any value with a CR, an LF or a `;` is quoted too, so it reads
 * back whole, also by a reader that takes `;` as the delimiter (D·engage accepts either).
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return csvLines([header, ...rows]);
}

/** Records as CSV lines, quoted as writeCsv quotes them, each ending in LF (no header: for files written in parts). */
export function csvLines(records: readonly (readonly string[])[]): string {
  return records.length === 0
    ? ''
    : stringify(records as string[][], { record_delimiter: '\n', quoted_match: /[\r\n;]/ });
}
