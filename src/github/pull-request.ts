import type { CommentRecord, CommentWrite } from '../review/protocol.ts';
import type {
  CommentResult,
  CommitRange,
  MergedPullRequest,
  OurComment,
  PullRequestsPort,
  RunEvent,
} from '../runner.ts';
import { describeRemoteError, MAX_COMPARE_COMMITS, SearchIncomplete } from '../runner.ts';

type Octokit = ReturnType<typeof import('@actions/github')['getOctokit']>;

/** Comment pages read while looking for our comment: 100 comments each, far more than any PR has. */
const MAX_COMMENT_PAGES = 30;
/** GitHub lists at most 3,000 files of a pull request (List pull requests files), 100 a page. */
const MAX_LISTED_FILES = 3000;
const MAX_FILE_PAGES = MAX_LISTED_FILES / 100;
/** Edits of one comment read from its history; the last edit and its editor come apart from them, always. */
const MAX_EDITS_READ = 50;

export type { CommentResult, OurComment } from '../runner.ts';

/** The pull request side of the action: the sticky comment, the merged PR of a commit, a file at another commit. */
export class PullRequests implements PullRequestsPort {
  private readonly token: string;
  private readonly event: RunEvent;
  private login: Promise<string> | undefined;
  private client: Promise<Octokit> | undefined;

  /** GitHub's API (GITHUB_API_URL, on GitHub Enterprise Server); absent: the client's own default. */
  private readonly apiUrl: string | undefined;

  constructor(token: string, event: RunEvent, apiUrl?: string) {
    this.token = token;
    this.event = event;
    this.apiUrl = apiUrl || undefined;
  }

  /** The GitHub client, loaded when first needed: a run that never talks to GitHub never loads it (a faster start). */
  private octokit(): Promise<Octokit> {
    this.client ??= import('@actions/github').then(({ getOctokit }) =>
      // The client reads GITHUB_API_URL from process.env once, when first loaded: a run's own URL is passed instead.
      getOctokit(this.token, this.apiUrl ? { baseUrl: this.apiUrl } : {}),
    );
    return this.client;
  }

  /**
   * The login this token posts as: GraphQL's `viewer` answers for a personal token, an app's installation token and
   * the workflow token alike (REST's `GET /user` refuses installation tokens). Asked once per run.
   */
  identity(): Promise<string> {
    this.login ??= this.octokit()
      .then((octokit) => octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }'))
      .then(({ viewer }) => viewer.login);
    return this.login;
  }

  /**
   * Our comments carrying this marker, oldest first. Only comments written by this token's identity count: anyone can
   * write the marker into a comment of their own.
   */
  async findComments(issueNumber: number, marker: string): Promise<OurComment[]> {
    return (await this.searchComments(issueNumber, marker)).found;
  }

