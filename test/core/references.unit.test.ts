import { describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import {
  batches,
  holdReferences,
  idsByKind,
  pointsAtNothing,
  previousIds,
  ReferenceCells,
  type ReferenceColumns,
} from '../../src/core/references.ts';
import { renderTablePlan } from '../../src/core/report/plan.ts';
import type { TableSchema } from '../../src/core/schema.ts';
import { readSchemaFile, schemaFileText } from '../../src/core/schema-file.ts';
import { limits } from '../support/schemas.ts';

const SUPPORT = '1e0f9a8b-4c2d-4e6f-8a1b-3c5d7e9f0a12';
const BILLING = '2a4c6e80-1b3d-4f5a-9c7e-0d2f4a6b8c14';
const GONE = '9f9f9f9f-0000-4000-8000-000000000001';
const schema: TableSchema = {
  fields: [
    { name: 'key', title: 'Route', type: 'string', isKey: true },
    { name: 'queue_id', title: 'Queue', type: 'string', isKey: false },
    { name: 'note', title: 'Note', type: 'string', isKey: false },
  ],
};
const columns: ReferenceColumns = { queue_id: 'queue' };
const ORG = 'the Genesys org at api.mypurecloud.ie';

async function plan(source: string, live: Record<string, unknown>[]) {
  const cells = new ReferenceCells(columns);
  const planned = await planTable({
    file: 'tables/Routes.csv',
    table: { id: 't', name: 'Routes' },
    schema,
    mode: 'replace',
    maxDeletes: { percent: 100 },
    limits,
    source,
    liveRecords: live,
    onValidRow: (key, row, line) => cells.row(key, row, line),
  });
  return { planned, cells };
}

const live = [
  { key: 'sales', queue_id: SUPPORT, note: '' },
  { key: 'old', queue_id: GONE, note: '' },
];
const file = `Route,Queue,Note\nsales,${SUPPORT},\nold,${GONE},\nbilling,${BILLING},new\nlost,${GONE},\n`;

describe('reference columns held against the org', () => {
  it('checks the rows the plan writes only; a missing id blocks, naming file:line, column, id and org', async () => {
    const { planned, cells } = await plan(file, live);
    const toCheck = cells.toCheck(planned.diff, false);
    expect(toCheck.map((c) => [c.key, c.line])).toEqual([
      ['billing', 4],
      ['lost', 5],
    ]);
    expect(idsByKind(toCheck)).toEqual(new Map([['queue', [BILLING, GONE]]]));
    holdReferences(planned, toCheck, new Map([['queue', new Map([[BILLING, 'Billing']])]]), ORG, columns);
    expect(planned.refusals).toEqual([`1 id points at no queue in ${ORG}: tables/Routes.csv:5 column "Queue" ${GONE}`]);
    expect(planned.problems).toEqual([
      expect.objectContaining({ severity: 'error', kind: 'missing-reference', line: 5, column: 'Queue', value: GONE }),
    ]);
    // The unchanged row (line 3) pointing at the same deleted queue is not a change of this plan: not checked.
    const text = renderTablePlan(planned);
    // Two missing ids are counted as two, in plain words.
    const both = await plan(file, live);
    holdReferences(
      both.planned,
      both.cells.toCheck(both.planned.diff, false),
      new Map([['queue', new Map()]]),
      ORG,
      columns,
    );
    expect(both.planned.refusals[0]).toMatch(/^2 ids point at no queue in /);
    expect(text).toContain('| billing | 2a4c6e80… (Billing) | new |');
    expect(text).toContain(`tables/Routes.csv:5 column "Queue" value "${GONE}": no queue has this id in ${ORG}`);
  });

  it('on a drift check, an id under an unchanged row that points at nothing is drift, not a refusal', async () => {
    const { planned, cells } = await plan(`Route,Queue,Note\nsales,${SUPPORT},\nold,${GONE},\n`, live);
    const toCheck = cells.toCheck(planned.diff, true);
    expect(toCheck).toHaveLength(2);
    holdReferences(planned, toCheck, new Map([['queue', new Map([[SUPPORT, 'Support EN']])]]), ORG, columns);
    expect(planned.refusals).toEqual([]);
    expect(pointsAtNothing(planned)).toBe(true);
    expect(planned.problems[0]).toMatchObject({ line: 3, value: GONE });
    expect(planned.problems[0]?.message).toContain('drift: this row is unchanged');
  });

  it('leaves a kind the org was not asked about unchecked (a refused permission): nothing blocks', async () => {
    const { planned, cells } = await plan(file, live);
    holdReferences(planned, cells.toCheck(planned.diff, false), new Map(), ORG, columns);
    expect(planned.refusals).toEqual([]);
    expect(planned.problems).toEqual([]);
  });

  it('names a changed id old and new', async () => {
    const { planned, cells } = await plan(`Route,Queue,Note\nsales,${BILLING},\nold,${GONE},\n`, live);
    const names = new Map([
      [SUPPORT, 'Support EN'],
      [BILLING, 'Billing'],
    ]);
    // The id the cell held before is looked up too, for its name.
    expect(previousIds(planned.diff, columns)).toEqual([{ kind: 'queue', id: SUPPORT }]);
    holdReferences(planned, cells.toCheck(planned.diff, false), new Map([['queue', names]]), ORG, columns);
    expect(renderTablePlan(planned)).toContain('| sales | Queue | 1e0f9a8b… (Support EN) | 2a4c6e80… (Billing) |');
  });

  it('cuts ids into lookups of 100', () => {
    const ids = Array.from({ length: 250 }, (_, i) => String(i));
    expect(batches(ids).map((b) => b.length)).toEqual([100, 100, 50]);
  });

  it('reads "references" from the schema file, refuses unknown kinds and non-string columns, and export keeps them', () => {
    const text = JSON.stringify({
      table: 'Routes',
      fields: [
        { name: 'key', title: 'Route', type: 'string', key: true },
        { name: 'queue_id', title: 'Queue', type: 'string', references: 'queue' },
      ],
    });
    const read = readSchemaFile(text, 'Routes.schema.json');
    expect(read.references).toEqual({ queue_id: 'queue' });
    expect(readSchemaFile(schemaFileText('Routes', read, read.references), 'R.schema.json').references).toEqual({
      queue_id: 'queue',
    });
    expect(() => readSchemaFile(text.replace('"queue"', '"queues"'), 'R.schema.json')).toThrow(
      'field "queue_id" has references "queues"; use one of queue, user, schedule-group, skill, wrap-up-code, flow',
    );
    const integer = text.replace('"title":"Queue","type":"string"', '"title":"Queue","type":"integer"');
    expect(() => readSchemaFile(integer, 'R.schema.json')).toThrow('must be a string field');
  });

  it('calls a name in a reference column what it is: not an id', async () => {
    const { planned, cells } = await plan(`Route,Queue,Note\nsales,${SUPPORT},\nnew,Support EN,\n`, live);
    const form = { pattern: /^[0-9a-f-]{36}$/, example: SUPPORT };
    holdReferences(planned, cells.toCheck(planned.diff, false), new Map([['queue', new Map()]]), ORG, columns, form);
    expect(planned.problems[0]).toMatchObject({ line: 3, value: 'Support EN' });
    expect(planned.problems[0]?.message).toBe(
      `this is not a queue id (ids look like ${SUPPORT}; a name is not one): put the queue's id here, and the plan shows its name beside it`,
    );
    expect(planned.refusals).toHaveLength(1);
  });
});
