import { type CsvOptions, type CsvSource, parseCsv } from './csv.ts';

/** Live rows as a plan reads them: by index, a value per column name (undefined when the row has no such column). */
export interface LiveRecords {
  readonly length: number;
  value(index: number, name: string): unknown;
}

/** Rows given as objects (a vendor's answer) as LiveRecords. */
export function recordList(records: readonly Readonly<Record<string, unknown>>[]): LiveRecords {
  return { length: records.length, value: (index, name) => records[index]?.[name] };
}

/** Between a packed row's cells: a character CSV text almost never holds (a row that does is kept unpacked). */
const SEPARATOR = '\u0000';

/**
 * A CSV's rows as LiveRecords, read streaming and kept compactly: each row one string (its cells joined), not an
 * object of strings, so that the previous version of a large file costs about its own size. Ragged rows are left out,
 * as a previous version's problems are not the plan's.
 */
export async function readCsvRecords(source: CsvSource, file: string, options: CsvOptions = {}): Promise<LiveRecords> {
  const columns = new Map<string, number>();
  const rows: (string | string[])[] = [];
  await parseCsv(
    source,
    file,
    {
      header: (cells) => {
        for (const [index, name] of cells.entries()) if (!columns.has(name)) columns.set(name, index);
      },
      row: (cells) => {
        rows.push(cells.some((cell) => cell.includes(SEPARATOR)) ? cells : cells.join(SEPARATOR));
      },
    },
    options,
  );
  // The plan asks for every column of one row in turn: the last row unpacked is kept.
  let lastIndex = -1;
  let lastCells: readonly string[] = [];
  return {
    length: rows.length,
    value(index, name) {
      const column = columns.get(name);
      if (column === undefined) return undefined;
      if (index !== lastIndex) {
        const row = rows[index];
        lastCells = row === undefined ? [] : typeof row === 'string' ? row.split(SEPARATOR) : row;
        lastIndex = index;
      }
      return lastCells[column];
    },
  };
}
