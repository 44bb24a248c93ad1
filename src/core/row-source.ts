import type { Row } from './schema.ts';

/** Rows to import: a list, or a stream (a whole file read again, never held as row objects). */
export type RowSource = Iterable<Row> | AsyncIterable<Row>;

/** A row source as a list, for the few that need one (a vendor's upsert call, a test). */
export async function rowList(rows: RowSource): Promise<Row[]> {
  if (Array.isArray(rows)) return rows as Row[];
  const list: Row[] = [];
  for await (const row of rows) list.push(row);
  return list;
}
