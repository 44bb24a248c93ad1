import { runner } from './github/action.ts';
import { run } from './main.ts';

run(runner).catch((error: unknown) => {
  // Known failures are reported inside run(); this is the last line of defence: the stack only in debug logs.
  if (error instanceof Error && error.stack) runner.debug(error.stack);
  runner.fail(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
});
