import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSample, useE2eEnvironment } from '../support/e2e.ts';

// Hostile input costs bounded work, through the action: a huge line, a huge vendor answer and a glob escaping the
// workspace are each refused before they are read whole or walked.
const env = useE2eEnvironment();

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const ws = path.join(env.dir, `ws-${Math.random().toString(36).slice(2)}`);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, name)), { recursive: true });
    await writeFile(path.join(ws, name), text);
  }
  return ws;
}

describe('bounded work', () => {
  it('refuses a file of one 8 MB line at once, unparsed', async () => {
    const ws = await workspaceWith({ 'tables/Holidays.csv': 'x'.repeat(8 * 1024 * 1024) });
    const result = await runSample(env.emulator, { file: 'tables/Holidays.csv' }, { workspace: ws });
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain('the first line is over 1048576 characters long without a line break');
  });

  it('refuses a vendor answer larger than any answer can be, without reading it whole', async () => {
    env.emulator.faults.hugeAnswers = { count: 1, bytes: 40 * 1024 * 1024 };
    const result = await runSample(env.emulator, {});
    expect(result.exitCode).toBe(1);
    expect(result.summary).toMatch(/answered with more than 32 MiB, more than this answer can be; stopped reading it/);
  });

  it('refuses glob parts that match "..", before walking', async () => {
    const result = await runSample(env.emulator, { file: '[.][.]/*' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('has a part ("[.][.]") that matches "." or ".."');
  });
});
