import { describe, expect, it } from 'vitest';
import { MAX_EDIT_LINES, type TableEdit, utcMinute, whoChanged } from '../../src/core/audit-trail.ts';
import { shellWord, waysOut } from '../../src/core/drift-ways-out.ts';
import { planTable } from '../../src/core/plan.ts';
import type { TableSchema } from '../../src/core/schema.ts';
import { limits } from '../support/schemas.ts';

const schema: TableSchema = {
  fields: [
    { name: 'key', title: 'Holiday', type: 'string', isKey: true },
    { name: 'note', title: 'Note', type: 'string', isKey: false },
  ],
};

/** Live: Christmas changed, Picnic added outside git, Easter deleted outside git; New Year untouched. */
function drifted(file = 'tables/Holidays.csv', name = 'Holidays') {
  return planTable({
    file,
    table: { id: 't1', name },
    schema,
    mode: 'replace',
    maxDeletes: { percent: 100 },
    limits,
    source: 'Holiday,Note\nNew Year,closed\nChristmas Day,closed\nEaster,closed\n',
    liveRecords: [
      { key: 'New Year', note: 'closed' },
      { key: 'Christmas Day', note: 'open until noon' },
      { key: 'Picnic', note: 'closed' },
    ],
  });
}

const edit = (rowKey: string | undefined, at: string, who = 'Jane Doe', more: Partial<TableEdit> = {}): TableEdit => ({
  tableId: 't1',
  ...(rowKey === undefined ? {} : { rowKey }),
  action: 'changed',
  who,
  by: 'user',
  at,
  ...more,
});

describe('who changed the drifted rows', () => {
  it('names the latest entry of each drifted row, in every direction, and nothing of rows that did not drift', async () => {
    const plan = await drifted();
    const lines = whoChanged(
      [plan],
      [
        edit('Christmas Day', '2026-12-01T09:00:00.000Z', 'Old Editor'),
        edit('Christmas Day', '2026-12-05T14:02:31.000Z'),
        edit('Picnic', '2026-12-04T08:00:00.000Z', 'sync-script', { by: 'OAuth client', action: 'added' }),
        edit('Easter', '2026-12-03T08:00:00.000Z', 'Bob', { action: 'deleted' }),
        edit('New Year', '2026-12-06T08:00:00.000Z', 'Nobody'),
        edit('Christmas Day', '2026-12-06T08:00:00.000Z', 'Other table', { tableId: 't2' }),
      ],
    );
    expect(lines).toEqual([
      'Holidays: row "Christmas Day" changed by Jane Doe (user) on 2026-12-05 14:02 UTC',
      'Holidays: row "Picnic" added by sync-script (OAuth client) on 2026-12-04 08:00 UTC',
      'Holidays: row "Easter" deleted by Bob (user) on 2026-12-03 08:00 UTC',
    ]);
  });

  it('says an entry naming no row once, as the table, and escapes names', async () => {
    const plan = await drifted();
    const lines = whoChanged(
      [plan],
      [
        edit(undefined, '2026-12-02T10:00:00.000Z', '@mallory [x](http://e.vil)'),
        edit(undefined, '2026-12-01T10:00:00.000Z'),
      ],
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Holidays: changed by .*mallory.* \(user\) on 2026-12-02 10:00 UTC \(the audit log names no row\)$/,
    );
    expect(lines[0]).not.toContain(' @mallory');
    expect(lines[0]).not.toContain('http://');
  });

  it('bounds the lines, counting the rest', async () => {
    const keys = Array.from({ length: MAX_EDIT_LINES + 5 }, (_, i) => `k${String(i).padStart(3, '0')}`);
    const plan = await planTable({
      file: 'tables/Big.csv',
      table: { id: 't1', name: 'Big' },
      schema,
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits,
      source: 'Holiday,Note\n',
      liveRecords: keys.map((key) => ({ key, note: '' })),
    });
    const lines = whoChanged(
      [plan],
      keys.map((key) => edit(key, '2026-12-01T00:00:00.000Z')),
    );
    expect(lines).toHaveLength(MAX_EDIT_LINES + 1);
    expect(lines.at(-1)).toBe("… and 5 more (the vendor's audit log has them all)");
  });

  it('writes times as UTC minutes', () => {
    expect(utcMinute('2026-12-05T14:02:59.999Z')).toBe('2026-12-05 14:02 UTC');
  });
});

describe('the drift issue’s ways out', () => {
  it('gives the adopt workflow where it writes the same file, and quotes names for the shell', async () => {
    const lines = waysOut([await drifted(), await drifted("tables/Kid's Day.csv", "Kid's Day")]).join('\n');
    expect(lines).toContain('gh workflow run adopt-table.yml -f table=Holidays');
    expect(lines).toContain(`gh workflow run adopt-table.yml -f table='Kid'\\''s Day'`);
    expect(lines).toContain(`datatable-sync export 'tables/Kid'\\''s Day.csv' --table 'Kid'\\''s Day'`);
    expect(lines).toContain(`datatable-sync apply tables/Holidays.csv 'tables/Kid'\\''s Day.csv'`);
  });

  it('names another config file, offers no command for a name a line cannot show, and nothing without drift', async () => {
    const config = waysOut([await drifted()], { config: 'ops/tables.yml', environment: 'prod' }).join('\n');
    expect(config).toContain('datatable-sync plan tables/Holidays.csv --config ops/tables.yml --environment prod');
    expect(waysOut([await drifted()], { config: 'datatables.yml' }).join('\n')).toContain(
      'datatable-sync apply tables/Holidays.csv\n',
    );
    const hostile = waysOut([await drifted('tables/x.csv', 'bad\nname')]).join('\n');
    expect(hostile).toBe('');
    expect(shellWord('$(rm -rf ~)')).toBe(`'$(rm -rf ~)'`);
    expect(shellWord('a`b')).toBe(`'a\`b'`);
  });

  it('fences commands so that a backtick in a name cannot end the block', async () => {
    const lines = waysOut([await drifted('tables/a```b.csv', 'a```b')]);
    const fence = lines.find((line) => /^`+sh$/.test(line)) ?? '';
    expect(fence.length - 2).toBeGreaterThan(3);
  });
});
