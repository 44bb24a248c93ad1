import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/run-action.ts';
import { useE2eEnvironment } from '../support/e2e.ts';
import { credentials } from '../support/emulator.ts';

// dist/cli/index.js in a folder that holds datatables.yml, as CI's workflows read it: the laptop plans with the same
// settings (max-deletes 10% here, where the command line's own default is 25%), says which in its first line, reads
// paths from where it was typed (npm's INIT_CWD under `npm --prefix clone run cli`), and leaves no run folder behind
// unnamed.
const env = useE2eEnvironment();
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const tmp = () => path.join(env.dir, 'tmp');

function runCli(args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      {
        cwd,
        timeout: 60_000,
        env: {
          PATH: process.env.PATH ?? '',
          TMPDIR: tmp(),
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

/** A clone's folder: tables/Holidays.csv (its plan deletes 1 of the 8 live rows) and, if given, datatables.yml. */
async function folder(name: string, config?: string): Promise<string> {
  const ws = path.join(env.dir, name);
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  await mkdir(tmp(), { recursive: true });
  await cp(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), path.join(ws, 'tables', 'Holidays.csv'));
  if (config !== undefined) await writeFile(path.join(ws, 'datatables.yml'), config);
  return ws;
}

const runFolders = async () => (await readdir(tmp())).filter((name) => name.startsWith('datatable-sync-'));

describe('datatable-sync plan in a folder holding datatables.yml', () => {
  it("plans with the config's max-deletes, not the command line's default, and says so in its first line", async () => {
    // The repository's own example config: max-deletes 10%, every CSV under tables/.
    const config = await import('node:fs/promises').then((fs) =>
      fs.readFile(path.join(repoRoot, 'examples', 'config', 'datatables.yml'), 'utf8'),
    );
    const ws = await folder('with-config', config);

    const whole = await runCli(['plan'], ws);
    expect(whole.stderr.split('\n')[0]).toBe(
      `Settings: datatables.yml (found in ${ws}): provider genesys; tables/**/*.csv: import-mode replace, max-deletes 10%.`,
    );
    // 10% of 8 live rows allows none of the 1 deletion: refused, as CI would refuse it.
    expect(whole.code).toBe(1);
    expect(whole.stderr).toContain('max-deletes (10%) allows 0');

    // A file named on the command line takes the settings of the entry that covers it.
    const one = await runCli(['plan', 'tables/Holidays.csv'], ws);
    expect(one.stderr.split('\n')[0]).toBe(
      `Settings for tables/Holidays.csv: datatables.yml (found in ${ws}), entry 1 (tables/**/*.csv): provider genesys, import-mode replace, max-deletes 10%.`,
    );
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('max-deletes (10%) allows 0');
    // Nothing of these plans stays behind in the temp folder: the plan was printed.
    expect(await runFolders()).toEqual([]);
  });

  it('without datatables.yml plans with the flags and defaults, saying that too', async () => {
    const ws = await folder('without-config');
    const run = await runCli(['plan', 'tables/Holidays.csv'], ws);
    expect(run.stderr.split('\n')[0]).toBe(
      `Settings for tables/Holidays.csv: flags, environment and defaults (no datatables.yml in ${ws}): provider genesys, import-mode replace, max-deletes 25%.`,
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Plan: 1 to add, 2 to change, 1 to delete, 5 unchanged.');
  });

  it('reads paths from where npm was called (INIT_CWD), not from the clone npm runs the script in', async () => {
    const ws = await folder('team-repo', 'max-deletes: 1\ntables:\n  - file: tables/*.csv\n');
    // `npm --prefix <clone> run cli -- plan tables/Holidays.csv` typed in ws: npm runs the script in the clone.
    const run = await runCli(['plan', 'tables/Holidays.csv'], repoRoot, {
      npm_lifecycle_event: 'cli',
      INIT_CWD: ws,
    });
    expect(run.stderr.split('\n')[0]).toContain(`datatables.yml (found in ${ws}), entry 1 (tables/*.csv)`);
    expect(run.stderr.split('\n')[0]).toContain('max-deletes 1.');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Plan: 1 to add, 2 to change, 1 to delete, 5 unchanged.');
  });

  it('names the run folder it keeps (the snapshot of an apply), and keeps nothing else', async () => {
    const ws = await folder('apply', 'max-deletes: 25%\ntables:\n  - file: tables/Holidays.csv\n');
    const apply = await runCli(['apply', '--auto-approve'], ws);
    expect(apply.code).toBe(0);
    const kept = await runFolders();
    expect(kept).toHaveLength(1);
    const folderPath = path.join(tmp(), kept[0] as string);
    expect(apply.stderr).toContain(
      `This run's folder is kept, as it holds table data (plan.json, plan.md, Holidays.csv): ${folderPath}. Remove it when done: rm -r ${folderPath}`,
    );
  });
});
