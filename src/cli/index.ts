#!/usr/bin/env node
// The bundle's HTTP client needs Node.js 24 (undici 8): on an older Node, say so rather than fail with a stack trace.
// The engine is loaded only after the check, so nothing of it runs first.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `error: datatable-sync needs Node.js 24 or later; this is ${process.version}. Install Node 24 (as GitHub's node24 runners have), then run it again.\n`,
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
        process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      },
    );
}
