import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionRun } from '../../scripts/run-action.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { pullRequestEnv } from '../support/github-env.ts';

// Nothing leaves the workspace: paths given to the action, and files in the repository, never reach outside it.
const env = useE2eEnvironment();
const SECRET = 'sekrit-Value-8c1f2e';
let ws: string;
let outside: string;
let runnerTemp: string;

beforeEach(async () => {
  ws = path.join(env.dir, 'ws');
  outside = path.join(env.dir, 'outside');
  runnerTemp = path.join(env.dir, 'runner-temp');
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  await mkdir(outside);
  await mkdir(runnerTemp);
  // A file outside the workspace that looks like a table and holds a secret.
  await writeFile(path.join(outside, 'secrets.csv'), `Holiday,Greeting\nNew Year's Day,${SECRET}\n`);
});

async function everyFile(dir: string): Promise<string> {
  let text = '';
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) text += await readFile(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return text;
}

/** Every channel the action writes to: stdout, stderr, summary, outputs, PR comments, files under RUNNER_TEMP. */
async function channels(result: ActionRun): Promise<string> {
  const comments = [...env.github.comments.values()].flat().map((c) => c.body);
  return [
    result.stdout,
    result.stderr,
    result.summary,
    JSON.stringify(result.outputs),
    ...comments,
    await everyFile(runnerTemp),
  ].join('\n');
}

const run = async (inputs: Record<string, string>, extraEnv: Record<string, string> = {}) =>
  runSample(env.emulator, inputs, {
    workspace: ws,
    env: { RUNNER_TEMP: runnerTemp, DATATABLE_TEST_SECRET: SECRET, ...extraEnv },
  });

describe('the path gate, through the action', () => {
  it('refuses a committed symlink to a file outside the workspace; the secret reaches no channel', async () => {
    await symlink(path.join(outside, 'secrets.csv'), path.join(ws, 'tables', 'Holidays.csv'));
    const result = await run({ file: 'tables/Holidays.csv' }, await pullRequestEnv(env.dir, env.github));
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      'file: "tables/Holidays.csv" goes through a symbolic link (tables/Holidays.csv); the action does not follow links',
    );
    expect(await channels(result)).not.toContain(SECRET);
  });

  it('refuses a schema file beside the CSV that is a symlink, failing that table; the secret reaches no channel', async () => {
    await writeFile(path.join(ws, 'tables', 'Holidays.csv'), "Holiday,Date\nNew Year's Day,2027-01-01\n");
    await symlink(path.join(outside, 'secrets.csv'), path.join(ws, 'tables', 'Holidays.schema.json'));
    const result = await run({ file: 'tables/Holidays.csv' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failure-reason']).toBe('table-failed');
    expect(result.stdout).toContain('goes through a symbolic link (tables/Holidays.schema.json)');
    expect(await channels(result)).not.toContain(SECRET);
  });

  it('refuses a symlink to /proc/self/environ, and one in a folder on the way', async () => {
    await symlink('/proc/self/environ', path.join(ws, 'tables', 'Holidays.csv'));
    const direct = await run({ file: 'tables/Holidays.csv' });
    expect(direct.exitCode).toBe(1);
    expect(await channels(direct)).not.toContain(SECRET);

    await symlink(outside, path.join(ws, 'linked'));
    const viaFolder = await run({ file: 'linked/secrets.csv', table: 'Holidays' });
    expect(viaFolder.exitCode).toBe(1);
    expect(viaFolder.stdout).toContain('goes through a symbolic link (linked)');
    expect(await channels(viaFolder)).not.toContain(SECRET);
  });

  it('names a symlink a glob matches (the link, never its target) instead of leaving its table unplanned', async () => {
    await symlink(path.join(outside, 'secrets.csv'), path.join(ws, 'tables', 'Holidays.csv'));
    // A real file beside it: the glob must not plan it alone, as if Holidays were not there.
    await writeFile(path.join(ws, 'tables', 'Queues.csv'), 'Holiday,Greeting\nA,b\n');
    await writeFile(path.join(ws, 'tables.yml'), 'tables:\n  - file: tables/*.csv\n');
    const globbed = await run({ file: '', config: 'tables.yml' });
    expect(globbed.exitCode).toBe(1);
    expect(globbed.stdout).toContain(
      'file: "tables/*.csv" meets a symbolic link (tables/Holidays.csv); the action does not follow links',
    );
    expect(await channels(globbed)).not.toContain(outside);
    expect(await channels(globbed)).not.toContain(SECRET);
    expect(importStarts(env.emulator)).toEqual([]);

    const braces = await run({ file: 'tables/{a,b}{c,d}{e,f}.csv' });
    expect(braces.stdout).toContain('uses braces; list each file or use * and ** instead');
  });

  it('refuses ../ escapes and absolute paths, in inputs and in the config file', async () => {
    await writeFile(path.join(env.dir, 'x.csv'), `Holiday\n${SECRET}\n`);
    for (const file of ['../x.csv', 'tables/../../x.csv', path.join(env.dir, 'x.csv')]) {
      const result = await run({ file, table: 'Holidays' });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(/leaves the workspace|is an absolute path/);
      expect(await channels(result)).not.toContain(SECRET);
    }
    await writeFile(path.join(ws, 'tables.yml'), 'tables:\n  - file: ../x.csv\n    table: Holidays\n');
    const config = await run({ file: '', config: 'tables.yml' });
    expect(config.stdout).toContain('file: "../x.csv" leaves the workspace');
    const configOutside = await run({ file: '', config: '../x.csv' });
    expect(configOutside.stdout).toContain('config: "../x.csv" leaves the workspace');
  });

  it('export refuses to write through a symlink or outside the workspace', async () => {
    const target = path.join(outside, 'secrets.csv');
    const before = await readFile(target, 'utf8');
    await symlink(target, path.join(ws, 'tables', 'Holidays.csv'));
    const through = await run({ mode: 'export', file: 'tables/Holidays.csv' });
    expect(through.exitCode).toBe(1);
    expect(through.stdout).toContain('goes through a symbolic link');
    expect(await readFile(target, 'utf8')).toBe(before);

    const escaped = await run({ mode: 'export', file: '../escaped.csv', table: 'Holidays' });
    expect(escaped.exitCode).toBe(1);
    await expect(stat(path.join(env.dir, 'escaped.csv'))).rejects.toThrow();
    expect(importStarts(env.emulator)).toHaveLength(0);
  });
});
