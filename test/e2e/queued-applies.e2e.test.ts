import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import { repoRoot } from '../../scripts/run-action.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import type { FakeGitHub } from '../support/fake-github.ts';

// Three pull requests merged one after another, the middle apply cancelled (GitHub cancels a pending run when a newer
// one joins its concurrency group): the third apply imports both changes still to apply, each checked against its own
// pull request's reviewed plan. Through the action against the emulator and a fake GitHub whose compare API and
// commits/{sha}/pulls answer from the commit graph below.
const environment = useE2eEnvironment();
let emulator: GenesysEmulator;
let github: FakeGitHub;
let dir: string;
beforeEach(() => {
  ({ emulator, github, dir } = environment);
});

const sha = (c: string) => c.repeat(40);
// C0 the start; PR 1 (head 1) merged as M1; PRs 2 and 3 both branched from M1 (heads 2 and 3), merged as M2 then M3.
const C0 = sha('0');
const [H1, H2, H3] = [sha('1'), sha('2'), sha('3')];
const [M1, M2, M3] = [sha('a'), sha('b'), sha('c')];
const FILE = 'tables/Holidays.csv';

const edits = {
  pr1: ['Closed for Labor Day.', 'Closed for Labor Day (one).'],
  pr2: ["We're closed for Memorial Day.", "We're closed for Memorial Day (two)."],
  pr3: ["Merry Christmas! We're closed.", "Merry Christmas! We're closed (three)."],
} as const;

async function sample(): Promise<string> {
  return readFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), 'utf8');
}

function edit(text: string, ...changes: (readonly [string, string])[]): string {
  let out = text;
  for (const [from, to] of changes) {
    expect(out).toContain(from);
    out = out.replace(from, to);
  }
  return out;
}

/** A checkout at some commit: the workspace holding the table's file as that commit has it. */
async function checkout(name: string, text: string): Promise<string> {
  const root = path.join(dir, name);
  await mkdir(path.join(root, 'tables'), { recursive: true });
  await writeFile(path.join(root, FILE), text);
  return root;
}

const base = { GITHUB_REPOSITORY: 'acme/tables', GITHUB_RUN_ID: '42' };

/** The plan of pull request `number` at `head` (its base M1, or C0 for the first). */
async function plan(number: number, head: string, text: string): Promise<void> {
  const eventPath = path.join(dir, `event-${number}.json`);
  await writeFile(
    eventPath,
    JSON.stringify({
      pull_request: {
        number,
        head: { sha: head, repo: { full_name: 'acme/tables' } },
        base: { sha: number === 1 ? C0 : M1, repo: { full_name: 'acme/tables' } },
      },
    }),
  );
  // GitHub serves each pull request's files at its head (the apply reads them to compose reviewed plans).
  github.files.set(`${head}:${FILE}`, text);
  const run = await runSample(
    emulator,
    { file: FILE },
    {
      env: { ...base, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_API_URL: github.url },
      workspace: await checkout(`pr-${number}`, text),
    },
  );
  expect(run.exitCode, run.stdout).toBe(0);
  expect(github.comments.get(number)?.length).toBe(1);
}

/** GitHub merges pull request `number` as commit `merge`: the commit and its pull request, as its API tells them. */
function merge(number: number, head: string, merge: string, at: string): void {
  const pr = { number, merged_at: at, head: { sha: head }, merge_commit_sha: merge };
  github.commitPulls.set(head, [pr]);
  github.commitPulls.set(merge, [pr]);
}

function apply(commit: string, text: string, inputs: Record<string, string> = {}) {
  // GitHub serves the file at each pushed commit too (the apply reads the merges to find each pull request's rows).
  github.files.set(`${commit}:${FILE}`, text);
  return checkout(`at-${commit.slice(0, 1)}`, text).then((workspace) =>
    runSample(
      emulator,
      { file: FILE, mode: 'apply', ...inputs },
      {
        env: { ...base, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: commit, GITHUB_API_URL: github.url },
        workspace,
      },
    ),
  );
}

const greeting = (holiday: string) =>
  (emulator.rowsOf('Holidays').find((row) => row.key === holiday) as Record<string, unknown> | undefined)?.Greeting;

/**
 * The history up to the merge of PR 3, the apply of M2 never run: C0 applied (no pull request), PR 1 planned, merged
 * and applied at M1, PRs 2 and 3 planned against the table as M1 left it, then merged.
 */
