import { describe, expect, it } from 'vitest';
import { pickDriftTables, updateDriftRecord } from '../../src/core/drift-rotation.ts';
import { driftRecordLine, readDriftRecord } from '../../src/review/protocol.ts';

const hour = 3_600_000;
const now = Date.parse('2026-12-06T12:00:00Z');
const at = (hoursAgo: number) => new Date(now - hoursAgo * hour).toISOString();

describe('pickDriftTables', () => {
  it('picks never-checked tables first, then those checked longest ago, in config order', () => {
    const record = {
      A: { at: at(1), drifted: false },
      B: { at: at(30), drifted: false },
      D: { at: at(5), drifted: true },
    };
    const pick = pickDriftTables(['A', 'B', 'C', 'D'], record, 2, 0, now);
    expect(pick).toEqual({ picked: ['B', 'C'], resting: 0, later: 2 });
  });

  it('never checks a table again within the floor, even when fewer are due than the count', () => {
    const record = { A: { at: at(1), drifted: false }, B: { at: at(13), drifted: false } };
    expect(pickDriftTables(['A', 'B'], record, 5, 12 * hour, now)).toEqual({ picked: ['B'], resting: 1, later: 0 });
  });

  it('takes a time in the future or unreadable (an edited issue) as never checked: no edit keeps a table from being due', () => {
    const record = {
      A: { at: at(-1000), drifted: false },
      B: { at: 'tomorrow', drifted: false },
      C: { at: at(1), drifted: false },
    };
    expect(pickDriftTables(['A', 'B', 'C'], record, 5, 12 * hour, now)).toEqual({
      picked: ['A', 'B'],
      resting: 1,
      later: 0,
    });
  });

  it('over enough runs checks every table, each within ceil(n / perRun) runs', () => {
    const tables = Array.from({ length: 23 }, (_, i) => `T${i}`);
    let record = {};
    const seen = new Map<string, number>();
    for (let run = 0; run < 10; run++) {
      const time = now + run * hour;
      const { picked } = pickDriftTables(tables, record, 5, 0, time);
      expect(picked).toHaveLength(5);
      for (const t of picked) {
        const last = seen.get(t);
        if (last !== undefined) expect(run - last).toBeGreaterThanOrEqual(4);
        seen.set(t, run);
      }
      record = updateDriftRecord(
        record,
        tables,
        picked.map((table) => ({ table, drifted: false })),
        time,
      );
    }
    expect(seen.size).toBe(23);
  });
});

describe('the record in the drift issue', () => {
  it('round-trips through its hidden line, keeps `--` from closing the comment, and drops tables no longer configured', () => {
    const record = updateDriftRecord(
      { Gone: { at: at(2), drifted: true }, 'a--b': { at: at(3), drifted: false } },
      ['a--b', 'New'],
      [{ table: 'New', drifted: true }],
      now,
    );
    const line = driftRecordLine(record);
    expect(line.slice(4, -3)).not.toContain('--');
    expect(readDriftRecord(`text\n${line}\nmore`)).toEqual({
      'a--b': { at: at(3), drifted: false },
      New: { at: new Date(now).toISOString(), drifted: true },
    });
  });

  it('reads nothing from a body without one, or a broken one', () => {
    expect(readDriftRecord('no record')).toEqual({});
    expect(readDriftRecord('<!-- datatable-sync-drift-checked:{oops -->')).toEqual({});
    expect(readDriftRecord('<!-- datatable-sync-drift-checked:{"A":{"at":"never"}} -->')).toEqual({});
  });
});
