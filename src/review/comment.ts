/** Our comment on GitHub: posting it, and finding the reviewed plan in the merged pull request's comment. */
import type { Settings } from '../inputs/settings.ts';
import { describeRemoteError, type PullRequestsPort, type RunEvent, type Runner, SearchIncomplete } from '../runner.ts';
import type { ReviewedPlan } from './decision.ts';
import { checkPlanComment, commentMarker } from './protocol.ts';

/** What the review's steps need of a run: the runner, the settings, the event and GitHub (a RunContext has them). */
export interface ReviewContext {
  runner: Runner;
  settings: Settings;
  event: RunEvent;
  pullRequests: PullRequestsPort | undefined;
}

/** Creates or updates this configuration's comment; a failure is a notice, never a failed step. */
export async function postComment(
  context: ReviewContext,
  issueNumber: number,
  body: string,
  createIfMissing: boolean,
  /** A new comment, the older ones hidden as outdated (comment: new), rather than an edit of the latest. */
  history = false,
): Promise<void> {
  const { runner, pullRequests, settings } = context;
  if (!pullRequests) return;
  try {
    const result = await pullRequests.upsertComment(
      issueNumber,
      commentMarker(settings.configId),
      body,
      createIfMissing,
      history,
    );
    if (result.note) runner.notice(result.note);
    if (result.url) runner.output('comment-url', result.url);
    else runner.info(`No pull request comment: ${result.skipped}.`);
  } catch (error) {
    // A fork's token is read-only: the plan is still in the step summary, so this is a notice, not a failure.
    runner.notice(
      `Could not post the pull request comment (${describeRemoteError(error)}); the plan is in the step summary.`,
    );
  }
}

/**
 * The merged pull request of the pushed commit and our comment on it, where the reviewed plan's marker is. The
 * comment counts only as the action wrote it, before the merge (checkPlanComment). Any failure to read GitHub, or a
 * search through the comments that could not finish, is "unreadable": the apply fails closed.
 */
export async function findReviewedPlan(context: ReviewContext): Promise<ReviewedPlan & { number?: number }> {
  const { pullRequests, event, settings } = context;
  if (!pullRequests || !event.sha) return { state: 'none', where: 'no GitHub token' };
  let number: number | undefined;
  try {
    const merged = await pullRequests.mergedPullRequestOf(event.sha);
    if (!merged) return { state: 'none', where: `no merged pull request for commit ${event.sha.slice(0, 7)}` };
    number = merged.number;
    const where = `pull request #${number}`;
    const comment = await pullRequests.findComment(number, commentMarker(settings.configId));
    if (!comment) return { state: 'missing', number, where };
    const record = await pullRequests.readComment(comment.nodeId);
    const check = checkPlanComment(record, settings.configId, settings.planSigningKey, merged.mergedAt);
    if (!check.trusted) return { state: 'untrusted', number, where, why: check.why };
    return { state: 'found', number, marker: check.marker, where, headSha: merged.headSha };
  } catch (error) {
    const where =
      error instanceof SearchIncomplete
        ? `the search could not finish: ${error.message}`
        : `GitHub could not be read: ${describeRemoteError(error)}`;
    return { state: 'unreadable', where, ...(number !== undefined ? { number } : {}) };
  }
}
