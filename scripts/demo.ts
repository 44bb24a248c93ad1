/**
 * `npm start`: the bundled action against the local Genesys emulator seeded from examples/:
 * a plan, an apply, and a plan again that shows no changes. No account and no network needed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type EmulatorOptions, GenesysEmulator } from '../emulator/server.ts';
import { repoRoot, runAction } from './run-action.ts';

const started = performance.now();
const seed = JSON.parse(readFileSync(path.join(repoRoot, 'examples', 'emulator-seed.json'), 'utf8')) as EmulatorOptions;
const emulator = await new GenesysEmulator(seed).start();
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);

const inputs = {
  file: 'examples/data/Holidays.csv',
  'genesys-client-id': 'local-client',
  'genesys-client-secret': 'local-secret',
  'genesys-api-url': emulator.apiUrl,
  'genesys-login-url': emulator.apiUrl,
};

let failed = false;
try {
  for (const [step, mode] of [
    ['1. Plan (what a pull request shows)', 'plan'],
    ['2. Apply (what a merge runs)', 'apply'],
    ['3. Plan again: the table now matches the file', 'plan'],
  ] as const) {
    console.log(`\n${bold(`=== ${step}: mode=${mode} ===`)}\n`);
    const run = await runAction({ inputs: { ...inputs, mode } });
    console.log(run.summary.trim());
    // What the runner would show as annotations beside the summary.
    const annotations = run.stdout
      .split('\n')
      .map((line) => /^::(notice|warning|error)[^:]*::(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map(([, level, text]) => `  ${level}: ${(text ?? '').replace(/%0A/g, '\n    ').replace(/%25/g, '%')}`);
    if (annotations.length > 0) console.log(`\n${bold('Annotations:')}\n${annotations.join('\n')}`);
    console.log(`\n${bold('Outputs:')} ${JSON.stringify(run.outputs)}`);
    console.log(`${bold('Exit code:')} ${run.exitCode}`);
    if (run.exitCode !== 0) {
      failed = true;
      console.log(run.stdout);
      console.error(run.stderr);
      break;
    }
  }
} finally {
  await emulator.stop();
}
const requests = emulator.requests.length;
console.log(
  `\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s; the emulator answered ${requests} requests.`,
);
process.exitCode = failed ? 1 : 0;
