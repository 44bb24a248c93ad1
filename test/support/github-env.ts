import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FakeGitHub } from './fake-github.ts';

export const HEAD = 'a'.repeat(40);
export const BASE = 'b'.repeat(40);
export const MERGE = 'd'.repeat(40);

/** The runner's environment for a pull_request event on acme/tables, its event file written into `dir`. */
export async function pullRequestEnv(
  dir: string,
  github: FakeGitHub,
  options: { fork?: boolean; head?: string } = {},
): Promise<Record<string, string>> {
  const eventPath = path.join(dir, 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { sha: options.head ?? HEAD, repo: { full_name: options.fork ? 'someone/tables' : 'acme/tables' } },
        base: { sha: BASE, repo: { full_name: 'acme/tables' } },
      },
    }),
  );
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/tables',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_RUN_ID: '42',
    GITHUB_API_URL: github.url,
  };
}

/** The runner's environment for the push of a merge commit; `merged` links it to pull request 7 as GitHub would. */
export function pushEnv(github: FakeGitHub, merged = true): Record<string, string> {
  if (merged) github.commitPulls.set(MERGE, [{ number: 7, merged_at: '2026-11-24T10:00:00Z', head: { sha: HEAD } }]);
  return { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'acme/tables', GITHUB_SHA: MERGE, GITHUB_API_URL: github.url };
}
