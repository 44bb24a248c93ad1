import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ActionRun, repoRoot } from '../../scripts/run-action.ts';
import { runAction, useE2eEnvironment } from '../support/e2e.ts';
import { credentials } from '../support/emulator.ts';

// Adopting a change made outside git: the drift check's issue offers the adopt-table workflow run, and that workflow's
// step (the action with mode: export and pull-request: true, its inputs read from the example itself) opens a pull
// request in GitHub's fake whose files hold the live values, through the same Git data API path as the rollback.
const environment = useE2eEnvironment();
const TABLE = 'Holidays';
const FILE = `tables/${TABLE}.csv`;
const SCHEMA = `tables/${TABLE}.schema.json`;
const NOON = 'Open until noon on Christmas Day.';

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
}

/** The adopt-table example's action step inputs, for one table, as workflow_dispatch fills `inputs.table`. */
async function adoptStepInputs(table: string): Promise<Record<string, string>> {
  const workflow = parse(await readFile(path.join(repoRoot, 'examples/workflows/adopt-table.yml'), 'utf8')) as {
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const step = steps.find((s) => s.uses?.startsWith('datatable-sync/datatable-sync@'));
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(step?.with ?? {})) {
    // Region and secrets are the emulator's here; everything else is as the example has it.
    if (name.startsWith('genesys-')) continue;
    inputs[name] = String(value).replace(/\$\{\{\s*inputs\.table\s*\}\}/g, table);
  }
  return inputs;
}

type Runner = (inputs: Record<string, string>, env: Record<string, string>) => Promise<ActionRun>;

/** A repository whose tables/Holidays.csv was exported from the table and committed on main (the fake knows it). */
async function repositoryInGit(): Promise<{ repo: string; run: Runner; main: string }> {
  const { emulator, github, dir } = environment;
  const repo = path.join(dir, 'repo');
  await mkdir(repo);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'admin@example.com');
  git(repo, 'config', 'user.name', 'CX admin');
  git(repo, 'config', 'commit.gpgsign', 'false');
  const run: Runner = async (inputs, env) =>
    runAction({
      inputs: {
        file: FILE,
        table: TABLE,
        'genesys-client-id': credentials.clientId,
        'genesys-client-secret': credentials.clientSecret,
        'genesys-api-url': emulator.apiUrl,
        'genesys-login-url': emulator.apiUrl,
        'github-token': 'ghs_test_token_123',
        ...inputs,
      },
      workspace: repo,
      clock: emulator.clock,
      env: {
        GITHUB_REPOSITORY: 'acme/tables',
        GITHUB_API_URL: github.url,
        RUNNER_TEMP: await mkdtemp(path.join(dir, 'runner-')),
        ...env,
      },
    });
  const exported = await run({ mode: 'export' }, {});
  expect(exported.exitCode, exported.stdout).toBe(0);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'Holidays into git');
  const main = git(repo, 'rev-parse', 'HEAD');
  github.commitParents.set(main, []);
  return { repo, run, main };
}

