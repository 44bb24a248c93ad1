/** `npm run emulator`: a local Genesys data tables API seeded with the sample tables, until Ctrl-C. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type EmulatorOptions, GenesysEmulator } from './server.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: new URL('../examples/emulator-seed.json', import.meta.url).pathname },
    port: { type: 'string', default: '8080' },
    'storage-port': { type: 'string', default: '8081' },
    'apps-port': { type: 'string', default: '8082' },
  },
});
const seed = JSON.parse(readFileSync(values.seed, 'utf8')) as EmulatorOptions;
const emulator = await new GenesysEmulator(seed).start(
  Number(values.port),
  Number(values['storage-port']),
  Number(values['apps-port']),
);
console.log(
  `Genesys emulator: API and login at ${emulator.apiUrl}, signed storage at ${emulator.storageUrl}, apps host at ${emulator.appsUrl}`,
);
console.log(
  `Clients: ${(seed.clients ?? []).map((c) => c.id).join(', ')}; tables: ${[...emulator.tables.values()].map((t) => t.name).join(', ')}`,
);
console.log(`Faults: POST ${emulator.apiUrl}/__emulator/faults with e.g. {"rateLimit":{"count":1,"retryAfter":"2"}}`);
process.on('SIGINT', () => emulator.stop().then(() => process.exit(0)));
