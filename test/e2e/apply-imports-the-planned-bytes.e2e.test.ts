import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/run-action.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { startEmulator } from '../support/emulator.ts';
import { pushEnv } from '../support/github-env.ts';

// The apply imports exactly the bytes that were planned, through the action: a file rewritten meanwhile is refused.
const env = useE2eEnvironment();

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const ws = path.join(env.dir, `ws-${Math.random().toString(36).slice(2)}`);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, name)), { recursive: true });
    await writeFile(path.join(ws, name), text);
  }
  return ws;
}

describe('files between the plan and the import', () => {
  it('refuses to import bytes that differ from the ones planned', async () => {
    const ws = await workspaceWith({});
    await mkdir(path.join(ws, 'tables'), { recursive: true });
    const file = path.join(ws, 'tables', 'Holidays.csv');
    const planned = await readFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), 'utf8');
    await writeFile(file, planned);
    // The apply asks whether an import is running just before it reads the file again: that answer is held back, and
    // the file is rewritten meanwhile, so the apply cannot have read it yet however loaded the machine is.
    // The answer is held back for real time while the file is rewritten: an emulator (and a run) on the real clock.
    await env.emulator.stop();
    env.emulator = await startEmulator();
    env.emulator.faults.jobDurationMs = 0;
    env.emulator.faults.slowAnswers = { pathEndsWith: '/import/jobs', ms: 2000, count: 1 };
    const running = runSample(
      env.emulator,
      { file: 'tables/Holidays.csv', mode: 'apply' },
      { workspace: ws, env: pushEnv(env.github, false) },
    );
    const listing = () => env.emulator.requests.some((r) => r.method === 'GET' && r.path.endsWith('/import/jobs'));
    for (let i = 0; i < 4000 && !listing(); i++) await sleep(5);
    // Rewritten in place with bytes of the same length: a truncating write could be read as an empty file instead.
    const changed = planned.replace('Christmas Day,2027-12-25,true', 'Christmas Day,2027-12-24,true');
    expect(changed).not.toBe(planned);
    await writeFile(file, changed, { flag: 'r+' });
    const result = await running;
    expect(listing()).toBe(true);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('the file changed after it was planned');
    expect(importStarts(env.emulator)).toHaveLength(0);
  });
});
