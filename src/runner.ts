/**
 * The seam between the engine (main.ts and what it calls) and where it runs: a GitHub Actions runner
 * (src/github/action.ts) or a terminal (src/cli/runner.ts). The engine knows only this: the run's inputs, how to say
 * things, where files go, the event, and, on GitHub, the pull request side. Neither runner's code is imported here.
 */
import type { Clock } from './core/clock.ts';
import type { InputTerms } from './core/inputs.ts';
import type { Problem } from './core/problems.ts';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  /** From another repository: the workflow then has no secrets and a read-only token. */
  fromFork: boolean;
}

/** What the runner tells about this run: the event, the repository, and the pull request if there is one. */
export interface RunEvent {
  name: string;
  owner: string;
  repo: string;
  sha: string;
  serverUrl: string;
  runUrl: string;
  pullRequest?: PullRequestInfo;
  /** On a push: the commit the branch pointed to before it (absent for a new branch). */
  before?: string;
  /** The branch or tag the run is for (GITHUB_REF_NAME), when the runner says. */
  branch?: string;
  /** Whether the repository is public (anyone can read its artifacts); undefined when the event does not say. */
  publicRepository?: boolean;
}

/** Why a run failed, as the `failure-reason` output says it. */
export type FailureReason =
  | 'settings'
  | 'missing-inputs'
  | 'invalid-rows'
  | 'guard'
  | 'table-failed'
  | 'not-reviewed'
  | 'plan-changed'
  | 'import-failed'
  | 'export-failed'
  | 'rollback-refused'
  | 'not-approved'
  | 'error';

export interface OurComment {
  id: number;
  nodeId: string;
  body: string;
  url: string;
}

/** A search through a pull request's comments that stopped at its bound: what it did not read is unknown. */
export class SearchIncomplete extends Error {}

export interface CommentResult {
  url?: string;
  /** Something that went wrong beside the comment itself (older comments not hidden). */
  note?: string;
  /** Why nothing was posted, when nothing was. */
  skipped?: string;
}

/** One write of a comment as GitHub records it (GraphQL): when, by which login, and whether that is this token's. */
export interface CommentWrite {
  at: string;
  /** Absent: an account GitHub no longer names. */
  login?: string;
  ours: boolean;
}

/** A plan comment as GitHub tells it in one answer (GraphQL): its text, its creation and its edits. */
export interface CommentRecord {
  body: string;
  createdAt: string;
  /** `lastEditedAt` and `editor`; absent when the comment was never edited. */
  lastEdit?: CommentWrite;
  /** `userContentEdits`, in any order (the creation may be one of them). */
  edits: readonly CommentWrite[];
}

/** The pull request side of a run on GitHub: comments, the merged pull request, files at commits, records, issues. */
/**
 * Commits read from one compare. GitHub's "Compare two commits": the answer is `git log base..head` "in chronological
 * order", at most 250 commits without paging parameters (pages since 2021-03-22, changelog "Compare REST API now
 * supports pagination"), `total_commits` counting them all. The apply reads no more than 250, each costing a request
 * for its pull requests, and fails closed beyond.
 */
export const MAX_COMPARE_COMMITS = 250;

/** What the compare API says of `base...head`: how they stand, and the commits after `base` (oldest first). */
export interface CommitRange {
  status: 'ahead' | 'identical' | 'behind' | 'diverged' | 'unknown';
  commits: string[];
  /** How many commits GitHub counts in the range (more than `commits` when the bound cut the list). */
  total: number;
}

/** A merged pull request as `GET /repos/{o}/{r}/commits/{sha}/pulls` gives it. */
export interface MergedPullRequest {
  number: number;
  headSha: string;
  mergedAt: string;
  /** The commit the merge made on the base branch (merge, squash or rebase). */
  mergeCommitSha?: string;
}

