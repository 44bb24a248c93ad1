#!/usr/bin/env node
// The bundle's HTTP client (undici 8) needs Node.js 22.19 or later: on an older Node, say so rather than fail with a
// stack trace. The engine is loaded only after the check, so nothing of it runs first (only the terminal writer, which
// has no dependencies, is loaded before).
import { TerminalWriter } from './terminal.ts';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  process.stderr.write(
    `error: datatable-sync needs Node.js 22.19 or later (22 and 24 are the current LTS lines); this is ${process.version}. Install a current Node.js (https://nodejs.org, or your version manager: nvm install 22), then run it again.\n`,
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
