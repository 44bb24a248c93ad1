import { describe, expect, it } from 'vitest';
import type { TablePlan } from '../src/core/plan.ts';
import type { LiveTable, Provider } from '../src/providers/provider.ts';
import { findReaders, type PlannedRun } from '../src/run/plan.ts';

// findReaders asks no more tables than the provider's rate-limit room, in the plan's order, and says so.
function run(tables: number): PlannedRun {
  return {
    failures: [],
    tables: Array.from({ length: tables }, (_, i) => ({
      table: { id: `id-${i}`, name: `T${i}` } as LiveTable,
      plan: {
        table: { id: `id-${i}`, name: `T${i}` },
        diff: { added: [{ key: 'k' }], updated: [], deleted: [], unchanged: 0 },
      } as unknown as TablePlan,
      file: {} as never,
      liveRecords: [] as never,
    })),
  };
}

function provider(room: number, asked: string[]): Provider {
  return {
    readers: async (table: LiveTable) => {
      asked.push(table.name);
      return { total: 0, shown: [], allFlows: true, source: 'Genesys dependency tracking' };
    },
    readersRoom: () => ({ tables: room, budget: '300 requests a minute' }),
  } as unknown as Provider;
}

describe('findReaders within the rate limit', () => {
  it('asks the first tables that fit and marks the others not asked', async () => {
    const planned = run(5);
    const asked: string[] = [];
    const notice = await findReaders(planned, provider(2, asked), 4, () => {});
    expect(asked).toEqual(['T0', 'T1']);
    expect(planned.tables.map((t) => t.plan.readers?.notAsked ?? 'asked')).toEqual([
      'asked',
      'asked',
      "the plan kept within the rate limit's budget (300 requests a minute)",
      "the plan kept within the rate limit's budget (300 requests a minute)",
      "the plan kept within the rate limit's budget (300 requests a minute)",
    ]);
    expect(notice).toBe(
      'What reads each changed table was asked for the first 2 of 5 changed tables, within the rate limit\'s budget (300 requests a minute) left after reading them; the other 3 say "Readers not asked".',
    );
  });

  it('asks none when the plan spent the room, and says so without "the first 0"', async () => {
    const planned = run(3);
    const asked: string[] = [];
    const notice = await findReaders(planned, provider(0, asked), 4, () => {});
    expect(asked).toEqual([]);
    expect(planned.tables.every((t) => t.plan.readers?.notAsked !== undefined)).toBe(true);
    expect(notice).toBe(
      'What reads each changed table was not asked: reading the tables spent the rate limit\'s budget (300 requests a minute) for now; each says "Readers not asked".',
    );
  });

  it('asks every changed table when they fit, with no notice', async () => {
    const planned = run(3);
    const asked: string[] = [];
    expect(await findReaders(planned, provider(3, asked), 4, () => {})).toBeUndefined();
    expect(asked).toEqual(['T0', 'T1', 'T2']);
  });
});