export interface PullRequestsPort {
  /** Our latest comment with this marker; throws SearchIncomplete when the comments are too many to read. */
  findComment(issueNumber: number, marker: string): Promise<OurComment | undefined>;
  /** Our comments carrying this marker, oldest first (within the search's bound). */
  findComments(issueNumber: number, marker: string): Promise<OurComment[]>;
  /** A comment's text and edit record as GitHub's GraphQL API gives them, in one answer. */
  readComment(nodeId: string): Promise<CommentRecord>;
  upsertComment(
    issueNumber: number,
    marker: string,
    body: string,
    createIfMissing: boolean,
    history?: boolean,
  ): Promise<CommentResult>;
  /** The paths a pull request changes; `complete` is false when GitHub's listing may have been cut short. */
  changedFiles?(issueNumber: number): Promise<{ paths: string[]; complete: boolean }>;
  mergedPullRequestOf(sha: string): Promise<{ number: number; headSha: string; mergedAt?: string } | undefined>;
  appliedCommit(key: string): Promise<string | undefined>;
  /** The commits after `base` up to `head`, oldest first, within the compare API's bound (see pull-request.ts). */
  commitsBetween(base: string, head: string): Promise<CommitRange>;
  /** The merged pull requests GitHub links to a commit, with the commit each merge made. */
  mergedPullRequestsOf(sha: string): Promise<MergedPullRequest[]>;
  recordApplied(key: string, sha: string): Promise<void>;
  /** Vendor jobs whose end was not known when a run ended, recorded for a table: job id and the commit it sent. */
  queuedJobs(key: string): Promise<{ jobId: string; sha: string }[]>;
  recordQueued(key: string, jobId: string, sha: string): Promise<void>;
  forgetQueued(key: string, jobId: string): Promise<void>;
  compare(base: string, head: string): Promise<'ahead' | 'identical' | 'behind' | 'diverged' | 'unknown'>;
  fileAt(path: string, ref: string): Promise<string | undefined>;
  /**
   * A file's bytes at a commit as they arrive, or undefined when it does not exist there: a large file's previous
   * version is read into the plan's index without ever being one string (fileAt's text, where this is absent).
   */
  fileBytesAt?(path: string, ref: string): Promise<AsyncIterable<Uint8Array> | undefined>;
  /**
   * A new branch `branch` off commit `base` with one commit writing `files` (bytes as they are), and a pull request
   * from it into `into` (the rollback's pull request).
   */
  openPullRequest?(change: {
    branch: string;
    base: string;
    into: string;
    message: string;
    files: readonly { path: string; bytes: Uint8Array }[];
    title: string;
    body: string;
  }): Promise<{ number: number; url: string }>;
  /** Our issue with this marker: the open one, else the last updated closed one, with its body. */
  findIssue?(marker: string): Promise<{ number: number; url: string; body: string; open: boolean } | undefined>;
  findOpenIssue(marker: string): Promise<{ number: number; url: string } | undefined>;
  writeIssue(number: number | undefined, title: string, body: string): Promise<string>;
  closeIssue(number: number, comment: string): Promise<void>;
  /** Numbers of open pull requests, the most recently updated first, at most `limit`. */
  openPullRequests(limit: number): Promise<number[]>;
  /** Replaces the body of one of our comments. */
  editComment(id: number, body: string): Promise<void>;
  /**
   * Puts `label` on the pull request (creating it in the repository, with its colour, when missing) and takes off any
   * other of `family` it has.
   */
  setLabel(
    issueNumber: number,
    label: { name: string; color: string; description: string },
    family: readonly string[],
  ): Promise<void>;
}

// How a runner names inputs lives in core, where the vendors' inputs (src/providers/) name theirs through it.
export type { InputTerms } from './core/inputs.ts';

/** Everything the engine says to, or asks of, where it runs. */
export interface Runner {
  input(name: string): string;
  /** How this runner names inputs, for messages about them. */
  terms: InputTerms;
  /** Registers a secret: never shown by this runner. */
  mask(secret: string): void;
  /** A log line that may carry data. */
  info(message: string): void;
  notice(message: string): void;
  warning(message: string, file?: string): void;
  /** Fails the run, with a reason in one word. */
  fail(message: string, reason?: FailureReason): void;
  debug(message: string): void;
  isDebug(): boolean;
  /** The lines of `work` kept together under one heading, even when tables run side by side. */
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
  output(name: string, value: string | number | boolean): void;
  workspace(): string;
  tempDir(): string;
  event(): RunEvent;
  /** The pull request side, on GitHub; absent on a terminal. */
  pullRequests?(token: string, event: RunEvent): PullRequestsPort;
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    retentionDays?: number,
  ): Promise<{ id?: number; skipped?: string }>;
  summary(markdown: string): Promise<void>;
  /** Problems on the data files' lines (annotations on GitHub, `file:line: error:` on a terminal). */
  annotate(problems: readonly Problem[]): void;
  /**
   * On a terminal, where the person at it is the review: asks before an apply (or says why it cannot ask). Absent on
   * GitHub, where the reviewed plan of the pull request is the approval.
   */
  approve?(question: string): Promise<{ approved: boolean; why?: string }>;
  /** Whether a file may be overwritten (export): why not, or undefined. Absent: always. */
  mayOverwrite?(absolutePath: string): string | undefined;
  /** The run's time: every wait and every reading of the time goes through it. Absent: the real clock. */
  clock?: Clock;
  /** Where HTTP_PROXY, HTTPS_PROXY and NO_PROXY are read (the runner's environment). Absent: process.env. */
  proxyEnv?: Record<string, string | undefined>;
}

/** A short, safe reason for a failed call to GitHub (its client's errors carry the request, headers included). */
export function describeRemoteError(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status ? `GitHub answered ${status}: ${message}` : (message ?? 'unknown error');
}
