import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadYaml } from '../core/yaml.ts';
import { SettingsError } from '../inputs/settings-error.ts';
import { run } from '../run/main.ts';
import { parseInvocation, UsageError, usage } from './args.ts';
import { type LocalRun, localRuns } from './local-settings.ts';
import { terminalRunner } from './runner.ts';
import { TerminalWriter } from './terminal.ts';

/** The plan itself was printed: a folder holding only it goes. Anything else (rejected rows, snapshots) stays, named. */
function keepOrRemove(folder: string): string | undefined {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => !entry.isDirectory());
  if (files.every((entry) => entry.name === 'plan.json' || entry.name === 'plan.md')) {
    rmSync(folder, { recursive: true, force: true });
    return undefined;
  }
  return `This run's folder is kept, as it holds table data (${files.map((entry) => entry.name).join(', ')}): ${folder}. Remove it when done: rm -r ${folder}`;
}

/**
 * `datatable-sync plan|apply|export|validate|help`: the action's engine (run) with a terminal runner, once per file
 * named on the command line (or once with the inputs given). Exit 0: done, no changes; 2: a plan with changes;
 * 1: an error.
 */
export async function main(argv: readonly string[]): Promise<number> {
  // A word of the command line (a flag, a file name) shows in messages: made visible as all else.
  const out = new TerminalWriter(process.stdout, false);
  const err = new TerminalWriter(process.stderr, false);
  let invocation: ReturnType<typeof parseInvocation>;
  try {
    invocation = parseInvocation(argv, process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err.line(`error: ${error.message}`);
    if (argv.length === 0) err.line(`\n${usage()}`);
    return 1;
  }
  if ('help' in invocation) {
    out.line(invocation.help);
    // `datatable-sync` alone asked for nothing: the help, and exit 1, as a mistake would.
    return argv.length === 0 ? 1 : 0;
  }
  if ('version' in invocation) {
    out.line(`datatable-sync ${invocation.version}`);
    return 0;
  }
  // Paths are read from where the command was typed: `npm --prefix clone run cli` runs in the clone, npm says where
  // it was called from in INIT_CWD.
  const workspace = (process.env.npm_lifecycle_event && process.env.INIT_CWD) || process.cwd();
  let runs: LocalRun[];
  // A config file is YAML (the action loads the library only when it needs it; here it costs no request's wait).
  await loadYaml();
  try {
    runs = localRuns(invocation.inputs, invocation.files, workspace);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
  let exit = 0;
  for (const { inputs, settingsLine } of runs) {
    // The run's own folder (plan, rejected rows, snapshots: table data), private, named or removed at the end.
    const tempDir = mkdtempSync(path.join(tmpdir(), 'datatable-sync-'));
    const runner = terminalRunner({
      inputs: { ...invocation.inputs, ...inputs },
      tempDir,
      workspace,
      out: process.stdout,
      err: process.stderr,
      in: process.stdin,
      color: invocation.color,
      verbose: invocation.verbose,
      autoApprove: invocation.autoApprove,
      force: invocation.force,
    });
    try {
      runner.info(settingsLine);
      await run(runner);
    } catch (error) {
      runner.fail(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      runner.close();
      const kept = keepOrRemove(tempDir);
      if (kept) runner.notice(kept);
    }
    const { failed, outputs } = runner.result();
    const code = failed ? 1 : invocation.command === 'plan' && outputs.changed === 'true' ? 2 : 0;
    exit = exit === 1 || code === 1 ? 1 : Math.max(exit, code);
  }
  return exit;
}
