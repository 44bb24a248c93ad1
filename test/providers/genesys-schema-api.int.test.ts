import { afterEach, describe, expect, it } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import type { Field } from '../../src/core/schema.ts';
import { GenesysProvider } from '../../src/providers/genesys/index.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { TableNotFoundError } from '../../src/providers/provider.ts';
import { credentials, startEmulator } from '../support/emulator.ts';
import { FakeClock } from '../support/fake-clock.ts';

// Creating tables and changing their columns through Genesys' schema API, against the emulator: new fields, new titles
// and defaults are taken (the Terraform provider's acceptance test), type changes and removals refused (the SDK).
let emulator: GenesysEmulator;
let http: HttpClient;
/** The emulator's clock and the client's: the waits for a schema to read back pass in no real time. */
let clock: FakeClock;
afterEach(async () => {
  await http.close();
  await emulator.stop();
});

async function start(): Promise<GenesysProvider> {
  clock = new FakeClock();
  emulator = await startEmulator({ tables: [], clock });
  http = new HttpClient({ random: () => 0, clock });
  return new GenesysProvider({ apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, ...credentials }, http);
}

const fields: Field[] = [
  { name: 'key', title: 'Queue', type: 'string', isKey: true },
  { name: 'open', title: 'Open', type: 'boolean', isKey: false, default: false },
];

describe('Genesys schema API', () => {
  it.each(['null', 'dropped'] as const)(
    'reads back at once a change to a table whose empty default Genesys answers as %s (no 60 s wait)',
    async (how) => {
      const provider = await start();
      emulator.addTable({
        name: 'Notes',
        properties: {
          key: { title: 'Key', type: 'string' },
          note: { title: 'Note', type: 'string', default: '' },
        },
      });
      emulator.faults.emptyDefaults = how;
      const table = await provider.getTable('Notes');
      expect(table.schema?.fields[1]?.default).toBeUndefined();
      const desired: Field[] = [
        { name: 'key', title: 'Code', type: 'string', isKey: true },
        { name: 'note', title: 'Note', type: 'string', isKey: false, default: '' },
      ];
      const started = clock.now();
      const changed = await provider.updateSchema(table, { fields: desired });
      expect(clock.now() - started).toBeLessThan(5000);
      expect(changed.schema?.fields[0]?.title).toBe('Code');
      const put = emulator.requests.find((r) => r.method === 'PUT');
      expect(put?.status).toBe(200);
      // The empty default is sent as none, as the Terraform provider sends it (`if def != ""`).
      expect(emulator.tableByName('Notes').schema.properties.note).not.toHaveProperty('default');
    },
  );

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
    const changed = await provider.updateSchema(table, { fields: [fields[0] as Field, fields[1] as Field] });
    expect(changed.schema?.fields.map((f) => f.name)).toEqual(['key', 'open']);
    expect(Object.keys(emulator.tableByName('Queues').schema.properties)).toEqual(['key', 'open']);
  });

  it('renames a column (the key too) and changes a default, sending the table whole: description and division kept', async () => {
    const provider = await start();
    emulator.addTable({
      name: 'Queues',
      description: 'Queues by site, owned by the CX team',
      division: 'div-emea',
      properties: {
        key: { title: 'Queue', type: 'string' },
        open: { title: 'Open', type: 'boolean', default: false },
        agents: { title: 'Agents', type: 'integer', minimum: 0 },
      },
    });
    const table = await provider.getTable('Queues');
    const desired = {
      fields: [
        { ...(fields[0] as Field), title: 'Queue name' },
        { ...(fields[1] as Field), title: 'Open now', default: true },
        { name: 'agents', title: 'Agents', type: 'integer' as const, isKey: false, minimum: 0 },
      ],
    };
    const changed = await provider.updateSchema(table, desired);
    expect(changed.schema?.fields.map((f) => [f.name, f.title, f.default])).toEqual([
      ['key', 'Queue name', undefined],
      ['open', 'Open now', true],
      ['agents', 'Agents', undefined],
    ]);
    const live = emulator.tableByName('Queues');
    expect(live.description).toBe('Queues by site, owned by the CX team');
    expect(live.division).toBe('div-emea');
    // Each property keeps what the table had ($id, displayOrder, bounds); only the title and default changed.
    expect(live.schema.properties.agents).toEqual({
      title: 'Agents',
      type: 'integer',
      minimum: 0,
      $id: '/properties/agents',
      displayOrder: 2,
    });
    const put = emulator.requests.find((r) => r.method === 'PUT');
    expect(put?.headers['content-type']).toBe('application/json');
  });

  it('is refused (400) a type change or a removed field, the table unchanged', async () => {
    const provider = await start();
    emulator.addTable({
      name: 'Queues',
      properties: { key: { title: 'Queue', type: 'string' }, open: { title: 'Open', type: 'boolean' } },
    });
    await provider.getTable('Queues');
    const id = emulator.tableByName('Queues').id;
    const put = async (properties: Record<string, unknown>) => {
      const login = await fetch(`${emulator.apiUrl}/oauth/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      });
      const { access_token } = (await login.json()) as { access_token: string };
      const answer = await fetch(`${emulator.apiUrl}/api/v2/flows/datatables/${id}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id, name: 'Queues', schema: { properties } }),
      });
      return { status: answer.status, body: (await answer.json()) as { message?: string } };
    };
    const key = { title: 'Queue', type: 'string' };
    expect(await put({ key, open: { title: 'Open', type: 'integer' } })).toMatchObject({
      status: 400,
      body: { message: 'Field "open" cannot be changed.' },
    });
    expect(await put({ key })).toMatchObject({ status: 400, body: { message: 'Field "open" cannot be removed.' } });
    expect(emulator.tableByName('Queues').schema.properties.open?.type).toBe('boolean');
  });
});
