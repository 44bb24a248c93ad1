import { commentMarker } from './core/report.ts';
import type { Runner } from './github/action.ts';
import type { RunEvent } from './github/event.ts';
import { describeGitHubError, type PullRequests } from './github/pull-request.ts';
import type { Settings } from './settings.ts';

/** What every step of a run needs: the runner, the settings, the event, GitHub, and the run's own folder. */
export interface RunContext {
  runner: Runner;
  settings: Settings;
  event: RunEvent;
  pullRequests: PullRequests | undefined;
  /** RUNNER_TEMP/datatable-sync-<id>: the plan file, rejected rows and snapshots. */
  workDir: string;
}

/** A table name as a file name. */
export function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, '_');
}

/** Creates or updates this configuration's comment; a failure is a notice, never a failed step. */
export async function postComment(
  context: RunContext,
  issueNumber: number,
  body: string,
  createIfMissing: boolean,
): Promise<void> {
  const { runner, pullRequests, settings } = context;
  if (!pullRequests) return;
  try {
    const result = await pullRequests.upsertComment(
      issueNumber,
      commentMarker(settings.configId),
      body,
      createIfMissing,
    );
    if (result.url) runner.output('comment-url', result.url);
    else runner.info(`No pull request comment: ${result.skipped}.`);
  } catch (error) {
    // A fork's token is read-only: the plan is still in the step summary, so this is a notice, not a failure.
    runner.notice(
      `Could not post the pull request comment (${describeGitHubError(error)}); the plan is in the step summary.`,
    );
  }
}
