import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logBlock, logLine, shorten } from '../../src/core/log-line.ts';

/**
 * What the runner could take as a workflow command: a line whose trimmed start is `::`, or `##[` anywhere (the runner
 * parses the older form anywhere in a line). No `::` at all is left whole either.
 */
const opensCommand = (line: string) => /^\s*::|##\[|::/.test(line);

describe('the log door', () => {
  it('never lets data start a workflow command or a new line', () => {
    const attacks = [
      '::add-mask::Holidays',
      '  ::stop-commands::token',
      'x\n::warning file=a.csv::forged',
      'x\r::error::forged',
      '##[error]old style',
      'a\u2028::notice::b',
    ];
    for (const attack of attacks) {
      const line = logLine(attack);
      expect(line.split('\n')).toHaveLength(1);
      expect(opensCommand(line)).toBe(false);
    }
    expect(logLine('tables/x\n::warning::y.csv -> Holidays')).toBe(
      'tables/x\\n:\u200b:warning:\u200b:y.csv -> Holidays',
    );
    // The older form is a command wherever it stands in a line: a file name, a table name, a job id.
    for (const attack of [
      'data/Holidays ##[stop-commands]pwn.csv',
      'job ##[set-output name=x;]1',
      'a ::add-mask:: b',
    ]) {
      expect(opensCommand(logLine(attack))).toBe(false);
    }
  });

  it('keeps a block readable line by line, none opening a command (any input)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('::', '##[', ' ', '\n', '\r', 'a', ':', '#', '[')), (parts) => {
        const block = logBlock(parts.join(''));
        expect(block.split('\n').some(opensCommand)).toBe(false);
      }),
    );
    expect(logBlock('## Plan\n\n| a |')).toBe('## Plan\n\n| a |');
    expect(logBlock('x ##[stop-commands]y')).toBe('x #\u200b#[stop-commands]y');
  });

  it('shortens long values, saying how long they were', () => {
    expect(shorten('x'.repeat(500))).toBe(`${'x'.repeat(200)}… (500 characters)`);
    expect(shorten('short')).toBe('short');
  });
});
