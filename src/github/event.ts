import { readFileSync } from 'node:fs';
import type { RunEvent } from '../runner.ts';

export type { PullRequestInfo, RunEvent } from '../runner.ts';

interface EventPayload {
  before?: string;
  repository?: { private?: boolean; visibility?: string };
  pull_request?: {
    number: number;
    head: { sha: string; repo?: { full_name?: string } | null };
    base: { sha: string; repo?: { full_name?: string } };
  };
}

/** What the runner tells about this run: the event, the repository, and the pull request if there is one. */
export function readRunEvent(env: Record<string, string | undefined> = process.env): RunEvent {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const event: RunEvent = {
    name: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    serverUrl,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`,
    ...(env.GITHUB_REF_NAME ? { branch: env.GITHUB_REF_NAME } : {}),
  };
  let payload: EventPayload = {};
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
  } catch {
    // No readable event file (a local run): no pull request.
  }
  if (payload.before && !/^0+$/.test(payload.before)) event.before = payload.before;
  const repository = payload.repository;
  if (repository?.visibility !== undefined) event.publicRepository = repository.visibility === 'public';
  else if (repository?.private !== undefined) event.publicRepository = !repository.private;
  const pr = payload.pull_request;
  if (pr) {
    const head = pr.head.repo?.full_name;
    event.pullRequest = {
      number: pr.number,
      headSha: pr.head.sha,
      baseSha: pr.base.sha,
      fromFork: head !== undefined && head !== pr.base.repo?.full_name,
    };
  }
  return event;
}
