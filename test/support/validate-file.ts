import type { CsvTable } from '../../src/core/csv.ts';
import type { Problem } from '../../src/core/problems.ts';
import {
  keyField,
  type RejectedRow,
  type Row,
  RowValidator,
  type TableLimits,
  type TableSchema,
} from '../../src/core/schema.ts';

export interface ValidatedFile {
  rows: Map<string, Row>;
  /** Every problem found, errors and warnings, in file order. */
  problems: Problem[];
  /** Rows with at least one error (ragged rows included); they are not in `rows`. */
  invalidRows: number;
  rejected: RejectedRow[];
}

/** Runs the core's RowValidator over a CSV already in memory, for tests that look at rows and problems directly. */
export function validateFile(schema: TableSchema, csv: CsvTable, file: string, limits: TableLimits): ValidatedFile {
  const validator = new RowValidator(schema, csv.header, file, limits);
  const keyName = keyField(schema).name;
  const rows = new Map<string, Row>();
  for (const { line, cells } of csv.rows) {
    const row = validator.validate(cells, line);
    if (row) rows.set(String(row[keyName]), row);
  }
  const problems = [...csv.problems, ...validator.problems].sort((a, b) => a.line - b.line);
  return { rows, problems, invalidRows: csv.problems.length + validator.rejected.length, rejected: validator.rejected };
}
