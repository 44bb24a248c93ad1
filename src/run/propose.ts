import { repositoryPrefix } from '../inputs/git-history.ts';
import { describeRemoteError } from '../runner.ts';
import type { RunContext } from './context.ts';

/** Files a run proposes to git as a pull request (an adoption, a rollback), onto a commit of the run's branch. */
export interface Proposal {
  /** The summary's heading: "Data tables adopt". */
  heading: string;
  branch: string;
  /** The commit the new one goes on, and the branch the pull request goes into. */
  head: string;
  into: string;
  message: string;
  title: string;
  body: string;
  /** Paths in the workspace, with their new bytes. */
  files: readonly { relativePath: string; bytes: Buffer }[];
}

/**
 * Opens the pull request (one commit through the Git data API: the one way the action opens a pull request), sets
 * `pull-request-url` and writes the summary; a refusal by GitHub goes to `refuse` with what the token needs.
 */
export async function proposePullRequest(
  context: RunContext,
  proposal: Proposal,
  refuse: (why: string) => void,
): Promise<void> {
  const { runner, pullRequests } = context;
  if (!pullRequests?.openPullRequest) return refuse('opening it needs github-token');
  // The workspace may be a folder of the repository (actions/checkout's path): trees name paths from its root.
  const prefix = await repositoryPrefix(context.files.workspace);
  try {
    const opened = await pullRequests.openPullRequest({
      branch: proposal.branch,
      base: proposal.head,
      into: proposal.into,
      message: proposal.message,
      files: proposal.files.map((f) => ({ path: `${prefix}${f.relativePath}`, bytes: f.bytes })),
      title: proposal.title,
      body: proposal.body,
    });
    runner.output('pull-request-url', opened.url);
    runner.info(`Opened #${opened.number} (${opened.url}) from ${proposal.branch}`);
    await runner.summary(`## ${proposal.heading}\n\nOpened [#${opened.number}](${opened.url}).\n\n${proposal.body}\n`);
  } catch (error) {
    refuse(
      `${describeRemoteError(error)}: the token needs contents: write and pull-requests: write, and the branch ${proposal.branch} must not exist yet (delete it, or close its pull request)`,
    );
  }
}
