import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { LogFolds } from '../src/github/log-folds.ts';

function recorder() {
  const log: string[] = [];
  const folds = new LogFolds({
    line: (text) => log.push(text),
    debug: (text) => log.push(`debug: ${text}`),
    start: (name) => log.push(`[${name}`),
    end: () => log.push(']'),
  });
  return { log, folds };
}

describe('LogFolds', () => {
  it('keeps each fold whole when folds run side by side: no line lands in another fold', async () => {
    const { log, folds } = recorder();
    const work = (name: string, lines: number, ms: number) =>
      folds.fold(name, async () => {
        for (let i = 0; i < lines; i++) {
          folds.line(`${name} ${i}`);
          if (i === 0) folds.debug(`${name} debug`);
          await sleep(ms);
        }
        return name;
      });
    const results = await Promise.all([work('A', 3, 15), work('B', 3, 5), work('C', 2, 1)]);
    expect(results).toEqual(['A', 'B', 'C']);
    // Every fold's lines sit between its own start and end.
    const folded = log
      .join('\n')
      .split(']')
      .filter((s) => s.trim() !== '');
    expect(folded).toHaveLength(3);
    for (const fold of folded) {
      const name = /\[(\w)/.exec(fold)?.[1];
      const lines = fold.split('\n').filter((l) => l && !l.startsWith('['));
      expect(lines.every((l) => l.startsWith(`${name} `) || l === `debug: ${name} debug`)).toBe(true);
    }
    // The first fold is written live; the others once it has ended.
    expect(log[0]).toBe('[A');
    expect(log.filter((l) => l.startsWith('[')).sort()).toEqual(['[A', '[B', '[C']);
  });

  it('writes a line from outside any fold at once', async () => {
    const { log, folds } = recorder();
    const a = folds.fold('A', () => sleep(10));
    const b = folds.fold('B', async () => folds.line('in B'));
    folds.line('outside');
    expect(log).toEqual(['[A', 'outside']);
    await Promise.all([a, b]);
    expect(log).toEqual(['[A', 'outside', ']', '[B', 'in B', ']']);
  });

  it('ends a fold whose work throws, and still writes the folds waiting behind it', async () => {
    const { log, folds } = recorder();
    const a = folds.fold('A', async () => {
      await sleep(5);
      throw new Error('boom');
    });
    const b = folds.fold('B', async () => folds.line('in B'));
    await expect(a).rejects.toThrow('boom');
    await b;
    expect(log).toEqual(['[A', ']', '[B', 'in B', ']']);
  });
});
