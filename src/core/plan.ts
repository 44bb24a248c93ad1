import { createHash } from 'node:crypto';
import type { CsvTable } from './csv.ts';
import { canonicalJson, diffRows, type ImportMode, planHash, type RowDiff } from './diff.ts';
import { checkGuards, type DeleteLimit } from './guards.ts';
import type { Problem } from './problems.ts';
import { keyField, normalizeLiveRow, type Row, type TableLimits, type TableSchema, validateFile } from './schema.ts';

export interface TableRef {
  id: string;
  name: string;
}

export interface TablePlan {
  file: string;
  table: TableRef;
  schema: TableSchema;
  mode: ImportMode;
  /** The file's valid rows by key: what is uploaded on apply. */
  fileRows: Map<string, Row>;
  diff: RowDiff;
  hash: string;
  liveRowCount: number;
  problems: Problem[];
  invalidRows: number;
  /** Why applying this plan is refused (guards); empty when it may be applied. */
  refusals: string[];
}

export interface PlanInput {
  file: string;
  table: TableRef;
  schema: TableSchema;
  csv: CsvTable;
  liveRecords: readonly Readonly<Record<string, unknown>>[];
  mode: ImportMode;
  maxDeletes: DeleteLimit;
  limits: TableLimits;
}

/** Validates the file against the live schema and diffs it against the live rows. */
export function planTable(input: PlanInput): TablePlan {
  const { file, table, schema, csv, mode, maxDeletes, limits } = input;
  const validated = validateFile(schema, csv, file, limits);
  const keyName = keyField(schema).name;
  const liveRows = new Map<string, Row>();
  for (const record of input.liveRecords) {
    const row = normalizeLiveRow(schema, record);
    liveRows.set(String(row[keyName]), row);
  }
  const diff = diffRows(schema, validated.rows, liveRows, mode);
  const fileRowCount = validated.rows.size + validated.invalidRows;
  const refusals = checkGuards(diff, { liveRowCount: liveRows.size, fileRowCount, mode, maxDeletes });
  return {
    file,
    table,
    schema,
    mode,
    fileRows: validated.rows,
    diff,
    hash: planHash(table.id, mode, diff),
    liveRowCount: liveRows.size,
    problems: validated.problems,
    invalidRows: validated.invalidRows,
    refusals,
  };
}

/** The plan as JSON for the plan file: data only, no rendering. */
export function planToJson(plan: TablePlan): unknown {
  return {
    file: plan.file,
    table: plan.table,
    importMode: plan.mode,
    hash: plan.hash,
    counts: planCounts(plan),
    added: plan.diff.added,
    updated: plan.diff.updated.map(({ key, changes }) => ({ key, changes })),
    deleted: plan.diff.deleted,
    problems: plan.problems,
    refusals: plan.refusals,
  };
}

export interface PlanCounts {
  added: number;
  updated: number;
  deleted: number;
  unchanged: number;
  invalid: number;
}

export function planCounts(plan: TablePlan): PlanCounts {
  return {
    added: plan.diff.added.length,
    updated: plan.diff.updated.length,
    deleted: plan.diff.deleted.length,
    unchanged: plan.diff.unchanged,
    invalid: plan.invalidRows,
  };
}

/** The rows an import needs: the whole file when replacing, only added and changed rows when appending. */
export function rowsToImport(plan: TablePlan): Row[] {
  if (plan.mode === 'replace') return [...plan.fileRows.values()];
  return [...plan.diff.added, ...plan.diff.updated].map(({ row }) => row);
}

/** The run's plan hash: the table's own for one table, else a hash over every table's, in file order. */
export function combinedPlanHash(plans: readonly TablePlan[]): string {
  if (plans.length === 1) return (plans[0] as TablePlan).hash;
  const tables = plans.map((plan) => ({ table: plan.table.id, hash: plan.hash }));
  return createHash('sha256').update(canonicalJson(tables)).digest('hex');
}
