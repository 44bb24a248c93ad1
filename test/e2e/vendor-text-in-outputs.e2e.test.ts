import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../scripts/run-action.ts';
import { runSample, useE2eEnvironment } from '../support/e2e.ts';
import { pushEnv } from '../support/github-env.ts';

// Vendor text in an output is data: a workflow that echoes the import-jobs output (as examples once did) cannot
// start a workflow command with it, and fromJSON reads the name as the vendor wrote it.
const env = useE2eEnvironment();

describe('the import-jobs output', () => {
  it('carries a table named "Queues ##[error title=Apply succeeded]forged" as JSON data, without "##["', async () => {
    const name = 'Queues ##[error title=Apply succeeded]forged';
    const holidays = env.emulator.tableByName('Holidays');
    env.emulator.addTable({ name, properties: holidays.schema.properties, rows: [] });
    const result = await runSample(
      env.emulator,
      { mode: 'apply', table: name, 'max-deletes': '100%' },
      { env: pushEnv(env.github, false) },
    );
    expect(result.exitCode).toBe(0);
    const output = result.outputs['import-jobs'] ?? '';
    expect(output).not.toContain('#');
    expect(JSON.parse(output)).toEqual([expect.objectContaining({ table: name, status: 'Succeeded' })]);
  });
});

describe('the example workflows', () => {
  it('never put the import-jobs output, or a variable holding it, into a log line as text', () => {
    const folder = path.join(repoRoot, 'examples', 'workflows');
    const offending: string[] = [];
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.yml'))) {
      const workflow = parse(readFileSync(path.join(folder, file), 'utf8')) as {
        jobs?: Record<string, { steps?: { run?: string; env?: Record<string, string> }[] }>;
      };
      for (const job of Object.values(workflow.jobs ?? {})) {
        for (const step of job.steps ?? []) {
          if (!step.run) continue;
          if (/outputs\.import-jobs/.test(step.run)) offending.push(`${file}: the output expanded into the script`);
          const held = Object.entries(step.env ?? {})
            .filter(([, value]) => /outputs\.import-jobs/.test(String(value)))
            .map(([name]) => name);
          for (const name of held) {
            // Printed as it is: echo or printf of "$NAME" (numbers jq computes from it are fine).
            if (new RegExp(`(echo|printf)\\s+(-\\w+\\s+)*('[^']*'\\s+)?"?\\$\\{?${name}\\b`).test(step.run))
              offending.push(`${file}: ${name} printed`);
          }
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