/** A row changed outside git, through the Genesys API as an admin's script would. */
async function changeOutsideGit(): Promise<void> {
  const { emulator } = environment;
  const login = await fetch(`${emulator.apiUrl}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token } = (await login.json()) as { access_token: string };
  const table = emulator.tableByName(TABLE);
  const row = { ...table.rows.get('Christmas Day'), Greeting: NOON };
  const answer = await fetch(
    `${emulator.apiUrl}/api/v2/flows/datatables/${table.id}/rows/${encodeURIComponent('Christmas Day')}`,
    {
      method: 'PUT',
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify(row),
    },
  );
  expect(answer.status).toBe(200);
}

describe('adopting a change made outside git', () => {
  it('the drift issue offers the adopt run, and running it opens a pull request whose plan shows no changes', async () => {
    const { emulator, github, dir } = environment;
    const { repo, run, main } = await repositoryInGit();
    await changeOutsideGit();

    // The drift check (a schedule, drift-issue: true): its issue holds the adopt workflow run and the CLI export.
    const schedule = path.join(dir, 'schedule.json');
    await writeFile(schedule, JSON.stringify({ schedule: '17 6 * * 1-5', repository: { private: true } }));
    const drift = await run(
      { 'drift-issue': 'true' },
      { GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: schedule, GITHUB_SHA: main, GITHUB_REF_NAME: 'main' },
    );
    expect(drift.exitCode, drift.stdout).toBe(0);
    expect(drift.outputs.changed).toBe('true');
    expect(github.issues).toHaveLength(1);
    const issue = github.issues[0]?.body ?? '';
    expect(issue).toContain(`gh workflow run adopt-table.yml -f table=${TABLE}`);
    expect(issue).toContain(`datatable-sync export ${FILE} --table ${TABLE}`);
    expect(issue).toContain(`datatable-sync apply ${FILE}`);

    // Running adopt: the workflow's step, on main, as workflow_dispatch runs it.
    const inputs = await adoptStepInputs(TABLE);
    expect(inputs).toMatchObject({ mode: 'export', 'pull-request': 'true', file: FILE, table: TABLE });
    const rowsBefore = emulator.rowsOf(TABLE);
    const dispatch = { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: main, GITHUB_REF_NAME: 'main' };
    const adopt = await run(inputs, dispatch);
    expect(adopt.exitCode, adopt.stdout).toBe(0);
    expect(github.createdPulls).toHaveLength(1);
    const pull = github.createdPulls[0];
    expect(pull).toMatchObject({ base: 'main', title: `Adopt the live values of ${TABLE}` });
    expect(pull?.head).toMatch(/^datatable-sync\/adopt-Holidays-[0-9a-f]{7}-[0-9a-f]{12}$/);
    expect(pull?.body).toContain(`<code>${FILE}</code> (table ${TABLE})`);
    expect(adopt.outputs['pull-request-url']).toBe(pull?.html_url);
    // One commit on main writing only the file that differs (the schema file is unchanged), with the live value.
    const created = [...github.commits.values()];
    expect(created).toHaveLength(1);
    expect(created[0]?.parents).toEqual([main]);
    const entries = github.trees.get(created[0]?.tree as string)?.tree ?? [];
    expect(entries.map((e) => e.path)).toEqual([FILE]);
    const bytes = github.blobs.get(entries[0]?.sha as string) as Buffer;
    expect(bytes.toString('utf8')).toContain(NOON);
    expect(bytes.equals(await readFile(path.join(repo, FILE)))).toBe(true);
    expect(github.refs.get(`refs/heads/${pull?.head}`)).toBeDefined();
    // Adopting touches no table.
    expect(emulator.rowsOf(TABLE)).toEqual(rowsBefore);

    // The pull request's plan at its head: no changes.
    git(repo, 'checkout', '-q', '-B', pull?.head as string, main);
    git(repo, 'commit', '-q', '-am', 'Adopt');
    const head = git(repo, 'rev-parse', 'HEAD');
    expect(git(repo, 'show', `HEAD:${FILE}`)).toBe(bytes.toString('utf8').trim());
    github.commitParents.set(head, [main]);
    const event = path.join(dir, 'pull.json');
    await writeFile(
      event,
      JSON.stringify({
        pull_request: {
          number: pull?.number,
          head: { sha: head, repo: { full_name: 'acme/tables' } },
          base: { sha: main, repo: { full_name: 'acme/tables' } },
        },
      }),
    );
    const plan = await run({}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: head });
    expect(plan.exitCode, plan.stdout).toBe(0);
    expect(plan.outputs.changed).toBe('false');
    expect([plan.outputs['rows-added'], plan.outputs['rows-updated'], plan.outputs['rows-deleted']]).toEqual([
      '0',
      '0',
      '0',
    ]);

    // Run again on that branch: nothing differs, so no second pull request, and it says why.
    const again = await run(inputs, { ...dispatch, GITHUB_SHA: head, GITHUB_REF_NAME: pull?.head as string });
    expect(again.exitCode).toBe(1);
    expect(again.stdout).toContain(
      `No adopt pull request was opened: the files on ${pull?.head} (${head.slice(0, 7)}) already hold the live values of ${TABLE}: nothing differs, nothing to adopt`,
    );
    expect(again.outputs['failure-reason']).toBe('export-failed');
    expect(github.createdPulls).toHaveLength(1);
  });

  it('without a token to open it: refused clearly, the files still written', async () => {
    const { github } = environment;
    const { repo, run, main } = await repositoryInGit();
    await changeOutsideGit();
    const adopt = await run(
      { ...(await adoptStepInputs(TABLE)), 'github-token': '' },
      { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: main, GITHUB_REF_NAME: 'main' },
    );
    expect(adopt.exitCode).toBe(1);
    expect(adopt.stdout).toContain('No adopt pull request was opened: opening it needs github-token');
    expect(github.createdPulls).toEqual([]);
    expect(await readFile(path.join(repo, FILE), 'utf8')).toContain(NOON);
  });

  it('a table not in git yet: the pull request adds its file and its schema file', async () => {
    const { github, dir } = environment;
    const repo = path.join(dir, 'empty');
    await mkdir(repo);
    git(repo, 'init', '-q', '-b', 'main');
    git(
      repo,
      '-c',
      'user.name=CX admin',
      '-c',
      'user.email=admin@example.com',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'Start',
    );
    const main = git(repo, 'rev-parse', 'HEAD');
    github.commitParents.set(main, []);
    const adopt = await runAction({
      inputs: {
        ...(await adoptStepInputs(TABLE)),
        'genesys-client-id': credentials.clientId,
        'genesys-client-secret': credentials.clientSecret,
        'genesys-api-url': environment.emulator.apiUrl,
        'genesys-login-url': environment.emulator.apiUrl,
        'github-token': 'ghs_test_token_123',
      },
      workspace: repo,
      clock: environment.emulator.clock,
      env: {
        GITHUB_REPOSITORY: 'acme/tables',
        GITHUB_API_URL: github.url,
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_SHA: main,
        GITHUB_REF_NAME: 'main',
      },
    });
    expect(adopt.exitCode, adopt.stdout).toBe(0);
    const entries = github.trees.get([...github.commits.values()][0]?.tree as string)?.tree ?? [];
    expect(entries.map((e) => e.path).sort()).toEqual([FILE, SCHEMA]);
    for (const entry of entries) {
      expect(github.blobs.get(entry.sha)?.equals(await readFile(path.join(repo, entry.path)))).toBe(true);
    }
    expect(adopt.outputs['pull-request-url']).toBe(github.createdPulls[0]?.html_url);
  });
});
