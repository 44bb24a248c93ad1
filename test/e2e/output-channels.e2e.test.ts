import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/run-action.ts';
import { runSample, useE2eEnvironment } from '../support/e2e.ts';

// Log lines carry file names, table names and job ids: none of them may start a workflow command.
const env = useE2eEnvironment();

/** Lines of stdout the runner would run as a command, apart from the masks the action registers itself. */
function commands(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^\s*(::|##\[)/.test(line) && !line.startsWith('::add-mask::'));
}

describe('the log door, through dist/index.js', () => {
  it('a file name with a newline and ::warning:: injects no command', async () => {
    const ws = path.join(env.dir, 'ws');
    const name = 'Holidays\n::warning file=forged.csv::injected\n::stop-commands::abc\n.csv';
    await mkdir(path.join(ws, 'tables'), { recursive: true });
    await copyFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), path.join(ws, 'tables', name));
    const result = await runSample(
      env.emulator,
      { file: `tables/${name}`, table: 'Holidays' },
      { workspace: ws, bundle: true },
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('tables/Holidays\\n:\u200b:warning file=forged.csv:\u200b:injected');
    // The action's own annotations name the file too, escaped by the toolkit (%0A, %3A): only forged ones count.
    const forged = commands(result.stdout).filter((line) => /^\s*::(warning file=forged|stop-commands)/.test(line));
    expect(forged).toEqual([]);
    expect(
      commands(result.stdout).every((line) => /^::(warning|error|notice|debug|group|endgroup)[ :]/.test(line)),
    ).toBe(true);
  });
});
