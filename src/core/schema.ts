import type { CsvTable } from './csv.ts';
import { DataFileError, type Problem } from './problems.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';
export type CellValue = string | number | boolean;
/** A row keyed by field name; the key field is always present. */
export type Row = Record<string, CellValue>;

export interface Field {
  /** The name rows are keyed by (the vendor's property name). */
  name: string;
  /** What users see and write in the CSV header. */
  title: string;
  type: FieldType;
  isKey: boolean;
  default?: CellValue;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

export interface TableSchema {
  /** The key field first, then the others in display order. */
  fields: Field[];
}

export interface TableLimits {
  maxRows: number;
  maxKeyLength: number;
}

export function keyField(schema: TableSchema): Field {
  const key = schema.fields.find((field) => field.isKey);
  if (!key) throw new Error('the table schema has no key field');
  return key;
}

/** What an empty cell means: the field's default, else false / 0 / "" as the vendor's own tools assume. */
export function emptyValue(field: Field): CellValue {
  if (field.default !== undefined) return field.default;
  if (field.type === 'boolean') return false;
  if (field.type === 'string') return '';
  return 0;
}

const INTEGER = /^-?[0-9]+$/;
const DECIMAL = /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;

export type Coerced = { ok: true; value: CellValue } | { ok: false; message: string };

/** Turns one CSV cell into the field's type, or says which spellings would be valid. */
export function coerceCell(field: Field, text: string): Coerced {
  if (text === '') {
    if (field.isKey) return { ok: false, message: 'the key is empty; every row needs a key' };
    return { ok: true, value: emptyValue(field) };
  }
  let value: CellValue;
  switch (field.type) {
    case 'string':
      value = text;
      break;
    case 'boolean': {
      const lower = text.toLowerCase();
      if (lower !== 'true' && lower !== 'false') {
        return { ok: false, message: `"${field.title}" is a boolean: write true or false (any case)` };
      }
      value = lower === 'true';
      break;
    }
    case 'integer':
      if (!INTEGER.test(text) || !Number.isSafeInteger(Number(text))) {
        return {
          ok: false,
          message: `"${field.title}" is an integer: write whole digits with an optional leading minus, like 42 or -7`,
        };
      }
      value = Number(text);
      break;
    case 'number': {
      const number = Number(text);
      if (!DECIMAL.test(text) || !Number.isFinite(number)) {
        return {
          ok: false,
          message: `"${field.title}" is a number: write a decimal like 3.5, -2 or 1e3, without thousand separators`,
        };
      }
      value = number;
      break;
    }
  }
  const outOfRange = checkRange(field, value);
  return outOfRange ? { ok: false, message: outOfRange } : { ok: true, value };
}

function checkRange(field: Field, value: CellValue): string | undefined {
  if (typeof value === 'number') {
    if (field.minimum !== undefined && value < field.minimum)
      return `"${field.title}" must be at least ${field.minimum}`;
    if (field.maximum !== undefined && value > field.maximum)
      return `"${field.title}" must be at most ${field.maximum}`;
  }
  if (typeof value === 'string' && field.maxLength !== undefined && value.length > field.maxLength) {
    return `"${field.title}" holds at most ${field.maxLength} characters; this value has ${value.length}`;
  }
  return undefined;
}

/** The field a CSV header names: by title first, then by name (so `key` always names the key column). */
export function matchColumn(schema: TableSchema, headerName: string): Field | undefined {
  return schema.fields.find((f) => f.title === headerName) ?? schema.fields.find((f) => f.name === headerName);
}

export interface ValidatedFile {
  rows: Map<string, Row>;
  /** Every problem found, errors and warnings, in file order. */
  problems: Problem[];
  /** Rows with at least one error; they are not in `rows`. */
  invalidRows: number;
}

/**
 * Checks a CSV against the table's schema and turns its rows into typed rows keyed by the key field.
 */
export function validateFile(schema: TableSchema, csv: CsvTable, file: string, limits: TableLimits): ValidatedFile {
  const key = keyField(schema);
  const problems: Problem[] = [...csv.problems];
  const columns = csv.header.map((name) => {
    const field = matchColumn(schema, name);
    if (!field) {
      const known = schema.fields.map((f) => `"${f.title}"`).join(', ');
      throw new DataFileError({
        file,
        line: 1,
        column: name,
        message: `the table has no such column; its columns are ${known}`,
      });
    }
    return field;
  });
  const keyIndex = columns.indexOf(key);
  if (keyIndex < 0) {
    throw new DataFileError({
      file,
      line: 1,
      message: `the header has no key column; name it "${key.title}" (or "${key.name}")`,
    });
  }
  if (new Set(columns).size !== columns.length) {
    throw new DataFileError({
      file,
      line: 1,
      message: 'two header columns name the same table field (by title and by name)',
    });
  }
  const missing = schema.fields.filter((field) => !columns.includes(field));
  for (const field of missing) {
    problems.push({
      severity: 'warning',
      file,
      line: 1,
      column: field.title,
      message: `the file has no "${field.title}" column; every row gets ${JSON.stringify(emptyValue(field))}`,
    });
  }

  const rows = new Map<string, Row>();
  const keyLines = new Map<string, number>();
  let invalidRows = csv.problems.length;
  for (const { line, cells } of csv.rows) {
    const row: Row = {};
    let valid = true;
    const fail = (column: string, value: string, message: string) => {
      problems.push({ severity: 'error', file, line, column, value, message });
      valid = false;
    };
    cells.forEach((text, index) => {
      const field = columns[index] as Field;
      const coerced = coerceCell(field, text);
      if (coerced.ok) row[field.name] = coerced.value;
      else fail(csv.header[index] as string, text, coerced.message);
    });
    for (const field of missing) row[field.name] = emptyValue(field);

    const keyText = cells[keyIndex] as string;
    const keyColumn = csv.header[keyIndex] as string;
    if (keyText.length > limits.maxKeyLength) {
      fail(
        keyColumn,
        keyText,
        `the key has ${keyText.length} characters; the table allows at most ${limits.maxKeyLength}`,
      );
    } else if (keyText !== '' && keyText.trim() !== keyText) {
      problems.push({
        severity: 'warning',
        file,
        line,
        column: keyColumn,
        value: keyText,
        message: 'the key has leading or trailing spaces; they are kept as written',
      });
    }
    const earlier = keyLines.get(keyText);
    if (keyText !== '' && earlier !== undefined) {
      fail(keyColumn, keyText, `duplicate key: line ${earlier} has the same key`);
    } else if (keyText !== '') {
      keyLines.set(keyText, line);
    }
    if (valid) rows.set(keyText, row);
    else invalidRows++;
  }
  const validRowCount = rows.size + invalidRows;
  if (validRowCount > limits.maxRows) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      message: `the file has ${validRowCount} rows; the table allows at most ${limits.maxRows}`,
    });
  }
  return { rows, problems, invalidRows };
}

/**
 * Normalises a row read from the live table (typed JSON values or CSV text) so that it compares
 * equal to the same data read from the file: absent values become the field's empty value.
 */
export function normalizeLiveRow(schema: TableSchema, record: Readonly<Record<string, unknown>>): Row {
  const row: Row = {};
  for (const field of schema.fields) {
    const value = record[field.name];
    if (value === undefined || value === null) row[field.name] = emptyValue(field);
    else if (typeof value === 'string') {
      const coerced = coerceCell(field, value);
      // A live value we cannot read as its type is kept as text, so the plan shows it changing.
      row[field.name] = coerced.ok ? coerced.value : value;
    } else if (typeof value === 'number' || typeof value === 'boolean') row[field.name] = value;
    else row[field.name] = JSON.stringify(value);
  }
  return row;
}

/** The text a value is written as in a CSV for upload or export. */
export function formatCell(value: CellValue): string {
  return typeof value === 'string' ? value : String(value);
}
