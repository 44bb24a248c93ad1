import { createHash } from 'node:crypto';
import type { PathGate, RunFolder } from '../inputs/path-gate.ts';
import type { Settings } from '../inputs/settings.ts';
import type { PullRequestsPort, RunEvent, Runner } from '../runner.ts';
import type { DriftRotation } from './drift-rotation.ts';

/** What every step of a run needs: the runner, the settings, the event, GitHub, and the run's own folder. */
export interface RunContext {
  runner: Runner;
  settings: Settings;
  event: RunEvent;
  pullRequests: PullRequestsPort | undefined;
  /** The one door to the file system. */
  files: PathGate;
  /** RUNNER_TEMP/datatable-sync-<id>: the plan file, rejected rows and snapshots. */
  run: RunFolder;
  /** A drift check spread over runs (drift-tables-per-run): the record it read, kept in the drift issue. */
  driftRotation?: DriftRotation;
}

/**
 * A table name as a file name that no other name maps to: a name that is already safe is kept (`Holidays.csv`),
 * any other gets a short hash of the original, so "Hol idays" and "Hol_idays" never share a snapshot.
 */
export function safeName(name: string): string {
  if (/^[\w-][\w.-]{0,99}$/.test(name)) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name
    .replace(/[^\w.-]+/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 80)}-${hash}`;
}

/** An artifact's name: the kind, the environment when set (readable in the run's list), and the configuration's id. */
export function artifactName(
  kind: string,
  settings: Pick<Settings, 'environment' | 'configId'> & { group?: Settings['group'] },
): string {
  // Each job of a matrix uploads its own: names must differ, as a run's artifacts cannot share one.
  const group = settings.group ? `-${settings.group.index}of${settings.group.count}` : '';
  return `${kind}-${settings.environment ? `${settings.environment}-` : ''}${settings.configId}${group}`;
}

/**
 * A drift check: a plan outside a pull request that is there to find edits made to the live tables outside git, either
 * because it keeps the drift issue (drift-issue: true) or because it runs on a schedule. Its differences are reported
 * as drift (the live table against git, git winning on the next apply), and the guards that protect an apply
 * (max-deletes, an empty file) do not fail it: it applies nothing.
 */
export function isDriftCheck(settings: Pick<Settings, 'mode' | 'driftIssue'>, event: RunEvent): boolean {
  return settings.mode === 'plan' && !event.pullRequest && (settings.driftIssue || event.name === 'schedule');
}
