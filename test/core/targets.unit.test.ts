import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSelection, selectTargets, type TargetTable, unknownNames } from '../../src/core/targets.ts';

const table = (name: string, entry = `{"file":"tables/${name}.csv"}`): TargetTable => ({
  table: name,
  file: `tables/${name}.csv`,
  related: [`tables/${name}.schema.json`, `tables/${name}.schema.yaml`, `tables/${name}.schema.yml`],
  entry,
});
const tables = ['Holidays', 'Queues', 'Skills'].map((n) => table(n));
const changed = (...paths: string[]) => ({ known: true as const, paths });

describe('selectTargets', () => {
  it('plans the table whose CSV changed, and only it', () => {
    const selection = selectTargets(tables, { targets: 'changed', changed: changed('tables/Queues.csv', 'README.md') });
    expect(selection.targets.map((t) => [t.table, t.reasons])).toEqual([
      ['Queues', [{ why: 'csv', path: 'tables/Queues.csv' }]],
    ]);
    expect(selection.skipped.map((t) => t.table)).toEqual(['Holidays', 'Skills']);
    expect(describeSelection(selection, 3)).toBe(
      'Planned 1 of 3 tables: Queues (tables/Queues.csv changed in this pull request); the other 2 were not read (none of their CSV files, schema files or config entries changed in this pull request). The apply plans every table, and refuses a table this plan did not show that it would change.',
    );
  });

  it('matches a checkout in a folder of the workspace: a workspace path ending with a changed path', () => {
    const nested = [table('Holidays'), table('Queues')].map((t) => ({ ...t, file: `repo/${t.file}` }));
    const selection = selectTargets(nested, { targets: 'changed', changed: changed('tables/Queues.csv') });
    expect(selection.targets.map((t) => t.table)).toEqual(['Queues']);
    // Only whole path segments: `les/Queues.csv` is not a suffix of `tables/Queues.csv` for this purpose.
    expect(selectTargets(nested, { targets: 'changed', changed: changed('les/Queues.csv') }).targets).toEqual([]);
  });

  it('matches a workspace in a folder of the repository: a changed path ending with the workspace path', () => {
    const selection = selectTargets(tables, { targets: 'changed', changed: changed('ops/tables/Queues.csv') });
    expect(selection.targets.map((t) => t.table)).toEqual(['Queues']);
    expect(selectTargets(tables, { targets: 'changed', changed: changed('ops/xtables/Queues.csv') }).targets).toEqual(
      [],
    );
  });

  it('plans a table whose schema file changed, or that is named (by name or CSV path)', () => {
    const selection = selectTargets(tables, {
      targets: 'changed',
      named: ['tables/Skills.csv'],
      changed: changed('tables/Holidays.schema.yaml'),
    });
    expect(selection.targets.map((t) => [t.table, t.reasons.map((r) => r.why)])).toEqual([
      ['Holidays', ['schema-file']],
      ['Skills', ['named']],
    ]);
  });

  it('plans the tables whose config entry changed, compared with the entries at the base', () => {
    const config = {
      path: 'tables.yml',
      baseEntries: { known: true as const, entries: ['{"file":"tables/Holidays.csv"}'] },
    };
    const selection = selectTargets(tables, { targets: 'changed', changed: changed('tables.yml'), config });
    expect(selection.targets.map((t) => t.table)).toEqual(['Queues', 'Skills']);
    expect(selection.targets[0]?.reasons).toEqual([{ why: 'config-entry', path: 'tables.yml' }]);
    // The config file unchanged: its entries are not compared at all.
    expect(selectTargets(tables, { targets: 'changed', changed: changed('x'), config }).targets).toEqual([]);
  });

  it('plans every table when anything it needs is not known', () => {
    const why = (request: Parameters<typeof selectTargets>[1]) => selectTargets(tables, request).allBecause;
    expect(why({ targets: 'changed', changed: { known: false, why: 'GitHub answered 502' } })).toBe(
      'GitHub answered 502',
    );
    expect(why({ targets: 'changed' })).toBe('this run is not for a pull request');
    expect(why({ targets: 'changed', changed: changed('.github/workflows/plan.yml') })).toBe(
      ".github/workflows/plan.yml changed in this pull request, and a workflow's inputs can change any table's plan",
    );
    expect(why({ targets: 'all', changed: changed() })).toBe('targets is all');
    expect(
      why({
        targets: 'changed',
        changed: changed('tables.yml'),
        config: { path: 'tables.yml', baseEntries: { known: false, why: 'could not be read' } },
      }),
    ).toBe('tables.yml changed, and its version at the base could not be read');
    expect(describeSelection(selectTargets(tables, { targets: 'all' }), 3)).toBe(
      'Planned every table (3 tables): targets is all.',
    );
  });

  it('never leaves out a table whose CSV, schema file or entry is among the changed paths', () => {
    const names = fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{0,5}$/), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(names, fc.array(fc.nat(30)), (list, picks) => {
        const all = list.map((n) => table(n));
        const paths = picks.map((i) => {
          const t = all[i % all.length] as TargetTable;
          return i % 3 === 0 ? t.file : i % 3 === 1 ? (t.related?.[i % 3] as string) : 'elsewhere.md';
        });
        const selection = selectTargets(all, { targets: 'changed', changed: changed(...paths) });
        for (const t of selection.skipped) {
          expect(paths).not.toContain(t.file);
          for (const r of t.related ?? []) expect(paths).not.toContain(r);
        }
        expect(selection.targets.length + selection.skipped.length).toBe(all.length);
      }),
    );
  });

  it('says when nothing was planned, and names the unknown names given', () => {
    const selection = selectTargets(tables, { targets: 'changed', changed: changed('docs/x.md') });
    expect(describeSelection(selection, 3)).toContain('Planned 0 of 3 tables; none of their CSV files');
    expect(unknownNames(tables, ['Holidays', 'tables/Skills.csv', 'Nope'])).toEqual(['Nope']);
  });
});
