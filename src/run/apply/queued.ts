import { planHash } from '../../core/diff.ts';
import { changesTable, planTable } from '../../core/plan.ts';
import { DataFileError } from '../../core/problems.ts';
import {
  composeChanges,
  compositionDifferences,
  keysBetween,
  type MergedReview,
  matchTables,
  onlyKeys,
  type TableMatch,
} from '../../core/queued-review.ts';
import type { Provider } from '../../providers/provider.ts';
import { planCommentOf } from '../../review/comment.ts';
import { describeRemoteError, MAX_COMPARE_COMMITS, type MergedPullRequest, SearchIncomplete } from '../../runner.ts';
import { baselineKey } from '../baseline.ts';
import type { RunContext } from '../context.ts';
import { type PlannedRun, type PlannedTable, planInput } from '../plan.ts';
import { readVersion } from '../publish.ts';

class Refusal extends Error {}

const short = (sha: string) => sha.slice(0, 7);
const prs = (list: readonly { number: number }[]) => list.map((pr) => `#${pr.number}`).join(', ');

/**
 * When the pushed commit's reviewed plan is not the plan made now, whether the plan made now is what every pull
 * request merged since the last applied commit reviewed (an apply queued behind a cancelled one). Each pull request
 * passes the same gate as the pushed one (our comment, as the action wrote it, before its merge, at its head), then
 * each table's changes are matched to the reviewed plans that change it (core/queued-review.ts). Undefined when there
 * is nothing to look at (no applied commit recorded, or only the pushed pull request merged since): the caller keeps
 * its own refusal; `why` when the look did not settle it.
 */
export async function reviewedSinceLastApply(
  context: RunContext,
  provider: Provider,
  planned: PlannedRun,
): Promise<{ apply: true; notice: string } | { apply: false; why: string } | undefined> {
  const { pullRequests, event, settings, runner } = context;
  if (!pullRequests || !event.sha) return undefined;
  // Every table the apply would import into, a whole file sent for want of a recorded version included.
  const changed = planned.tables.filter((t) => changesTable(t.plan) || t.sendWholeFile !== undefined);
  if (changed.length === 0) return undefined;
  try {
    // The commit each changed table was last applied at: the pull requests merged after it are the ones to check.
    const appliedAt = new Map<PlannedTable, string>();
    for (const table of changed) {
      const applied = await pullRequests.appliedCommit(
        baselineKey(settings.configId, settings.provider, table.file.table),
      );
      // None recorded, or this very commit (a re-run): nothing merged since to look at.
      if (!applied || applied === event.sha) return undefined;
      appliedAt.set(table, applied);
    }
    const { base, range } = await rangeFrom([...new Set(appliedAt.values())], event.sha, context);
    const merged = await mergedIn(context, range);
    runner.info(`Pull requests merged since the last applied commit ${short(base)}: ${prs(merged) || 'none'}`);
    // Only the pushed pull request since: nothing queued was lost, and its own refusal says what differs.
    if (merged.length <= 1) return undefined;
    const reviews = new Map<number, MergedReview>();
    for (const pr of merged) {
      const review = await reviewOf(context, pr);
      if (review) reviews.set(pr.number, review);
    }
    const notes: string[] = [];
    for (const table of changed) {
      // Only what was merged after this table's own record: what came before is in the table already.
      const applied = appliedAt.get(table) as string;
      const after = applied === base ? -1 : range.indexOf(applied);
      const since = merged.filter((pr) => range.indexOf(pr.mergeCommitSha as string) > after);
      const inOrder = since.flatMap((pr) => reviews.get(pr.number) ?? []);
      const [match] = matchTables([{ table: table.plan.table.name, hash: table.plan.hash, changes: true }], inOrder);
      if (match) notes.push(await settle(context, provider, table, match, since, inOrder, applied));
    }
    return {
      apply: true,
      notice: `This apply imports what was merged since the last applied commit: pull requests ${prs(merged)}, each table's changes checked against their reviewed plans (${notes.join('; ')}).`,
    };
  } catch (error) {
    let why: string;
    if (error instanceof Refusal) why = error.message;
    else if (error instanceof SearchIncomplete) why = `the search could not finish: ${error.message}`;
    else if (error instanceof DataFileError) why = `a reviewed file could not be planned again: ${error.message}`;
    else if (typeof (error as { status?: unknown } | null)?.status === 'number') {
      why = `GitHub could not be read: ${describeRemoteError(error)}`;
    } else throw error;
    return { apply: false, why };
  }
}

