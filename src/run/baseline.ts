import { createHash } from 'node:crypto';
import { escapeMarkdown } from '../core/report/markdown.ts';
import type { DataFile } from '../inputs/data-files.ts';
import { type Provider, ProviderError } from '../providers/provider.ts';
import { describeRemoteError } from '../runner.ts';
import type { RunContext } from './context.ts';

/**
 * For vendors that cannot read their rows, what each file is compared with: the commit last applied to its table,
 * recorded by the action after each successful apply, so that a failed or cancelled apply is never skipped by the next
 * push (comparing with the previous commit would lose its rows). Without a record, the previous commit (or the pull
 * request's base) is the best guess, and the apply sends every row of the file.
 */
export interface Baseline {
  /** The commit the file is compared with, when any. */
  ref?: string;
  /** The commit last applied, when one is recorded. */
  applied?: string;
  /** Why no applied commit is known (then the whole file is sent). */
  missing?: string;
}

/** The record's name for a table of this configuration: a hash, so any table name makes a valid git ref. */
export function baselineKey(configId: string, provider: string, table: string): string {
  return `${configId}-${createHash('sha256')
    .update(JSON.stringify([provider, table]))
    .digest('hex')
    .slice(0, 16)}`;
}

export async function readBaselines(
  context: RunContext,
  files: readonly DataFile[],
  fallbackRef: string | undefined,
): Promise<Map<DataFile, Baseline>> {
  const { pullRequests, settings, event } = context;
  const baselines = new Map<DataFile, Baseline>();
  // The commit whose history a trusted record is in: the pull request's base for a plan, the pushed commit for an apply.
  const target = event.pullRequest?.baseSha ?? (event.sha || undefined);
  for (const file of files) {
    const fallback = fallbackRef ? { ref: fallbackRef } : {};
    if (!pullRequests) {
      baselines.set(file, { missing: 'no GitHub token to read the record' });
      continue;
    }
    try {
      const applied = await pullRequests.appliedCommit(baselineKey(settings.configId, settings.provider, file.table));
      if (!applied) {
        baselines.set(file, { ...fallback, missing: 'none is recorded' });
        continue;
      }
      // Anyone who can push can move the record (branch protection does not cover refs/datatable-sync/): it is
      // trusted only when its commit is in the history of the commit planned or applied.
      const standing = target ? await pullRequests.compare(applied, target) : 'unknown';
      if (standing === 'ahead' || standing === 'identical') baselines.set(file, { ref: applied, applied });
      else {
        baselines.set(file, {
          ...fallback,
          missing: `the recorded commit ${applied.slice(0, 7)} is not in the history of ${target ? target.slice(0, 7) : 'this commit'} (GitHub's compare says ${standing}), so it was not written by an apply of this branch and is not trusted`,
        });
      }
    } catch (error) {
      baselines.set(file, { ...fallback, missing: `the record could not be read (${describeRemoteError(error)})` });
    }
  }
  return baselines;
}

/**
 * Records the pushed commit as applied to each table whose apply succeeded (or had nothing to send): one ref write
 * per table.
 */
export async function recordBaselines(
  context: RunContext,
  tables: readonly string[],
  /** The plan reads the live rows: the record only lets an apply queued behind a cancelled one look back (apply/queued.ts). */
  readsLiveRows = false,
): Promise<void> {
  const { pullRequests, settings, event, runner } = context;
  if (tables.length === 0) return;
  if (!pullRequests || !event.sha) {
    // Nothing to record without a pushed commit (the command line), and plans of live rows do without it.
    if (readsLiveRows) return;
    runner.warning(
      `The applied commit was not recorded (${pullRequests ? 'no commit sha' : 'no github-token'}): the next plan compares with the previous commit and sends every row of the file`,
    );
    return;
  }
  if (readsLiveRows) {
    // Only the look-back reads these records: one line for all tables, and one warning (the cause is the token's).
    for (const [index, table] of tables.entries()) {
      try {
        await pullRequests.recordApplied(baselineKey(settings.configId, settings.provider, table), event.sha);
      } catch (error) {
        runner.warning(
          `The applied commit could not be recorded (${describeRemoteError(error)}) for ${tables.length - index} table(s); the token needs contents: write. Until it is, an apply queued behind a cancelled one cannot find the pull requests merged since, and refuses a plan that holds more than its own pull request's`,
        );
        return;
      }
    }
    runner.info(`Recorded ${event.sha.slice(0, 7)} as the commit last applied to ${tables.length} table(s)`);
    return;
  }
  for (const table of tables) {
    try {
      await pullRequests.recordApplied(baselineKey(settings.configId, settings.provider, table), event.sha);
    } catch (error) {
      runner.warning(
        `${table}: the applied commit could not be recorded (${describeRemoteError(error)}); the token needs contents: write. The next plan of this table compares with an older version, so it sends every row of the file rather than miss a change`,
      );
      continue;
    }
    runner.info(`${table}: recorded ${event.sha.slice(0, 7)} as the commit last applied`);
  }
}

