import { describe, expect, it } from 'vitest';
import { type AuditLogMessage, editFrom } from '../../src/providers/genesys/audit.ts';

const table = { id: 't1' };
const at = { eventDate: '2026-12-05T14:02:00Z' };

describe("Genesys' audit entries as edits of a table, read every way the SDK's types allow", () => {
  it('a property change named key on the table entity: the row; a user by name', () => {
    expect(
      editFrom(
        {
          ...at,
          user: { id: 'u1', name: 'Jane Doe' },
          client: { id: 'c1' },
          action: 'Update',
          entity: { id: 't1', name: 'Holidays' },
          propertyChanges: [{ property: 'key', oldValues: ['Christmas Day'], newValues: ['Christmas Day'] }],
        },
        table,
      ),
    ).toEqual({
      tableId: 't1',
      rowKey: 'Christmas Day',
      action: 'changed',
      who: 'Jane Doe',
      by: 'user',
      at: '2026-12-05T14:02:00.000Z',
    });
  });

  it('a Row entity under the table (selfUri or context): its name, else the key in its selfUri; a client by id', () => {
    const row = (entity: AuditLogMessage['entity'], context?: Record<string, string>) =>
      editFrom(
        { ...at, client: { id: 'c1' }, action: 'Delete', entityType: 'Row', entity, ...(context ? { context } : {}) },
        table,
      );
    expect(row({ id: 'r', name: 'Easter', selfUri: '/api/v2/flows/datatables/t1/rows/Easter' })).toMatchObject({
      rowKey: 'Easter',
      action: 'deleted',
      who: 'c1',
      by: 'OAuth client',
    });
    expect(row({ id: 'r', selfUri: '/api/v2/flows/datatables/t1/rows/Kid%27s%20Day' })).toMatchObject({
      rowKey: "Kid's Day",
    });
    expect(row({ id: 'Easter', name: 'Easter' }, { datatableId: 't1' })).toMatchObject({ rowKey: 'Easter' });
    // A row of another table is not this table's.
    expect(row({ id: 'r', name: 'Easter', selfUri: '/api/v2/flows/datatables/t2/rows/Easter' })).toBeUndefined();
  });

  it('the table itself, a user without a name: an edit of the table by the user id', () => {
    expect(editFrom({ ...at, user: { id: 'u1' }, action: 'Create', entity: { id: 't1' } }, table)).toEqual({
      tableId: 't1',
      action: 'added',
      who: 'u1',
      by: 'user',
      at: '2026-12-05T14:02:00.000Z',
    });
  });

  it("another table's entry, an entry naming no table, no time or no one: none", () => {
    expect(editFrom({ ...at, user: { id: 'u1' }, entity: { id: 't2' } }, table)).toBeUndefined();
    expect(editFrom({ ...at, user: { id: 'u1' } }, table)).toBeUndefined();
    expect(editFrom({ user: { id: 'u1' }, entity: { id: 't1' } }, table)).toBeUndefined();
    expect(editFrom({ ...at, entity: { id: 't1' } }, table)).toBeUndefined();
  });
});
