import { describe, expect, it } from 'vitest';
import { inTermsOf } from '../../src/core/inputs.ts';

const github = { name: (input: string) => `input ${input}`, secrets: '' };
const terminal = { name: (input: string) => `--${input} (or DATATABLE_SYNC_${input.toUpperCase()})`, secrets: '' };

describe('a settings message in the words of the runner that shows it', () => {
  it('names the input as that runner does, and leaves the rest alone', () => {
    const message = 'Input max-deletes is "lots"; use a row count like 10';
    expect(inTermsOf(message, github)).toBe(message);
    expect(inTermsOf(message, terminal)).toBe(
      '--max-deletes (or DATATABLE_SYNC_MAX-DELETES) is "lots"; use a row count like 10',
    );
    expect(inTermsOf('Set either the config input or the file', terminal)).toBe(
      'Set either the config input or the file',
    );
  });
});