  /** findComments, and whether it read every comment (false: it stopped after MAX_COMMENT_PAGES full pages). */
  private async searchComments(
    issueNumber: number,
    marker: string,
  ): Promise<{ found: OurComment[]; complete: boolean }> {
    const login = await this.identity();
    const found: OurComment[] = [];
    for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
      const { data } = await (await this.octokit()).rest.issues.listComments({
        owner: this.event.owner,
        repo: this.event.repo,
        issue_number: issueNumber,
        per_page: 100,
        page,
      });
      for (const comment of data) {
        if (isAuthor(login, comment.user) && comment.body?.includes(marker)) {
          found.push({ id: comment.id, nodeId: comment.node_id, body: comment.body ?? '', url: comment.html_url });
        }
      }
      if (data.length < 100) return { found, complete: true };
    }
    return { found, complete: false };
  }

  /**
   * Our latest comment carrying this marker (the plan last posted), if the pull request has one. A search that could
   * not read every comment cannot say which is the latest: it throws rather than answer.
   */
  async findComment(issueNumber: number, marker: string): Promise<OurComment | undefined> {
    const { found, complete } = await this.searchComments(issueNumber, marker);
    if (!complete) {
      throw new SearchIncomplete(
        `pull request #${issueNumber} has more than ${MAX_COMMENT_PAGES * 100} comments; the search for the plan comment stopped there`,
      );
    }
    return found.at(-1);
  }

  /**
   * A comment's body, creation and edits in one GraphQL answer. GitHub's schema (IssueComment): `lastEditedAt` "the
   * moment the editor made the last edit", `editor` "the actor who edited the comment" (null for an account since
   * deleted), `userContentEdits` "a list of edits to this content", each with `editedAt` and `editor`. Their order is
   * not documented: checkPlanComment does not depend on it. GraphQL names a bot without the `[bot]` REST shows:
   * `isAuthor` compares both spellings for a Bot.
   */
  async readComment(nodeId: string): Promise<CommentRecord> {
    type Actor = { __typename?: string; login?: string } | null;
    const { node } = await (await this.octokit()).graphql<{
      node: {
        body?: string;
        createdAt?: string;
        lastEditedAt?: string | null;
        editor?: Actor;
        userContentEdits?: { nodes?: ({ editedAt?: string; editor?: Actor } | null)[] } | null;
      } | null;
    }>(
      `query($id: ID!) { node(id: $id) { ... on IssueComment { body createdAt lastEditedAt editor { __typename login }
        userContentEdits(last: ${MAX_EDITS_READ}) { nodes { editedAt editor { __typename login } } } } } }`,
      { id: nodeId },
    );
    if (typeof node?.body !== 'string' || typeof node.createdAt !== 'string') {
      throw new Error(`GitHub's GraphQL API gave no comment for ${nodeId}`);
    }
    const login = await this.identity();
    const write = (at: string, actor: Actor | undefined): CommentWrite => ({
      at,
      ...(actor?.login ? { login: actor.login } : {}),
      ours: isAuthor(login, actor?.login ? { login: actor.login, type: actor.__typename ?? '' } : null),
    });
    return {
      body: node.body,
      createdAt: node.createdAt,
      ...(node.lastEditedAt ? { lastEdit: write(node.lastEditedAt, node.editor) } : {}),
      edits: (node.userContentEdits?.nodes ?? []).flatMap((edit) =>
        edit?.editedAt ? [write(edit.editedAt, edit.editor)] : [],
      ),
    };
  }

  /**
   * Updates our latest comment with this marker in place, or creates one (unless `createIfMissing` is false). With
   * `history`, posts a new comment each time and minimizes our older ones as outdated.
   */
  async upsertComment(
    issueNumber: number,
    marker: string,
    body: string,
    createIfMissing: boolean,
    history = false,
  ): Promise<CommentResult> {
    const ours = await this.findComments(issueNumber, marker);
    const existing = ours.at(-1);
    const target = { owner: this.event.owner, repo: this.event.repo };
    if (existing && !history) {
      const { data } = await (await this.octokit()).rest.issues.updateComment({
        ...target,
        comment_id: existing.id,
        body,
      });
      return { url: data.html_url };
    }
    if (!createIfMissing) return { skipped: 'no changes, and no earlier comment to update' };
    const { data } = await (await this.octokit()).rest.issues.createComment({
      ...target,
      issue_number: issueNumber,
      body,
    });
    const result: CommentResult = { url: data.html_url };
    if (history) {
      const failed: string[] = [];
      for (const old of ours) {
        try {
          await (await this.octokit()).graphql(
            'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { isMinimized } } }',
            { id: old.nodeId },
          );
        } catch (error) {
          failed.push(describeGitHubError(error));
        }
      }
      if (failed.length > 0) result.note = `${failed.length} older plan comment(s) could not be hidden: ${failed[0]}`;
    }
    return result;
  }

  /** Our open issue carrying this marker (not a pull request), if there is one. */
  async findOpenIssue(marker: string): Promise<{ number: number; url: string } | undefined> {
    const login = await this.identity();
    for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
      const { data } = await (await this.octokit()).rest.issues.listForRepo({
        owner: this.event.owner,
        repo: this.event.repo,
        state: 'open',
        per_page: 100,
        page,
      });
      const found = data.find(
        (issue) => !issue.pull_request && isAuthor(login, issue.user) && issue.body?.includes(marker),
      );
      if (found) return { number: found.number, url: found.html_url };
      if (data.length < 100) break;
    }
    return undefined;
  }

  /** Creates an issue, or replaces the title and body of issue `number`; its URL. */
  /**
   * Our issue carrying `marker`: the open one, else the one updated last (closed), with its body; within 30 pages of
   * the repository's issues, most recently updated first.
   */
  async findIssue(marker: string): Promise<{ number: number; url: string; body: string; open: boolean } | undefined> {
    const login = await this.identity();
    let closed: { number: number; url: string; body: string; open: boolean } | undefined;
    for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
      const { data } = await (await this.octokit()).rest.issues.listForRepo({
        owner: this.event.owner,
        repo: this.event.repo,
        state: 'all',
        sort: 'updated',
        direction: 'desc',
        per_page: 100,
        page,
      });
      for (const issue of data) {
        if (issue.pull_request || !isAuthor(login, issue.user) || !issue.body?.includes(marker)) continue;
        const found = { number: issue.number, url: issue.html_url, body: issue.body, open: issue.state === 'open' };
        if (found.open) return found;
        closed ??= found;
      }
      if (data.length < 100) break;
    }
    return closed;
  }

  async writeIssue(number: number | undefined, title: string, body: string): Promise<string> {
    const target = { owner: this.event.owner, repo: this.event.repo };
    if (number === undefined)
      return (await (await this.octokit()).rest.issues.create({ ...target, title, body })).data.html_url;
    return (await (await this.octokit()).rest.issues.update({ ...target, issue_number: number, title, body })).data
      .html_url;
  }

  /** Says why in a comment, then closes issue `number` as completed. */
  async closeIssue(number: number, comment: string): Promise<void> {
    const target = { owner: this.event.owner, repo: this.event.repo, issue_number: number };
    await (await this.octokit()).rest.issues.createComment({ ...target, body: comment });
    await (await this.octokit()).rest.issues.update({ ...target, state: 'closed', state_reason: 'completed' });
  }

  async openPullRequests(limit: number): Promise<number[]> {
    const { data } = await (await this.octokit()).rest.pulls.list({
      owner: this.event.owner,
      repo: this.event.repo,
      state: 'open',
      sort: 'updated',
      direction: 'desc',
      per_page: Math.min(limit, 100),
    });
    return data.slice(0, limit).map((pull) => pull.number);
  }

  async editComment(id: number, body: string): Promise<void> {
    const target = { owner: this.event.owner, repo: this.event.repo };
    await (await this.octokit()).rest.issues.updateComment({ ...target, comment_id: id, body });
  }

  async setLabel(
    issueNumber: number,
    label: { name: string; color: string; description: string },
    family: readonly string[],
  ): Promise<void> {
    const octokit = await this.octokit();
    const target = { owner: this.event.owner, repo: this.event.repo };
    const { data: current } = await octokit.rest.issues.listLabelsOnIssue({
      ...target,
      issue_number: issueNumber,
      per_page: 100,
    });
    const names = new Set(current.map((l) => l.name));
    if (!names.has(label.name)) {
      // Adding a label the repository lacks would create it grey: created first, with its colour.
      try {
        await octokit.rest.issues.getLabel({ ...target, name: label.name });
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error;
        await octokit.rest.issues.createLabel({ ...target, ...label });
      }
      await octokit.rest.issues.addLabels({ ...target, issue_number: issueNumber, labels: [label.name] });
    }
    for (const name of family) {
      if (name !== label.name && names.has(name)) {
        await octokit.rest.issues.removeLabel({ ...target, issue_number: issueNumber, name });
      }
    }
  }

  /**
   * The paths a pull request changes (renamed files by both names), from `GET /pulls/{n}/files`: 100 a page, and at
   * most 3,000 in all (GitHub's documented limit), so a listing of 3,000 may be cut short and is not complete.
   */
  async changedFiles(issueNumber: number): Promise<{ paths: string[]; complete: boolean }> {
    const octokit = await this.octokit();
    const paths: string[] = [];
    let listed = 0;
    for (let page = 1; page <= MAX_FILE_PAGES; page++) {
      const { data } = await octokit.rest.pulls.listFiles({
        owner: this.event.owner,
        repo: this.event.repo,
        pull_number: issueNumber,
        per_page: 100,
        page,
      });
      listed += data.length;
      for (const file of data) {
        paths.push(file.filename);
        if (file.previous_filename) paths.push(file.previous_filename);
      }
      if (data.length < 100) return { paths, complete: true };
    }
    return { paths, complete: listed < MAX_LISTED_FILES };
  }

  /** The merged pull request that brought this commit, with its head commit (none for a direct push). */
  async mergedPullRequestOf(sha: string): Promise<{ number: number; headSha: string; mergedAt?: string } | undefined> {
    const { data } = await (await this.octokit()).rest.repos.listPullRequestsAssociatedWithCommit({
      owner: this.event.owner,
      repo: this.event.repo,
      commit_sha: sha,
    });
    // The pull request whose merge made this commit, before one that merely contains it.
    const merged = data.find((pr) => pr.merged_at && pr.merge_commit_sha === sha) ?? data.find((pr) => pr.merged_at);
    if (!merged) return undefined;
    return {
      number: merged.number,
      headSha: merged.head.sha,
      ...(merged.merged_at ? { mergedAt: merged.merged_at } : {}),
    };
  }

  /**
   * The commit last applied to a table, as recorded by `recordApplied` (a git ref under `refs/datatable-sync/applied/`,
   * invisible among branches and tags), or undefined when none is recorded.
   */
  async appliedCommit(key: string): Promise<string | undefined> {
    try {
      const { data } = await (await this.octokit()).rest.git.getRef({
        owner: this.event.owner,
        repo: this.event.repo,
        ref: appliedRef(key),
      });
      return data.object.sha;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  }

  /**
   * The rollback's pull request, through the Git data API: each file a blob (base64, so its bytes stay as they are), a
   * tree on the base commit's tree, a commit whose parent is the base, a branch at it, and the pull request.
   */
  async openPullRequest(change: {
    branch: string;
    base: string;
    into: string;
    message: string;
    files: readonly { path: string; bytes: Uint8Array }[];
    title: string;
    body: string;
  }): Promise<{ number: number; url: string }> {
    const octokit = await this.octokit();
    const target = { owner: this.event.owner, repo: this.event.repo };
    const tree: { path: string; mode: '100644'; type: 'blob'; sha: string }[] = [];
    for (const file of change.files) {
      const { data } = await octokit.rest.git.createBlob({
        ...target,
        content: Buffer.from(file.bytes).toString('base64'),
        encoding: 'base64',
      });
      tree.push({ path: file.path, mode: '100644', type: 'blob', sha: data.sha });
    }
    const { data: base } = await octokit.rest.git.getCommit({ ...target, commit_sha: change.base });
    const { data: newTree } = await octokit.rest.git.createTree({ ...target, base_tree: base.tree.sha, tree });
    const { data: commit } = await octokit.rest.git.createCommit({
      ...target,
      message: change.message,
      tree: newTree.sha,
      parents: [change.base],
    });
    await octokit.rest.git.createRef({ ...target, ref: `refs/heads/${change.branch}`, sha: commit.sha });
    const { data: pull } = await octokit.rest.pulls.create({
      ...target,
      title: change.title,
      head: change.branch,
      base: change.into,
      body: change.body,
    });
    return { number: pull.number, url: pull.html_url };
  }

  /**
   * How `head` stands to `base` in the repository's history (the compare API): `ahead` or `identical` when `base` is
   * an ancestor of `head` (or the same commit), else `behind` or `diverged`; `unknown` when GitHub knows neither.
   */
  async compare(base: string, head: string): Promise<'ahead' | 'identical' | 'behind' | 'diverged' | 'unknown'> {
    try {
      const { data } = await (await this.octokit()).rest.repos.compareCommitsWithBasehead({
        owner: this.event.owner,
        repo: this.event.repo,
        basehead: `${base}...${head}`,
        per_page: 1,
      });
      return data.status;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return 'unknown';
      throw error;
    }
  }

  /**
   * The commits after `base` up to `head` (compare `base...head`, oldest first), read in pages of 100 up to
   * MAX_COMPARE_COMMITS; `total` is GitHub's count, so a caller sees when the list was cut.
   */
  async commitsBetween(base: string, head: string): Promise<CommitRange> {
    const commits: string[] = [];
    let status: CommitRange['status'] = 'unknown';
    let total = 0;
    for (let page = 1; page <= Math.ceil(MAX_COMPARE_COMMITS / 100); page++) {
      let data: { status: CommitRange['status']; total_commits: number; commits: { sha: string }[] };
      try {
        ({ data } = await (await this.octokit()).rest.repos.compareCommitsWithBasehead({
          owner: this.event.owner,
          repo: this.event.repo,
          basehead: `${base}...${head}`,
          per_page: 100,
          page,
        }));
      } catch (error) {
        if ((error as { status?: number }).status === 404) return { status: 'unknown', commits: [], total: 0 };
        throw error;
      }
      status = data.status;
      total = data.total_commits;
      commits.push(...data.commits.map((commit) => commit.sha));
      // More than the bound: the caller refuses, so no further page is read.
      if (data.commits.length < 100 || commits.length >= total || total > MAX_COMPARE_COMMITS) break;
    }
    return { status, commits: commits.slice(0, MAX_COMPARE_COMMITS), total };
  }

  async mergedPullRequestsOf(sha: string): Promise<MergedPullRequest[]> {
    const { data } = await (await this.octokit()).rest.repos.listPullRequestsAssociatedWithCommit({
      owner: this.event.owner,
      repo: this.event.repo,
      commit_sha: sha,
      per_page: 100,
    });
    return data.flatMap((pr) =>
      pr.merged_at
        ? [
            {
              number: pr.number,
              headSha: pr.head.sha,
              mergedAt: pr.merged_at,
              ...(pr.merge_commit_sha ? { mergeCommitSha: pr.merge_commit_sha } : {}),
            },
          ]
        : [],
    );
  }

  /** Records `sha` as the commit last applied to a table (needs the token's `contents: write`). */
  async recordApplied(key: string, sha: string): Promise<void> {
    const target = { owner: this.event.owner, repo: this.event.repo };
    try {
      await (await this.octokit()).rest.git.updateRef({ ...target, ref: appliedRef(key), sha, force: true });
    } catch (error) {
      // 422: no such ref yet.
      if ((error as { status?: number }).status !== 422) throw error;
      await (await this.octokit()).rest.git.createRef({ ...target, ref: `refs/${appliedRef(key)}`, sha });
    }
  }

  /**
   * Vendor jobs a run left queued for a table (their end unknown when it ended): one git ref each under
   * `refs/datatable-sync/queued/<key>/<jobId>`, pointing at the commit whose rows the job carried.
   */
  async queuedJobs(key: string): Promise<{ jobId: string; sha: string }[]> {
    const prefix = queuedRef(key, '');
    const { data } = await (await this.octokit()).rest.git.listMatchingRefs({
      owner: this.event.owner,
      repo: this.event.repo,
      ref: prefix,
    });
    return data
      .map((ref) => ({ jobId: ref.ref.slice(`refs/${prefix}`.length), sha: ref.object.sha }))
      .filter((job) => job.jobId !== '');
  }

  async recordQueued(key: string, jobId: string, sha: string): Promise<void> {
    await (await this.octokit()).rest.git.createRef({
      owner: this.event.owner,
      repo: this.event.repo,
      ref: `refs/${queuedRef(key, jobId)}`,
      sha,
    });
  }

  async forgetQueued(key: string, jobId: string): Promise<void> {
    try {
      await (await this.octokit()).rest.git.deleteRef({
        owner: this.event.owner,
        repo: this.event.repo,
        ref: queuedRef(key, jobId),
      });
    } catch (error) {
      // Already gone (another run asked first): nothing to forget.
      if ((error as { status?: number }).status !== 422 && (error as { status?: number }).status !== 404) throw error;
    }
  }

  /** A file's text at a commit, or undefined when it does not exist there: its bytes (below), decoded. */
  async fileAt(path: string, ref: string): Promise<string | undefined> {
    const bytes = await this.fileBytesAt(path, ref);
    if (bytes === undefined) return undefined;
    const chunks: Uint8Array[] = [];
    for await (const chunk of bytes) chunks.push(chunk);
    return new TextDecoder().decode(Buffer.concat(chunks));
  }

  /** A file's bytes at a commit, streamed from the answer's body (Octokit leaves it unread), or undefined when absent. */
  async fileBytesAt(path: string, ref: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    try {
      const { data } = await (await this.octokit()).rest.repos.getContent({
        owner: this.event.owner,
        repo: this.event.repo,
        path,
        ref,
        mediaType: { format: 'raw' },
        request: { parseSuccessResponseBody: false },
      });
      // The fetch Response's body: a web ReadableStream, which is async iterable in Node.js.
      const body: unknown = data;
      if (body === null || body === undefined) return (async function* () {})();
      if (typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] !== 'function') {
        throw new Error(`unexpected contents answer for ${path}`);
      }
      return body as AsyncIterable<Uint8Array>;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  }
}

/**
 * Whether a comment's author is this identity. REST names bots `name[bot]`; GraphQL's viewer may give the name with
 * or without the suffix, so for a Bot author both spellings count.
 */
export function isAuthor(login: string, user: { login?: string; type?: string } | null | undefined): boolean {
  if (!user?.login) return false;
  if (user.login === login) return true;
  const bare = (name: string) => name.replace(/\[bot\]$/, '');
  return user.type === 'Bot' && bare(user.login) === bare(login);
}

/** A short, safe reason for a failed GitHub call (Octokit errors carry the request, headers included). */
export const describeGitHubError = describeRemoteError;

/** The ref (without `refs/`) that records the commit last applied to a table. */
export function appliedRef(key: string): string {
  return `datatable-sync/applied/${key}`;
}

/** A queued job's record (job ids are checked to be ref-safe before they are recorded: see baseline.ts). */
export function queuedRef(key: string, jobId: string): string {
  return `datatable-sync/queued/${key}/${jobId}`;
}