async function threeMerges(branched: 'after the first merge' | 'beside the first' = 'after the first merge') {
  const beside = branched === 'beside the first';
  for (const [commit, parents] of [
    [C0, []],
    [H1, [C0]],
    [H2, [beside ? C0 : M1]],
    [H3, [beside ? C0 : M1]],
    [M1, [C0, H1]],
    [M2, [M1, H2]],
    [M3, [M2, H3]],
  ] as const) {
    github.commitParents.set(commit, [...parents]);
  }
  const start = await sample();
  const first = await apply(C0, start, { 'require-reviewed-plan': 'false' });
  expect(first.exitCode, first.stdout).toBe(0);

  const one = edit(start, edits.pr1);
  await plan(1, H1, one);
  // Beside the first: PRs 2 and 3 were opened from C0 and planned while PR 1 was still open (its change not applied).
  if (beside) {
    await plan(2, H2, edit(start, edits.pr2));
    await plan(3, H3, edit(start, edits.pr3));
  }
  merge(1, H1, M1, '2026-11-25T10:00:00Z');
  const applied = await apply(M1, one);
  expect(applied.exitCode, applied.stdout).toBe(0);
  expect(applied.stdout).toContain('This is the plan reviewed at `1111111` (pull request #1)');
  expect(greeting('Labor Day')).toBe('Closed for Labor Day (one).');

  if (!beside) {
    await plan(2, H2, edit(one, edits.pr2));
    await plan(3, H3, edit(one, edits.pr3));
  }
  merge(2, H2, M2, '2026-11-25T11:00:00Z');
  github.files.set(`${M2}:${FILE}`, edit(one, edits.pr2));
  // M2's apply is cancelled: a newer run joined the group while it was pending. It never runs.
  merge(3, H3, M3, '2026-11-25T11:01:00Z');
  return { atM3: edit(one, edits.pr2, edits.pr3) };
}

