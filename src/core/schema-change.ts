import type { Field, TableSchema } from './schema.ts';

/**
 * What the schema file beside a CSV asks of its table's columns: create the table, or add columns. A vendor's schema
 * API takes nothing else (Genesys: "updates allow only new fields to be added in the schema, no changes or removals
 * of existing fields", docs/genesys.md), so any other difference is refused in the plan, never attempted.
 */
export interface SchemaChange {
  /** The table does not exist: create it with every field. */
  create: boolean;
  /** Fields to add to an existing table (all of them when creating). */
  add: Field[];
  /** A division id for a new table, when the schema file names one. */
  division?: string;
  /** Differences the vendor refuses, each with its reason. */
  refusals: string[];
}

const ATTRIBUTES = ['type', 'title', 'default', 'minimum', 'maximum', 'maxLength'] as const;

/**
 * The change that makes `live` (undefined: no such table) what `desired` describes; `vendor` names who refuses the
 * rest, in the refusals ("Genesys Cloud data tables").
 */
export function diffSchema(
  desired: TableSchema,
  live: TableSchema | undefined,
  division?: string,
  vendor = 'the vendor',
): SchemaChange {
  if (!live) return { create: true, add: [...desired.fields], refusals: [], ...(division ? { division } : {}) };
  const refusals: string[] = [];
  const liveByName = new Map(live.fields.map((field) => [field.name, field]));
  const desiredKey = desired.fields.find((field) => field.isKey);
  const liveKey = live.fields.find((field) => field.isKey);
  if (desiredKey && liveKey && desiredKey.name !== liveKey.name) {
    refusals.push(`the schema file keys the table by "${desiredKey.name}", the table by "${liveKey.name}"`);
  }
  const add: Field[] = [];
  for (const field of desired.fields) {
    const existing = liveByName.get(field.name);
    if (!existing) {
      add.push(field);
      continue;
    }
    for (const attribute of ATTRIBUTES) {
      if (existing[attribute] !== field[attribute]) {
        refusals.push(
          `column "${field.name}": the schema file has ${attribute} ${show(field[attribute])}, the table ${show(existing[attribute])}; ${vendor} cannot change an existing column (only add new ones): change the schema file back, or change the table there and export it again`,
        );
      }
    }
  }
  for (const field of live.fields) {
    if (!desired.fields.some((d) => d.name === field.name)) {
      refusals.push(
        `column "${field.name}" is in the table but not in the schema file; ${vendor} cannot remove a column: add it back to the schema file`,
      );
    }
  }
  return { create: false, add, refusals };
}

export function hasSchemaChange(change: SchemaChange | undefined): boolean {
  return change !== undefined && (change.create || change.add.length > 0);
}

/** "add column Weight (integer, default 0)". */
export function describeField(field: Field): string {
  const details = [
    field.type,
    field.default !== undefined ? `default ${show(field.default)}` : undefined,
    field.minimum !== undefined ? `minimum ${field.minimum}` : undefined,
    field.maximum !== undefined ? `maximum ${field.maximum}` : undefined,
    field.maxLength !== undefined ? `at most ${field.maxLength} characters` : undefined,
  ].filter(Boolean);
  const title = field.title !== field.name ? ` titled "${field.title}"` : '';
  return `${field.isKey ? 'key ' : ''}"${field.name}"${title} (${details.join(', ')})`;
}

function show(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}
