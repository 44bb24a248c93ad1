import { nodeTooOld } from './node-version.ts';

// The runner gives the action node24 (action.yml); dist/index.js run by hand on an older Node.js says what it needs
// instead of failing in a bundled module with a stack trace. The engine is loaded only after the check.
const tooOld = nodeTooOld('dist/index.js');
if (tooOld) {
  process.stderr.write(`error: ${tooOld} The action runs on node24 (GitHub's runner 2.327.1 or later).\n`);
  process.exitCode = 1;
} else {
  void Promise.all([import('./github/action.ts'), import('./run/main.ts')]).then(([{ runner }, { run }]) =>
    run(runner).catch((error: unknown) => {
      // Known failures are reported inside run(); this is the last line of defence: the stack only in debug logs.
      if (error instanceof Error && error.stack) runner.debug(error.stack);
      runner.fail(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    }),
  );
}
