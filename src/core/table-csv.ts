import { compareKeys } from './canonical-json.ts';
import { csvLines, writeCsv } from './csv.ts';
import { asLiveRecords, type LiveRowsInput } from './live-records.ts';
import {
  type Field,
  formatCell,
  keyCell,
  keyField,
  normalizeLiveRow,
  normalizeLiveValue,
  type Row,
  type TableSchema,
} from './schema.ts';

/** Rows as CSV for users: field titles as the header, key first, display order. */
export function tableCsv(schema: TableSchema, rows: Iterable<Row>): string {
  const writer = new CsvBatches(schema.fields.map((field) => ({ name: field.title, field })));
  for (const row of rows) writer.add(row);
  return writer.text();
}

/**
 * CSV text under a given header (each column's name, and the field whose values it holds), made a hundred rows at
 * a time and handed to `write` (or kept, when none is given): the rows of a whole file are never all held as cell
 * arrays, only as the text they become, and with a `write` not even that.
 */
/** Rows turned into CSV text at a time: few enough that a batch in making stays small beside a young generation. */
const BATCH_ROWS = 100;

class CsvBatches {
  private readonly columns: readonly { name: string; field: Field }[];
  private readonly parts: string[] = [];
  private readonly write: (text: string) => void;
  private batch: string[][] = [];
  /** Rows added so far. */
  rows = 0;

  constructor(columns: readonly { name: string; field: Field }[], write?: (text: string) => void) {
    this.columns = columns;
    this.write = write ?? ((text) => this.parts.push(text));
    this.write(csvLines([columns.map((column) => column.name)]));
  }

  add(row: Row): void {
    this.batch.push(this.columns.map((column) => formatCell(row[column.field.name] ?? '')));
    this.rows++;
    if (this.batch.length === BATCH_ROWS) {
      this.write(csvLines(this.batch));
      this.batch = [];
    }
  }

  /** The rows not yet handed on. */
  end(): void {
    if (this.batch.length > 0) this.write(csvLines(this.batch));
    this.batch = [];
  }

  text(): string {
    this.end();
    return this.parts.join('');
  }
}

/** Rows that may arrive as a stream, as CSV under a given header, with how many rows it holds. */
export async function headerCsvFrom(
  columns: readonly { name: string; field: Field }[],
  rows: Iterable<Row> | AsyncIterable<Row>,
): Promise<{ text: string; rows: number }> {
  const writer = new CsvBatches(columns);
  for await (const row of rows) writer.add(row);
  return { text: writer.text(), rows: writer.rows };
}

/**
 * The same CSV as `headerCsvFrom`, handed to `write` a hundred rows at a time instead of kept: a whole table's upload
 * goes to a file and is never one string. Returns how many rows it holds.
 */
export async function writeHeaderCsv(
  columns: readonly { name: string; field: Field }[],
  rows: Iterable<Row> | AsyncIterable<Row>,
  write: (text: string) => void,
): Promise<number> {
  const writer = new CsvBatches(columns, write);
  for await (const row of rows) writer.add(row);
  writer.end();
  return writer.rows;
}

/**
 * The live table as a CSV file to keep in git (export) or to restore from (snapshot): rows normalised as the plan
 * reads them, in key order, so that planning this file against the same table shows no changes. Sorted by index and
 * each row made only when written: a large table is never held as row objects.
 */
export function liveTableCsv(schema: TableSchema, live: LiveRowsInput): string {
  const records = asLiveRecords(live);
  const key = keyField(schema);
  const names = schema.fields.map((field) => field.name);
  const keys = Array.from({ length: records.length }, (_, index) =>
    String(normalizeLiveValue(key, records.value(index, key.name))),
  );
  const order = Array.from(keys.keys()).sort((a, b) => compareKeys(keys[a] as string, keys[b] as string));
  return tableCsv(
    schema,
    (function* () {
      for (const index of order) {
        const record: Record<string, unknown> = {};
        for (const name of names) record[name] = records.value(index, name);
        const row = normalizeLiveRow(schema, record);
        // A composed key (Field.keyWith) is written as its own cell, as the file has it.
        if (key.keyWith !== undefined) row[key.name] = keyCell(String(row[key.name]), String(row[key.keyWith] ?? ''));
        yield row;
      }
    })(),
  );
}

/** Rows as CSV with their own keys as the header (first seen first): for vendors whose columns are the file's header. */
export function rowsCsv(rows: readonly Row[]): string {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return writeCsv(
    header,
    rows.map((row) => header.map((name) => formatCell(row[name] ?? ''))),
  );
}