/** Distinct applied commits (tables applied at different commits) one apply looks back from, at most. */
const MAX_APPLIED_COMMITS = 10;

/**
 * The commits after the oldest of the tables' applied commits up to `head`, oldest first: every other applied commit
 * must be among them (one history), and GitHub must list them all (MAX_COMPARE_COMMITS), else a Refusal saying why.
 */
async function rangeFrom(
  applied: readonly string[],
  head: string,
  context: RunContext,
): Promise<{ base: string; range: string[] }> {
  const pullRequests = context.pullRequests;
  if (!pullRequests || applied.length === 0) throw new Refusal('no applied commit is recorded');
  if (applied.length > MAX_APPLIED_COMMITS) {
    throw new Refusal(
      `the changed tables were last applied at ${applied.length} different commits; at most ${MAX_APPLIED_COMMITS} are looked back from`,
    );
  }
  let base = applied[0] as string;
  let range = await commitsAfter(base, head, context);
  for (const other of applied) {
    if (other === base || range.includes(other)) continue;
    // Older than the base taken so far: look back from it instead (each applied commit at most once).
    base = other;
    range = await commitsAfter(base, head, context);
  }
  const outside = applied.filter((sha) => sha !== base && !range.includes(sha));
  if (outside.length > 0) {
    throw new Refusal(
      `the tables' applied commits ${outside.map(short).join(', ')} are not in one history with ${short(base)}`,
    );
  }
  return { base, range };
}

async function commitsAfter(base: string, head: string, context: RunContext): Promise<string[]> {
  const range = await (context.pullRequests as NonNullable<RunContext['pullRequests']>).commitsBetween(base, head);
  if (range.status !== 'ahead' && range.status !== 'identical') {
    throw new Refusal(
      `the last applied commit ${short(base)} is not in the history of ${short(head)} (GitHub's compare says ${range.status})`,
    );
  }
  if (range.total > range.commits.length || range.total > MAX_COMPARE_COMMITS) {
    throw new Refusal(
      `${range.total} commits were pushed since the last applied commit ${short(base)}; the apply reads at most ${MAX_COMPARE_COMMITS} (GitHub's compare lists no more without paging, and each costs a request), so it cannot say which pull requests they came from`,
    );
  }
  return range.commits;
}

/** The merged pull requests whose merge made one of these commits, in merge order (one request per commit). */
async function mergedIn(context: RunContext, commits: readonly string[]): Promise<MergedPullRequest[]> {
  const pullRequests = context.pullRequests;
  if (!pullRequests) return [];
  const order = new Map(commits.map((sha, index) => [sha, index] as const));
  const found = new Map<number, { pr: MergedPullRequest; at: number }>();
  for (const sha of commits) {
    for (const pr of await pullRequests.mergedPullRequestsOf(sha)) {
      // Only a pull request whose merge is in the range: a commit can belong to others merged elsewhere.
      const at = pr.mergeCommitSha === undefined ? undefined : order.get(pr.mergeCommitSha);
      if (at !== undefined && !found.has(pr.number)) found.set(pr.number, { pr, at });
    }
  }
  return [...found.values()].sort((a, b) => a.at - b.at).map(({ pr }) => pr);
}

/**
 * One merged pull request's reviewed plan, through the same gate as the pushed one: our comment, exactly as the action
 * wrote it, before the merge, at its head. A pull request without our comment reviewed no table change (with
 * `comment: on-change` none is written when nothing changes): its changes, if any, show up as unreviewed.
 */
