/** `npm run emulator`: a local Genesys data tables API seeded with the sample tables, until Ctrl-C or its parent ends. */
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
const ports = [Number(values.port), Number(values['storage-port']), Number(values['apps-port'])] as const;
let emulator: GenesysEmulator;
try {
  emulator = await new GenesysEmulator(seed).start(...ports);
} catch (error) {
  const e = error as { code?: string; port?: number };
  if (e.code !== 'EADDRINUSE') throw error;
  console.error(
    `error: port ${e.port ?? ports.join(', ')} on 127.0.0.1 is in use (an emulator already running, or another program). Stop it, or pick other ports:\n  npm run emulator -- --port 9080 --storage-port 9081 --apps-port 9082`,
  );
  process.exit(1);
}
console.log(
  `Genesys emulator: API and login at ${emulator.apiUrl}, signed storage at ${emulator.storageUrl}, apps host at ${emulator.appsUrl}`,
);
console.log(
  `Clients: ${(seed.clients ?? []).map((c) => c.id).join(', ')}; tables: ${[...emulator.tables.values()].map((t) => t.name).join(', ')}`,
);
console.log(`Faults: POST ${emulator.apiUrl}/__emulator/faults with e.g. {"rateLimit":{"count":1,"retryAfter":"2"}}`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  emulator.stop().then(() => process.exit(0));
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);

/**
 * The processes this one runs under (npm, its shell): `npm run emulator &` then `kill %1` ends npm, which does not pass
 * the signal on, so the emulator watches them and stops when any is gone rather than hold its ports.
 */
function ancestors(): number[] {
  const found: number[] = [];
  let pid = process.ppid;
  for (let depth = 0; depth < 4 && pid > 1; depth++) {
    found.push(pid);
    try {
      // /proc/<pid>/stat: "pid (name) state ppid ...": the name may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      break; // no /proc (macOS): the direct parent is watched
    }
  }
  return found;
}
const watched = ancestors();
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
};
setInterval(() => {
  if (watched.some((pid) => !alive(pid))) stop();
}, 500).unref();
