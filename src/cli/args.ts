import { ACTION_INPUTS, VENDOR_TITLES, VERSION } from './action-inputs.ts';

export const COMMANDS = ['plan', 'apply', 'export', 'validate', 'rollback'] as const;
export type Command = (typeof COMMANDS)[number];

/**
 * Inputs that carry credentials: from the environment only, never a flag (shell history, `ps`). A user name counts:
 * D·engage's (`dengage-username`, the old name of `dengage-user-key`) is the login's key.
 */
export function isCredential(name: string): boolean {
  return /(secret|password|key|token|username)$/.test(name);
}

/**
 * Inputs for a run on GitHub only: the command line posts no comment, uploads no artifact, and its approval is the
 * person at the terminal, not a reviewed pull request. Not flags; `mode` is the command.
 */
const GITHUB_ONLY = new Set([
  'mode',
  'comment',
  'github-token',
  'upload-artifacts',
  'upload-snapshots',
  'retention-days',
  'drift-issue',
  'drift-authors',
  'labels',
  'require-reviewed-plan',
  'on-drift',
  'plan-signing-key',
]);

/** The inputs the command line takes, as flags or environment variables. */
export const CLI_INPUTS = Object.keys(ACTION_INPUTS).filter((name) => !GITHUB_ONLY.has(name));

/** `genesys-client-secret` -> `DATATABLE_SYNC_GENESYS_CLIENT_SECRET`. */
export function environmentName(input: string): string {
  return `DATATABLE_SYNC_${input.toUpperCase().replace(/-/g, '_')}`;
}

/** Flags of the command line itself, by the commands that take them. */
const OWN_FLAGS: Record<string, { commands: readonly Command[]; text: string }> = {
  'auto-approve': {
    commands: ['apply'],
    text: 'apply without asking (needed when there is no terminal to ask at: CI, scripts)',
  },
  force: { commands: ['export', 'rollback'], text: 'overwrite files that have changes not committed to git' },
  verbose: { commands: COMMANDS, text: 'also print debug lines (every HTTP call)' },
  'no-color': { commands: COMMANDS, text: 'no colour, even on a terminal (as NO_COLOR does)' },
  help: { commands: COMMANDS, text: 'this help' },
};

export interface Invocation {
  command: Command;
  /** Files named without a flag: each is planned (or validated) as `file` would be. */
  files: string[];
  /** Inputs from flags and the environment, over action.yml's defaults; mode from the command. */
  inputs: Record<string, string>;
  verbose: boolean;
  autoApprove: boolean;
  force: boolean;
  color: boolean;
}

/** What to do instead of a run: print help or the version. */
export type Answer = { help: string } | { version: string };

export class UsageError extends Error {}

/** Edit distance, for "did you mean": short strings only. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The closest of `known` to a mistyped `word`, when close enough to be a likely typo. */
export function suggest(word: string, known: readonly string[]): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    // A name of two or three letters (--to) is in too many words to be the one meant by containing it.
    const score = name.includes(word) || (name.length > 3 && word.includes(name)) ? 1 : distance(word, name);
    if (score <= Math.max(2, Math.floor(name.length / 3)) && (!best || score < best.score)) best = { name, score };
  }
  return best?.name;
}

const EXIT_CODES = 'Exit codes: 0 done, no changes; 2 the plan has changes (plan only); 1 an error, or invalid rows.';

export function usage(): string {
  return `datatable-sync ${VERSION}: plan and apply contact-center data tables kept as CSV files.

Usage: datatable-sync <command> [files...] [flags]

Commands:
  plan       compare the files with the live tables and print the plan
  apply      plan, show it, ask, then import the changed tables
  export     write the live tables (and their .schema.json) into the files
  validate   check the files offline against their .schema.json (no credentials)
  rollback   write the files as they were at an earlier commit (--to <sha>), to commit and review
  help       this help, or a command's: datatable-sync help plan

${EXIT_CODES}
In a folder holding datatables.yml, its tables and settings are used, as CI uses them (--config names another file);
the first line of each run says which settings it used.
Every flag is also an environment variable (--genesys-region: DATATABLE_SYNC_GENESYS_REGION). Credentials come from the
environment only: DATATABLE_SYNC_GENESYS_CLIENT_ID, DATATABLE_SYNC_GENESYS_CLIENT_SECRET, and so on.
Run datatable-sync <command> --help for every flag.`;
}

const COMMAND_TEXT: Record<Command, string> = {
  plan: 'Compares each file with its live table, key by key and cell by cell, and prints the plan. Nothing is changed.',
  apply:
    'Plans, prints the plan, and asks before importing the changed tables: only "yes" goes on. Without a terminal (CI, a script), --auto-approve is needed. The snapshot of each table before its import is kept, and its path printed.',
  export:
    'Writes each live table into its file, and its schema beside it (<name>.schema.json), to adopt a table into git. A file with changes not committed to git is not overwritten unless --force.',
  validate:
    'Checks each file offline, without credentials: structure and keys, and every cell against the .schema.json beside it when there is one.',
  rollback:
    'Writes each data file as it was at an earlier commit of this branch (--to <sha>), byte for byte, and touches no table: commit the files in a pull request, whose plan shows what the rollback changes. A file with changes not committed to git is not overwritten unless --force. (applies-back:N needs GitHub: the rollback workflow.)',
};

