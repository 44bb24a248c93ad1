import { describe, expect, it } from 'vitest';
import type { TableEdit } from '../src/core/audit-trail.ts';
import { planTable } from '../src/core/plan.ts';
import type { TableSchema } from '../src/core/schema.ts';
import { MissingPermissionError, type Provider, ProviderError } from '../src/providers/provider.ts';
import { findEditors, MAX_AUDITED_TABLES } from '../src/run/edits-outside-git.ts';
import type { PlannedRun } from '../src/run/plan.ts';
import { limits } from './support/schemas.ts';

const schema: TableSchema = {
  fields: [
    { name: 'key', title: 'Key', type: 'string', isKey: true },
    { name: 'v', title: 'V', type: 'string', isKey: false },
  ],
};

/** `count` tables, each with one row changed outside git. */
async function drifted(count: number): Promise<Pick<PlannedRun, 'tables'>> {
  const tables = [];
  for (let i = 0; i < count; i++) {
    const plan = await planTable({
      file: `tables/T${i}.csv`,
      table: { id: `id-${i}`, name: `T${i}` },
      schema,
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits,
      source: 'Key,V\na,git\n',
      liveRecords: [{ key: 'a', v: 'live' }],
    });
    tables.push({ plan });
  }
  return { tables } as unknown as Pick<PlannedRun, 'tables'>;
}

/** A provider with only what findEditors asks: an audit log answering with `answer`, counting the tables asked. */
function withAudit(answer: (tables: readonly { id: string }[]) => Promise<TableEdit[]>) {
  const asked: string[][] = [];
  const provider = {
    auditDays: 14,
    tableEdits: (tables: readonly { id: string }[]) => {
      asked.push(tables.map((t) => t.id));
      return answer(tables);
    },
  } as unknown as Provider;
  return { provider, asked };
}

const options = (named = true) => ({ log: () => {}, now: Date.parse('2026-12-06T00:00:00Z'), named });

describe('who changed the drifted tables, asked of the vendor', () => {
  it(`asks about ${MAX_AUDITED_TABLES} drifted tables at most, and says how many more are not named`, async () => {
    const { provider, asked } = withAudit(async (tables) =>
      tables.map((t) => ({
        tableId: t.id,
        rowKey: 'a',
        action: 'changed',
        who: 'Jane',
        by: 'user',
        at: '2026-12-05T10:00:00.000Z',
      })),
    );
    const found = await findEditors(await drifted(MAX_AUDITED_TABLES + 3), provider, options());
    expect(asked).toHaveLength(1);
    expect(asked[0]).toHaveLength(MAX_AUDITED_TABLES);
    expect(found.lines).toHaveLength(MAX_AUDITED_TABLES);
    expect(found.lines[0]).toBe('T0: row "a" changed by Jane (user) on 2026-12-05 10:00 UTC');
    expect(found.notice).toContain('3 more are not named');
  });

  it('without the permission: one notice naming it; another failure: a notice that the log says why', async () => {
    const refused = withAudit(async () => {
      throw new MissingPermissionError('403', 'audits:audit:view');
    });
    const noPermission = await findEditors(await drifted(2), refused.provider, options());
    expect(noPermission.lines).toEqual([]);
    expect(noPermission.notice).toContain('lacks the permission audits:audit:view');
    const failing = withAudit(async () => {
      throw new ProviderError('Genesys answered 503');
    });
    const logged: string[] = [];
    const failed = await findEditors(await drifted(1), failing.provider, { ...options(), log: (m) => logged.push(m) });
    expect(failed.notice).toContain('the audit log could not be read');
    expect(logged.join('\n')).toContain('Genesys answered 503');
  });

  it('asks nothing when names are not wanted, when no table drifted, or of a vendor without an audit log', async () => {
    const { provider, asked } = withAudit(async () => []);
    expect(await findEditors(await drifted(2), provider, options(false))).toEqual({ lines: [] });
    expect(await findEditors(await drifted(0), provider, options())).toEqual({ lines: [] });
    expect(asked).toEqual([]);
    expect(await findEditors(await drifted(2), {} as Provider, options())).toEqual({ lines: [] });
  });
});
