import { run } from '../main.ts';
import { parseInvocation, UsageError, usage } from './args.ts';
import { terminalRunner } from './runner.ts';
import { TerminalWriter } from './terminal.ts';

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
  const runs = invocation.files.length > 0 ? invocation.files.map((file) => ({ file })) : [{}];
  let exit = 0;
  for (const overrides of runs) {
    const runner = terminalRunner({
      inputs: { ...invocation.inputs, ...overrides },
      workspace: process.cwd(),
      out: process.stdout,
      err: process.stderr,
      in: process.stdin,
      color: invocation.color,
      verbose: invocation.verbose,
      autoApprove: invocation.autoApprove,
      force: invocation.force,
    });
    try {
      await run(runner);
    } catch (error) {
      runner.fail(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      runner.close();
    }
    const { failed, outputs } = runner.result();
    const code = failed ? 1 : invocation.command === 'plan' && outputs.changed === 'true' ? 2 : 0;
    exit = exit === 1 || code === 1 ? 1 : Math.max(exit, code);
  }
  return exit;
}
