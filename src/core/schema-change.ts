import { type CellValue, type Field, sameDefault, type TableSchema } from './schema.ts';

/** A field's attribute that a vendor may let an existing column change (Genesys: its title and its default). */
export type ChangeableAttribute = 'title' | 'default';

/**
 * What the schema file beside a CSV asks of its table's columns: create the table, add columns, rename them or change
 * their defaults. A vendor's schema API takes only some changes (Genesys: new fields, new titles and new defaults; no
 * type change, no removal, docs/genesys.md), so any other difference is refused in the plan, never attempted.
 */
export interface SchemaChange {
  /** The table does not exist: create it with every field. */
  create: boolean;
  /** Fields to add to an existing table (all of them when creating). */
  add: Field[];
  /** Existing fields whose title changes (the CSV header may then use the new title, or the field's name). */
  renames: { field: string; from: string; to: string }[];
  /** Existing fields whose default changes (an empty cell then means the new default). */
  defaults: { field: string; title: string; from?: CellValue; to?: CellValue }[];
  /** A division id for a new table, when the schema file names one. */
  division?: string;
  /** Differences the vendor refuses, each with its reason. */
  refusals: string[];
}

const ATTRIBUTES = ['type', 'title', 'default', 'minimum', 'maximum', 'maxLength', 'minLength'] as const;

/**
 * The change that makes `live` (undefined: no such table) what `desired` describes; `vendor` names who refuses the
 * rest, in the refusals ("Genesys Cloud data tables"), and `changeable` which attributes of an existing column it
 * lets change.
 */
export function diffSchema(
  desired: TableSchema,
  live: TableSchema | undefined,
  division?: string,
  vendor = 'the vendor',
  changeable: readonly ChangeableAttribute[] = [],
): SchemaChange {
  if (!live) {
    return {
      create: true,
      add: [...desired.fields],
      renames: [],
      defaults: [],
      refusals: [],
      ...(division ? { division } : {}),
    };
  }
  const refusals: string[] = [];
  const renames: SchemaChange['renames'] = [];
  const defaults: SchemaChange['defaults'] = [];
  const liveByName = new Map(live.fields.map((field) => [field.name, field]));
  const desiredKey = desired.fields.find((field) => field.isKey);
  const liveKey = live.fields.find((field) => field.isKey);
  if (desiredKey && liveKey && desiredKey.name !== liveKey.name) {
    refusals.push(`the schema file keys the table by "${desiredKey.name}", the table by "${liveKey.name}"`);
  }
  const may =
    changeable.length > 0 ? ` (only add new ones, or change their ${changeable.join(' or ')})` : ' (only add new ones)';
  const add: Field[] = [];
  for (const field of desired.fields) {
    const existing = liveByName.get(field.name);
    if (!existing) {
      add.push(field);
      continue;
    }
    for (const attribute of ATTRIBUTES) {
      if (existing[attribute] === field[attribute]) continue;
      if (attribute === 'default' && sameDefault(existing.default, field.default)) continue;
      if (attribute === 'title' && changeable.includes('title')) {
        renames.push({ field: field.name, from: existing.title, to: field.title });
      } else if (attribute === 'default' && changeable.includes('default')) {
        defaults.push({
          field: field.name,
          title: field.title,
          ...(existing.default !== undefined ? { from: existing.default } : {}),
          ...(field.default !== undefined ? { to: field.default } : {}),
        });
      } else {
        refusals.push(
          `column "${field.name}": the schema file has ${attribute} ${show(field[attribute])}, the table ${show(existing[attribute])}; ${vendor} cannot change an existing column's ${attribute}${may}: change the schema file back, or change the table there and export it again`,
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
  return { create: false, add, renames, defaults, refusals };
}

export function hasSchemaChange(change: SchemaChange | undefined): boolean {
  return (
    change !== undefined &&
    (change.create || change.add.length > 0 || change.renames.length > 0 || change.defaults.length > 0)
  );
}

/** The change as the plan hash covers it: renames and defaults only when there are any, so older hashes hold. */
export function schemaChangeForHash(change: SchemaChange | undefined): unknown {
  if (!change || !hasSchemaChange(change)) return undefined;
  return {
    create: change.create,
    add: change.add,
    division: change.division,
    ...(change.renames.length > 0 ? { renames: change.renames } : {}),
    ...(change.defaults.length > 0 ? { defaults: change.defaults } : {}),
  };
}

/** "Rename column Hours → Opening hours", "Default of Closed: false → true": one line per change. */
export function describeColumnChanges(change: SchemaChange): string[] {
  return [
    ...change.renames.map((r) => `Rename column ${r.from} → ${r.to}`),
    ...change.defaults.map((d) => `Default of ${d.title}: ${show(d.from)} → ${show(d.to)}`),
  ];
}

/** "add column Weight (integer, default 0)". */
export function describeField(field: Field): string {
  const details = [
    field.type,
    field.default !== undefined ? `default ${show(field.default)}` : undefined,
    field.minimum !== undefined ? `minimum ${field.minimum}` : undefined,
    field.maximum !== undefined ? `maximum ${field.maximum}` : undefined,
    field.minLength !== undefined ? `at least ${field.minLength} characters` : undefined,
    field.maxLength !== undefined ? `at most ${field.maxLength} characters` : undefined,
  ].filter(Boolean);
  const title = field.title !== field.name ? ` titled "${field.title}"` : '';
  return `${field.isKey ? 'key ' : ''}"${field.name}"${title} (${details.join(', ')})`;
}

function show(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}
