import { writeCsv } from './csv.ts';
import { compareKeys } from './diff.ts';
import { formatCell, keyField, normalizeLiveRow, type Row, type TableSchema } from './schema.ts';

/** Rows as CSV the way the table itself exports them: field titles as the header, key first, display order. */
export function tableCsv(schema: TableSchema, rows: Iterable<Row>): string {
  const fields = schema.fields;
  return writeCsv(
    fields.map((field) => field.title),
    [...rows].map((row) => fields.map((field) => formatCell(row[field.name] ?? ''))),
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
