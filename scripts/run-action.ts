/**
 * Runs the action as a GitHub runner does: inputs in INPUT_* variables, files for summary and outputs. By default the
 * bundle (dist/index.js) in its own process; with `bundle: false`, the engine's run() in this process through the
 * GitHub runner built over a private environment (no bundle needed, and the run's clock may be a test's).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Clock } from '../src/core/clock.ts';

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

export interface ActionRunOptions {
  inputs: Record<string, string>;
  workspace?: string;
  env?: Record<string, string>;
  /** Longest run before it is killed (every test bound is finite; a run in this process is bounded by its test's). */
  timeoutMs?: number;
  /** Run dist/index.js in a process of its own (default), or run() in this one (false). */
  bundle?: boolean;
  /** In this process only: the run's clock (default: the real one). */
  clock?: Clock;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'datatable-action-'));
  const summaryFile = path.join(dir, 'summary.md');
  const outputFile = path.join(dir, 'output.txt');
  await writeFile(summaryFile, '');
  await writeFile(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace ?? repoRoot,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  try {
    const { exitCode, stdout, stderr } =
      options.bundle === false ? await runInProcess(env, options.clock) : await runBundle(env, options.timeoutMs);
    return {
      exitCode,
      stdout,
      stderr,
      summary: await readFile(summaryFile, 'utf8'),
      outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function runBundle(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'index.js')], {
    env,
    cwd: env.GITHUB_WORKSPACE,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  // 'error' instead of 'close' when the process cannot start (a missing cwd): never wait for ever.
  const exitCode = await new Promise<number>((resolve) => {
    child.on('close', (code) => resolve(code ?? -1));
    child.on('error', () => resolve(-1));
  });
  clearTimeout(timer);
  return { exitCode, stdout, stderr };
}

/**
 * run() in this process, as src/index.ts runs it after its Node.js check: the same runner over `env`, its log
 * collected instead of written to this process's stdout, its failure an exit code of its own.
 */
async function runInProcess(
  env: Record<string, string>,
  clock: Clock | undefined,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  // Loaded when asked: the demo and the benches, which run the bundle, never load the engine from source.
  const [{ createActionRunner }, { run }] = await Promise.all([
    import('../src/github/action.ts'),
    import('../src/run/main.ts'),
  ]);
  let stdout = '';
  const runner = createActionRunner({
    env,
    stdout: {
      write: (text: string) => {
        stdout += text;
      },
    },
    ...(clock ? { clock } : {}),
    cwd: env.GITHUB_WORKSPACE ?? repoRoot,
  });
  const stderr = { text: '' };
  stderrSinks.add(stderr);
  teeStderr();
  try {
    await run(runner);
  } catch (error) {
    // As src/index.ts: the last line of defence, the stack only in debug logs.
    if (error instanceof Error && error.stack) runner.debug(error.stack);
    runner.fail(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    stderrSinks.delete(stderr);
  }
  return { exitCode: runner.exitCode(), stdout, stderr: stderr.text };
}

/**
 * What this process writes to stderr while runs are in it (a library's warning, a stray log), copied to each run's
 * stderr as well, so that a test's look at every channel still sees it. Runs side by side each get every line.
 */
const stderrSinks = new Set<{ text: string }>();
let teeing = false;
function teeStderr(): void {
  if (teeing) return;
  teeing = true;
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    for (const sink of stderrSinks) sink.text += text;
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stderr.write;
}

/** The runner's output file: `name<<DELIMITER`, the value's lines, then the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!start) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== start[2]; i++) value.push(lines[i] as string);
    outputs[start[1] as string] = value.join('\n');
  }
  return outputs;
}
