import { describe, expect, it } from 'vitest';
import { runSample, useE2eEnvironment } from '../support/e2e.ts';
import { ACTIONS_BOT } from '../support/fake-github.ts';
import { pushEnv } from '../support/github-env.ts';

// The action on a schedule with drift-issue: true: one issue per configuration, opened, updated, then closed when
// the tables match the files again; only an issue of the action's own identity counts.
const env = useE2eEnvironment();

const scheduled = () => ({
  GITHUB_EVENT_NAME: 'schedule',
  GITHUB_REPOSITORY: 'acme/tables',
  GITHUB_SHA: 'd'.repeat(40),
  GITHUB_RUN_ID: '42',
  GITHUB_API_URL: env.github.url,
});

describe('the drift issue', () => {
  it('is opened on drift, updated by the next run, and closed with a comment once the tables match', async () => {
    const { github, emulator } = env;
    const first = await runSample(emulator, { 'drift-issue': 'true' }, { env: scheduled() });
    expect(first.exitCode).toBe(0);
    expect(github.issues).toHaveLength(1);
    const issue = github.issues[0];
    expect(issue?.title).toBe('Data tables drift: 1 table differs from git');
    expect(issue?.body).toContain('<!-- datatable-sync-drift:');
    expect(issue?.body).toContain(
      '**Drift:** 1 table differs from git: 1 row only in the table, 2 rows with cells that differ, 1 row only in git, 5 unchanged.',
    );
    expect(issue?.body).toContain('/actions/runs/42');
    expect(first.outputs['drift-issue-url']).toBe(issue?.html_url);
    // Someone else's issue with the same marker is never taken for ours.
    const marker = /<!-- datatable-sync-drift:\w+ -->/.exec(issue?.body ?? '')?.[0] ?? '';
    github.issues.unshift({
      number: 99,
      title: 'look-alike',
      body: `${marker}\nnot ours`,
      state: 'open',
      html_url: 'https://github.example/issues/99',
      user: { login: 'mallory', type: 'User' },
    });

    emulator.tableByName('Holidays').rows.delete('Labor Day');
    const second = await runSample(emulator, { 'drift-issue': 'true' }, { env: scheduled() });
    expect(second.exitCode).toBe(0);
    expect(github.issues.map((i) => [i.number, i.state])).toEqual([
      [99, 'open'],
      [100, 'open'],
    ]);
    expect(github.issues[1]?.body).toContain(
      '**Drift:** 1 table differs from git: 1 row only in the table, 2 rows with cells that differ, 2 rows only in git, 4 unchanged.',
    );
    expect(github.issues[0]?.body).toBe(`${marker}\nnot ours`);

    // The files are applied: the next scheduled plan finds no drift and closes the issue, saying why.
    expect((await runSample(emulator, { mode: 'apply' }, { env: pushEnv(github, false) })).exitCode).toBe(0);
    const third = await runSample(emulator, { 'drift-issue': 'true' }, { env: scheduled() });
    expect(third.exitCode).toBe(0);
    expect(github.issues.map((i) => [i.number, i.state, i.state_reason])).toEqual([
      [99, 'open', undefined],
      [100, 'closed', 'completed'],
    ]);
    expect(github.comments.get(100)?.map((c) => [c.user.login, c.body])).toEqual([
      [ACTIONS_BOT.login, expect.stringContaining('The live tables match the files in git again')],
    ]);

    // No drift and no open issue: nothing is written.
    const writes = () => github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').length;
    const before = writes();
    expect((await runSample(emulator, { 'drift-issue': 'true' }, { env: scheduled() })).exitCode).toBe(0);
    expect(writes()).toBe(before);
  });

  it('says, without failing the plan, when the token cannot write issues', async () => {
    env.github.readOnly = true;
    const result = await runSample(env.emulator, { 'drift-issue': 'true' }, { env: scheduled() });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('::notice::The drift issue could not be written');
    expect(result.stdout).toContain('issues: write');
  });
});
