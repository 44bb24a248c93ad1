import { describe, expect, it } from 'vitest';
import { environmentName, isCredential, parseInvocation, UsageError } from '../src/cli/args.ts';
import { terminalText, visibleControls } from '../src/cli/runner.ts';

describe('the command line', () => {
  it('takes inputs from flags over the environment over action.yml defaults; files as positional arguments', () => {
    const invocation = parseInvocation(['plan', 'a.csv', '--table', 'Holidays', '--parallelism=2', 'b.csv'], {
      DATATABLE_SYNC_GENESYS_REGION: 'mypurecloud.ie',
      DATATABLE_SYNC_TABLE: 'Other',
    });
    expect(invocation.files).toEqual(['a.csv', 'b.csv']);
    expect(invocation.inputs).toMatchObject({
      mode: 'plan',
      table: 'Holidays',
      parallelism: '2',
      'genesys-region': 'mypurecloud.ie',
      'import-mode': 'replace',
      'upload-artifacts': 'false',
      comment: 'never',
      'github-token': '',
    });
  });

  it('refuses credentials as flags, unknown flags and commands, and --mode', () => {
    expect(() => parseInvocation(['plan', '--dengage-password', 'x'], {})).toThrow(
      'set it in the environment as DATATABLE_SYNC_DENGAGE_PASSWORD',
    );
    expect(() => parseInvocation(['plan', '--tabel', 'x'], {})).toThrow('Unknown flag --tabel');
    expect(() => parseInvocation(['deploy'], {})).toThrow(UsageError);
    expect(() => parseInvocation(['plan', '--mode', 'apply'], {})).toThrow('Unknown flag --mode');
    expect(() => parseInvocation(['plan', '--file'], {})).toThrow('--file needs a value');
    expect(
      ['genesys-client-secret', 'talkdesk-client-secret', 'learningbuilder-api-key', 'github-token'].every(
        isCredential,
      ),
    ).toBe(true);
    expect(['genesys-client-id', 'file', 'table'].some(isCredential)).toBe(false);
    expect(environmentName('genesys-client-secret')).toBe('DATATABLE_SYNC_GENESYS_CLIENT_SECRET');
  });

  it("never lets data drive the user's terminal: control characters are shown, not sent", () => {
    const value = 'red\u001b[31m title\u001b]0;owned\u0007 c1\u009b';
    expect(visibleControls(value)).toBe('red\\x1b[31m title\\x1b]0;owned\\x07 c1\\x9b');
    expect(visibleControls('tab\tand\nline')).toBe('tab\tand\nline');
    const shown = terminalText(`## Plan\n\n| a |\n|---|\n| ${value} |\n`, true);
    for (const raw of ['\u001b]', '\u0007', '\u009b', '\u001b[31m']) expect(shown).not.toContain(raw);
    expect(shown).toContain('\\x1b[31m');
  });

  it('shows the report without HTML and markdown escapes', () => {
    expect(terminalText('<details><summary>Added rows (1)</summary>\n\n| Happy\\!<br>x |\n\n</details>', false)).toBe(
      'Added rows (1)\n\n| Happy! / x |\n',
    );
  });
});
