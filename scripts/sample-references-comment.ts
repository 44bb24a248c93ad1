/**
 * The pull request comment of a small routing table whose schema file declares its Queue column a reference to
 * Genesys queues, as the README's section "Ids that point at live objects" pictures it: planned through the real
 * provider against the emulator (the sample seed's queues), one route moved to another queue (both names shown) and
 * one pointed at a queue deleted from the org (the table blocked). Used by `npm run screenshot` and by the test that
 * keeps docs/comment-references.png current.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { type EmulatorOptions, GenesysEmulator } from '../emulator/server.ts';
import { readSchemaFile } from '../src/core/schema-file.ts';
import { loadYaml } from '../src/core/yaml.ts';
import type { DataFile } from '../src/inputs/data-files.ts';
import { GenesysProvider } from '../src/providers/genesys/index.ts';
import { HttpClient } from '../src/providers/http.ts';
import { renderComment } from '../src/review/protocol.ts';
import { planOneLive } from '../src/run/plan.ts';
import { checkReferences } from '../src/run/references.ts';
import { repoRoot } from './run-action.ts';

const SUPPORT = '1e0f9a8b-4c2d-4e6f-8a1b-3c5d7e9f0a12'; // "Support EN" in the sample seed
const BILLING = '2a4c6e80-1b3d-4f5a-9c7e-0d2f4a6b8c14'; // "Billing"
const DELETED = '9d1f3b57-8c0e-4a2b-9d6f-7e9a1c3e5b82'; // a queue the org no longer has

const SCHEMA_PATH = 'tables/Routes.schema.yaml';
const SCHEMA = `table: Routes
fields:
  - {name: key, title: Route, type: string, key: true}
  - {name: queue_id, title: Queue, type: string, references: queue}
`;
const CSV = `Route,Queue\nbilling,${BILLING}\nsales,${BILLING}\nvip,${DELETED}\n`;

export async function sampleReferencesComment(): Promise<string> {
  const seed = JSON.parse(readFileSync(path.join(repoRoot, 'examples/emulator-seed.json'), 'utf8')) as EmulatorOptions;
  const emulator = await new GenesysEmulator({
    objects: seed.objects ?? {},
    tables: [
      {
        id: 'b4e6a8c0-2d4f-4b6a-8c0e-2f4a6c8e0a13', // fixed, as the plan hash holds it
        name: 'Routes',
        properties: { key: { title: 'Route', type: 'string' }, queue_id: { title: 'Queue', type: 'string' } },
        rows: [
          { key: 'billing', queue_id: BILLING },
          { key: 'sales', queue_id: SUPPORT },
          { key: 'vip', queue_id: SUPPORT },
        ],
      },
    ],
  }).start();
  const http = new HttpClient({ random: () => 0 });
  try {
    const provider = new GenesysProvider(
      { apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, clientId: 'local-client', clientSecret: 'local-secret' },
      http,
    );
    // The emulator's host is a loopback port that changes each run; the picture names an org as a user's would be.
    provider.describeOrg = () => 'the Genesys org at api.mypurecloud.ie';
    const file: DataFile = {
      relativePath: 'tables/Routes.csv',
      absolutePath: '/nowhere/tables/Routes.csv',
      open: () => Readable.from([Buffer.from(CSV)]),
      table: 'Routes',
      importMode: 'replace',
      maxDeletes: { percent: 25 },
      delimiter: ',',
    };
    await loadYaml();
    const { references, ...schema } = readSchemaFile(SCHEMA, SCHEMA_PATH);
    const planned = await planOneLive(
      file,
      provider,
      () => {},
      () => ({ path: SCHEMA_PATH, schema, references }),
    );
    const run = { tables: [planned], failures: [] };
    const notices = await checkReferences(run, provider, { everyRow: false, log: () => {} });
    const plan = planned.plan;
    return renderComment({
      mode: 'plan',
      plans: [plan],
      failures: [],
      notices,
      configId: 'example',
      planMarker: { hash: plan.hash, sha: 'example' },
      commit: { planned: '4f2c1e9' },
      wherePlanIs: 'the whole plan is in the artifact.',
      link: (name, line) => `https://github.com/acme/tables/blob/4f2c1e9/${name}#L${line}`,
    });
  } finally {
    await http.close();
    await emulator.stop();
  }
}
