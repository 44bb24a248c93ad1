import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/core/csv.ts';
import { readCsvRecords, recordList } from '../../src/core/live-records.ts';

describe('readCsvRecords (a previous version, kept compactly)', () => {
  it('gives each row value by column name, whatever the order asked, and undefined for a column it lacks', async () => {
    const records = await readCsvRecords('Code,Name,Open\nA,"x, y",true\nB,"line1\nline2",false\n', 'f.csv');
    expect(records.length).toBe(2);
    expect(records.value(1, 'Name')).toBe('line1\nline2');
    expect(records.value(0, 'Open')).toBe('true');
    expect(records.value(1, 'Code')).toBe('B');
    expect(records.value(0, 'Name')).toBe('x, y');
    expect(records.value(0, 'Missing')).toBeUndefined();
  });

  it('keeps a cell holding the packing character exactly, and leaves ragged rows out', async () => {
    const records = await readCsvRecords('Code,Name\nA,"a\u0000b"\nB\nC,c\n', 'f.csv');
    expect(records.length).toBe(2);
    expect(records.value(0, 'Name')).toBe('a\u0000b');
    expect(records.value(1, 'Name')).toBe('c');
  });

  it('reads the same rows as readCsv for a large text, a surrogate pair on the slice boundary included', async () => {
    // 65,535 characters of the first row end just before an emoji: its two halves fall either side of a 64 Ki slice.
    const head = 'Code,Name\n';
    const first = `A,${'x'.repeat(65_536 - head.length - 3)}`;
    const text = `${head}${first}😀z\nB,é😀\n`;
    expect(text.charCodeAt(65_535)).toBe(0xd83d);
    const table = await readCsv(text, 'f.csv');
    const records = await readCsvRecords(text, 'f.csv');
    expect(records.length).toBe(table.rows.length);
    expect(records.value(0, 'Name')).toBe(table.rows[0]?.cells[1]);
    expect(String(records.value(0, 'Name')).endsWith('😀z')).toBe(true);
    expect(records.value(1, 'Name')).toBe('é😀');
  });

  it('recordList reads objects the same way', () => {
    const records = recordList([{ key: 'A', n: 1 }, { key: 'B' }]);
    expect([records.length, records.value(0, 'n'), records.value(1, 'n'), records.value(5, 'key')]).toEqual([
      2,
      1,
      undefined,
      undefined,
    ]);
  });
});
