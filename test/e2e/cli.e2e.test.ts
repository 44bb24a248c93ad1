import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/run-action.ts';
import { useE2eEnvironment } from '../support/e2e.ts';
import { credentials } from '../support/emulator.ts';

// The command line (dist/cli/index.js, the bin of package.json): the action's engine with a terminal runner.
const env = useE2eEnvironment();
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      {
        cwd,
        timeout: 60_000,
        env: {
          PATH: process.env.PATH ?? '',
          DATATABLE_SYNC_GENESYS_CLIENT_ID: credentials.clientId,
          DATATABLE_SYNC_GENESYS_CLIENT_SECRET: credentials.clientSecret,
          DATATABLE_SYNC_GENESYS_API_URL: env.emulator.apiUrl,
          DATATABLE_SYNC_GENESYS_LOGIN_URL: env.emulator.apiUrl,
          ...extraEnv,
        },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function workspace(): Promise<string> {
  const ws = path.join(env.dir, 'laptop');
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  await cp(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), path.join(ws, 'tables', 'Holidays.csv'));
  return ws;
}

describe('datatable-sync on the command line', () => {
  it('plans (exit 2: changes), applies, and plans again (exit 0), printing the plan for a terminal', async () => {
    const ws = await workspace();
    const plan = await runCli(['plan', 'tables/Holidays.csv'], ws);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('Data tables plan');
    expect(plan.stdout).toContain('Plan: 1 to add, 2 to change, 1 to delete, 5 unchanged.');
    expect(plan.stdout).not.toMatch(/<details>|<summary>|\\!/);
    expect(`${plan.stdout}${plan.stderr}`).not.toContain(credentials.clientSecret);
    expect(plan.stderr).not.toContain('::');

    const apply = await runCli(['apply', '--file', 'tables/Holidays.csv'], ws);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('Import results');
    expect(env.emulator.rowsOf('Holidays').map((r) => r.key)).toContain('Thanksgiving Day');
    expect((await runCli(['plan', 'tables/Holidays.csv'], ws)).code).toBe(0);
  });

  it('exports the table with its schema file, and validates edits against it offline', async () => {
    const ws = await workspace();
    const exported = await runCli(['export', 'tables/Holidays.csv'], ws);
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
    expect(env.emulator.requests.filter((r) => r.path.includes('/rows')).length).toBeGreaterThan(0);
    const before = env.emulator.requests.length;
    await runCli(['validate', 'tables/Holidays.csv'], ws, offline);
    expect(env.emulator.requests.length).toBe(before); // validate never calls the vendor
  });

  it('refuses a credential on the command line and an unknown flag, with usage, exit 1', async () => {
    const ws = await workspace();
    const secret = await runCli(['plan', 'tables/Holidays.csv', '--genesys-client-secret', 'hunter22'], ws);
    expect(secret.code).toBe(1);
    expect(secret.stderr).toContain('set it in the environment as DATATABLE_SYNC_GENESYS_CLIENT_SECRET');
    const unknown = await runCli(['plan', '--tabel', 'Holidays'], ws);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown flag --tabel');
    const none = await runCli([], ws);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('Usage: datatable-sync');
  });
});
