import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
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

const LINE_BREAK = /\r\n|\r|\n/g;

function countLineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

async function* decodeUtf8(source: CsvSource, file: string): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield source;
    return;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const chunks: AsyncIterable<string | Uint8Array> =
    source instanceof Uint8Array
      ? (async function* () {
          yield source;
        })()
      : source;
  let line = 1;
  try {
    for await (const chunk of chunks) {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      line += countLineBreaks(text);
      yield text;
    }
    yield decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) {
      throw new DataFileError({
        file,
        line,
        message: 'the file is not valid UTF-8 text; save it as UTF-8 (with or without BOM)',
      });
    }
    throw error;
  }
}

/**
 * Reads CSV text into a header and rows, each row with the line it starts on.
 * Streams: the source is decoded and parsed chunk by chunk, never held whole as text.
 */
export async function readCsv(source: CsvSource, file: string): Promise<CsvTable> {
  // Empty lines are kept by the parser and dropped here, so that counting the raw line breaks of every
  // record gives each record's physical start line (csv-parse's own `info.lines` is off by one after record 1).
  const parser = parse({ bom: true, raw: true, relax_column_count: true, skip_empty_lines: false });
  let line = 1;
  let header: string[] | undefined;
  const rows: CsvRow[] = [];
  const problems: Problem[] = [];

  const feeding = (async () => {
    try {
      for await (const text of decodeUtf8(source, file)) {
        if (!parser.write(text)) await new Promise((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();

  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const startLine = line;
      line += countLineBreaks(raw);
      if (record.length === 1 && record[0] === '' && !raw.startsWith('"')) continue; // an empty line
      if (header === undefined) {
        header = checkHeader(record, file, startLine);
        continue;
      }
      if (record.length !== header.length) {
        problems.push({
          severity: 'error',
          file,
          line: startLine,
          message: `this row has ${record.length} fields but the header has ${header.length}; quote values that contain commas`,
        });
        continue;
      }
      rows.push({ line: startLine, cells: record });
    }
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new DataFileError({
        file,
        line,
        message: 'a quoted value starts on this line and is never closed; add the closing double quote',
      });
    }
    if (code?.startsWith('CSV_') || code?.startsWith('INVALID_')) {
      throw new DataFileError({ file, line, message: `the CSV cannot be read: ${(error as Error).message}` });
    }
    throw error;
  } finally {
    await feeding;
  }
  if (header === undefined) {
    throw new DataFileError({ file, line: 1, message: 'the file is empty; it needs at least a header row' });
  }
  return { header, rows, problems };
}

function checkHeader(header: string[], file: string, line: number): string[] {
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    if (name.trim() === '') {
      throw new DataFileError({ file, line, message: `header column ${index + 1} has no name` });
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      throw new DataFileError({
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

/** Writes rows as CSV (RFC 4180 quoting, LF line ends). */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows], { record_delimiter: '\n' });
}
