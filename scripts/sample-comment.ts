/**
 * The pull request comment of the sample plan, as the README's picture shows it: examples/data/Holidays.csv against
 * the sample table (read by two flows), with one invalid cell so that the error list shows too. Used by `npm run screenshot` and by the
 * test that keeps docs/comment.png current.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EmulatorOptions } from '../emulator/server.ts';
import { planTable } from '../src/core/plan.ts';
import { readersOf } from '../src/providers/genesys/readers.ts';
import { schemaFromJson } from '../src/providers/genesys/schema.ts';
import { renderComment } from '../src/review/protocol.ts';
import { repoRoot } from './run-action.ts';

export async function sampleComment(): Promise<string> {
  const seed = JSON.parse(readFileSync(path.join(repoRoot, 'examples/emulator-seed.json'), 'utf8')) as EmulatorOptions;
  const table = seed.tables?.[0];
  if (!table) throw new Error('no sample table');
  const csv = readFileSync(path.join(repoRoot, 'examples/data/Holidays.csv'), 'utf8').replace(
    "Presidents' Day,2027-02-15,false,,8,0",
    "Presidents' Day,2027-02-15,false,,8h,0",
  );
  const plan = await planTable({
    file: 'tables/Holidays.csv',
    source: csv,
    table: { id: table.id ?? 't', name: table.name },
    schema: schemaFromJson(table.name, { properties: table.properties }),
    liveRecords: table.rows ?? [],
    mode: 'replace',
    maxDeletes: { percent: 25 },
    limits: { maxRows: 5000, maxKeyLength: 256 },
  });
  // The flows that read the table, as the emulator's dependency tracking gives them.
  plan.readers = readersOf({ entities: table.consumers ?? [], total: table.consumers?.length ?? 0 }, 'OPERATIONAL');
  return renderComment({
    mode: 'plan',
    plans: [plan],
    failures: [],
    configId: 'example',
    planMarker: { hash: plan.hash, sha: 'example' },
    commit: { planned: '4f2c1e9' },
    wherePlanIs: 'the whole plan is in the artifact.',
    link: (file, line) => `https://github.com/acme/tables/blob/4f2c1e9/${file}#L${line}`,
  });
}