/** Text wrapped to `width` columns, each line indented. */
function wrap(text: string, indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(`${indent}${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(`${indent}${line}`);
  return lines;
}

/** Each vendor's flags (`<vendor>-...`) and its title, in its own section of the help. */
const VENDOR_FLAGS = VENDOR_TITLES.map(([vendor, title]) => [`${vendor}-`, title] as const);

/** Help for one command: every flag with its environment variable and default, credentials apart, exit codes. */
export function commandHelp(command: Command): string {
  const flags = CLI_INPUTS.filter((name) => !isCredential(name));
  const credentials = CLI_INPUTS.filter(isCredential);
  const lines = [
    `Usage: datatable-sync ${command} [files...] [flags]`,
    '',
    ...wrap(COMMAND_TEXT[command], ''),
    '',
    command === 'plan' ? EXIT_CODES : 'Exit codes: 0 done; 1 an error, invalid rows, or nothing applied.',
    '',
    'A file named without a flag is a --file. Every flag is also an environment variable, shown as env.',
  ];
  const describe = (name: string) => {
    const input = ACTION_INPUTS[name] as { default: string; description: string };
    const fallback = input.default === '' ? '' : ` Default: ${input.default}.`;
    return [`  --${name} <value>`, ...wrap(`${input.description}${fallback} env: ${environmentName(name)}`, '      ')];
  };
  const vendorOf = (name: string) => VENDOR_FLAGS.find(([prefix]) => name.startsWith(prefix));
  lines.push('', 'Flags:');
  for (const name of flags.filter((n) => !vendorOf(n))) lines.push(...describe(name));
  for (const [name, own] of Object.entries(OWN_FLAGS)) {
    if (own.commands.includes(command)) lines.push(`  --${name}`, ...wrap(own.text, '      '));
  }
  for (const [prefix, vendor] of VENDOR_FLAGS) {
    lines.push('', `${vendor} (--provider ${prefix.slice(0, -1)}):`);
    for (const name of flags.filter((n) => n.startsWith(prefix))) lines.push(...describe(name));
  }
  lines.push('', 'Credentials, from the environment only (never a flag: shell history and ps show those):');
  for (const name of credentials) {
    lines.push(
      `  ${environmentName(name)}`,
      ...wrap((ACTION_INPUTS[name] as { description: string }).description, '      '),
    );
  }
  return lines.join('\n');
}

/** Reads the command line and the environment into the action's inputs; a UsageError says what is wrong. */
export function parseInvocation(argv: readonly string[], env: NodeJS.ProcessEnv): Invocation | Answer {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v' || first === '-V' || first === 'version') return { version: VERSION };
  if (first === undefined || first === '--help' || first === '-h') return { help: usage() };
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { help: usage() };
    if (!COMMANDS.includes(topic as Command)) throw new UsageError(unknownCommand(topic));
    return { help: commandHelp(topic as Command) };
  }
  if (!COMMANDS.includes(first as Command)) throw new UsageError(unknownCommand(first));
  const command = first as Command;
  if (rest.includes('--help') || rest.includes('-h')) return { help: commandHelp(command) };
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(ACTION_INPUTS)) {
    inputs[name] = (CLI_INPUTS.includes(name) ? env[environmentName(name)] : undefined) ?? input.default;
  }
  // No artifacts, no comments, no reviewed plan: there is no GitHub here.
  inputs['upload-artifacts'] = 'false';
  inputs.comment = 'never';
  inputs['github-token'] = '';
  const invocation: Invocation = {
    command,
    files: [],
    inputs,
    verbose: false,
    autoApprove: false,
    force: false,
    // no-color.org: only a NO_COLOR that is set and not empty turns colour off.
    color: !env.NO_COLOR,
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith('-') || arg === '-') {
      invocation.files.push(arg);
      continue;
    }
    const [flag, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    const own = OWN_FLAGS[flag];
    if (own) {
      if (!own.commands.includes(command))
        throw new UsageError(`--${flag} is for ${own.commands.join(', ')}, not ${command}`);
      if (flag === 'auto-approve') invocation.autoApprove = true;
      if (flag === 'force') invocation.force = true;
      if (flag === 'verbose') invocation.verbose = true;
      if (flag === 'no-color') invocation.color = false;
      continue;
    }
    if (!CLI_INPUTS.includes(flag)) {
      if (flag in ACTION_INPUTS) {
        throw new UsageError(
          flag === 'mode'
            ? `--mode is the command on the command line: datatable-sync ${inline ?? rest[i + 1] ?? 'plan'} ...`
            : `--${flag} is for the GitHub Action only: the command line posts no comment, uploads nothing, and asks before an apply`,
        );
      }
      const near = suggest(flag, [...CLI_INPUTS, ...Object.keys(OWN_FLAGS)]);
      throw new UsageError(
        `unknown flag --${flag}${near ? `; did you mean --${near}?` : ''} (datatable-sync ${command} --help lists every flag)`,
      );
    }
    if (isCredential(flag)) {
      throw new UsageError(
        `--${flag} is a credential: set it in the environment as ${environmentName(flag)}, never on the command line (shell history, ps)`,
      );
    }
    const value = inline ?? rest[++i];
    if (value === undefined) throw new UsageError(`--${flag} needs a value`);
    inputs[flag] = value;
  }
  inputs.mode = command;
  return invocation;
}

function unknownCommand(word: string): string {
  const near = suggest(word, [...COMMANDS, 'help']);
  return `unknown command "${word}"${near ? `; did you mean "${near}"?` : ''} Commands: ${COMMANDS.join(', ')}, help`;
}
