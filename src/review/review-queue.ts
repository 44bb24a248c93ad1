/**
 * The review queue beyond the plan's own comment: other pull requests' plans that an apply made stale, and the label
 * a plan sets on its pull request. Both are courtesies: a GitHub failure here is logged, never the run's failure.
 */

import type { TablePlan } from '../core/plan.ts';
import { PLAN_LABELS, planLabel } from '../core/plan-label.ts';
import type { TableFailure } from '../core/report/plan.ts';
import { describeRemoteError, SearchIncomplete } from '../runner.ts';
import type { ReviewContext } from './comment.ts';
import {
  ANY_COMMENT_MARKER,
  commentMarker,
  outdatedNote,
  pullRequestLabel,
  readPlanMarker,
  staleTables,
  withOutdatedNote,
} from './protocol.ts';

/**
 * Open pull requests read per apply, the most recently updated first: each costs one to three requests (its comments,
 * maybe an edit), so an apply stays far inside the workflow token's budget (1,000 requests an hour per repository);
 * a pull request beyond them is refused at its own apply all the same (its plan hash no longer matches).
 */
export const MAX_STALE_PULLS = 20;

/**
 * After an apply changed `changed` tables: every other open pull request whose plan comment (ours, by marker and
 * author) covers one of them gets a note at the top of that comment saying its plan is outdated. Returns how many.
 */
export async function markStalePlans(
  context: ReviewContext,
  changed: ReadonlySet<string>,
  appliedPull: number | undefined,
): Promise<number> {
  const { runner, pullRequests, settings, event } = context;
  if (!pullRequests || changed.size === 0 || settings.comment === 'never') return 0;
  let marked = 0;
  try {
    const open = await pullRequests.openPullRequests(MAX_STALE_PULLS);
    const marker = commentMarker(settings.configId);
    for (const number of open) {
      if (number === appliedPull) continue;
      let comment: Awaited<ReturnType<typeof pullRequests.findComment>>;
      try {
        comment = await pullRequests.findComment(number, marker);
      } catch (error) {
        // One pull request flooded with comments leaves the others' notes to be written.
        if (!(error instanceof SearchIncomplete)) throw error;
        runner.info(`Not checked for an outdated plan: ${error.message} (refused at its apply all the same)`);
        continue;
      }
      const tables = staleTables(comment && readPlanMarker(comment.body), changed);
      if (!comment || tables.length === 0) continue;
      const body = withOutdatedNote(comment.body, outdatedNote(tables, event.branch, event.sha));
      if (body === undefined) {
        runner.info(`Pull request #${number}: its plan is outdated, but the note would not fit its comment`);
        continue;
      }
      if (body === comment.body) continue;
      await pullRequests.editComment(comment.id, body);
      runner.info(`Pull request #${number}: its plan comment now says it is outdated (${tables.join(', ')} changed)`);
      marked++;
    }
    if (open.length >= MAX_STALE_PULLS) {
      runner.info(
        `Read the ${MAX_STALE_PULLS} most recently updated open pull requests for outdated plans; older ones are refused at their apply all the same`,
      );
    }
  } catch (error) {
    runner.notice(`Could not mark other pull requests' plans as outdated (${describeRemoteError(error)}).`);
  }
  return marked;
}

/**
 * Sets the one plan label on the pull request (creating it with its colour when missing) and removes the others. The
 * label is the worst of this plan's and of the other configurations' plan comments (each records its own).
 */
export async function labelPullRequest(
  context: ReviewContext,
  plans: readonly TablePlan[],
  failures: readonly TableFailure[],
): Promise<void> {
  const { runner, pullRequests, settings, event } = context;
  const number = event.pullRequest?.number;
  if (!settings.labels || !pullRequests || number === undefined) return;
  let label = planLabel(plans, failures);
  try {
    const ours = await pullRequests.findComments(number, ANY_COMMENT_MARKER);
    label = pullRequestLabel(
      label,
      settings.configId,
      ours.map((comment) => comment.body),
    );
    await pullRequests.setLabel(
      number,
      label,
      PLAN_LABELS.map((l) => l.name),
    );
    runner.info(`Pull request #${number} labelled "${label.name}"`);
  } catch (error) {
    runner.notice(
      `Could not label the pull request "${label.name}" (${describeRemoteError(error)}); the workflow needs pull-requests: write.`,
    );
  }
}
