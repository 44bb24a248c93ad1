import { type CsvOptions, type CsvSource, parseCsv } from './csv.ts';
import type { Problem } from './problems.ts';

/** Live rows as a plan reads them: by index, a value per column name (undefined when the row has no such column). */
export interface LiveRecords {
  readonly length: number;
  value(index: number, name: string): unknown;
  /** For rows kept as text: the column each cell of `text` is, in order. */
  readonly textColumns?: readonly string[];
  /** A row's cells as one text, joined by U+0000, as kept (undefined: a row not kept so). */
  text?(index: number): string | undefined;
}

/** Live rows as a vendor's answer gives them (objects), or packed. */
export type LiveRowsInput = readonly Readonly<Record<string, unknown>>[] | LiveRecords;

/** Either form of live rows, read one way. */
export function asLiveRecords(records: LiveRowsInput): LiveRecords {
  return 'value' in records ? records : recordList(records);
}

/** Rows given as objects (a vendor's answer) as LiveRecords. */
export function recordList(records: readonly Readonly<Record<string, unknown>>[]): LiveRecords {
  return { length: records.length, value: (index, name) => records[index]?.[name] };
}

/** Rows of a CSV read compactly, with the file's header and what the reader found wrong in it. */
export interface PackedRecords extends LiveRecords {
  readonly header: readonly string[];
  /** Ragged rows (left out of the records) and other problems of the file. */
  readonly problems: readonly Problem[];
  /** The same rows with each column known by another name (a field id for an export's title, say). */
  renamed(nameOf: ReadonlyMap<string, string>): LiveRecords;
}

/** Between a packed row's cells: a character CSV text almost never holds (a row that does is kept unpacked). */
const SEPARATOR = '\u0000';

/** Where a CSV's rows are kept once read: in memory (packed), or elsewhere (a file) and read back by index. */
export interface RowStore {
  readonly length: number;
  push(cells: readonly string[]): void;
  get(index: number): readonly string[] | undefined;
  /** A row's cells joined by U+0000, when the store keeps it so (a row holding U+0000 itself is not). */
  text?(index: number): string | undefined;
  /** Rows held in memory: a ceiling tests count. */
  readonly rowsHeld: number;
}

/** Rows kept in memory, each one string (its cells joined), not an array of strings. */
export function memoryRowStore(): RowStore {
  const rows: (string | readonly string[])[] = [];
  return {
    get length() {
      return rows.length;
    },
    get rowsHeld() {
      return rows.length;
    },
    push: (cells) => {
      rows.push(cells.some((cell) => cell.includes(SEPARATOR)) ? cells : cells.join(SEPARATOR));
    },
    get: (index) => {
      const row = rows[index];
      return row === undefined ? undefined : typeof row === 'string' ? row.split(SEPARATOR) : row;
    },
    text: (index) => {
      const row = rows[index];
      return typeof row === 'string' ? row : undefined;
    },
  };
}

/**
 * A CSV's rows as LiveRecords, read streaming and kept compactly (by default in memory, each row one string, not an
 * object of strings, so that the previous version of a large file costs about its own size; or in a store given, a
 * file say). Ragged rows are left out, as a previous version's problems are not the plan's.
 */
export async function readCsvRecords(
  source: CsvSource,
  file: string,
  options: CsvOptions = {},
  rows: RowStore = memoryRowStore(),
): Promise<PackedRecords> {
  const columns = new Map<string, number>();
  let header: readonly string[] = [];
  const problems = await parseCsv(
    source,
    file,
    {
      header: (cells) => {
        header = cells;
        for (const [index, name] of cells.entries()) if (!columns.has(name)) columns.set(name, index);
      },
      row: (cells) => rows.push(cells),
    },
    options,
  );
  // The plan asks for every column of one row in turn: the last row unpacked is kept.
  let lastIndex = -1;
  let lastCells: readonly string[] = [];
  const cell = (index: number, column: number | undefined): string | undefined => {
    if (column === undefined) return undefined;
    if (index !== lastIndex) {
      lastCells = rows.get(index) ?? [];
      lastIndex = index;
    }
    return lastCells[column];
  };
  // A row of a text store reads as its text too (the plan compares it before splitting it).
  const text = rows.text?.bind(rows);
  const asText = (names: readonly string[]) => (text ? { textColumns: names, text } : {});
  return {
    length: rows.length,
    header,
    problems,
    value: (index, name) => cell(index, columns.get(name)),
    ...asText(header),
    renamed(nameOf) {
      const renamedColumns = new Map<string, number>();
      for (const [name, column] of columns) renamedColumns.set(nameOf.get(name) ?? name, column);
      return {
        length: rows.length,
        value: (index, name) => cell(index, renamedColumns.get(name)),
        ...asText(header.map((name) => nameOf.get(name) ?? name)),
      };
    },
  };
}

/** Each live row as an object, one at a time (for the few that need objects: a snapshot, a restore). */
export function* liveRowObjects(records: LiveRecords, names: readonly string[]): Generator<Record<string, unknown>> {
  for (let index = 0; index < records.length; index++) {
    const record: Record<string, unknown> = {};
    for (const name of names) {
      const value = records.value(index, name);
      if (value !== undefined) record[name] = value;
    }
    yield record;
  }
}
