import { csvLines, writeCsv } from './csv.ts';
import { compareKeys } from './diff.ts';
import { asLiveRecords, type LiveRowsInput } from './live-records.ts';
import {
  type Field,
  formatCell,
  keyField,
  normalizeLiveRow,
  normalizeLiveValue,
  type Row,
  type TableSchema,
} from './schema.ts';

/** Rows as CSV for users: field titles as the header, key first, display order. */
export function tableCsv(schema: TableSchema, rows: Iterable<Row>): string {
  return headerCsv(
    schema.fields.map((field) => ({ name: field.title, field })),
    rows,
  );
}

/** Rows as CSV under a given header: each column's name, and the field whose values it holds. */
export function headerCsv(columns: readonly { name: string; field: Field }[], rows: Iterable<Row>): string {
  return writeCsv(
    columns.map((column) => column.name),
    [...rows].map((row) => columns.map((column) => formatCell(row[column.field.name] ?? ''))),
  );
}

/**
 * headerCsv over rows that may arrive as a stream: written a thousand rows at a time, so the rows of a whole file are
 * never all held as objects at once (only the text they become).
 */
export async function headerCsvFrom(
  columns: readonly { name: string; field: Field }[],
  rows: Iterable<Row> | AsyncIterable<Row>,
): Promise<string> {
  const parts = [csvLines([columns.map((column) => column.name)])];
  let batch: string[][] = [];
  for await (const row of rows) {
    batch.push(columns.map((column) => formatCell(row[column.field.name] ?? '')));
    if (batch.length === 1000) {
      parts.push(csvLines(batch));
      batch = [];
    }
  }
  parts.push(csvLines(batch));
  return parts.join('');
}

/**
 * The live table as a CSV file to keep in git (export) or to restore from (snapshot): rows normalised as the plan
 * reads them, in key order, so that planning this file against the same table shows no changes. Sorted by index and
 * written a thousand rows at a time: a large table is never held as row objects.
 */
export function liveTableCsv(schema: TableSchema, live: LiveRowsInput): string {
  const records = asLiveRecords(live);
  const key = keyField(schema);
  const names = schema.fields.map((field) => field.name);
  const keys = Array.from({ length: records.length }, (_, index) =>
    String(normalizeLiveValue(key, records.value(index, key.name))),
  );
  const order = Array.from(keys.keys()).sort((a, b) => compareKeys(keys[a] as string, keys[b] as string));
  const parts = [csvLines([schema.fields.map((field) => field.title)])];
  for (let start = 0; start < order.length; start += 1000) {
    const batch = order.slice(start, start + 1000).map((index) => {
      const record: Record<string, unknown> = {};
      for (const name of names) record[name] = records.value(index, name);
      const row = normalizeLiveRow(schema, record);
      return schema.fields.map((field) => formatCell(row[field.name] ?? ''));
    });
    parts.push(csvLines(batch));
  }
  return parts.join('');
}

/** Rows as CSV with their own keys as the header (first seen first): for vendors whose columns are the file's header. */
export function rowsCsv(rows: readonly Row[]): string {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return writeCsv(
    header,
    rows.map((row) => header.map((name) => formatCell(row[name] ?? ''))),
  );
}
