import { describe, expect, it } from 'vitest';
import type { Field, TableSchema } from '../../src/core/schema.ts';
import { describeField, diffSchema } from '../../src/core/schema-change.ts';
import { readSchemaFile, schemaFileText } from '../../src/core/schema-file.ts';

const key: Field = { name: 'key', title: 'Queue', type: 'string', isKey: true };
const open: Field = { name: 'open', title: 'Open', type: 'boolean', isKey: false, default: false };
const agents: Field = { name: 'agents', title: 'Agents', type: 'integer', isKey: false, minimum: 0 };

describe('diffSchema', () => {
  it('creates a missing table with every field, in the division given', () => {
    expect(diffSchema({ fields: [key, open] }, undefined, 'div')).toEqual({
      create: true,
      add: [key, open],
      division: 'div',
      refusals: [],
    });
  });

  it('adds the new fields only, and refuses every change Genesys refuses: type, title, default, bounds, removal', () => {
    const live: TableSchema = { fields: [key, open, agents] };
    expect(diffSchema({ fields: [key, open, agents, { ...agents, name: 'seats' }] }, live)).toMatchObject({
      create: false,
      add: [{ name: 'seats' }],
      refusals: [],
    });
    const changed = diffSchema(
      { fields: [key, { ...open, type: 'integer', default: 0 }, { ...agents, minimum: 1 }] },
      live,
    );
    expect(changed.refusals).toEqual([
      expect.stringContaining('column "open": the schema file has type "integer", the table "boolean"'),
      expect.stringContaining('column "open": the schema file has default 0, the table false'),
      expect.stringContaining('column "agents": the schema file has minimum 1, the table 0'),
    ]);
    expect(diffSchema({ fields: [key, open] }, live).refusals).toEqual([
      expect.stringContaining('column "agents" is in the table but not in the schema file'),
    ]);
  });

  it('describes a field as the plan shows it', () => {
    expect(describeField(agents)).toBe('"agents" titled "Agents" (integer, minimum 0)');
    expect(describeField({ name: 'note', title: 'note', type: 'string', isKey: false, maxLength: 20 })).toBe(
      '"note" (string, at most 20 characters)',
    );
  });
});

describe('schema files', () => {
  it('round-trips what export writes, and reads the same schema from YAML with a division', () => {
    const schema: TableSchema = { fields: [key, open, agents] };
    expect(readSchemaFile(schemaFileText('Queues', schema), 'q.schema.json')).toEqual(schema);
    const yaml = `table: Queues\ndivision: div-1\nfields:\n  - {name: open, title: Open, type: boolean, default: false}\n  - {name: key, title: Queue, type: string, key: true}\n`;
    expect(readSchemaFile(yaml, 'q.schema.yaml')).toEqual({ fields: [key, open], division: 'div-1' });
  });

  it.each([
    ['{"fields": []}', 'must be a list'],
    [
      '{"fields": [{"name": "key", "type": "date", "key": true}]}',
      'has type "date"; use one of string, integer, number, boolean',
    ],
    ['{"fields": [{"name": "a", "type": "string"}]}', 'exactly one field must be the key'],
    ['{"fields": [{"name": "key", "type": "integer", "key": true}]}', 'must be of type string'],
    ['{"fields": [{"name": "key", "type": "string", "key": true, "maxLength": "10"}]}', 'maxLength must be a number'],
    ['not json', 'not JSON'],
  ])('refuses %s, naming the file', (text, message) => {
    expect(() => readSchemaFile(text, 'tables/q.schema.json')).toThrow(message);
    expect(() => readSchemaFile(text, 'tables/q.schema.json')).toThrow('tables/q.schema.json');
  });
});
