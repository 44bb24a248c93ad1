import { afterEach, describe, expect, it } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import type { Field } from '../../src/core/schema.ts';
import { GenesysProvider } from '../../src/providers/genesys/index.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { TableNotFoundError } from '../../src/providers/provider.ts';
import { credentials, startEmulator } from '../support/emulator.ts';

// Creating tables and adding columns through Genesys' schema API, against the emulator, which follows the SDK:
// "updates allow only new fields to be added in the schema, no changes or removals of existing fields".
let emulator: GenesysEmulator;
let http: HttpClient;
afterEach(async () => {
  await http.close();
  await emulator.stop();
});

async function start(): Promise<GenesysProvider> {
  emulator = await startEmulator({ tables: [] });
  http = new HttpClient({ random: () => 0 });
  return new GenesysProvider({ apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, ...credentials }, http);
}

const fields: Field[] = [
  { name: 'key', title: 'Queue', type: 'string', isKey: true },
  { name: 'open', title: 'Open', type: 'boolean', isKey: false, default: false },
];

describe('Genesys schema API', () => {
  it('creates a table as JSON Schema and waits until it reads back (a new table is not readable at once)', async () => {
    const provider = await start();
    await expect(provider.getTable('Queues')).rejects.toBeInstanceOf(TableNotFoundError);
    emulator.faults.schemaReadBackReads = 3;
    const table = await provider.createTable('Queues', { fields }, 'division-1');
    expect(table.schema?.fields.map((f) => [f.name, f.type, f.title])).toEqual([
      ['key', 'string', 'Queue'],
      ['open', 'boolean', 'Open'],
    ]);
    const post = emulator.requests.find((r) => r.method === 'POST' && r.path === '/api/v2/flows/datatables');
    expect(post?.status).toBe(200);
    const created = emulator.tableByName('Queues');
    expect(created.schema).toEqual({
      $schema: 'http://json-schema.org/draft-04/schema#',
      type: 'object',
      required: ['key'],
      additionalProperties: false,
      properties: {
        key: { title: 'Queue', type: 'string', $id: '/properties/key', displayOrder: 0 },
        open: { title: 'Open', type: 'boolean', $id: '/properties/open', displayOrder: 1, default: false },
      },
    });
    expect(created.division).toBe('division-1');
    // Three reads answered 404 (not visible yet), the fourth found it.
    expect(
      emulator.requests.filter((r) => r.method === 'GET' && r.path.endsWith(table.id)).map((r) => r.status),
    ).toEqual([404, 404, 404, 200]);
  });

  it('adds columns with the whole schema, and waits until they read back', async () => {
    const provider = await start();
    emulator.addTable({ name: 'Queues', properties: { key: { title: 'Queue', type: 'string' } } });
    const table = await provider.getTable('Queues');
    emulator.faults.schemaReadBackReads = 2;
    const changed = await provider.addFields(table, [fields[1] as Field]);
    expect(changed.schema?.fields.map((f) => f.name)).toEqual(['key', 'open']);
    expect(Object.keys(emulator.tableByName('Queues').schema.properties)).toEqual(['key', 'open']);
  });

  it('is refused (400) a change to an existing column or its removal, the table unchanged', async () => {
    const provider = await start();
    emulator.addTable({
      name: 'Queues',
      properties: { key: { title: 'Queue', type: 'string' }, open: { title: 'Open', type: 'boolean' } },
    });
    const table = await provider.getTable('Queues');
    const retyped = {
      ...table,
      schema: { fields: [fields[0] as Field, { ...(fields[1] as Field), type: 'integer' as const }] },
    };
    await expect(provider.addFields(retyped, [])).rejects.toThrow(/400.*Field "open" cannot be changed/);
    const removed = { ...table, schema: { fields: [fields[0] as Field] } };
    await expect(provider.addFields(removed, [])).rejects.toThrow(/400.*Field "open" cannot be removed/);
    expect(emulator.tableByName('Queues').schema.properties.open?.type).toBe('boolean');
  });
});
