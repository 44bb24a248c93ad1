import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type EmulatorOptions, GenesysEmulator } from '../../emulator/server.ts';
import { repoRoot } from '../../scripts/run-action.ts';

/** The sample seed from examples/, as `npm start` uses it. */
export function sampleSeed(): EmulatorOptions {
  return JSON.parse(readFileSync(path.join(repoRoot, 'examples', 'emulator-seed.json'), 'utf8')) as EmulatorOptions;
}

export async function startEmulator(options: EmulatorOptions = sampleSeed()): Promise<GenesysEmulator> {
  return new GenesysEmulator(options).start();
}

export const credentials = { clientId: 'local-client', clientSecret: 'local-secret' };
