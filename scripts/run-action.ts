/** Runs the bundled action (dist/index.js) as a GitHub runner does: inputs in INPUT_* variables, files for summary and outputs. */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

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
  /** Longest run before it is killed (every test bound is finite). */
  timeoutMs?: number;
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
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    // 'error' instead of 'close' when the process cannot start (a missing cwd): never wait for ever.
    const exitCode = await new Promise<number>((resolve) => {
      child.on('close', (code) => resolve(code ?? -1));
      child.on('error', () => resolve(-1));
    });
    clearTimeout(timer);
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
