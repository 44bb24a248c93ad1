import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import { repoRoot } from '../../scripts/run-action.ts';
import { readPlanMarker } from '../../src/review/protocol.ts';
import { runSample, useE2eEnvironment } from '../support/e2e.ts';
import type { FakeGitHub } from '../support/fake-github.ts';
import { BASE, HEAD, pullRequestEnv, pushEnv } from '../support/github-env.ts';

// The action and the review queue: which flows read a changed table, plans made stale by another pull request's
// apply, and the label a plan sets; against the emulator (whose sample Holidays is read by two flows) and a fake GitHub.
const environment = useE2eEnvironment();
let emulator: GenesysEmulator;
let github: FakeGitHub;
let dir: string;
beforeEach(() => {
  ({ emulator, github, dir } = environment);
});

const dependencyCalls = () => emulator.requests.filter((r) => r.path.includes('/dependencytracking/'));

/** A pull_request event for pull request `number` (the shared helper's is #7). */
async function pullRequest(number: number): Promise<Record<string, string>> {
  const env = await pullRequestEnv(dir, github);
  const eventPath = path.join(dir, `event-${number}.json`);
  await writeFile(
    eventPath,
    JSON.stringify({
      pull_request: {
        number,
        head: { sha: HEAD, repo: { full_name: 'acme/tables' } },
        base: { sha: BASE, repo: { full_name: 'acme/tables' } },
      },
    }),
  );
  return { ...env, GITHUB_EVENT_PATH: eventPath };
}

/** A workspace holding `files` (name -> CSV text, or the sample's path) under tables/. */
async function workspace(name: string, files: Record<string, string>): Promise<string> {
  const root = path.join(dir, name);
  await mkdir(path.join(root, 'tables'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    if (text === 'sample')
      await copyFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), path.join(root, 'tables', file));
    else await writeFile(path.join(root, 'tables', file), text);
  }
  return root;
}

describe('the flows a change touches', () => {
  it('names the flows that read a changed table under its counts and beside its deleted rows, in one request', async () => {
    const env = await pullRequest(7);
    const plan = await runSample(emulator, {}, { env });
    expect(plan.exitCode).toBe(0);
    const body = github.comments.get(7)?.[0]?.body ?? '';
    expect(body).toContain('Read by 2 flows: Main IVR (inbound call flow), Holiday Callback Scheduler (workflow).');
    expect(body).toMatch(
      /\*\*Deleted rows \(1\)\*\*: these rows will be removed from the table\. Read by 2 flows: Main IVR, Holiday Callback Scheduler\./,
    );
    expect(plan.summary).toContain('Read by 2 flows: Main IVR (inbound call flow)');
    // The index's build state once per run, then the table's consumers.
    expect(dependencyCalls().map((r) => r.path)).toEqual([
      '/api/v2/architect/dependencytracking/build',
      '/api/v2/architect/dependencytracking/consumingresources',
    ]);
    const table = emulator.tableByName('Holidays');
    expect(dependencyCalls()[1]?.query).toBe(`id=${table.id}&objectType=DATATABLE&pageSize=25`);
  });

  it('asks nothing for a table the plan does not change, and nothing in the apply', async () => {
    const apply = await runSample(
      emulator,
      { mode: 'apply', 'require-reviewed-plan': 'false' },
      { env: pushEnv(github, false) },
    );
    expect(apply.exitCode).toBe(0);
    expect(dependencyCalls()).toHaveLength(0);
    const plan = await runSample(emulator, {}, { env: await pullRequest(7) });
    expect(plan.exitCode).toBe(0);
    expect(plan.summary).toContain('No changes');
    expect(plan.summary).not.toContain('Read by');
    expect(dependencyCalls()).toHaveLength(0);
  });

  it('says once which permission shows the flows when the role lacks it, and plans on', async () => {
    emulator.faults.dependencyTrackingForbidden = true;
    const plan = await runSample(emulator, {}, { env: await pullRequest(7) });
    expect(plan.exitCode).toBe(0);
    const notices = plan.stdout
      .split('\n')
      .filter((line) => line.startsWith('::notice::') && line.includes('architect:dependencyTracking:view'));
    expect(notices).toHaveLength(1);
    const body = github.comments.get(7)?.[0]?.body ?? '';
    expect(body).toContain(
      "The flows that read each changed table are not shown: the OAuth client's role lacks the permission architect:dependencyTracking:view",
    );
    expect(body).not.toContain('Read by');
    expect(body).toContain('**Plan:** 1 to add, 2 to change, 1 to delete');
  });
});

