import { writeCsv } from './csv.ts';
import { compareKeys } from './diff.ts';
import { type Field, formatCell, keyField, normalizeLiveRow, type Row, type TableSchema } from './schema.ts';

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
 * The live table as a CSV file to keep in git (export) or to restore from (snapshot): rows normalised as the plan
 * reads them, in key order, so that planning this file against the same table shows no changes.
 */
export function liveTableCsv(schema: TableSchema, records: readonly Readonly<Record<string, unknown>>[]): string {
  const key = keyField(schema).name;
  const rows = records.map((record) => normalizeLiveRow(schema, record));
  rows.sort((a, b) => compareKeys(String(a[key]), String(b[key])));
  return tableCsv(schema, rows);
}

/** Rows as CSV with their own keys as the header (first seen first): for vendors whose columns are the file's header. */
export function rowsCsv(rows: readonly Row[]): string {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return writeCsv(
    header,
    rows.map((row) => header.map((name) => formatCell(row[name] ?? ''))),
  );
}
