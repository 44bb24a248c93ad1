import { describe, expect, it } from 'vitest';
import { beforeApplies, parseRollbackTarget, rollbackObstacles } from '../../src/core/rollback.ts';
import { readSettings } from '../../src/inputs/settings.ts';

describe('the rollback target', () => {
  it('reads a sha or applies-back:N, and says what is valid for anything else', () => {
    expect(parseRollbackTarget('  ')).toBeUndefined();
    expect(parseRollbackTarget('ABCDEF1')).toEqual({ commit: 'abcdef1' });
    expect(parseRollbackTarget('applies-back:2')).toEqual({ appliesBack: 2 });
    for (const bad of ['main', 'v1.2.0', 'abc', 'applies-back:0', 'applies-back:51', 'applies-back:-1', 'HEAD~2']) {
      expect(parseRollbackTarget(bad)).toMatch(
        /^Input to is ".*"; use a commit sha .* or applies-back:N with N from 1 to 50/,
      );
    }
  });

  it('is required with mode rollback and refused with any other mode', () => {
    const read = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
    const settings = readSettings(read({ mode: 'rollback', file: 'a.csv', to: 'applies-back:1' }), () => '');
    expect(settings.rollbackTo).toEqual({ appliesBack: 1 });
    expect(() => readSettings(read({ mode: 'rollback', file: 'a.csv' }), () => '')).toThrow(
      'Input to is required with mode: rollback',
    );
    expect(() => readSettings(read({ mode: 'plan', file: 'a.csv', to: 'abcdef1' }), () => '')).toThrow(
      'Input to is for mode: rollback; mode is plan',
    );
  });

  it('before the last N applies is the first parent of the N-th newest apply, and unknown with fewer', () => {
    const applied = [
      { sha: 'c3', parent: 'c2' },
      { sha: 'c2', parent: 'c1' },
    ];
    expect(beforeApplies(applied, 1)?.commit).toBe('c2');
    expect(beforeApplies(applied, 2)).toEqual({ apply: applied[1], commit: 'c1' });
    expect(beforeApplies(applied, 3)).toBeUndefined();
    expect(beforeApplies([{ sha: 'root' }], 1)).toBeUndefined();
  });

  it('names every file it cannot write back, and none when they all are there under their names', () => {
    const isData = (p: string) => p.endsWith('.csv');
    expect(rollbackObstacles('1234567890', ['a.csv'], [], [{ status: 'M', path: 'a.csv' }], isData)).toEqual([]);
    const problems = rollbackObstacles(
      '1234567890',
      ['b.csv', 'n.csv'],
      ['b.csv', 'n.csv'],
      [
        { status: 'R087', path: 'b.csv', from: 'a.csv' },
        { status: 'D', path: 'gone.csv' },
        { status: 'D', path: 'notes.txt' },
        { status: 'A', path: 'n.csv' },
      ],
      isData,
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^a\.csv was renamed to b\.csv after 1234567/);
    expect(problems[1]).toMatch(
      /^gone\.csv was removed after 1234567: restore it \(git checkout 1234567 -- gone\.csv\)/,
    );
    expect(problems[2]).toMatch(/^n\.csv did not exist at 1234567 \(it was added after it\)/);
  });
});
