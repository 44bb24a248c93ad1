import { runner } from './github/action.ts';
import { run } from './main.ts';

run(runner).catch((error: unknown) => {
  // Known failures are reported inside run(); this is the last line of defence, so no stack trace.
  runner.fail(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
});
