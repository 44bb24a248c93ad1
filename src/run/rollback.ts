import path from 'node:path';
import { codeOrText, escapeMarkdown } from '../core/report/markdown.ts';
import { beforeApplies, rollbackObstacles } from '../core/rollback.ts';
import type { DataFile } from '../inputs/data-files.ts';
import { changesBetween, commitsTouching, fileBytesAt, isAncestor, resolveCommit } from '../inputs/git-history.ts';
import { planCommentOf } from '../review/comment.ts';
import { describeRemoteError } from '../runner.ts';
import type { RunContext } from './context.ts';
import { proposePullRequest } from './propose.ts';

/** Commits of the branch's history read while counting applies back (each costs a few GitHub requests). */
const MAX_COMMITS_READ = 200;

/**
 * The applies of these files, newest first: the commits of the branch's first-parent history that changed them and
 * whose merged pull request carries our plan comment saying it was applied at that very commit (the apply writes
 * `applied` into the plan line only after the import; the comment must pass the same checks as a reviewed plan).
 * A push applied without a pull request leaves no such record and is not counted.
 */
async function appliedCommits(
  context: RunContext,
  head: string,
  files: readonly DataFile[],
  wanted: number,
): Promise<{ sha: string; parent?: string; pullRequest: number }[]> {
  const { pullRequests, settings, runner } = context;
  const workspace = context.files.workspace;
  if (!pullRequests) return [];
  const found: { sha: string; parent?: string; pullRequest: number }[] = [];
  const commits = await commitsTouching(
    workspace,
    head,
    files.map((f) => f.relativePath),
    MAX_COMMITS_READ,
  );
  for (const sha of commits) {
    const merged = await pullRequests.mergedPullRequestOf(sha);
    if (!merged) continue;
    // Written at any time: only a comment the apply rewrote after the merge (its plan line saying `applied`) counts.
    const comment = await planCommentOf(pullRequests, merged.number, settings, undefined);
    if (comment.state === 'missing') continue;
    if (comment.state === 'untrusted') {
      runner.info(
        `${sha.slice(0, 7)} (#${merged.number}): not counted as an apply, its plan comment is not trusted: ${comment.why}`,
      );
      continue;
    }
    if (comment.marker.applied !== sha) continue;
    const parent = await resolveCommit(workspace, `${sha}^1`);
    found.push({ sha, pullRequest: merged.number, ...(parent ? { parent } : {}) });
    runner.info(`${sha.slice(0, 7)}: applied (plan comment of #${merged.number})`);
    if (found.length >= wanted) break;
  }
  return found;
}

/**
 * `mode: rollback`: the data files as they were at an earlier commit of this branch (or before its last N applies),
 * written byte for byte through the path gate and proposed as a pull request. Its plan, like any other, shows what
 * merging changes, and the apply on merge runs the same checks as every apply: nothing here touches a table.
 */
