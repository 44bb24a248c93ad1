import { getOctokit } from '@actions/github';
import type { RunEvent } from './event.ts';

type Octokit = ReturnType<typeof getOctokit>;

/** Comment pages read while looking for our comment: 100 comments each, far more than any PR has. */
const MAX_COMMENT_PAGES = 30;

export interface CommentResult {
  url?: string;
  /** Why nothing was posted, when nothing was. */
  skipped?: string;
}

/** The pull request side of the action: the sticky comment, the merged PR of a commit, a file at another commit. */
export class PullRequests {
  private readonly octokit: Octokit;
  private readonly event: RunEvent;

  constructor(token: string, event: RunEvent) {
    this.octokit = getOctokit(token);
    this.event = event;
  }

  /** The comment carrying this marker, if the pull request has one. */
  async findComment(
    issueNumber: number,
    marker: string,
  ): Promise<{ id: number; body: string; url: string } | undefined> {
    for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
      const { data } = await this.octokit.rest.issues.listComments({
        owner: this.event.owner,
        repo: this.event.repo,
        issue_number: issueNumber,
        per_page: 100,
        page,
      });
      const found = data.find((comment) => comment.body?.includes(marker));
      if (found) return { id: found.id, body: found.body ?? '', url: found.html_url };
      if (data.length < 100) return undefined;
    }
    return undefined;
  }

  /** Updates the comment with this marker in place, or creates it (unless `createIfMissing` is false). */
  async upsertComment(
    issueNumber: number,
    marker: string,
    body: string,
    createIfMissing: boolean,
  ): Promise<CommentResult> {
    const existing = await this.findComment(issueNumber, marker);
    const target = { owner: this.event.owner, repo: this.event.repo };
    if (existing) {
      const { data } = await this.octokit.rest.issues.updateComment({ ...target, comment_id: existing.id, body });
      return { url: data.html_url };
    }
    if (!createIfMissing) return { skipped: 'no changes, and no earlier comment to update' };
    const { data } = await this.octokit.rest.issues.createComment({ ...target, issue_number: issueNumber, body });
    return { url: data.html_url };
  }

  /** The merged pull request that brought this commit, found as GitHub links them (none for a direct push). */
  async mergedPullRequestOf(sha: string): Promise<number | undefined> {
    const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: this.event.owner,
      repo: this.event.repo,
      commit_sha: sha,
    });
    return data.find((pr) => pr.merged_at)?.number;
  }

  /** A file's text at a commit, or undefined when it does not exist there. */
  async fileAt(path: string, ref: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({
        owner: this.event.owner,
        repo: this.event.repo,
        path,
        ref,
        mediaType: { format: 'raw' },
      });
      // Octokit hands a raw body back as text or as bytes, depending on the answer's content type.
      const raw: unknown = data;
      if (typeof raw === 'string') return raw;
      if (raw instanceof ArrayBuffer || ArrayBuffer.isView(raw)) return new TextDecoder().decode(raw as ArrayBuffer);
      throw new Error(`unexpected contents answer for ${path}`);
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  }
}

/** A short, safe reason for a failed GitHub call (Octokit errors carry the request, headers included). */
export function describeGitHubError(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status ? `GitHub answered ${status}: ${message}` : (message ?? 'unknown error');
}
