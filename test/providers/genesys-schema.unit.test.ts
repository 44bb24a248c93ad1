import { describe, expect, it } from 'vitest';
import { permissionHint } from '../../src/providers/genesys/client.ts';
import { downloadIdOf } from '../../src/providers/genesys/export-file.ts';
import { schemaFromJson, schemaToJson } from '../../src/providers/genesys/schema.ts';

describe('the Genesys adapter, without a server', () => {
  it('reads minLength, and an absent, null or empty default as none; writes minLength back, never an empty default', () => {
    const schema = schemaFromJson('Codes', {
      properties: {
        key: { title: 'Code', type: 'string', minLength: 1, maxLength: 36 },
        a: { title: 'A', type: 'string', default: '' },
        b: { title: 'B', type: 'string', default: null },
        c: { title: 'C', type: 'string', default: 'x' },
      },
    });
    expect(schema.fields[0]).toMatchObject({ minLength: 1, maxLength: 36 });
    expect(schema.fields.map((f) => f.default)).toEqual([undefined, undefined, undefined, 'x']);
    const json = schemaToJson({
      fields: [...schema.fields, { name: 'd', title: 'D', type: 'string', isKey: false, default: '' }],
    });
    const properties = json.properties as Record<string, Record<string, unknown>>;
    expect(properties.key).toMatchObject({ minLength: 1, maxLength: 36 });
    expect('default' in (properties.d ?? {})).toBe(false);
  });

  it('names no permission for a 403 from the Downloads API (it needs none)', () => {
    expect(permissionHint('GET', 'https://api.x/api/v2/downloads/abc?issueRedirect=false')).toBeUndefined();
    expect(permissionHint('GET', 'https://apps.x/platform/api/v2/downloads/abc')).toBeUndefined();
  });

  it('keeps property order for a schema without displayOrder (old orgs), key first', () => {
    const schema = schemaFromJson('Old', {
      properties: {
        zeta: { title: 'Zeta', type: 'string' },
        key: { title: 'Name', type: 'string' },
        alpha: { title: 'Alpha', type: 'integer' },
      },
    });
    expect(schema.fields.map((f) => f.name)).toEqual(['key', 'zeta', 'alpha']);
  });

  it('sorts by displayOrder when the schema has it', () => {
    const schema = schemaFromJson('New', {
      properties: {
        zeta: { title: 'Zeta', type: 'string', displayOrder: 2 },
        key: { title: 'Name', type: 'string', displayOrder: 0 },
        alpha: { title: 'Alpha', type: 'integer', displayOrder: 1 },
      },
    });
    expect(schema.fields.map((f) => f.name)).toEqual(['key', 'alpha', 'zeta']);
  });

  it('takes the download id from the last path segment of any downloadURI', () => {
    expect(downloadIdOf('https://api.mypurecloud.com/api/v2/downloads/abc123')).toBe('abc123');
    expect(downloadIdOf('https://apps.mypurecloud.ie/platform/api/v2/downloads/x-9?foo=1')).toBe('x-9');
    expect(downloadIdOf('/api/v2/downloads/rel')).toBe('rel');
    expect(downloadIdOf('https://api.mypurecloud.com/')).toBeUndefined();
  });

  it('names the permissions each call needs, as the API lists them', () => {
    const table = 'https://api.x/api/v2/flows/datatables/t1';
    expect(permissionHint('POST', `${table}/import/csv/jobs`)).toBe(
      'architect:datatable:edit or architect:datatableRow:add',
    );
    expect(permissionHint('GET', `${table}/import/jobs?pageSize=25`)).toBe(
      'architect:datatable:edit or architect:datatableRow:view',
    );
    expect(permissionHint('POST', `${table}/export/jobs`)).toBe(
      'architect:datatable:view or architect:datatableRow:view',
    );
    expect(permissionHint('GET', `${table}/import/jobs/j1`)).toBe(
      'architect:datatable:view or architect:datatableRow:view',
    );
    expect(permissionHint('GET', `${table}?expand=schema`)).toBe('architect:datatable:view');
    // Tables as code: creating a table and changing its columns (the gc CLI's data table commands).
    expect(permissionHint('POST', 'https://api.x/api/v2/flows/datatables')).toBe('architect:datatable:add');
    expect(permissionHint('PUT', table)).toBe('architect:datatable:edit');
  });
});
