import { DataFileError } from './problems.ts';
import { REFERENCE_KINDS, type ReferenceColumns, type ReferenceKind } from './references.ts';
import type { Field, FieldType, TableSchema } from './schema.ts';
import { yaml as yamlLibrary } from './yaml.ts';

/**
 * A table's schema kept beside its CSV (`Holidays.csv` -> `Holidays.schema.json`), written by export, so that a file
 * can be checked (types, ranges, lengths, keys) without the vendor: by `validate`, offline, and a pre-commit hook.
 */
export interface SchemaFile {
  table: string;
  /** For a table the action creates: the id of the division it goes in (else the org's home division). */
  division?: string;
  fields: {
    name: string;
    title: string;
    type: FieldType;
    key?: true;
    default?: string | number | boolean;
    minimum?: number;
    maximum?: number;
    maxLength?: number;
    minLength?: number;
    /** The kind of Genesys object this column's cells name by id: checked against the org in the plan. */
    references?: ReferenceKind;
  }[];
}

const TYPES: readonly FieldType[] = ['string', 'integer', 'number', 'boolean'];

/** `tables/Holidays.csv` -> `tables/Holidays.schema.json` (what export writes). */
export function schemaFilePath(csvPath: string): string {
  return `${csvPath.replace(/\.csv$/i, '')}.schema.json`;
}

/** Where a CSV's schema file may be, in the order looked for: JSON (export writes it), then YAML. */
export function schemaFileCandidates(csvPath: string): string[] {
  const base = csvPath.replace(/\.csv$/i, '');
  return [`${base}.schema.json`, `${base}.schema.yaml`, `${base}.schema.yml`];
}

/** `references` keeps the columns the file declared as references (export writes the file again from the table). */
export function schemaFileText(table: string, schema: TableSchema, references: ReferenceColumns = {}): string {
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
      ...(field.minLength !== undefined ? { minLength: field.minLength } : {}),
      ...(references[field.name] ? { references: references[field.name] } : {}),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a schema file (JSON, or YAML by its name); anything it cannot use is an error naming the file and field. */
export function readSchemaFile(
  text: string,
  file: string,
): TableSchema & { division?: string; references?: ReferenceColumns } {
  const fail = (message: string): never => {
    throw new DataFileError({ kind: 'schema-file', file, line: 1, message });
  };
  const yaml = /\.ya?ml$/i.test(file);
  const parse: (text: string) => unknown = yaml ? yamlLibrary().parse : JSON.parse;
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch (error) {
    return fail(`not ${yaml ? 'YAML' : 'JSON'} (${(error as Error).message}); write it again with mode: export`);
  }
  const division = (parsed as Partial<SchemaFile> | null)?.division;
  if (division !== undefined && (typeof division !== 'string' || division === '')) {
    return fail('"division" must be the id of a division');
  }
  const fields = (parsed as Partial<SchemaFile> | null)?.fields;
  if (!Array.isArray(fields) || fields.length === 0) return fail('"fields" must be a list of the table\'s fields');
  const references: Record<string, ReferenceKind> = {};
  const schema: Field[] = fields.map((raw, index) => {
    const where = `field ${index + 1}`;
    const field = raw as Partial<SchemaFile['fields'][number]> | null;
    if (typeof field?.name !== 'string' || field.name === '') return fail(`${where} has no "name"`);
    if (!TYPES.includes(field.type as FieldType)) {
      return fail(`field "${field.name}" has type ${JSON.stringify(field.type)}; use one of ${TYPES.join(', ')}`);
    }
    for (const bound of ['minimum', 'maximum', 'maxLength', 'minLength'] as const) {
      if (field[bound] !== undefined && typeof field[bound] !== 'number') {
        return fail(`field "${field.name}": ${bound} must be a number`);
      }
    }
    if (field.references !== undefined) {
      if (!REFERENCE_KINDS.includes(field.references)) {
        return fail(
          `field "${field.name}" has references ${JSON.stringify(field.references)}; use one of ${REFERENCE_KINDS.join(', ')}`,
        );
      }
      if (field.type !== 'string' || field.key === true) {
        return fail(
          `field "${field.name}" references ${field.references}s by id, so it must be a string field, not the key`,
        );
      }
      references[field.name] = field.references;
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
      ...(field.minLength !== undefined ? { minLength: field.minLength } : {}),
    };
  });
  const keys = schema.filter((field) => field.isKey);
  if (keys.length !== 1) return fail(`exactly one field must be the key ("key": true); ${keys.length} are`);
  if ((keys[0] as Field).type !== 'string') return fail(`the key "${(keys[0] as Field).name}" must be of type string`);
  // The key first, as everywhere else.
  return {
    fields: [...keys, ...schema.filter((field) => !field.isKey)],
    ...(division ? { division } : {}),
    ...(Object.keys(references).length > 0 ? { references } : {}),
  };
}
