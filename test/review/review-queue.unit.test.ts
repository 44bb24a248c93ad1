import { describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import { planLabel } from '../../src/core/plan-label.ts';
import { readersSentence } from '../../src/core/report/plan.ts';
import { readersOf } from '../../src/providers/genesys/readers.ts';
import { commentMarker, outdatedNote, staleTables, withOutdatedNote } from '../../src/review/protocol.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';

const plan = (source: string, live: Record<string, unknown>[], mode: 'replace' | 'append' = 'replace') =>
  planTable({
    file: 'h.csv',
    table: { id: 't', name: 'Holidays' },
    schema: holidaysSchema,
    mode,
    maxDeletes: { percent: 100 },
    limits,
    source,
    liveRecords: live,
  });

describe('what reads a table', () => {
  it('names the first page of readers, leaves out deleted ones, and counts the rest from total', () => {
    const readers = readersOf(
      {
        total: 30,
        entities: [
          { name: 'Main IVR', type: 'INBOUNDCALLFLOW' },
          { name: 'Old flow', type: 'INBOUNDCALLFLOW', deleted: true },
          { name: 'Callbacks', type: 'WORKFLOW' },
          { name: 'Odd', type: 'SOMENEWFLOW' },
        ],
      },
      'OPERATIONAL',
    );
    expect(readers).toMatchObject({ total: 29, allFlows: true });
    expect(readers.shown).toEqual([
      { name: 'Main IVR', kind: 'inbound call flow' },
      { name: 'Callbacks', kind: 'workflow' },
      { name: 'Odd', kind: 'somenew flow' },
    ]);
    expect(readersSentence(readers, true)).toBe(
      'Read by 29 flows: Main IVR (inbound call flow), Callbacks (workflow), Odd (somenew flow), and 26 more.',
    );
  });

  it('says flows and resources when not every reader is a flow, no flow when there is none, and escapes names', () => {
    const mixed = readersOf(
      {
        entities: [
          { name: 'IVR *1* <b>', type: 'INBOUNDCALLFLOW' },
          { name: 'Script', type: 'COMPOSERSCRIPT' },
        ],
      },
      'OPERATIONAL',
    );
    expect(readersSentence(mixed, false)).toBe('Read by 2 flows and resources: IVR \\*1\\* &#60;b&#62;, Script.');
    expect(readersSentence(readersOf({ entities: [], total: 0 }, 'OPERATIONAL'), true)).toBe(
      'Read by no flow (Genesys dependency tracking).',
    );
  });
});

describe('plans made stale', () => {
  const marker = { hash: 'h', sha: 's', tables: [{ table: 'Holidays', hash: 'a', added: 0, updated: 0, deleted: 0 }] };

  it('finds the changed tables a plan comment covers', () => {
    expect(staleTables(marker, new Set(['Holidays', 'Queues']))).toEqual(['Holidays']);
    expect(staleTables(marker, new Set(['Queues']))).toEqual([]);
    expect(staleTables(undefined, new Set(['Holidays']))).toEqual([]);
  });

  it('puts the note after the hidden markers, replaces an earlier one, and keeps the rest as it was', () => {
    const body = `${commentMarker('abc')}\n<!-- datatable-sync-plan:{"hash":"h","sha":"s"} -->\n\n## Data tables plan\n\nrest`;
    const once = withOutdatedNote(body, outdatedNote(['Holidays'], 'main', '0123456789abcdef')) as string;
    const lines = once.split('\n');
    expect(lines.slice(0, 2)).toEqual(body.split('\n').slice(0, 2));
    expect(lines[3]).toBe('> [!WARNING]');
    expect(lines[4]).toContain('**Holidays** changed on <code>main</code> at `0123456` after this plan was made');
    expect(once.endsWith('\n\n## Data tables plan\n\nrest')).toBe(true);
    const twice = withOutdatedNote(once, outdatedNote(['Holidays', 'Queues'], undefined, 'fedcba9876')) as string;
    expect(twice.match(/\[!WARNING\]/g)).toHaveLength(1);
    expect(twice).toContain('**Holidays**, **Queues** changed at `fedcba9` after');
    expect(twice.endsWith('\n\n## Data tables plan\n\nrest')).toBe(true);
    // Past GitHub's limit the comment is left alone.
    expect(withOutdatedNote(`${body}${'x'.repeat(65_400)}`, outdatedNote(['Holidays'], 'main', 'abc'))).toBeUndefined();
  });

  it('escapes a table name in the note', () => {
    expect(outdatedNote(['*Bold* [x](y)'], 'main', 'abc')).toContain('**\\*Bold\\* &#91;x&#93;(y)**');
  });
});

describe('the plan label', () => {
  const live = [{ key: 'A', Closed: true }, { key: 'B' }];
  it('is blocked before deletes before changes before none', async () => {
    expect(planLabel([await plan('Holiday,Closed\nA,maybe\nB,\n', live)], []).name).toBe('datatables: blocked');
    expect(planLabel([await plan('Holiday,Closed\nA,true\n', live)], []).name).toBe('datatables: deletes');
    expect(planLabel([await plan('Holiday,Closed\nA,true\nB,\nC,\n', live)], []).name).toBe('datatables: changes');
    expect(planLabel([await plan('Holiday,Closed\nA,true\nB,\n', live)], []).name).toBe('datatables: no changes');
    expect(planLabel([], [{ file: 'x.csv', table: 'X', message: 'no such table' }]).name).toBe('datatables: blocked');
  });
});
