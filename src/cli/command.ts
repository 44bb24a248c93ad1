import { run } from '../main.ts';
import { parseInvocation, UsageError, usage } from './args.ts';
import { terminalRunner } from './runner.ts';

/**
 * `datatable-sync plan|apply|export|validate|help`: the action's engine (run) with a terminal runner, once per file
 * named on the command line (or once with the inputs given). Exit 0: done, no changes; 2: a plan with changes;
 * 1: an error.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let invocation: ReturnType<typeof parseInvocation>;
  try {
    invocation = parseInvocation(argv, process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    if (argv.length === 0) process.stderr.write(`\n${usage()}\n`);
    return 1;
  }
  if ('help' in invocation) {
    process.stdout.write(`${invocation.help}\n`);
    // `datatable-sync` alone asked for nothing: the help, and exit 1, as a mistake would.
    return argv.length === 0 ? 1 : 0;
  }
  if ('version' in invocation) {
    process.stdout.write(`datatable-sync ${invocation.version}\n`);
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
