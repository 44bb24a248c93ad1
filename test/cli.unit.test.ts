import { describe, expect, it } from 'vitest';
import { ACTION_INPUTS } from '../src/cli/action-inputs.ts';
import {
  CLI_INPUTS,
  commandHelp,
  environmentName,
  type Invocation,
  isCredential,
  parseInvocation,
  suggest,
  UsageError,
} from '../src/cli/args.ts';
import { terminalText } from '../src/cli/runner.ts';
import { visibleControls } from '../src/cli/terminal.ts';
import { codeOrText, escapeMarkdown } from '../src/core/report/markdown.ts';

const invoke = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseInvocation(argv, env) as Invocation;

describe('the command line', () => {
  it('takes inputs from flags over the environment over action.yml defaults; files as positional arguments', () => {
    const invocation = invoke(['plan', 'a.csv', '--table', 'Holidays', '--parallelism=2', 'b.csv'], {
      DATATABLE_SYNC_GENESYS_REGION: 'mypurecloud.ie',
      DATATABLE_SYNC_TABLE: 'Other',
      // A GitHub-only input from the environment is not taken.
      DATATABLE_SYNC_COMMENT: 'always',
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
    expect(invoke(['apply', '--auto-approve']).autoApprove).toBe(true);
    expect(invoke(['export', '--force']).force).toBe(true);
    // no-color.org: a NO_COLOR set to a value turns colour off, an empty one does not.
    expect(invoke(['plan'], { NO_COLOR: '1' }).color).toBe(false);
    expect(invoke(['plan'], { NO_COLOR: '' }).color).toBe(true);
    expect(invoke(['plan', '--no-color']).color).toBe(false);
  });

  it('refuses credentials as flags, GitHub-only inputs, and suggests the flag or command meant', () => {
    expect(() => invoke(['plan', '--dengage-password', 'x'])).toThrow(
      'set it in the environment as DATATABLE_SYNC_DENGAGE_PASSWORD',
    );
    expect(() => invoke(['plan', '--tabel', 'x'])).toThrow('unknown flag --tabel; did you mean --table?');
    expect(() => invoke(['plan', '--genesys-regoin', 'x'])).toThrow('did you mean --genesys-region?');
    expect(() => invoke(['plan', '--auto-aprove'])).toThrow('did you mean --auto-approve?');
    expect(() => invoke(['plna'])).toThrow('unknown command "plna"; did you mean "plan"?');
    expect(() => invoke(['deploy'])).toThrow(UsageError);
    expect(() => invoke(['plan', '--mode', 'apply'])).toThrow('--mode is the command on the command line');
    expect(() => invoke(['plan', '--comment', 'always'])).toThrow('--comment is for the GitHub Action only');
    expect(() => invoke(['plan', '--auto-approve'])).toThrow('--auto-approve is for apply, not plan');
    expect(() => invoke(['plan', '--file'])).toThrow('--file needs a value');
    // Every credential of action.yml, the deprecated D·engage user name too: a new one must be added here knowingly.
    expect(Object.keys(ACTION_INPUTS).filter(isCredential)).toEqual([
      'plan-signing-key',
      'github-token',
      'genesys-client-secret',
      'talkdesk-client-secret',
      'dengage-user-key',
      'dengage-username',
      'dengage-password',
      'learningbuilder-api-key',
    ]);
    for (const name of ['dengage-username', 'dengage-user-key']) {
      expect(() => invoke(['plan', `--${name}`, 'x'])).toThrow(
        `--${name} is a credential: set it in the environment as ${environmentName(name)}`,
      );
      expect(() => invoke(['plan', `--${name}=x`])).toThrow('never on the command line');
    }
    expect(environmentName('genesys-client-secret')).toBe('DATATABLE_SYNC_GENESYS_CLIENT_SECRET');
    expect(suggest('zzzzzz', ['plan', 'apply'])).toBeUndefined();
  });

  it("lists every flag in each command's help, with its environment variable and default", () => {
    for (const command of ['plan', 'apply', 'export', 'validate'] as const) {
      const help = commandHelp(command);
      for (const name of CLI_INPUTS) {
        if (isCredential(name)) {
          expect(help).toContain(environmentName(name));
          expect(help).not.toContain(`--${name}`);
        } else expect(help).toContain(`--${name} <value>`);
      }
      expect(help.replace(/\s+/g, ' ')).toContain('Default: 25%. env: DATATABLE_SYNC_MAX_DELETES');
      expect(help).not.toContain('--github-token');
    }
    expect(commandHelp('apply')).toContain('--auto-approve');
    expect(commandHelp('plan')).not.toContain('--auto-approve');
    expect(commandHelp('plan')).toContain('Exit codes: 0 done, no changes; 2 the plan has changes');
    expect(Object.keys(ACTION_INPUTS)).toContain('github-token');
    expect(invoke(['help', 'plan'])).toBeDefined();
    expect(parseInvocation(['--version'], {})).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    expect(parseInvocation(['-v'], {})).toEqual(parseInvocation(['--version'], {}));
  });

  it("never lets data drive the user's terminal: control characters are shown, not sent", () => {
    const value = 'red\u001b[31m title\u001b]0;owned\u0007 c1\u009b';
    expect(visibleControls(value)).toBe('red\\x1b[31m title\\x1b]0;owned\\x07 c1\\x9b');
    expect(visibleControls('tab\tand\nline')).toBe('tab\tand\nline');
    const shown = terminalText(`## Plan\n\n| a |\n|---|\n| ${value} |\n`, true);
    for (const raw of ['\u001b]', '\u0007', '\u009b', '\u001b[31m']) expect(shown).not.toContain(raw);
    expect(shown).toContain('\\x1b[31m');
  });

  it('shows the report without HTML, markdown escapes or invisible characters: a URL copies as it is', () => {
    expect(terminalText('<details><summary>Added rows (1)</summary>\n\n| Happy\\!<br>x |\n\n</details>', false)).toBe(
      'Added rows (1)\n\n| Happy! / x |\n',
    );
    expect(terminalText('see https:\u200b//example.com/a\\_b and a\u200b@\u200bb &#124; c', false)).toBe(
      'see https://example.com/a_b and a@b | c',
    );
    expect(terminalText('| x | <del>9:00</del> | <ins>10:00</ins> |', false)).toBe('| x | [-9:00-] | {+10:00+} |');
    // What a terminal does not show leaves one blank line, not the blank lines around it too.
    expect(terminalText('**Blocked**: 1 table.\n\n<!-- note -->\n\n<details>\n\n> table: why', false)).toBe(
      'Blocked: 1 table.\n\n> table: why',
    );
  });

  it('undoes markdown escaping once, before controls are made visible: no escape comes back from an entity', () => {
    // What escapeMarkdown makes of data, read back as the data, its controls shown.
    expect(
      terminalText(escapeMarkdown('h&#27;[2J \u001b[2J \u001b]52;c;eA==\u0007 $5 **not bold** a\u202eb'), true),
    ).toBe('h&#27;[2J \\x1b[2J \\x1b]52;c;eA==\\x07 $5 **not bold** a\\u202eb');
    // The report's own markup: entities it wrote are decoded (and shown if they are controls), its bold is bold.
    expect(terminalText('&#27;[2J **Plan:** `a\\_b`', true)).toBe('\\x1b[2J \u001b[1mPlan:\u001b[22m a\\_b');
    expect(terminalText(`### ${codeOrText('t/\u001b[8m.csv')}`, false)).toBe('t/\\x1b[8m.csv');
  });
});
