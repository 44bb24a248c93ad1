import { describe, expect, it } from 'vitest';
import { runSample, useE2eEnvironment } from '../support/e2e.ts';
import { pushEnv } from '../support/github-env.ts';

// The action as the drift check (examples/workflows/drift-check.yml): a plan on a schedule with drift-issue: true.
// A row added in the vendor's UI is drift, news about the table: the check says so, says who wins (git, on the next
// apply), keeps its issue, and succeeds with changed=true, which the example's "Fail on drift" step turns into a failed
// job. A guard meant for pull requests (max-deletes) does not fail it, and nothing says the plan "cannot be applied".
const env = useE2eEnvironment();

const scheduled = () => ({
  GITHUB_EVENT_NAME: 'schedule',
  GITHUB_REPOSITORY: 'acme/tables',
  GITHUB_SHA: 'd'.repeat(40),
  GITHUB_RUN_ID: '42',
  GITHUB_API_URL: env.github.url,
});

describe('a drift check', () => {
  it('reports a row added outside git as drift, in its summary and issue, without a guard failing it', async () => {
    const { github, emulator } = env;
    // The table is what git says...
    expect((await runSample(emulator, { mode: 'apply' }, { env: pushEnv(github, false) })).exitCode).toBe(0);
    // ...until someone adds a row in the Genesys UI and edits a greeting.
    const table = emulator.tableByName('Holidays');
    table.rows.set('Company Picnic', {
      key: 'Company Picnic',
      Date: '2027-08-13',
      Closed: true,
      Greeting: 'Closed for the picnic.',
      'Callback Hours': 0,
      Surcharge: 0,
    });
    const memorial = table.rows.get('Memorial Day');
    if (memorial) memorial.Greeting = 'Edited in the UI.';

    // max-deletes 0: the pull request guard that refused the example's drift check before.
    const run = await runSample(emulator, { 'drift-issue': 'true', 'max-deletes': '0' }, { env: scheduled() });
    const everything = `${run.stdout}${run.stderr}${run.summary}${github.issues.map((i) => `${i.title}${i.body}`)}`;
    expect(everything).not.toContain('cannot be applied');
    expect(everything).not.toContain('will be removed from the table');
    expect(run.outputs['failure-reason'] ?? '').toBe('');
    expect(run.stdout).not.toContain('failure-reason');
    // As the README says: the step succeeds with changed=true (the example's own step then fails the job).
    expect(run.exitCode).toBe(0);
    expect(run.outputs.changed).toBe('true');
    expect(run.outputs['rows-deleted']).toBe('1');

    expect(run.summary).toContain('## Data tables drift check');
    expect(run.summary).toContain(
      '**Drift:** 1 table differs from git: 1 row only in the table, 1 row with cells that differ, 0 rows only in git',
    );
    expect(run.summary).toContain('Git wins: the next apply makes each table match its file');
    expect(run.summary).toContain(
      '**Only in the table (1)**: rows the file in git does not have; the next apply deletes them',
    );
    expect(run.summary).toMatch(/\| Company Picnic \| 2027-08-13 \|/);
    // The cell that differs, live value against git's, and the guard the next apply would meet.
    expect(run.summary).toContain('| Holiday | column | live table | git (next apply) |');
    expect(run.summary).toMatch(
      /\| Memorial Day \| Greeting \| Edited in the UI\\?\. \| We're closed for Memorial Day\\?\. \|/,
    );
    expect(run.summary).toContain('**The next apply of this table would be refused**');
    expect(run.stdout).toContain('Holidays has 1 row(s) that the file in git does not have (drift)');

    expect(github.issues).toHaveLength(1);
    const issue = github.issues[0];
    expect(issue?.title).toBe('Data tables drift: 1 table differs from git');
    expect(issue?.body).toContain('Git wins: the next apply makes each table match its file');
    expect(issue?.body).toContain('**Drift:** 1 table differs from git');
    expect(issue?.body).toContain('Company Picnic');
    expect(run.outputs['drift-issue-url']).toBe(issue?.html_url);
  });

  it('still fails for what is not drift: an invalid row in git, with its own reason', async () => {
    const { emulator } = env;
    emulator.tableByName('Holidays').rows.delete('Labor Day');
    const run = await runSample(
      emulator,
      { 'drift-issue': 'true', file: 'test/fixtures/bad/bad-boolean.csv', table: 'Holidays' },
      { env: scheduled() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('invalid-rows');
    expect(`${run.stdout}${run.summary}`).not.toContain('cannot be applied');
    expect(run.stdout).toContain('The drift check found problems besides drift');
  });

  it('is the only plan the guard spares: a plan that is no drift check is still refused by it', async () => {
    const { github, emulator } = env;
    expect((await runSample(emulator, { mode: 'apply' }, { env: pushEnv(github, false) })).exitCode).toBe(0);
    emulator.tableByName('Holidays').rows.set('Company Picnic', { key: 'Company Picnic', Date: '2027-08-13' });
    const run = await runSample(emulator, { 'max-deletes': '0', comment: 'never' }, { env: pushEnv(github, false) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('guard');
    expect(run.summary).toContain('**This plan cannot be applied**');
  });
});
