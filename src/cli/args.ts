import { ACTION_INPUTS } from './action-inputs.ts';

export const COMMANDS = ['plan', 'apply', 'export', 'validate'] as const;
export type Command = (typeof COMMANDS)[number];

/** Inputs that carry credentials: from the environment only, never a flag (shell history, `ps`). */
export function isCredential(name: string): boolean {
  return /(secret|password|api-key|user-key|signing-key|token)$/.test(name);
}

/** `genesys-client-secret` -> `DATATABLE_SYNC_GENESYS_CLIENT_SECRET`. */
export function environmentName(input: string): string {
  return `DATATABLE_SYNC_${input.toUpperCase().replace(/-/g, '_')}`;
}

export interface Invocation {
  command: Command;
  /** Files named without a flag: each is planned (or validated) as `file` would be. */
  files: string[];
  /** Inputs from flags and the environment, over action.yml's defaults; mode from the command. */
  inputs: Record<string, string>;
  verbose: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: datatable-sync <plan|apply|export|validate> [files...] [--<input> <value>]...

  plan       compare the files with the live tables (exit 0: no changes, 2: changes, 1: error)
  apply      plan, then import the changed tables
  export     write the live tables (and their .schema.json) into the files
  validate   check the files offline against their .schema.json (no credentials)

Every input of the action is a flag (--file, --table, --config, --provider, --genesys-region, ...) or an
environment variable (DATATABLE_SYNC_GENESYS_REGION). Credentials only from the environment:
DATATABLE_SYNC_GENESYS_CLIENT_ID, DATATABLE_SYNC_GENESYS_CLIENT_SECRET, and so on.
  --verbose   also print debug lines (every HTTP call)`;

/** Reads the command line and the environment into the action's inputs; a UsageError says what is wrong. */
export function parseInvocation(argv: readonly string[], env: NodeJS.ProcessEnv): Invocation {
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as Command)) {
    throw new UsageError(command ? `Unknown command "${command}"; use one of: ${COMMANDS.join(', ')}` : 'No command');
  }
  const inputs: Record<string, string> = {};
  for (const [name, fallback] of Object.entries(ACTION_INPUTS)) inputs[name] = env[environmentName(name)] ?? fallback;
  // No artifacts, no comments: there is no GitHub here.
  inputs['upload-artifacts'] = 'false';
  inputs.comment = 'never';
  const files: string[] = [];
  let verbose = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--verbose') {
      verbose = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!(flag in ACTION_INPUTS) || flag === 'mode') {
      const near = Object.keys(ACTION_INPUTS).filter((name) => name.includes(flag) || flag.includes(name));
      throw new UsageError(`Unknown flag --${flag}${near.length > 0 ? `; did you mean --${near[0]}?` : ''}`);
    }
    if (isCredential(flag)) {
      throw new UsageError(
        `--${flag} is a credential: set it in the environment as ${environmentName(flag)}, never on the command line`,
      );
    }
    const value = inline ?? rest[++i];
    if (value === undefined) throw new UsageError(`--${flag} needs a value`);
    inputs[flag] = value;
  }
  inputs.mode = command as Command;
  return { command: command as Command, files, inputs, verbose };
}
