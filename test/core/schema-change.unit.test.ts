import { beforeAll, describe, expect, it } from 'vitest';
import type { Field, TableSchema } from '../../src/core/schema.ts';
import { describeColumnChanges, describeField, diffSchema, hasSchemaChange } from '../../src/core/schema-change.ts';
import { readSchemaFile, schemaFileText } from '../../src/core/schema-file.ts';
import { loadYaml } from '../../src/core/yaml.ts';

// The run loads the YAML library before it reads a config or YAML schema file (src/run/main.ts); so do these tests.
beforeAll(() => loadYaml());

const key: Field = { name: 'key', title: 'Queue', type: 'string', isKey: true };
const open: Field = { name: 'open', title: 'Open', type: 'boolean', isKey: false, default: false };
const agents: Field = { name: 'agents', title: 'Agents', type: 'integer', isKey: false, minimum: 0 };

describe('diffSchema: defaults as the vendor reads them', () => {
  it('sees no change between no default, null and "" (Genesys reads an empty default as none)', () => {
    const note: Field = { name: 'note', title: 'Note', type: 'string', isKey: false };
    const live: TableSchema = { fields: [key, note] };
    const change = diffSchema({ fields: [key, { ...note, default: '' }] }, live, undefined, 'Genesys', ['default']);
    expect(change).toMatchObject({ defaults: [], refusals: [] });
    expect(hasSchemaChange(change)).toBe(false);
    const real = diffSchema({ fields: [key, { ...note, default: 'n/a' }] }, live, undefined, 'Genesys', ['default']);
    expect(real.defaults).toEqual([{ field: 'note', title: 'Note', to: 'n/a' }]);
  });

  it('refuses a minLength change on an existing column, and keeps minLength through a schema file', () => {
    const code: Field = { name: 'code', title: 'Code', type: 'string', isKey: false, minLength: 1 };
    const change = diffSchema({ fields: [key, { ...code, minLength: 2 }] }, { fields: [key, code] }, undefined, 'G');
    expect(change.refusals[0]).toContain('column "code": the schema file has minLength 2, the table 1');
    expect(readSchemaFile(schemaFileText('T', { fields: [key, code] }), 'T.schema.json').fields[1]).toEqual(code);
    expect(describeField(code)).toBe('"code" titled "Code" (string, at least 1 characters)');
  });
});

describe('diffSchema', () => {
  it('creates a missing table with every field, in the division given', () => {
    expect(diffSchema({ fields: [key, open] }, undefined, 'div')).toEqual({
      create: true,
      add: [key, open],
      renames: [],
      defaults: [],
      division: 'div',
      refusals: [],
    });
  });

  it('adds the new fields only, and refuses what the vendor cannot change: type, bounds, removal', () => {
    const live: TableSchema = { fields: [key, open, agents] };
    expect(diffSchema({ fields: [key, open, agents, { ...agents, name: 'seats' }] }, live)).toMatchObject({
      create: false,
      add: [{ name: 'seats' }],
      refusals: [],
    });
    const changed = diffSchema(
      { fields: [key, { ...open, type: 'integer', default: 0 }, { ...agents, minimum: 1 }] },
      live,
      undefined,
      'Genesys Cloud data tables',
      ['title', 'default'],
    );
    expect(changed.refusals).toEqual([
      expect.stringContaining('column "open": the schema file has type "integer", the table "boolean"'),
      expect.stringContaining('column "agents": the schema file has minimum 1, the table 0'),
    ]);
    expect(diffSchema({ fields: [key, open] }, live).refusals).toEqual([
      expect.stringContaining('column "agents" is in the table but not in the schema file'),
    ]);
  });

  it("plans new titles (the key's too) and defaults where the vendor takes them, and refuses them where not", () => {
    const live: TableSchema = { fields: [key, open, agents] };
    const desired: TableSchema = { fields: [{ ...key, title: 'Queue name' }, { ...open, default: true }, agents] };
    const change = diffSchema(desired, live, undefined, 'Genesys Cloud data tables', ['title', 'default']);
    expect(change).toMatchObject({
      refusals: [],
      renames: [{ field: 'key', from: 'Queue', to: 'Queue name' }],
      defaults: [{ field: 'open', title: 'Open', from: false, to: true }],
    });
    expect(hasSchemaChange(change)).toBe(true);
    expect(describeColumnChanges(change)).toEqual([
      'Rename column Queue → Queue name',
      'Default of Open: false → true',
    ]);
    const refused = diffSchema(desired, live, undefined, 'Some vendor');
    expect(refused.renames).toEqual([]);
    expect(refused.refusals).toEqual([
      expect.stringContaining(
        'column "key": the schema file has title "Queue name", the table "Queue"; Some vendor cannot change',
      ),
      expect.stringContaining('column "open": the schema file has default true, the table false'),
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
