import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createActionRunner } from '../src/github/action.ts';
import { FakeClock } from './support/fake-clock.ts';

// The GitHub runner built from what it is given, so runs can live side by side in one process (the e2e tests): each
// reads its own environment, writes its own log and outputs, and keeps its own exit code and folds.
let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = '';
});

function runnerOver(env: Record<string, string>) {
  let log = '';
  const runner = createActionRunner({ env, stdout: { write: (text: string) => (log += text) } });
  return { runner, log: () => log };
}

describe('createActionRunner', () => {
  it("reads inputs, event, folders and debug from its own environment, never this process's", () => {
    const { runner } = runnerOver({
      INPUT_FILE: ' tables/a.csv ',
      GITHUB_WORKSPACE: '/work/space',
      RUNNER_TEMP: '/run/temp',
      RUNNER_DEBUG: '1',
      GITHUB_REPOSITORY: 'acme/tables',
      GITHUB_EVENT_NAME: 'push',
    });
    expect(process.env.INPUT_FILE).toBeUndefined();
    expect(runner.input('file')).toBe('tables/a.csv');
    expect(runner.workspace()).toBe('/work/space');
    expect(runner.tempDir()).toBe('/run/temp');
    expect(runner.isDebug()).toBe(true);
    expect(runner.event()).toMatchObject({ name: 'push', owner: 'acme', repo: 'tables' });
    expect(runner.proxyEnv?.INPUT_FILE).toBe(' tables/a.csv ');
  });

  it('keeps each run apart: its failure, exit code, outputs and log are its own, and process.exitCode is untouched', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'action-runner-'));
    const outputs = [path.join(dir, 'one'), path.join(dir, 'two')];
    for (const file of outputs) await writeFile(file, '');
    const one = runnerOver({ GITHUB_OUTPUT: outputs[0] as string });
    const two = runnerOver({ GITHUB_OUTPUT: outputs[1] as string });
    const before = process.exitCode;
    one.runner.fail('the table failed', 'table-failed');
    two.runner.output('changed', false);
    two.runner.info('planned');
    expect(one.runner.exitCode()).toBe(1);
    expect(two.runner.exitCode()).toBe(0);
    expect(process.exitCode).toBe(before);
    expect(one.log()).toBe('::error::the table failed\n');
    expect(two.log()).toBe('planned\n');
    expect(await readFile(outputs[0] as string, 'utf8')).toMatch(/^failure-reason<<(\S+)\ntable-failed\n\1\n$/);
    expect(await readFile(outputs[1] as string, 'utf8')).toMatch(/^changed<<(\S+)\nfalse\n\1\n$/);
  });

  it("folds each run's tables in its own log, and gives the engine the clock it was given", async () => {
    const clock = new FakeClock();
    let a = '';
    let b = '';
    const first = createActionRunner({ env: {}, stdout: { write: (t: string) => (a += t) }, clock });
    const second = createActionRunner({ env: {}, stdout: { write: (t: string) => (b += t) } });
    // Both open a fold at once: each log's fold is live, as neither sees the other's.
    await Promise.all([
      first.group('Plan A', async () => first.info('a line')),
      second.group('Plan B', async () => second.info('b line')),
    ]);
    expect(a).toBe('::group::Plan A\na line\n::endgroup::\n');
    expect(b).toBe('::group::Plan B\nb line\n::endgroup::\n');
    expect(first.clock).toBe(clock);
    expect(second.clock).toBeUndefined();
  });
});
