import { DataFileError } from './problems.ts';
import type { Field, FieldType, TableSchema } from './schema.ts';

/**
 * A table's schema kept beside its CSV (`Holidays.csv` -> `Holidays.schema.json`), written by export, so that a file
 * can be checked (types, ranges, lengths, keys) without the vendor: by `validate`, offline, and a pre-commit hook.
 */
export interface SchemaFile {
  table: string;
  fields: {
    name: string;
    title: string;
    type: FieldType;
    key?: true;
    default?: string | number | boolean;
    minimum?: number;
    maximum?: number;
    maxLength?: number;
  }[];
}

const TYPES: readonly FieldType[] = ['string', 'integer', 'number', 'boolean'];

/** `tables/Holidays.csv` -> `tables/Holidays.schema.json`. */
export function schemaFilePath(csvPath: string): string {
  return `${csvPath.replace(/\.csv$/i, '')}.schema.json`;
}

export function schemaFileText(table: string, schema: TableSchema): string {
  const file: SchemaFile = {
    table,
    fields: schema.fields.map((field) => ({
      name: field.name,
      title: field.title,
      type: field.type,
      ...(field.isKey ? { key: true as const } : {}),
      ...(field.default !== undefined ? { default: field.default } : {}),
      ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
      ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
      ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a schema file; anything it cannot use is an error naming the file and the field. */
export function readSchemaFile(text: string, file: string): TableSchema {
  const fail = (message: string): never => {
    throw new DataFileError({ kind: 'schema-file', file, line: 1, message });
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fail(`not JSON (${(error as Error).message}); write it again with mode: export`);
  }
  const fields = (parsed as Partial<SchemaFile> | null)?.fields;
  if (!Array.isArray(fields) || fields.length === 0) return fail('"fields" must be a list of the table\'s fields');
  const schema: Field[] = fields.map((raw, index) => {
    const where = `field ${index + 1}`;
    const field = raw as Partial<SchemaFile['fields'][number]> | null;
    if (typeof field?.name !== 'string' || field.name === '') return fail(`${where} has no "name"`);
    if (!TYPES.includes(field.type as FieldType)) {
      return fail(`field "${field.name}" has type ${JSON.stringify(field.type)}; use one of ${TYPES.join(', ')}`);
    }
    for (const bound of ['minimum', 'maximum', 'maxLength'] as const) {
      if (field[bound] !== undefined && typeof field[bound] !== 'number') {
        return fail(`field "${field.name}": ${bound} must be a number`);
      }
    }
    return {
      name: field.name,
      title: typeof field.title === 'string' && field.title !== '' ? field.title : field.name,
      type: field.type as FieldType,
      isKey: field.key === true,
      ...(field.default !== undefined ? { default: field.default } : {}),
      ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
      ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
      ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
    };
  });
  const keys = schema.filter((field) => field.isKey);
  if (keys.length !== 1) return fail(`exactly one field must be the key ("key": true); ${keys.length} are`);
  // The key first, as everywhere else.
  return { fields: [...keys, ...schema.filter((field) => !field.isKey)] };
}
