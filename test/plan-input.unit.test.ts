import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCsvRecords } from '../src/core/live-records.ts';
import type { TablePlan } from '../src/core/plan.ts';
import type { TableSchema } from '../src/core/schema.ts';
import type { DataFile } from '../src/inputs/data-files.ts';
import type { LiveTable, Provider } from '../src/providers/provider.ts';
import { planAgainstPrevious, planOneLive } from '../src/run/plan.ts';

// Every plan of a file is made from one PlanInput builder (src/run/plan.ts): a plan against a previous version of the
// file (a vendor that cannot read its rows) must hold the file to exactly the limits a plan against live rows does.
// Each limit below changes the plan when applied, so a builder that dropped or changed one would make them differ.

const PREVIOUS = 'code,count,label\naa,1,a\nbb,2,b\ncc,3,c\n';
// "bb" gets a non-number count (the header schema's type), "toolong" is past the key length, "!!" breaks the vendor's
// cell rule, "cc" is deleted, and the last row is past the table's row limit.
const CURRENT = 'code,count,label\naa,1,a\nbb,x,b\ntoolong,4,t\ndd,5,!!\nee,6,e\nff,7,f\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plan-input-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function dataFile(): DataFile {
  const absolutePath = path.join(dir, 'toy.csv');
  writeFileSync(absolutePath, CURRENT);
  return {
    relativePath: 'toy.csv',
    absolutePath,
    open: () => Readable.from([Buffer.from(CURRENT)]),
    table: 'Toy',
    importMode: 'replace',
    maxDeletes: { count: 0 },
    allowShapeChange: ['Nope'],
    delimiter: ',',
  };
}

/** A vendor without readable rows, whose table names its columns' types only through headerSchema. */
function toyProvider(deletes: boolean): Provider {
  const headerSchema = (header: readonly string[]): TableSchema => ({
    fields: header.map((name, index) => ({
      name,
      title: name,
      type: name === 'count' ? 'integer' : 'string',
      isKey: index === 0,
    })),
  });
  const table: LiveTable = {
    id: 'toy-1',
    name: 'Toy',
    limits: { maxRows: 5, maxKeyLength: 4 },
    keyColumn: 'code',
    headerSchema,
  };
  return {
    name: 'toy',
    capabilities: {
      readsLiveRows: false,
      deletes,
      reportsJobStatus: false,
      replacesWholeTable: false,
      describe: 'Toy tables',
      maxUploadBytes: 10,
      checkCell: (_column: string, value: string) => (value === '!!' ? 'Toy tables refuse "!!"' : undefined),
    },
    getTable: async () => table,
    // As planAgainstPrevious reads it: the previous version's rows.
    readRows: async () => ({ records: await readCsvRecords(PREVIOUS, 'previous'), source: 'the previous version' }),
  } as unknown as Provider;
}

/** What a plan decided, without the row store that holds its added rows. */
function decided(plan: TablePlan) {
  return {
    hash: plan.hash,
    mode: plan.mode,
    limits: plan.limits,
    validRows: plan.validRows,
    invalidRows: plan.invalidRows,
    problems: plan.problems,
    refusals: plan.refusals,
    deleted: plan.diff.deleted.map((d) => d.key),
    notApplied: plan.notApplied.map((d) => d.key),
    notAppliedReason: plan.notAppliedReason,
  };
}

describe('a plan against the previous version of a file and one against live rows', () => {
  for (const deletes of [true, false]) {
    it(`hold the file to the same limits (a vendor that ${deletes ? 'deletes' : 'cannot delete'})`, async () => {
      const provider = toyProvider(deletes);
      const previous = await planAgainstPrevious([dataFile()], async () => PREVIOUS, provider);
      const live = await planOneLive(dataFile(), provider, () => {});
      const offline = previous.tables[0]?.plan as TablePlan;
      expect(previous.failures).toEqual([]);
      expect(decided(offline)).toEqual(decided(live.plan));

      // Each limit shows, so that the equality above covers it.
      const messages = offline.problems.map((p) => p.message).join('\n');
      expect(messages).toMatch(/integer/i);
      expect(messages).toContain('Toy tables refuse "!!"');
      expect(messages).toContain('more rows than the table allows (5)');
      expect(messages).toContain('names "Nope"');
      expect(messages).toContain('the table allows at most 4');
      const refusals = offline.refusals.join('\n');
      expect(refusals).toContain('take at most 10 bytes');
      if (deletes) {
        expect(offline.diff.deleted.map((d) => d.key)).toEqual(['cc']);
        expect(refusals).toContain('max-deletes (0) allows 0');
        expect(refusals).toContain('the table allows at most 5');
        expect(offline.notAppliedReason).toBeUndefined();
      } else {
        expect(offline.notApplied.map((d) => d.key)).toEqual(['cc']);
        expect(offline.notAppliedReason).toBe('Toy tables cannot delete rows: remove them there if they should go');
      }
    });
  }
});
