/**
 * Our comment on GitHub: posting it, and reading a merged pull request's plan comment back through the one trust check
 * (src/review/protocol.ts) that the apply, an apply queued behind a cancelled one and the rollback all use.
 */
import type { Settings } from '../inputs/settings.ts';
import { describeRemoteError, type PullRequestsPort, type RunEvent, type Runner, SearchIncomplete } from '../runner.ts';
import type { ReviewedPlan } from './decision.ts';
import { checkPlanComment, commentMarker, type PlanMarker } from './protocol.ts';

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

/** A merged pull request's plan comment as read back: none of ours, ours but not to be trusted (why), or its plan line. */
export type PlanComment =
  | { state: 'missing' }
  | { state: 'untrusted'; why: string }
  | { state: 'found'; marker: PlanMarker };

/**
 * Our plan comment on merged pull request `number`, counted only as the action wrote it (checkPlanComment): by this
 * token's identity, not edited since, its plan line signed when a key is set, its text the one the line's digest names,
 * and written before `mergedAt` unless an apply added its results (undefined: any time). Errors of GitHub, and a search
 * through the comments that could not finish (SearchIncomplete), are thrown: each caller fails closed its own way.
 */
export async function planCommentOf(
  pullRequests: PullRequestsPort,
  number: number,
  settings: Pick<Settings, 'configId' | 'planSigningKey'>,
  mergedAt: string | undefined,
): Promise<PlanComment> {
  const comment = await pullRequests.findComment(number, commentMarker(settings.configId));
  if (!comment) return { state: 'missing' };
  const record = await pullRequests.readComment(comment.nodeId);
  const check = checkPlanComment(record, settings.configId, settings.planSigningKey, mergedAt);
  return check.trusted ? { state: 'found', marker: check.marker } : { state: 'untrusted', why: check.why };
}

/**
 * The merged pull request of the pushed commit and our comment on it, where the reviewed plan's marker is. The
 * comment counts only as the action wrote it, before the merge (planCommentOf). Any failure to read GitHub, or a
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
    const found = await planCommentOf(pullRequests, number, settings, merged.mergedAt);
    if (found.state === 'missing') return { state: 'missing', number, where };
    if (found.state === 'untrusted') return { state: 'untrusted', number, where, why: found.why };
    return { state: 'found', number, marker: found.marker, where, headSha: merged.headSha };
  } catch (error) {
    const where =
      error instanceof SearchIncomplete
        ? `the search could not finish: ${error.message}`
        : `GitHub could not be read: ${describeRemoteError(error)}`;
    return { state: 'unreadable', where, ...(number !== undefined ? { number } : {}) };
  }
}