async function reviewOf(context: RunContext, pr: MergedPullRequest): Promise<MergedReview | undefined> {
  const { pullRequests, settings } = context;
  if (!pullRequests) return undefined;
  const found = await planCommentOf(pullRequests, pr.number, settings, pr.mergedAt);
  if (found.state === 'missing') return undefined;
  if (found.state === 'untrusted') {
    throw new Refusal(`the plan comment on pull request #${pr.number} is not trusted: ${found.why}`);
  }
  if (found.marker.sha !== pr.headSha) {
    throw new Refusal(
      `the plan comment on pull request #${pr.number} was made at ${short(found.marker.sha)}, but its head is ${short(pr.headSha)}: its last push was never planned`,
    );
  }
  return { number: pr.number, tables: found.marker.tables ?? [] };
}

/**
 * One table's match settled, or a Refusal. Several reviewed plans of one table are shown to compose into the plan
 * made now: each pull request's own rows (where its merge changed the file), from its file at its head, planned
 * against the table as it is now, must be the plan it reviewed (same hash), and their changes applied in merge order
 * must be exactly the changes planned now. Three files are read per pull request (GitHub's contents API).
 */
async function settle(
  context: RunContext,
  provider: Provider,
  table: PlannedTable,
  match: TableMatch,
  merged: readonly MergedPullRequest[],
  reviews: readonly MergedReview[],
  applied: string,
): Promise<string> {
  const name = match.table;
  if (match.state === 'unreviewed') {
    const without = merged.filter((pr) => !reviews.some((r) => r.number === pr.number));
    const unplanned = without.length > 0 ? `; merged without a plan comment of ours: ${prs(without)}` : '';
    throw new Refusal(`${name} (last applied at ${short(applied)}): ${match.why}${unplanned}`);
  }
  if (match.state === 'reviewed') return `${name}: #${match.by}`;
  const by = prs(match.by.map((number) => ({ number })));
  const cannot = (why: string) =>
    new Refusal(
      `${name} is changed by pull requests ${by}, and their reviewed plans cannot be shown to compose into the plan made now: ${why}`,
    );
  if (!provider.capabilities.readsLiveRows || !table.table) {
    throw cannot(`${provider.capabilities.describe} plans against a version of the file, not the table's rows`);
  }
  if (table.plan.schemaChange) throw cannot('the plan changes the columns too');
  const live = table.table;
  // The table's file at a commit, planned against the table as it is now.
  const planAt = async (sha: string, what: string) => {
    // Streamed as the plan reads it (a file the size of the table need not be held whole).
    const source = await readVersion(context.pullRequests, table.file.relativePath, sha);
    if (source === undefined) throw cannot(`${table.file.relativePath} could not be read at ${what}`);
    return planTable(planInput(table.file, provider, live, table.liveRecords, table.plan.schema, source));
  };
  const diffs = [];
  for (const number of match.by) {
    const pr = merged.find((p) => p.number === number) as MergedPullRequest;
    const reviewed = reviews.find((r) => r.number === number)?.tables.find((t) => t.table === name);
    // The rows this pull request changed on the branch: its merge against the commit before it there (the previous
    // merge in the range, or the table's applied commit). A direct push in between counts as its change, so fails.
    const index = merged.indexOf(pr);
    const before = index > 0 ? (merged[index - 1]?.mergeCommitSha as string) : applied;
    const keys = keysBetween(
      (await planAt(before, `${short(before)}`)).diff,
      (await planAt(pr.mergeCommitSha as string, `#${number}'s merge`)).diff,
    );
    // Its file at its head, against the table now, on those rows only: the plan it reviewed, if nothing else moved.
    const own = onlyKeys((await planAt(pr.headSha, `#${number}'s head`)).diff, keys);
    if (planHash(live.id, table.plan.mode, own) !== reviewed?.hash) {
      throw cannot(
        `#${number}'s changes (its file at its head on the rows its merge changed, against the table as it is now) are not the plan it reviewed: the table or the file moved since that review`,
      );
    }
    diffs.push(own);
  }
  const differences = compositionDifferences(composeChanges(diffs), table.plan.diff);
  if (differences.length > 0) throw cannot(differences.join('; '));
  return `${name}: ${by} composed`;
}
