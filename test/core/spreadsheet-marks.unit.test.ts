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
});
