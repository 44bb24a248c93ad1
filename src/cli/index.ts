#!/usr/bin/env node
import { nodeTooOld } from '../node-version.ts';
// Only the terminal writer, which has no dependencies, is loaded before the check.
import { TerminalWriter } from './terminal.ts';

// The bundle's HTTP client needs a recent Node.js: on an older one, say so rather than fail with a stack trace. The
// engine is loaded only after the check, so nothing of it runs first.
const tooOld = nodeTooOld('datatable-sync');
if (tooOld) {
  process.stderr.write(
    `error: ${tooOld} Install a current Node.js (https://nodejs.org, or your version manager: nvm install 22), then run it again.\n`,
  );
  process.exitCode = 1;
} else {
  import('./command.ts')
    .then(({ main }) => main(process.argv.slice(2)))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        new TerminalWriter(process.stderr, false).line(
          `error: ${error instanceof Error ? error.message : String(error)}`,
        );
        process.exitCode = 1;
      },
    );
}
