import { describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import { escapeMarkdown, FULL_DETAIL } from '../../src/core/report/markdown.ts';
import { renderPlanReport } from '../../src/core/report/plan.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';

async function plan(csvText: string, live: Record<string, unknown>[]) {
  return planTable({
    file: 'data/h.csv',
    table: { id: 't1', name: 'Holidays' },
    schema: holidaysSchema,
    source: csvText,
    liveRecords: live,
    mode: 'replace',
    maxDeletes: { percent: 100 },
    limits,
  });
}

describe('escapeMarkdown', () => {
  it('keeps cell values from becoming markup, links, mentions or extra table columns', () => {
    const escaped = escapeMarkdown('a|b `x` <script>alert(1)</script> @team #12 [l](http://e.x) ![i](y) www.e.x\nz');
    const withoutEntities = escaped.replace(/&#[0-9]+;|<br>/g, '');
    expect(withoutEntities).not.toMatch(/[|`<>[\]]/);
    expect(withoutEntities).not.toMatch(/@\w|#\d/);
    expect(escaped).not.toContain('://');
    expect(escaped).not.toContain('www.');
    expect(escaped).toContain('&#60;script&#62;');
    expect(escapeMarkdown('line1\r\nline2')).toBe('line1<br>line2');
  });

  it('writes every `$` in a span, so no two of them delimit math on GitHub', () => {
    expect(escapeMarkdown('$\\huge\\color{red}\\text{Closed}$')).toBe(
      '<span>$</span>\\\\huge\\\\color{red}\\\\text{Closed}<span>$</span>',
    );
    expect(escapeMarkdown('a $$b$$').replace(/<span>\$<\/span>/g, '')).not.toContain('$');
  });
});

describe('renderPlanReport', () => {
  it('puts the counts first, shows deletions outside folds and old -> new for each changed cell', async () => {
    const report = renderPlanReport({
      mode: 'plan',
      plans: [
        await plan('Holiday,Surcharge\nA,2\nB,1\n', [
          { key: 'A', Surcharge: 1 },
          { key: 'Gone', Surcharge: 3 },
        ]),
      ],
      failures: [],
    });
    expect(report).toContain('**Plan:** 1 to add, 1 to change, 1 to delete, 0 unchanged.');
    expect(report).toContain('| 1 | 1 | 1 | 0 | 0 |');
    const deletedAt = report.indexOf('**Deleted rows (1)**');
    expect(deletedAt).toBeGreaterThan(0);
    expect(report.lastIndexOf('<details>', deletedAt)).toBe(-1);
    expect(report).toContain('| A | Surcharge | 1 | 2 |');
  });

  it(`shows the first ${FULL_DETAIL.rows} rows of each kind and counts the rest`, async () => {
    const lines = Array.from({ length: FULL_DETAIL.rows + 7 }, (_, i) => `k${String(i).padStart(3, '0')},1`);
    const report = renderPlanReport({
      mode: 'plan',
      plans: [await plan(`Holiday,Surcharge\n${lines.join('\n')}\n`, [])],
      failures: [],
    });
    expect(report).toContain('k049');
    expect(report).not.toContain('k050');
    expect(report).toContain('…and 7 more');
  });

  it('lists invalid cells with file:line and says nothing is applied', async () => {
    const report = renderPlanReport({
      mode: 'plan',
      plans: [await plan('Holiday,Closed\nA,maybe\n', [])],
      failures: [],
    });
    expect(report).toContain('**Invalid rows (1)**');
    expect(report).toContain('data/h.csv:2 column "Closed" value "maybe"');
    // The top line says the counts are the valid rows', and what the invalid one would do once fixed.
    expect(report).toContain(
      '**Plan for the valid rows:** 0 to add, 0 to change, 0 to delete, 0 unchanged. The 1 invalid row would add 1, change 0 and leave 0 unchanged once fixed.',
    );
    expect(report).toContain('Once fixed, they would add 1 row (not counted above).');
  });

  it('shows a few changed rows in the open, and marks the changed words of a long text', async () => {
    const live = [{ key: 'A', Greeting: "We're open with reduced hours, 9:00-14:00, and closed after." }];
    const report = renderPlanReport({
      mode: 'plan',
      plans: [
        await plan('Holiday,Greeting\nA,"We\'re open with reduced hours, 9:00-15:00, and closed after."\n', live),
      ],
      failures: [],
    });
    expect(report).toContain('**Changed rows (1)**');
    expect(report).not.toContain('<details><summary>Changed rows');
    expect(report).toContain(
      '| A | Greeting | …reduced hours, <del>9:00-14:00,</del> and closed… | …reduced hours, <ins>9:00-15:00,</ins> and closed… |',
    );
    expect(report).not.toContain('API request');
  });
});

describe('append mode', () => {
  it('says that nothing is deleted', async () => {
    const plan = await planTable({
      file: 'data/h.csv',
      table: { id: 't1', name: 'Holidays' },
      schema: holidaysSchema,
      source: 'Holiday\nA\n',
      liveRecords: [{ key: 'B' }],
      mode: 'append',
      maxDeletes: { count: 0 },
      limits,
    });
    const report = renderPlanReport({ mode: 'plan', plans: [plan], failures: [] });
    expect(report).toContain('Import mode: **append** (live rows not in the file are kept: nothing is deleted)');
    expect(report).toContain('| 1 | 0 | 0 | 1 | 0 |');
  });
});

describe('the rows of a table that cannot be read', () => {
  it("gives the vendor's own count, or says it is not known, and never calls a table with rows empty", async () => {
    const base = await plan('Holiday,Surcharge\nA,2\n', []);
    const render = (rowsInTable: number | null | undefined) =>
      renderPlanReport({
        mode: 'plan',
        plans: [{ ...base, ...(rowsInTable === undefined ? {} : { rowsInTable }) }],
        failures: [],
      });
    expect(render(undefined)).toContain('Live rows: 0.');
    expect(render(3)).toContain(
      "Rows in the table: 3 (the vendor's count; its rows cannot be read); compared with the 0 rows of the file's earlier version.",
    );
    expect(render(3)).not.toContain('Live rows');
    expect(render(null)).toContain('Rows in the table: not known (its rows cannot be read)');
  });
});
