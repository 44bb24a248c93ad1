import type { CellValue, Field, FieldType, TableSchema } from '../../core/schema.ts';
import { ProviderError } from '../provider.ts';

interface JsonSchemaProperty {
  title?: string;
  type?: string;
  displayOrder?: number;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
}

const FIELD_TYPES: readonly string[] = ['string', 'integer', 'number', 'boolean'];

/** Genesys describes a table as JSON Schema: `properties` by field name, the key always named `key`. */
export function schemaFromJson(tableName: string, json: unknown): TableSchema {
  const properties = (json as { properties?: Record<string, JsonSchemaProperty> } | undefined)?.properties;
  if (!properties || typeof properties !== 'object' || !properties.key) {
    throw new ProviderError(`Genesys returned no usable schema for table "${tableName}" (no "key" property)`);
  }
  const fields: Field[] = Object.entries(properties).map(([name, property]) => {
    const type = property.type ?? 'string';
    if (!FIELD_TYPES.includes(type)) {
      throw new ProviderError(
        `table "${tableName}" field "${name}" has type "${type}"; this action knows ${FIELD_TYPES.join(', ')}`,
      );
    }
    const field: Field = { name, title: property.title || name, type: type as FieldType, isKey: name === 'key' };
    // Absent, null and "" are all "no default" (sameDefault): an empty one is never kept as a value.
    if (isCellValue(property.default) && property.default !== '') field.default = property.default;
    if (typeof property.minimum === 'number') field.minimum = property.minimum;
    if (typeof property.maximum === 'number') field.maximum = property.maximum;
    if (typeof property.maxLength === 'number') field.maxLength = property.maxLength;
    if (typeof property.minLength === 'number') field.minLength = property.minLength;
    return field;
  });
  const order = (name: string) => properties[name]?.displayOrder ?? Number.MAX_SAFE_INTEGER;
  fields.sort((a, b) => Number(b.isKey) - Number(a.isKey) || order(a.name) - order(b.name));
  return { fields };
}

function isCellValue(value: unknown): value is CellValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * A schema as Genesys takes it on create and update (the SDK's DataTable `schema`): JSON Schema draft-04, the key
 * property named `key`, `required: ["key"]`, no other properties allowed, each property with `$id` and `displayOrder`.
 */
export function schemaToJson(schema: TableSchema): Record<string, unknown> {
  const properties: Record<string, JsonSchemaProperty & { $id: string }> = {};
  schema.fields.forEach((field, index) => {
    properties[field.name] = {
      title: field.title,
      type: field.type,
      $id: `/properties/${field.name}`,
      displayOrder: index,
      ...(field.default !== undefined && field.default !== '' ? { default: field.default } : {}),
      ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
      ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
      ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
      ...(field.minLength !== undefined ? { minLength: field.minLength } : {}),
    };
  });
  return {
    $schema: 'http://json-schema.org/draft-04/schema#',
    type: 'object',
    required: ['key'],
    additionalProperties: false,
    properties,
  };
}
