// Runs before the npm scripts that run TypeScript directly (npm start, test, bench, emulator, cli): on a Node.js that
// cannot, say why and what to do, instead of a stack trace. Plain CommonJS, so that any Node.js can run it. The version
// is package.json's engines, the one the bundles need (src/node-version.ts says the same; a test checks).
const [needMajor, needMinor] = require('../package.json').engines.node.replace(/^>=/, '').split('.').map(Number);
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  process.stderr.write(
    [
      `error: the scripts need Node.js ${needMajor}.${needMinor} or later, and this is ${process.version}.`,
      '`npm ci` installs Node.js 24 for them on Linux (x64, arm64) and Windows (x64): the node-<platform> package, its',
      'hash in package-lock.json. Elsewhere, or if it was left out (--omit=optional), put Node.js 22 or 24 first on your PATH.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
