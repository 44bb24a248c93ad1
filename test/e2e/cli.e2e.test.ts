import { execFile, spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/run-action.ts';
import { importStarts, useE2eEnvironment } from '../support/e2e.ts';
import { credentials } from '../support/emulator.ts';

// The command line (dist/cli/index.js, the bin of package.json): the action's engine with a terminal runner.
const env = useE2eEnvironment();
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function cliEnv(extraEnv: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    TMPDIR: path.join(env.dir, 'tmp'),
    DATATABLE_SYNC_GENESYS_CLIENT_ID: credentials.clientId,
    DATATABLE_SYNC_GENESYS_CLIENT_SECRET: credentials.clientSecret,
    DATATABLE_SYNC_GENESYS_API_URL: env.emulator.apiUrl,
    DATATABLE_SYNC_GENESYS_LOGIN_URL: env.emulator.apiUrl,
    ...extraEnv,
  };
}

async function runCli(args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<CliRun> {
  await mkdir(path.join(env.dir, 'tmp'), { recursive: true });
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd, timeout: 60_000, env: cliEnv(extraEnv) },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * The command line under a pseudo-terminal (util-linux `script`), as a person at a terminal runs it: answers are typed
 * once the prompt shows. Bounded: the run is killed after 60 s.
 */
async function runInTerminal(
  args: string[],
  cwd: string,
  answer: string,
  /** Typed at once, before the question shows (the next lines of a pasted block). */
  typedEarly?: string,
): Promise<{ code: number; output: string }> {
  await mkdir(path.join(env.dir, 'tmp'), { recursive: true });
  const command = [process.execPath, cli, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...cliEnv(), TERM: 'dumb' } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  if (typedEarly !== undefined) child.stdin.write(typedEarly);
  for (let i = 0; i < 600 && !output.includes('Enter a value:') && child.exitCode === null; i++) await sleep(50);
  child.stdin.write(`${answer}\n`);
  const code = await new Promise<number>((resolve) => child.on('exit', (exit) => resolve(exit ?? 1)));
  clearTimeout(timer);
  return { code, output };
}

async function workspace(name = 'laptop'): Promise<string> {
  const ws = path.join(env.dir, name);
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  await cp(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), path.join(ws, 'tables', 'Holidays.csv'));
  return ws;
}

