import { canonicalJson } from '../core/canonical-json.ts';
import { type GroupRef, itemsOfGroup } from '../core/groups.ts';
import { codeOrText, escapeMarkdown } from '../core/report/markdown.ts';
import { schemaFileCandidates } from '../core/schema-file.ts';
import {
  type ChangedPaths,
  describeSelection,
  selectTargets,
  type TargetRequest,
  type TargetSelection,
  type TargetTable,
  unknownNames,
} from '../core/targets.ts';
import { parseConfigFile } from '../inputs/config-file.ts';
import type { DataFile } from '../inputs/data-files.ts';
import { gitChangedPaths } from '../inputs/git-diff.ts';
import type { Settings } from '../inputs/settings.ts';
import { SettingsError } from '../inputs/settings-error.ts';
import { describeRemoteError, type PullRequestsPort, type RunEvent } from '../runner.ts';

export interface ChosenFiles {
  /** The files to plan, in config order. */
  files: DataFile[];
  /** Configured tables this plan does not read (0 when it reads every one). */
  notRead: number;
  /** The sentence for the report: which tables were planned, and why the others were not. */
  notice: string;
  /** The same for the log, paths as they are. */
  log: string;
  /** Whether the report says it: a plan in a pull request that could have read fewer tables. */
  tell: boolean;
}

/** A configured file as the target selection sees it. */
export function targetTable(file: DataFile): TargetTable {
  return {
    table: file.table,
    file: file.relativePath,
    related: schemaFileCandidates(file.relativePath),
    ...(file.entry ? { entry: canonicalJson(file.entry) } : {}),
  };
}

/**
 * What a plan reads: in a pull request with `targets: changed`, the tables whose CSV, schema file or config entry it
 * changes (GitHub's list of its files) and those named; otherwise every table. A list GitHub could not give whole
 * plans every table, saying why. Only a plan is narrowed: an apply reads every table it may import.
 */
export async function chooseFiles(
  settings: Settings,
  event: RunEvent,
  pullRequests: PullRequestsPort | undefined,
  files: DataFile[],
  /** The checkout: its git history, when there, lists the changed paths without asking GitHub. */
  workspace?: string,
): Promise<ChosenFiles> {
  const tables = files.map(targetTable);
  const unknown = unknownNames(tables, settings.targetTables);
  if (unknown.length > 0) {
    throw new SettingsError(
      `targets names ${unknown.map((n) => `"${n}"`).join(', ')}, which no configured table has (by table name or CSV path); configured: ${tables
        .slice(0, 20)
        .map((t) => t.table)
        .join(', ')}${tables.length > 20 ? ', ...' : ''}`,
    );
  }
  const request: TargetRequest = { targets: settings.targets, named: settings.targetTables };
  const pullRequest = settings.mode === 'plan' ? event.pullRequest : undefined;
  if (pullRequest && settings.targets === 'changed') {
    const fromGit = workspace ? await gitChangedPaths(workspace, pullRequest.baseSha, pullRequest.headSha) : undefined;
    request.changed = fromGit ? { known: true, paths: fromGit } : await changedPaths(pullRequests, pullRequest.number);
    if (settings.config && request.changed.known && request.changed.paths.includes(settings.config.path)) {
      request.config = {
        path: settings.config.path,
        baseEntries: await baseEntries(pullRequests, settings.config, pullRequest.baseSha),
      };
    }
  }
  const selection: TargetSelection = selectTargets(tables, request);
  const chosen = new Set(selection.targets.map((t) => t.table));
  return {
    files: files.filter((file) => chosen.has(file.table)),
    notRead: selection.skipped.length,
    notice: describeSelection(selection, tables.length, codeOrText),
    log: describeSelection(selection, tables.length),
    tell: request.changed !== undefined || selection.skipped.length > 0,
  };
}

/** The pull request's changed paths, or why they are not known (every table is then planned). */
async function changedPaths(pullRequests: PullRequestsPort | undefined, number: number): Promise<ChangedPaths> {
  if (!pullRequests?.changedFiles) {
    return { known: false, why: "the pull request's changed files cannot be read without a github-token" };
  }
  try {
    const listed = await pullRequests.changedFiles(number);
    if (!listed.complete) {
      return {
        known: false,
        why: 'GitHub lists at most 3,000 files of a pull request and this one reaches that limit, so its list may be cut short',
      };
    }
    return { known: true, paths: listed.paths };
  } catch (error) {
    return {
      known: false,
      why: `the pull request's changed files could not be read (${escapeMarkdown(describeRemoteError(error))})`,
    };
  }
}

/** The config file's entries at the pull request's base, canonical, to tell which entries it changes. */
async function baseEntries(
  pullRequests: PullRequestsPort | undefined,
  config: NonNullable<Settings['config']>,
  baseSha: string,
): Promise<NonNullable<TargetRequest['config']>['baseEntries']> {
  let text: string | undefined;
  try {
    text = await pullRequests?.fileAt(config.path, baseSha);
  } catch (error) {
    return { known: false, why: `could not be read (${escapeMarkdown(describeRemoteError(error))})` };
  }
  if (text === undefined) return { known: false, why: 'does not exist' };
  try {
    return { known: true, entries: parseConfigFile(text, config.path, config.defaults).tables.map(canonicalJson) };
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return { known: false, why: 'is not a valid config file' };
  }
}

/** The tables of this job's group (all of them without one): the same split in every job of the matrix. */
export function filesOfGroup(files: readonly DataFile[], group: GroupRef | undefined): DataFile[] {
  return group ? itemsOfGroup(files, group) : [...files];
}
