import { describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import { composeKey, keyCell, type TableSchema } from '../../src/core/schema.ts';
import { liveTableCsv } from '../../src/core/table-csv.ts';

// A key unique only with another field (Field.keyWith): Talkdesk EXTERNAL lists deduplicate by external_id and
// external_provider, so X1 of crm and X1 of erp are two rows.
const schema: TableSchema = {
  fields: [
    { name: 'id', title: 'Id', type: 'string', isKey: true, keyWith: 'source' },
    { name: 'source', title: 'Source', type: 'string', isKey: false },
    { name: 'name', title: 'Name', type: 'string', isKey: false },
  ],
};
const input = (source: string, live: Record<string, string>[] = []) => ({
  file: 'f.csv',
  source,
  table: { id: 't', name: 'T' },
  schema,
  liveRecords: live,
  mode: 'replace' as const,
  maxDeletes: { percent: 100 },
  limits: { maxRows: 100, maxKeyLength: 100 },
});

describe('a key composed with another field', () => {
  it('keys rows by both cells ("X1/crm"), or the key cell alone when the other is empty', async () => {
    const plan = await planTable(input('Id,Source,Name\nX1,crm,Ann\nX1,erp,Bob\nX2,,Cy\n'));
    expect(plan.invalidRows).toBe(0);
    expect(plan.diff.added.map((a) => [a.key, a.row.id, a.row.source])).toEqual([
      ['X1/crm', 'X1/crm', 'crm'],
      ['X1/erp', 'X1/erp', 'erp'],
      ['X2', 'X2', ''],
    ]);
  });

  it('still refuses two rows with the same pair', async () => {
    const plan = await planTable(input('Id,Source,Name\nX1,crm,Ann\nX1,crm,Bob\n'));
    expect(plan.invalidRows).toBe(1);
    expect(plan.problems.find((p) => p.kind === 'duplicate-key')?.line).toBe(3);
  });

  it('matches live rows keyed the same way, and writes the key cell alone in a snapshot', async () => {
    const live = [{ id: composeKey('X1', 'crm'), source: 'crm', name: 'Ann' }];
    const plan = await planTable(input('Id,Source,Name\nX1,crm,Ann\n', live));
    expect({ ...plan.diff, added: [...plan.diff.added] }).toMatchObject({
      added: [],
      updated: [],
      deleted: [],
      unchanged: 1,
    });
    expect(liveTableCsv(schema, live)).toBe('Id,Source,Name\nX1,crm,Ann\n');
    expect(keyCell('a/b/c', 'c')).toBe('a/b');
    expect(keyCell('X1', '')).toBe('X1');
  });
});
