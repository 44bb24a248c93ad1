import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/run-action.ts';
import { startEmulator } from '../support/emulator.ts';

// `npm run emulator` as a person runs it: in the background, then `kill %1`, which ends npm and not its child.
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  children.length = 0;
});

/** Starts a command and collects its output until `until` shows up (or it ends). */
function start(command: string, args: string[], until: RegExp): Promise<{ child: ChildProcess; output: string }> {
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve) => {
    const done = () => resolve({ child, output });
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (until.test(output)) done();
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', done);
  });
}

const answers = async (url: string) => {
  try {
    await fetch(`${url}/api/v2/flows/datatables`);
    return true;
  } catch {
    return false;
  }
};

describe('npm run emulator', () => {
  it('stops when npm is killed (kill %1), instead of holding its ports', async () => {
    const { child, output } = await start(
      'npm',
      ['run', 'emulator', '--', '--port', '0', '--storage-port', '0', '--apps-port', '0'],
      /API and login at (http:\/\/127\.0\.0\.1:\d+)/,
    );
    const url = /API and login at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] as string;
    expect(await answers(url)).toBe(true);
    child.kill('SIGTERM'); // npm itself, as the shell's `kill %1` does
    let up = true;
    for (let i = 0; i < 50 && up; i++) {
      await sleep(100);
      up = await answers(url);
    }
    expect(up).toBe(false);
  });

  it('says which port is in use and how to pick others, without a stack trace', async () => {
    const busy = await startEmulator();
    try {
      const port = new URL(busy.apiUrl).port;
      const { child, output } = await start(process.execPath, ['emulator/cli.ts', '--port', port], /$^/);
      expect(child.exitCode).toBe(1);
      expect(output).toContain(`error: port ${port} on 127.0.0.1 is in use`);
      expect(output).toContain('npm run emulator -- --port 9080 --storage-port 9081 --apps-port 9082');
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      await busy.stop();
    }
  });
});
