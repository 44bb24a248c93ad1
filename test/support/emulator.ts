import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type EmulatorOptions, GenesysEmulator } from '../../emulator/server.ts';
import { repoRoot } from '../../scripts/run-action.ts';

/** The sample seed from examples/, as `npm start` uses it. */
export function sampleSeed(): EmulatorOptions {
  return JSON.parse(readFileSync(path.join(repoRoot, 'examples', 'emulator-seed.json'), 'utf8')) as EmulatorOptions;
}

/**
 * The sample seed with `count` more rows in Holidays: over five pages of rows (2,500), a table is read through an export job rather than
 * the rows API, so tests of the export's wire format use this.
 */
export function largeSampleSeed(count = 2600): EmulatorOptions {
  const seed = sampleSeed();
  const holidays = seed.tables?.[0];
  for (let i = 0; i < count; i++) {
    holidays?.rows?.push({
      key: `Filler ${String(i).padStart(4, '0')}`,
      Date: '2030-01-01',
      Closed: false,
      Greeting: '',
      'Callback Hours': 1,
      Surcharge: 0,
    });
  }
  return seed;
}

export async function startEmulator(options: EmulatorOptions = sampleSeed()): Promise<GenesysEmulator> {
  return new GenesysEmulator(options).start();
}

export const credentials = { clientId: 'local-client', clientSecret: 'local-secret' };
