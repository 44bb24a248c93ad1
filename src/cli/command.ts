import { run } from '../main.ts';
import { parseInvocation, USAGE, UsageError } from './args.ts';
import { terminalRunner } from './runner.ts';

/**
 * `datatable-sync plan|apply|export|validate`: the action's engine (run) with a terminal runner, once per file named
 * on the command line (or once with the inputs given). Exit 0: done, no changes; 2: a plan with changes; 1: an error.
 */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return argv.length === 0 ? 1 : 0;
  }
  let invocation: ReturnType<typeof parseInvocation>;
  try {
    invocation = parseInvocation(argv, process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n\n${USAGE}\n`);
    return 1;
  }
  const runs = invocation.files.length > 0 ? invocation.files.map((file) => ({ file })) : [{}];
  let exit = 0;
  for (const overrides of runs) {
    const runner = terminalRunner({
      inputs: { ...invocation.inputs, ...overrides },
      workspace: process.cwd(),
      out: process.stdout,
      err: process.stderr,
      tty: process.stderr.isTTY === true,
      verbose: invocation.verbose,
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
