import { describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import type { TableSchema } from '../../src/core/schema.ts';
import { hasMojibakeMarks, isMojibakeOf } from '../../src/core/spreadsheet-marks.ts';

const schema: TableSchema = {
  fields: [
    { name: 'key', title: 'Code', type: 'string', isKey: true },
    { name: 'zip', title: 'Zip', type: 'string', isKey: false },
    { name: 'note', title: 'Note', type: 'string', isKey: false },
  ],
};
const plan = (source: string, live: Record<string, string>[]) =>
  planTable({
    file: 'q.csv',
    source,
    table: { id: 't', name: 'Queues' },
    schema,
    liveRecords: live,
    mode: 'replace',
    maxDeletes: { percent: 100 },
    limits: { maxRows: 100, maxKeyLength: 100 },
  });

describe('what a spreadsheet did to a file', () => {
  it('knows text decoded twice from an edit, whichever one-byte code page read it', () => {
    expect(isMojibakeOf('Café Zürich', 'CafÃ© ZÃ¼rich')).toBe(true);
    expect(isMojibakeOf('Schöne Grüße – bis bald', 'SchÃ¶ne GrÃ¼ÃŸe â€“ bis bald')).toBe(true);
    expect(isMojibakeOf('Café', 'Cafe')).toBe(false);
    expect(isMojibakeOf('plain', 'plain text')).toBe(false);
    expect(hasMojibakeMarks('CafÃ©')).toBe(true);
    expect(hasMojibakeMarks('Ça va, Ãlvaro?')).toBe(false);
  });

  it('blocks a key that lost (or gained) its leading zeros, and names a column whose every change lost them', async () => {
    const live = [
      { key: '00042', zip: '02134', note: 'a' },
      { key: '7', zip: '02135', note: 'b' },
    ];
    const lost = await plan('Code,Zip,Note\n42,02134,a\n7,2135,b\n', live);
    expect(lost.refusals).toEqual([
      expect.stringContaining('1 key(s) differ from live keys only by leading zeros ("00042" → "42")'),
      expect.stringContaining('column "Zip": every changed cell(s) of this column lost the leading zeros'),
    ]);
    const gained = await plan('Code,Zip,Note\n00042,02134,a\n007,02135,b\n', live);
    expect(gained.refusals).toEqual([expect.stringContaining('("7" → "007")')]);
    // A real edit beside a lost zero: named as a warning, not blocked.
    const mixed = await plan('Code,Zip,Note\n00042,02134,x\n7,2135,b\n', [
      ...live,
      { key: '8', zip: '99999', note: 'c' },
    ]);
    expect(mixed.problems.find((p) => p.kind === 'leading-zeros')?.severity).toBe('error');
    const edits = await plan('Code,Zip,Note\n00042,11111,a\n7,2135,b\n', live);
    expect(edits.problems.find((p) => p.kind === 'leading-zeros')).toMatchObject({
      severity: 'warning',
      column: 'Zip',
      message: expect.stringContaining('1 of the 2 changed cell(s) of this column lost'),
    });
    expect(edits.refusals).toEqual([]);
  });

  it('blocks text decoded twice wherever it is: a few cells of a column, or a new row', async () => {
    const live = [
      { key: '1', zip: '1', note: 'Café' },
      { key: '2', zip: '2', note: 'plain' },
    ];
    const some = await plan('Code,Zip,Note\n1,1,CafÃ©\n2,2,edited\n', live);
    expect(some.problems.find((p) => p.kind === 'mojibake')).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('1 of the 2 changed cell(s) of this column is the old text decoded twice'),
    });
    expect(some.refusals).toEqual([expect.stringContaining('column "Note": 1 of the 2 changed cell(s)')]);
    const added = await plan('Code,Zip,Note\n1,1,Café\n2,2,plain\n3,3,Weâ€™re closed\n', live);
    expect(added.refusals).toEqual([
      expect.stringContaining('1 new or changed row(s) hold the marks text decoded twice'),
    ]);
  });

  it('counts what invalid rows would do once fixed, leaving out rows whose other cells a spreadsheet damaged', async () => {
    const numbers: TableSchema = {
      fields: [...schema.fields, { name: 'n', title: 'N', type: 'integer', isKey: false }],
    };
    const live = [
      { key: '1', zip: '01', note: 'a', n: 1 },
      { key: '2', zip: '02', note: 'b', n: 2 },
      { key: '3', zip: '03', note: 'Café', n: 3 },
    ];
    const result = await planTable({
      file: 'q.csv',
      // 1: only the bad cell (unchanged once fixed); 2: an edit beside it (change); 3: text decoded twice beside it
      // (damaged, not counted); 4: a new key (add).
      source: 'Code,Zip,Note,N\n1,01,a,x\n2,02,edited,x\n3,03,CafÃ©,x\n4,04,d,x\n',
      table: { id: 't', name: 'Queues' },
      schema: numbers,
      liveRecords: live,
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits: { maxRows: 100, maxKeyLength: 100 },
    });
    expect(result.invalidRows).toBe(4);
    expect(result.invalidWould).toEqual({ add: 1, change: 1, unchanged: 1, damaged: 1 });
    const { renderTablePlan } = await import('../../src/core/report/plan.ts');
    expect(renderTablePlan(result)).toContain(
      'Once fixed, they would add 1 row, change 1 existing row and leave 1 row as the table has it (not counted above). 1 row has other cells a spreadsheet changed by itself (text decoded twice, leading zeros lost, a date or number rewritten): not counted, fix those too.',
    );
  });

  it('counts a row whose date or long number a spreadsheet rewrote beside the bad cell as damaged, never as a change', async () => {
    const numbers: TableSchema = {
      fields: [
        { name: 'key', title: 'Code', type: 'string', isKey: true },
        { name: 'day', title: 'Day', type: 'string', isKey: false },
        { name: 'phone', title: 'Phone', type: 'string', isKey: false },
        { name: 'n', title: 'N', type: 'integer', isKey: false },
      ],
    };
    const live = [
      { key: '1', day: '2027-12-25', phone: '+447911123456', n: 1 },
      { key: '2', day: '2027-12-26', phone: '+447911123457', n: 2 },
      { key: '3', day: '2027-12-27', phone: '+447911123458', n: 3 },
    ];
    const result = await planTable({
      file: 'q.csv',
      // Every N holds a decimal comma (invalid); 1: the date in the locale's format; 2: the + dropped; 3: only the bad cell.
      source:
        'Code,Day,Phone,N\n1,12/25/2027,+447911123456,"1,0"\n2,2027-12-26,447911123457,"2,0"\n3,2027-12-27,+447911123458,"3,0"\n',
      table: { id: 't', name: 'Queues' },
      schema: numbers,
      liveRecords: live,
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits: { maxRows: 100, maxKeyLength: 100 },
    });
    expect(result.invalidRows).toBe(3);
    expect(result.invalidWould).toEqual({ add: 0, change: 0, unchanged: 1, damaged: 2 });
  });
});
