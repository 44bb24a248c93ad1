import { describe, expect, it } from 'vitest';
import { editFrom } from '../../src/providers/genesys/audit.ts';

describe("Genesys' audit entries as edits", () => {
  it('takes a user by name (else id), else the OAuth client, and the row from a key property change or a row entity', () => {
    expect(
      editFrom(
        {
          user: { id: 'u1', name: 'Jane Doe' },
          client: { id: 'c1' },
          eventDate: '2026-12-05T14:02:00Z',
          action: 'Update',
          entity: { id: 't1', name: 'Holidays' },
          propertyChanges: [{ property: 'key', oldValues: ['Christmas Day'], newValues: ['Christmas Day'] }],
        },
        't1',
      ),
    ).toEqual({
      tableId: 't1',
      rowKey: 'Christmas Day',
      action: 'changed',
      who: 'Jane Doe',
      by: 'user',
      at: '2026-12-05T14:02:00.000Z',
    });
    expect(
      editFrom(
        {
          client: { id: 'c1' },
          eventDate: '2026-12-05T14:02:00Z',
          action: 'Delete',
          entityType: 'DatatableRow',
          entity: { id: 'r', name: 'Easter' },
        },
        't1',
      ),
    ).toMatchObject({ rowKey: 'Easter', action: 'deleted', who: 'c1', by: 'OAuth client' });
    expect(editFrom({ user: { id: 'u1' }, eventDate: '2026-12-05T14:02:00Z', action: 'Create' }, 't1')).toMatchObject({
      who: 'u1',
      action: 'added',
    });
    // Another table's entry, no time, or no one: not an edit of this table.
    expect(
      editFrom({ user: { id: 'u1' }, eventDate: '2026-12-05T14:02:00Z', entity: { id: 't2' } }, 't1'),
    ).toBeUndefined();
    expect(editFrom({ user: { id: 'u1' } }, 't1')).toBeUndefined();
    expect(editFrom({ eventDate: '2026-12-05T14:02:00Z' }, 't1')).toBeUndefined();
  });
});