describe('datatable-sync on the command line', () => {
  it('plans (exit 2: changes), applies with --auto-approve, and plans again (exit 0), printing for a terminal', async () => {
    const ws = await workspace();
    const plan = await runCli(['plan', 'tables/Holidays.csv'], ws);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('Data tables plan');
    expect(plan.stdout).toContain('Plan: 1 to add, 2 to change, 1 to delete, 5 unchanged.');
    expect(plan.stdout).not.toMatch(/<details>|<summary>|\\!|\u200b/);
    expect(`${plan.stdout}${plan.stderr}`).not.toContain(credentials.clientSecret);
    expect(plan.stderr).not.toContain('::');
    // Terminal words: no GitHub notices on a laptop.
    expect(`${plan.stdout}${plan.stderr}`).not.toMatch(/artifact|GitHub token|reviewed plan/i);

    const apply = await runCli(['apply', '--file', 'tables/Holidays.csv', '--auto-approve'], ws);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('Import results');
    expect(`${apply.stdout}${apply.stderr}`).not.toMatch(/artifact|GitHub token|reviewed plan/i);
    expect(env.emulator.rowsOf('Holidays').map((r) => r.key)).toContain('Thanksgiving Day');
    // The snapshot's path is printed, in a private folder made for this run, and still there afterwards.
    const snapshots = /before the import \(to restore with import-mode: replace\): (\S+)/.exec(
      apply.stderr,
    )?.[1] as string;
    expect(await readdir(snapshots)).toEqual(['Holidays.csv']);
    expect((await stat(path.dirname(snapshots))).mode & 0o777).toBe(0o700);
    expect((await runCli(['plan', 'tables/Holidays.csv'], ws)).code).toBe(0);
  });

  it('refuses to apply without a terminal to ask at and without --auto-approve: nothing changes', async () => {
    const ws = await workspace();
    const apply = await runCli(['apply', 'tables/Holidays.csv'], ws);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('there is no terminal to ask at: pass --auto-approve');
    expect(apply.stdout).toContain('Data tables apply'); // the plan was shown
    expect(importStarts(env.emulator)).toHaveLength(0);
  });

  it('on a terminal, shows the plan and waits for "yes"; anything else cancels', async () => {
    const ws = await workspace();
    const no = await runInTerminal(['apply', 'tables/Holidays.csv'], ws, 'y');
    expect(no.output).toContain('Do you want to apply these changes?');
    expect(no.output).toContain('Apply cancelled: nothing was applied');
    expect(no.code).toBe(1);
    expect(importStarts(env.emulator)).toHaveLength(0);

    const yes = await runInTerminal(['apply', 'tables/Holidays.csv'], ws, 'yes');
    expect(yes.code).toBe(0);
    expect(yes.output).toContain('Import results');
    expect(importStarts(env.emulator)).toHaveLength(1);
  });

  it('never takes a line typed before the question for its answer (the rest of a pasted block)', async () => {
    const ws = await workspace();
    const pasted = await runInTerminal(['apply', 'tables/Holidays.csv'], ws, 'no', 'yes\nkill %1\n');
    expect(pasted.output).toContain('2 line(s) typed before this question were ignored');
    expect(pasted.output).toContain('Apply cancelled: nothing was applied');
    expect(pasted.code).toBe(1);
    expect(importStarts(env.emulator)).toHaveLength(0);
  });

  it('exports the table with its schema file, and validates edits against it offline', async () => {
    const ws = await workspace();
    const exported = await runCli(['export', 'tables/Holidays.csv', '--force'], ws);
    expect(exported.code).toBe(0);
    const schema = JSON.parse(await readFile(path.join(ws, 'tables', 'Holidays.schema.json'), 'utf8'));
    expect(schema.fields[0]).toEqual({ name: 'key', title: 'Holiday', type: 'string', key: true });
    expect(schema.fields.find((f: { name: string }) => f.name === 'Callback Hours')).toMatchObject({
      type: 'integer',
      minimum: 0,
      maximum: 24,
    });

    // Offline: no credentials at all.
    const offline = { DATATABLE_SYNC_GENESYS_CLIENT_ID: '', DATATABLE_SYNC_GENESYS_CLIENT_SECRET: '' };
    expect((await runCli(['validate', 'tables/Holidays.csv'], ws, offline)).code).toBe(0);
    const text = await readFile(path.join(ws, 'tables', 'Holidays.csv'), 'utf8');
    await writeFile(path.join(ws, 'tables', 'Holidays.csv'), text.replace(/,8,0\n/, ',eight,0\n'));
    const invalid = await runCli(['validate', 'tables/Holidays.csv'], ws, offline);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/tables\/Holidays\.csv:\d+: error: Callback Hours: .*\(value "eight"\)/);
    expect(invalid.stdout).toContain('tables/Holidays.schema.json');
    const before = env.emulator.requests.length;
    await runCli(['validate', 'tables/Holidays.csv'], ws, offline);
    expect(env.emulator.requests.length).toBe(before); // validate never calls the vendor
  });

  it('export never overwrites a file with changes not committed to git, unless --force', async () => {
    const ws = await workspace('repo');
    const git = (...args: string[]) => spawnSync('git', args, { cwd: ws, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'tables');
    const edited = 'Holiday,Date,Closed,Greeting,Callback Hours,Surcharge\nMy edit,2030-01-01,true,,0,0\n';
    await writeFile(path.join(ws, 'tables', 'Holidays.csv'), edited);
    const refused = await runCli(['export', 'tables/Holidays.csv'], ws);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('tables/Holidays.csv was not written: it has changes not committed to git');
    // Nothing was exported: no empty export table on stdout above the error.
    expect(refused.stdout).toBe('');
    expect(await readFile(path.join(ws, 'tables', 'Holidays.csv'), 'utf8')).toBe(edited);
    git('checkout', '--', 'tables/Holidays.csv');
    expect((await runCli(['export', 'tables/Holidays.csv'], ws)).code).toBe(0);
  });

  it('speaks terminal words: usage errors with suggestions, credentials named as environment variables', async () => {
    const ws = await workspace();
    const secret = await runCli(['plan', 'tables/Holidays.csv', '--genesys-client-secret', 'hunter22'], ws);
    expect(secret.code).toBe(1);
    expect(secret.stderr).toContain('set it in the environment as DATATABLE_SYNC_GENESYS_CLIENT_SECRET');
    const unknown = await runCli(['plan', '--tabel', 'Holidays'], ws);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown flag --tabel; did you mean --table?');
    const typo = await runCli(['aply'], ws);
    expect(typo.stderr).toContain('did you mean "apply"?');
    const none = await runCli([], ws);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('Usage: datatable-sync');
    const help = await runCli(['apply', '--help'], ws);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--auto-approve');
    expect(help.stdout).toContain('DATATABLE_SYNC_GENESYS_CLIENT_SECRET');
    expect((await runCli(['--version'], ws)).stdout).toMatch(/^datatable-sync \d+\.\d+\.\d+\n$/);

    const missing = await runCli(['plan', 'tables/Holidays.csv'], ws, {
      DATATABLE_SYNC_GENESYS_CLIENT_ID: '',
      DATATABLE_SYNC_GENESYS_CLIENT_SECRET: '',
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      '--genesys-client-id (or DATATABLE_SYNC_GENESYS_CLIENT_ID) and DATATABLE_SYNC_GENESYS_CLIENT_SECRET are required',
    );
    expect(missing.stderr).not.toMatch(/\binputs?\b|repository secrets/i);
    // A bad value is named as the flag and variable that set it, not as an action's input.
    const bad = await runCli(['plan', 'tables/Holidays.csv', '--max-deletes', 'lots'], ws);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--max-deletes (or DATATABLE_SYNC_MAX_DELETES) is "lots"; use a row count like 10');
    expect(bad.stderr).not.toMatch(/\binput\b/i);

    // A refused login: the reason, and no "Plan: 0 to add" for a plan that was never made.
    const refused = await runCli(['plan', 'tables/Holidays.csv'], ws, {
      DATATABLE_SYNC_GENESYS_CLIENT_SECRET: 'wrong',
    });
    expect(refused.code).toBe(1);
    expect(refused.stdout).not.toContain('Plan: 0 to add');
    expect(refused.stderr).toContain('Genesys login');
  });
});
