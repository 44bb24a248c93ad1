/** Tables and their rows: listing, reading one table, paging rows, and the per-row calls. */
import { randomUUID } from 'node:crypto';
import type { DataTable, DataTableListing, DataTableRowListing, ErrorBody } from './models.ts';
import type { Limits, PropertySchema, RowsListingOptions, Table, TableSeed, Value } from './types.ts';
import { error, page, type Send } from './wire.ts';

const JSON_SCHEMA = 'http://json-schema.org/draft-04/schema#';

export function tableFromSeed(seed: TableSeed, limits: Limits): Table {
  if (seed.properties.key?.type !== 'string') {
    throw new Error(`table ${seed.name}: the key property must exist and be a string`);
  }
  const names = Object.keys(seed.properties);
  if (names.length > limits.maxFields) throw new Error(`table ${seed.name}: more than ${limits.maxFields} fields`);
  const properties: Record<string, PropertySchema> = {};
  names.forEach((name, index) => {
    const { displayOrder, ...property } = seed.properties[name] as TableSeed['properties'][string];
    properties[name] = {
      ...property,
      $id: `/properties/${name}`,
      // null: a schema from an old org, without displayOrder.
      ...(displayOrder === null ? {} : { displayOrder: displayOrder ?? index }),
    };
  });
  const table: Table = {
    id: seed.id ?? randomUUID(),
    name: seed.name,
    description: seed.description ?? '',
    schema: { $schema: JSON_SCHEMA, type: 'object', required: ['key'], additionalProperties: false, properties },
    exportHeader: seed.exportHeader ?? 'titles',
    rows: new Map(),
    ...(seed.division ? { division: seed.division } : {}),
    consumers: (seed.consumers ?? []).map((consumer) => ({ id: consumer.id ?? randomUUID(), ...consumer })),
  };
  for (const row of seed.rows ?? []) table.rows.set(String(row.key), { ...row });
  return table;
}