/** For the plan's notice (markdown): what each file was compared with; table names escaped, as all data is. */
export function describeBaselines(baselines: ReadonlyMap<DataFile, Baseline>, pullRequest: boolean): string {
  const parts = [...baselines].map(([file, baseline]) => {
    const table = escapeMarkdown(file.table);
    if (baseline.applied) return `${table}: the version last applied (\`${baseline.applied.slice(0, 7)}\`)`;
    const compared = baseline.ref
      ? `compared with \`${baseline.ref.slice(0, 7)}\` (${pullRequest ? "the pull request's base" : 'the previous commit'})`
      : 'compared with nothing';
    return `${table}: no applied version (${escapeMarkdown(baseline.missing ?? '')}); ${compared}, and the apply sends every row of the file`;
  });
  return parts.join('; ');
}

/** A vendor's job id fit to be part of a ref name (uuids and the like); any other is never recorded. */
const REF_SAFE_JOB = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/**
 * Records the jobs an apply left queued (their end unknown, everything else of it confirmed), each as a ref pointing
 * at the commit it sent, so that the next apply asks about them before sending anything.
 */
export async function recordQueued(context: RunContext, table: string, jobIds: readonly string[]): Promise<void> {
  const { pullRequests, settings, event, runner } = context;
  if (!pullRequests || !event.sha) return;
  const key = baselineKey(settings.configId, settings.provider, table);
  for (const jobId of jobIds.filter((id) => REF_SAFE_JOB.test(id))) {
    try {
      await pullRequests.recordQueued(key, jobId, event.sha);
    } catch (error) {
      runner.warning(
        `${table}: the queued job ${jobId} could not be recorded (${describeRemoteError(error)}): the next apply sends its rows again without asking about it`,
      );
    }
  }
}

/**
 * Before an apply plans: the jobs earlier applies left queued, asked about where the vendor documents a call (waiting
 * up to job-timeout for one still running, so that two jobs never write one table at once). A commit whose queued
 * jobs all ended well is recorded as applied (when it is in this commit's history and newer than the record); a job
 * that failed or still cannot be said is forgotten, and this run sends its rows again. Never throws: whatever cannot
 * be asked leaves the record as it was, which sends the rows again.
 */
export async function settleQueued(context: RunContext, provider: Provider, files: readonly DataFile[]): Promise<void> {
  const { pullRequests, settings, event, runner } = context;
  // Only a vendor that can say how a job ended leaves jobs queued: for the others there is nothing to ask.
  if (!pullRequests || !event.sha || settings.mode !== 'apply' || !provider.queuedJobEnd) return;
  for (const file of files) {
    const key = baselineKey(settings.configId, settings.provider, file.table);
    try {
      const jobs = await pullRequests.queuedJobs(key);
      if (jobs.length === 0) continue;
      const table = await provider.getTable(file.table);
      const bySha = new Map<string, string[]>();
      for (const job of jobs) bySha.set(job.sha, [...(bySha.get(job.sha) ?? []), job.jobId]);
      for (const [sha, ids] of bySha) {
        let confirmed = true;
        for (const id of ids) {
          const end = await provider.queuedJobEnd(table, id, settings.jobTimeoutMs);
          const said =
            end.state === 'succeeded'
              ? 'it has ended well'
              : `${end.state === 'failed' ? 'it failed' : 'its end is still not known'}${end.message ? ` (${end.message})` : ''}; its rows are sent again`;
          runner.info(`${file.table}: job ${id}, queued by the apply of ${sha.slice(0, 7)}: ${said}`);
          if (end.state !== 'succeeded') confirmed = false;
        }
        if (confirmed && (await newerThanRecord(context, key, sha))) {
          await pullRequests.recordApplied(key, sha);
          runner.info(
            `${file.table}: recorded ${sha.slice(0, 7)} as the commit last applied (its queued jobs ended well)`,
          );
        }
        for (const id of ids) await pullRequests.forgetQueued(key, id);
      }
    } catch (error) {
      if (!(error instanceof ProviderError) && !isRemoteError(error)) throw error;
      runner.info(
        `${file.table}: jobs queued by earlier applies could not be asked about (${error instanceof ProviderError ? error.message : describeRemoteError(error)}); their rows are sent again`,
      );
    }
  }
}

/** Whether `sha` is in this commit's history and comes after the commit recorded as applied (if any). */
async function newerThanRecord(context: RunContext, key: string, sha: string): Promise<boolean> {
  const { pullRequests, event } = context;
  if (!pullRequests || !event.sha) return false;
  const inHistory = await pullRequests.compare(sha, event.sha);
  if (inHistory !== 'ahead' && inHistory !== 'identical') return false;
  const recorded = await pullRequests.appliedCommit(key);
  if (!recorded) return true;
  return (await pullRequests.compare(recorded, sha)) === 'ahead';
}

/** An error from GitHub's API (it carries an HTTP status), not a bug. */
function isRemoteError(error: unknown): boolean {
  return typeof (error as { status?: unknown } | null)?.status === 'number';
}