describe('plans that go stale', () => {
  it("marks another open pull request's plan of a changed table as outdated, and leaves one of another table alone", async () => {
    emulator.addTable({
      name: 'Queues',
      properties: { key: { title: 'Queue', type: 'string' }, Open: { title: 'Open', type: 'boolean' } },
      rows: [{ key: 'Sales', Open: true }],
    });
    const inputs = { file: 'tables/*.csv' };
    // #7 and #8 change Holidays; #9 changes Queues only (its branch holds no Holidays file).
    const holidays = await workspace('holidays', { 'Holidays.csv': 'sample' });
    const queues = await workspace('queues', { 'Queues.csv': 'Queue,Open\nSales,false\n' });
    for (const [number, root] of [
      [7, holidays],
      [8, holidays],
      [9, queues],
    ] as const) {
      expect((await runSample(emulator, inputs, { env: await pullRequest(number), workspace: root })).exitCode).toBe(0);
    }
    const commentOf = (n: number) => github.comments.get(n)?.[0]?.body ?? '';
    const untouched9 = commentOf(9);
    const original8 = commentOf(8);
    github.pulls.push(
      ...[8, 9, 12].map((number) => ({
        number,
        head: { sha: HEAD, ref: `topic-${number}`, repo: { full_name: 'acme/tables' } },
      })),
    );
    const apply = await runSample(
      emulator,
      { ...inputs, mode: 'apply' },
      {
        env: { ...pushEnv(github), GITHUB_REF_NAME: 'main' },
        workspace: holidays,
      },
    );
    expect(apply.exitCode).toBe(0);
    const after8 = commentOf(8);
    const visible = after8.split('\n').filter((line) => !line.startsWith('<!--'));
    expect(visible[0]).toBe('> [!WARNING]');
    expect(visible[1]).toBe(
      `> **Outdated**: **Holidays** changed on <code>main</code> at \`ddddddd\` after this plan was made; push or re-run the plan workflow to refresh it. Applying this plan as it is would be refused.`,
    );
    // The rest of the comment is as it was, its plan line still readable.
    expect(after8.endsWith(original8.split('\n').slice(2).join('\n'))).toBe(true);
    expect(readPlanMarker(after8)).toEqual(readPlanMarker(original8));
    expect(commentOf(9)).toBe(untouched9);
    expect(apply.stdout).toContain('Pull request #8: its plan comment now says it is outdated (Holidays changed)');
    // A second apply changes nothing more: the note is not stacked.
    emulator.tableByName('Holidays').rows.delete('Labor Day');
    github.commitPulls.clear(); // a direct push this time
    const again = await runSample(
      emulator,
      { ...inputs, mode: 'apply', 'require-reviewed-plan': 'false' },
      { env: { ...pushEnv(github, false), GITHUB_REF_NAME: 'main' }, workspace: holidays },
    );
    expect(again.exitCode).toBe(0);
    expect(commentOf(8).match(/\*\*Outdated\*\*/g)).toHaveLength(1);
  });
});

describe('labels for the review queue', () => {
  it('sets one label as the plan changes, creating it with its colour, and takes the stale one off', async () => {
    const env = await pullRequest(7);
    const labels = () => github.issueLabels.get(7) ?? [];
    const root = await workspace('labels', { 'Holidays.csv': 'sample' });
    const inputs = { file: 'tables/Holidays.csv', labels: 'true' };
    expect((await runSample(emulator, inputs, { env, workspace: root })).exitCode).toBe(0);
    expect(labels()).toEqual(['datatables: deletes']);
    expect(github.labels.get('datatables: deletes')).toMatchObject({ color: 'fbca04' });
    // Append mode deletes nothing: changes.
    expect((await runSample(emulator, { ...inputs, 'import-mode': 'append' }, { env, workspace: root })).exitCode).toBe(
      0,
    );
    expect(labels()).toEqual(['datatables: changes']);
    // An invalid cell blocks the plan.
    await writeFile(path.join(root, 'tables', 'Holidays.csv'), 'Holiday,Closed\nNew Year,maybe\n');
    expect((await runSample(emulator, inputs, { env, workspace: root })).exitCode).toBe(1);
    expect(labels()).toEqual(['datatables: blocked']);
    // The table equals the file: no changes.
    await copyFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), path.join(root, 'tables', 'Holidays.csv'));
    expect(
      (
        await runSample(
          emulator,
          { ...inputs, mode: 'apply', 'require-reviewed-plan': 'false' },
          { env: pushEnv(github, false), workspace: root },
        )
      ).exitCode,
    ).toBe(0);
    expect((await runSample(emulator, inputs, { env, workspace: root })).exitCode).toBe(0);
    expect(labels()).toEqual(['datatables: no changes']);
    expect(github.labels.get('datatables: no changes')).toMatchObject({ color: 'c2e0c6' });
    // Without the input, nothing is labelled.
    const before = github.requests.filter((r) => r.path.includes('/labels')).length;
    expect((await runSample(emulator, { file: 'tables/Holidays.csv' }, { env, workspace: root })).exitCode).toBe(0);
    expect(github.requests.filter((r) => r.path.includes('/labels')).length).toBe(before);
  });
});