/** The name filter matches case-insensitively, `*` as a wildcard; exact matching is the caller's job. */
export function listTables(tables: Iterable<Table>, url: URL): DataTableListing {
  const name = url.searchParams.get('name');
  const pattern = name
    ? new RegExp(
        `^${name
          .split('*')
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
        'i',
      )
    : undefined;
  const all = [...tables].filter((t) => !pattern || pattern.test(t.name));
  const expandSchema = url.searchParams.get('expand') === 'schema';
  return page(
    all.map((t) => tableEntity(t, expandSchema)),
    url,
    25,
    100,
  );
}

export function tableEntity(table: Table, expandSchema: boolean): DataTable {
  return {
    id: table.id,
    name: table.name,
    description: table.description,
    division: {
      id: table.division ?? 'home-division',
      name: table.division ? `Division ${table.division}` : 'Home',
      selfUri: `/api/v2/authorization/divisions/${table.division ?? 'home-division'}`,
    },
    // The SDK types additionalProperties as an object; the API sends `false`, as the reference says.
    ...(expandSchema ? { schema: table.schema as unknown as DataTable['schema'] } : {}),
    selfUri: `/api/v2/flows/datatables/${table.id}`,
  };
}

/**
 * A page of rows. The SDK types every field of DataTableRowEntityListing as optional: `listing.omit` leaves some out,
 * as a real answer may. The largest page size is not documented: over `maxPageSize` the emulator either answers 400
 * or silently gives pages of that size (saying so in `pageSize`).
 */
export function listRows(table: Table, url: URL, listing: RowsListingOptions = {}): DataTableRowListing | ErrorBody {
  const maxPageSize = listing.maxPageSize ?? 500;
  const asked = Number(url.searchParams.get('pageSize') ?? 25);
  if (asked > maxPageSize && listing.overMaxPageSize === 'refuse') {
    return error(400, 'bad.request', `pageSize must be at most ${maxPageSize}`);
  }
  const brief = url.searchParams.get('showbrief') !== 'false';
  const rows = [...table.rows.values()].map((row) => (brief ? { key: row.key } : row));
  const answer: Record<string, unknown> = page(rows, url, 25, maxPageSize);
  for (const field of listing.omit ?? []) delete answer[field];
  return answer as DataTableRowListing;
}

export function createRow(table: Table, limits: Limits, body: Buffer, send: Send): void {
  const row = JSON.parse(body.toString('utf8')) as Record<string, Value>;
  const problem = checkRow(table, limits, row);
  if (problem) return send(400, error(400, 'flows.datatables.schema.exception', problem));
  if (table.rows.has(String(row.key)))
    return send(409, error(409, 'flows.datatables.row.exists', 'The row already exists.'));
  if (table.rows.size >= limits.maxRows)
    return send(400, error(400, 'flows.datatables.too.many.rows', 'The table is full.'));
  table.rows.set(String(row.key), row);
  send(200, row);
}

export function oneRow(table: Table, limits: Limits, key: string, method: string, body: Buffer, send: Send): void {
  const existing = table.rows.get(key);
  if (!existing) return send(404, error(404, 'flows.datatables.row.not.found', 'The row could not be found.'));
  if (method === 'GET') return send(200, existing);
  if (method === 'DELETE') {
    table.rows.delete(key);
    return send(204, '');
  }
  if (method === 'PUT') {
    const row = { ...(JSON.parse(body.toString('utf8')) as Record<string, Value>), key };
    const problem = checkRow(table, limits, row);
    if (problem) return send(400, error(400, 'flows.datatables.schema.exception', problem));
    table.rows.set(key, row);
    return send(200, row);
  }
  send(405, error(405, 'method.not.allowed', 'Method not allowed'));
}

/** Why a row does not fit the table, or undefined. */
export function checkRow(table: Table, limits: Limits, row: Record<string, Value>): string | undefined {
  for (const [name, value] of Object.entries(row)) {
    const property = table.schema.properties[name];
    if (!property) return `Unknown field ${name}`;
    const ok =
      property.type === 'string'
        ? typeof value === 'string'
        : property.type === 'boolean'
          ? typeof value === 'boolean'
          : property.type === 'integer'
            ? Number.isInteger(value)
            : typeof value === 'number';
    if (!ok) return `Field ${name} must be of type ${property.type}`;
    // An empty value is no value (a cell left empty), not a value shorter than minLength.
    if (
      typeof value === 'string' &&
      value !== '' &&
      property.minLength !== undefined &&
      value.length < property.minLength
    ) {
      return `Field ${name} must be at least ${property.minLength} characters long`;
    }
    if (typeof value === 'string' && property.maxLength !== undefined && value.length > property.maxLength) {
      return `Field ${name} must be at most ${property.maxLength} characters long`;
    }
  }
  const key = row.key;
  if (typeof key !== 'string' || key === '') return 'The key is required';
  if (key.length > limits.maxKeyLength) return `The key is longer than ${limits.maxKeyLength} characters`;
  return undefined;
}

/** Field ids in the order the table shows them: key first, then display order (property order where absent). */
export function orderedFields(table: Table): string[] {
  const names = Object.keys(table.schema.properties);
  const order = (name: string) => table.schema.properties[name]?.displayOrder ?? names.indexOf(name);
  return [...names].sort((a, b) => Number(b === 'key') - Number(a === 'key') || order(a) - order(b));
}

type JsonBody = {
  name?: unknown;
  division?: { id?: unknown };
  schema?: { properties?: Record<string, PropertySchema> };
};

/** What Genesys answers to a schema it cannot take: a 400 with its schema code. */
function schemaProblem(properties: Record<string, PropertySchema> | undefined, limits: Limits): string | undefined {
  if (!properties || typeof properties !== 'object') return 'The schema has no properties.';
  if (properties.key?.type !== 'string') return 'The schema must have a "key" property of type string.';
  const names = Object.keys(properties);
  if (names.length > limits.maxFields) return `A data table can have at most ${limits.maxFields} fields.`;
  const bad = names.find(
    (name) => !['string', 'integer', 'number', 'boolean'].includes(String(properties[name]?.type)),
  );
  return bad ? `Field "${bad}" has an unsupported type.` : undefined;
}

/** `POST /api/v2/flows/datatables`: a new table from its JSON schema; names are unique (case-insensitively). */
export function createTable(
  tables: Map<string, Table>,
  limits: Limits,
  body: Buffer,
  readBackReads: number,
  send: Send,
): void {
  const json = JSON.parse(body.toString('utf8')) as JsonBody;
  const name = typeof json.name === 'string' ? json.name.trim() : '';
  if (name === '') return send(400, error(400, 'bad.request', 'A data table needs a name.'));
  if ([...tables.values()].some((t) => t.name.toLowerCase() === name.toLowerCase())) {
    return send(400, error(400, 'flows.datatables.name.conflict', `A data table named ${name} already exists.`));
  }
  const problem = schemaProblem(json.schema?.properties, limits);
  if (problem) return send(400, error(400, 'flows.datatables.schema.exception', problem));
  const table: Table = {
    id: randomUUID(),
    name,
    consumers: [],
    description:
      typeof (json as { description?: unknown }).description === 'string'
        ? String((json as { description?: unknown }).description)
        : '',
    schema: {
      $schema: JSON_SCHEMA,
      type: 'object',
      required: ['key'],
      additionalProperties: false,
      properties: { ...(json.schema?.properties as Record<string, PropertySchema>) },
    },
    exportHeader: 'titles',
    rows: new Map(),
    ...(typeof json.division?.id === 'string' ? { division: json.division.id } : {}),
    ...(readBackReads > 0 ? { staleReads: { count: readBackReads, schema: 'missing' as const } } : {}),
  };
  tables.set(table.id, table);
  send(200, tableEntity(table, true));
}

/**
 * `PUT /api/v2/flows/datatables/{id}` replaces the table: its name, description and division become what the body
 * says (a body without a description clears it). Fields: new ones may be added, and existing ones may get a new title
 * or default (the Terraform provider's acceptance test does both against a real org; the help article "Manage a data
 * table" says labels can be renamed). The SDK's putFlowsDatatable text ("no changes or removals of existing fields")
 * holds for the rest: a type or bound change, or a removed field, is a 400 and the table is unchanged.
 */
export function updateTable(table: Table, limits: Limits, body: Buffer, readBackReads: number, send: Send): void {
  const json = JSON.parse(body.toString('utf8')) as JsonBody & { description?: unknown };
  const properties = json.schema?.properties;
  const problem = schemaProblem(properties, limits);
  if (problem) return send(400, error(400, 'flows.datatables.schema.exception', problem));
  for (const [name, existing] of Object.entries(table.schema.properties)) {
    const next = properties?.[name];
    if (!next) {
      return send(400, error(400, 'flows.datatables.schema.exception', `Field "${name}" cannot be removed.`));
    }
    for (const attribute of ['type', 'minimum', 'maximum', 'maxLength', 'minLength'] as const) {
      if (existing[attribute] !== next[attribute]) {
        return send(400, error(400, 'flows.datatables.schema.exception', `Field "${name}" cannot be changed.`));
      }
    }
  }
  const before = table.schema;
  table.schema = { ...table.schema, properties: { ...(properties as Record<string, PropertySchema>) } };
  if (typeof json.name === 'string' && json.name.trim() !== '') table.name = json.name.trim();
  table.description = typeof json.description === 'string' ? json.description : '';
  const division = typeof json.division?.id === 'string' ? json.division.id : undefined;
  if (division === undefined) delete table.division;
  else table.division = division;
  if (readBackReads > 0) table.staleReads = { count: readBackReads, schema: before };
  send(200, tableEntity(table, true));
}