describe('an apply queued behind a cancelled one', () => {
  it("imports both pull requests' changes, each checked against its own reviewed plan", async () => {
    const { atM3 } = await threeMerges();
    const startsBefore = importStarts(emulator).length;
    const asked = github.requests.length;
    const third = await apply(M3, atM3);
    expect(third.exitCode, third.stdout).toBe(0);
    // Bounded: one compare page, and one question per commit after M1 (heads 2 and 3, merges M2 and M3).
    const lookBack = github.requests
      .slice(asked)
      .filter((r) => /\/compare\/|\/commits\/[0-9a-f]{40}\/pulls$/.test(r.path));
    expect(lookBack.map((r) => r.path.replace(/^.*\/(compare|commits)\//, '$1/').slice(0, 20))).toEqual([
      `commits/${M3.slice(0, 12)}`,
      `compare/${M1.slice(0, 12)}`,
      `commits/${H2.slice(0, 12)}`,
      `commits/${H3.slice(0, 12)}`,
      `commits/${M2.slice(0, 12)}`,
      `commits/${M3.slice(0, 12)}`,
    ]);
    expect(third.stdout).toContain(
      'This apply imports what was merged since the last applied commit: pull requests #2, #3',
    );
    expect(third.stdout).toContain('Holidays: #2, #3 composed');
    // Where the results are read, too.
    // (A number after # is kept from linking by a zero-width space, as everywhere in markdown.)
    expect(third.summary).toMatch(
      /> This apply imports what was merged since the last applied commit: pull requests #\u200b?2, #\u200b?3/,
    );
    expect(importStarts(emulator)).toHaveLength(startsBefore + 1);
    expect(greeting('Memorial Day')).toBe("We're closed for Memorial Day (two).");
    expect(greeting('Christmas Day')).toBe("Merry Christmas! We're closed (three).");
    expect(greeting('Labor Day')).toBe('Closed for Labor Day (one).');
    // The compare from the last applied commit, and each commit's pull requests, were asked.
    expect(github.requests.some((r) => r.path.endsWith(`/compare/${M1}...${M3}`))).toBe(true);
    expect(github.requests.some((r) => r.path.endsWith(`/commits/${M2}/pulls`))).toBe(true);
    // The next apply looks back from M3.
    expect([...github.refs.values()].filter((v) => v === M3)).toHaveLength(1);
  });

  it('does so as well for pull requests opened beside the first and planned before its apply (files without its change)', async () => {
    const { atM3 } = await threeMerges('beside the first');
    const third = await apply(M3, atM3);
    expect(third.exitCode, third.stdout).toBe(0);
    expect(third.stdout).toContain('Holidays: #2, #3 composed');
    expect(greeting('Memorial Day')).toBe("We're closed for Memorial Day (two).");
    expect(greeting('Christmas Day')).toBe("Merry Christmas! We're closed (three).");
    // PR 1's change stays: neither branch's file had it, but neither changed that row.
    expect(greeting('Labor Day')).toBe('Closed for Labor Day (one).');
  });

  it('refuses a change among them that no pull request reviewed, naming the pull requests', async () => {
    const { atM3 } = await threeMerges();
    const startsBefore = importStarts(emulator).length;
    // The merge of PR 3 also carries a change nobody planned (a conflict resolved by hand, say).
    const sneaked = edit(atM3, [
      "Presidents' Day,2027-02-15,false,,8,0",
      "Presidents' Day,2027-02-15,false,Sneaked in,8,0",
    ]);
    const third = await apply(M3, sneaked);
    expect(third.exitCode).toBe(1);
    expect(third.stdout).toContain(
      'Nor is it what the pull requests merged since the last applied commit reviewed (an apply queued behind a cancelled one): Holidays is changed by pull requests #2, #3, and their reviewed plans cannot be shown',
    );
    expect(third.stdout).toContain(
      'key "Presidents\' Day": the reviewed plans leave it alone, the plan made now sets it',
    );
    expect(importStarts(emulator)).toHaveLength(startsBefore);
    expect(greeting('Memorial Day')).toBe("We're closed for Memorial Day.");
  });

  it('refuses when a pull request merged in between has no plan comment: its change was never reviewed', async () => {
    const { atM3 } = await threeMerges();
    github.comments.set(2, []);
    const startsBefore = importStarts(emulator).length;
    const third = await apply(M3, atM3);
    expect(third.exitCode).toBe(1);
    expect(third.stdout).toContain(
      'the only reviewed plan that changes it (#3: 0 to add, 1 to change, 0 to delete) is not the plan made now; merged without a plan comment of ours: #2',
    );
    expect(importStarts(emulator)).toHaveLength(startsBefore);
  });

  it("fails closed, saying why, when more commits were pushed since the last apply than GitHub's compare lists", async () => {
    const { atM3 } = await threeMerges();
    // 250 more commits between M2 and M3 (M3 now descends from the last of them): 253 after M1.
    let previous = M2;
    for (let i = 0; i < 250; i++) {
      const commit = `e${i.toString(16).padStart(39, '0')}`;
      github.commitParents.set(commit, [previous]);
      previous = commit;
    }
    github.commitParents.delete(M3);
    github.commitParents.set(M3, [previous, H3]);
    const startsBefore = importStarts(emulator).length;
    const third = await apply(M3, atM3);
    expect(third.exitCode).toBe(1);
    expect(third.stdout).toContain(
      '254 commits were pushed since the last applied commit aaaaaaa; the apply reads at most 250',
    );
    // Bounded: no pull request of any commit was asked for once the count was known to be too large.
    expect(
      github.requests.filter((r) => /\/commits\/[0-9a-f]{40}\/pulls$/.test(r.path) && r.path.includes('e0')),
    ).toEqual([]);
    expect(importStarts(emulator)).toHaveLength(startsBefore);
  });

  it('warns once, naming the permission, when the token cannot record the applied commit; the apply itself succeeds', async () => {
    github.readOnly = true;
    const run = await apply(C0, await sample(), { 'require-reviewed-plan': 'false' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout.match(/::warning::The applied commit could not be recorded/g)).toHaveLength(1);
    expect(run.stdout).toContain(
      'the token needs contents: write. Until it is, an apply queued behind a cancelled one',
    );
    expect(github.refs.size).toBe(0);
  });

  it('keeps every check of the review gate per pull request: an edited plan comment in between refuses', async () => {
    const { atM3 } = await threeMerges();
    const comment = github.comments.get(2)?.[0];
    if (!comment) throw new Error('no plan comment on #2');
    github.editAs(comment.id, { login: 'mallory', type: 'User' }, comment.body);
    const startsBefore = importStarts(emulator).length;
    const third = await apply(M3, atM3);
    expect(third.exitCode).toBe(1);
    expect(third.stdout).toContain(
      'the plan comment on pull request #2 is not trusted: it was edited after the action wrote it',
    );
    expect(importStarts(emulator)).toHaveLength(startsBefore);
  });
});