export async function rollBack(context: RunContext, files: readonly DataFile[]): Promise<void> {
  const { runner, settings, event, pullRequests } = context;
  const workspace = context.files.workspace;
  const target = settings.rollbackTo;
  if (!target) return runner.fail('Input to is required with mode: rollback', 'settings');
  const refuse = (why: string) => {
    runner.output('changed', false);
    runner.fail(`Nothing was rolled back: ${why}`, 'rollback-refused');
  };
  const head = await resolveCommit(workspace, event.sha || 'HEAD');
  if (!head) {
    return refuse(
      `the checkout has no commit ${event.sha ? event.sha.slice(0, 7) : 'HEAD'}: check out the branch with its history (actions/checkout with fetch-depth: 0)`,
    );
  }
  let commit: string;
  let why: string;
  if ('commit' in target) {
    const resolved = await resolveCommit(workspace, target.commit);
    if (!resolved) {
      return refuse(
        `no commit ${target.commit} in the checkout: give a commit of this branch, and check out with its history (fetch-depth: 0)`,
      );
    }
    commit = resolved;
    why = 'the commit given';
  } else {
    if (!pullRequests) {
      return refuse(
        "applies-back reads the applies from the merged pull requests' plan comments on GitHub (github-token): on a terminal, give the commit itself (--to <sha>)",
      );
    }
    let applies: Awaited<ReturnType<typeof appliedCommits>>;
    try {
      applies = await appliedCommits(context, head, files, target.appliesBack);
    } catch (error) {
      return refuse(`the applies could not be read from GitHub (${describeRemoteError(error)}); run again`);
    }
    const before = beforeApplies(applies, target.appliesBack);
    if (!before) {
      return refuse(
        `${applies.length} apply(ies) of these files found in the last ${MAX_COMMITS_READ} commits of this branch's history (merged pull requests whose plan comment says applied at the merge commit), fewer than the ${target.appliesBack} asked: give the commit itself as to: <sha>, and check out with its history (fetch-depth: 0)`,
      );
    }
    commit = before.commit;
    why = `as before the last ${target.appliesBack} apply(ies), the oldest of them ${before.apply.sha.slice(0, 7)} (#${before.apply.pullRequest})`;
  }
  if (!(await isAncestor(workspace, commit, head))) {
    return refuse(
      `${commit.slice(0, 7)} is not in the history of ${head.slice(0, 7)} (this branch): a rollback goes back to a commit this branch was at; pick one from git log --first-parent`,
    );
  }
  // Each file as it was then, byte for byte; a file named otherwise then (or not there) cannot be rolled back.
  const atCommit = new Map<DataFile, Buffer>();
  const missing: string[] = [];
  const links: string[] = [];
  for (const file of files) {
    const bytes = await fileBytesAt(workspace, commit, file.relativePath);
    if (bytes === 'link') links.push(file.relativePath);
    else if (bytes) atCommit.set(file, bytes);
    else missing.push(file.relativePath);
  }
  const entries = settings.tables.map((t) => t.file);
  const isDataPath = (p: string) => entries.some((e) => e === p || path.matchesGlob(p, e));
  const obstacles = rollbackObstacles(
    commit,
    files.map((f) => f.relativePath),
    missing,
    await changesBetween(workspace, commit, head),
    isDataPath,
  );
  for (const link of links) {
    obstacles.push(
      `${link} was a symbolic link or a submodule at ${commit.slice(0, 7)}, not a file: roll it back by hand`,
    );
  }
  if (obstacles.length > 0) return refuse(`\n${obstacles.map((o) => `- ${o}`).join('\n')}`);
  const changed: { file: DataFile; bytes: Buffer }[] = [];
  for (const [file, bytes] of atCommit) {
    const now = await fileBytesAt(workspace, head, file.relativePath);
    if (!(now instanceof Buffer && now.equals(bytes))) changed.push({ file, bytes });
  }
  if (changed.length === 0) {
    runner.output('changed', false);
    runner.notice(`The files are already as they were at ${commit.slice(0, 7)}: no pull request opened`);
    return;
  }
  // On a terminal, a file with work not committed is not overwritten (as export).
  const kept = changed.flatMap(({ file }) => {
    const why = runner.mayOverwrite?.(path.resolve(workspace, file.relativePath));
    return why ? [`${file.relativePath} was not written: ${why}`] : [];
  });
  if (kept.length > 0) return refuse(`\n${kept.map((k) => `- ${k}`).join('\n')}`);
  for (const { file, bytes } of changed) await context.files.writeWorkspaceFile(file.relativePath, bytes, 'file');
  runner.output('changed', true);
  const short = commit.slice(0, 7);
  const tables = changed.map((c) => c.file.table);
  const list = changed.map((c) => `- ${codeOrText(c.file.relativePath)} (table ${escapeMarkdown(c.file.table)})`);
  const rolled = [
    `Rolls back ${changed.length} data file(s) to their content at \`${short}\` (${escapeMarkdown(why)}), byte for byte:`,
    '',
    ...list,
    '',
  ].join('\n');
  const restoreNow =
    "To restore a table at once instead, apply the snapshot taken before the apply you want to undo (see the README's Rolling back).";
  const body = `${rolled}\nThe plan comment of this pull request shows exactly what merging it changes in each table; merging applies it like any other change, with the same checks. ${restoreNow}`;
  if (!pullRequests?.openPullRequest || !event.branch) {
    runner.notice(
      `The files are written in the workspace as they were at ${short}: commit them on a branch and open a pull request (no ${pullRequests ? 'branch name in the event' : 'github-token'} to open it here)`,
    );
    await runner.summary(
      `## Data tables rollback\n\n${rolled}\nCommit them in a pull request: its plan shows exactly what the rollback changes in each table, and merging applies it like any other change. ${restoreNow}\n`,
    );
    return;
  }
  await proposePullRequest(
    context,
    {
      heading: 'Data tables rollback',
      branch: `datatable-sync/rollback-${short}-${settings.configId}`,
      head,
      into: event.branch,
      message: `Roll back ${tables.join(', ')} to ${short}`,
      title: `Roll back ${tables.length > 3 ? `${tables.length} tables` : tables.join(', ')} to ${short}`,
      body,
      files: changed.map((c) => ({ relativePath: c.file.relativePath, bytes: c.bytes })),
    },
    (why) => runner.fail(`The rollback pull request could not be opened: ${why}`, 'rollback-refused'),
  );
}
