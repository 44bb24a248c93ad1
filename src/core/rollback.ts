/** What `mode: rollback` goes back to: a commit named by the user, or the state before the last N applies. */
export type RollbackTarget = { commit: string } | { appliesBack: number };

/** The most applies a rollback walks back over (each costs a few GitHub requests). */
export const MAX_APPLIES_BACK = 50;

/**
 * Reads the `to` input: a commit sha (7 to 40 hex digits; a branch or tag name is refused, because it moves) or
 * `applies-back:N`. Undefined for an empty text; a sentence saying what is valid for anything else.
 */
export function parseRollbackTarget(text: string): RollbackTarget | string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (/^[0-9a-f]{7,40}$/i.test(value)) return { commit: value.toLowerCase() };
  const back = /^applies-back:([0-9]+)$/.exec(value);
  if (back) {
    const n = Number(back[1]);
    if (n >= 1 && n <= MAX_APPLIES_BACK) return { appliesBack: n };
  }
  return `Input to is "${value}"; use a commit sha (7 to 40 hex digits) or applies-back:N with N from 1 to ${MAX_APPLIES_BACK} (the files as they were before the last N applies)`;
}

/**
 * The commit whose files undo the last `n` applies: the first parent of the n-th newest applied commit (the branch
 * as it was just before that apply's merge). `applied` is newest first. Undefined when fewer applies are known.
 */
export function beforeApplies<T extends { sha: string; parent?: string }>(
  applied: readonly T[],
  n: number,
): { apply: T; commit: string } | undefined {
  const apply = applied[n - 1];
  return apply?.parent ? { apply, commit: apply.parent } : undefined;
}

/** A data file's standing between the rollback commit and now, as git's name-status says it. */
export interface FileChangeSince {
  status: string;
  path: string;
  /** For a rename: the path at the rollback commit. */
  from?: string;
}

/**
 * Why the files cannot be rolled back as they are named now: a file that did not exist at the commit (added or
 * renamed since), or a file of the configuration that was renamed or removed since. Empty when they can.
 */
export function rollbackObstacles(
  commit: string,
  currentPaths: readonly string[],
  missingAtCommit: readonly string[],
  changes: readonly FileChangeSince[],
  isDataPath: (path: string) => boolean,
): string[] {
  const short = commit.slice(0, 7);
  const problems: string[] = [];
  const current = new Set(currentPaths);
  for (const change of changes) {
    if (change.status.startsWith('R') && change.from && (isDataPath(change.from) || current.has(change.path))) {
      problems.push(
        `${change.from} was renamed to ${change.path} after ${short}: a rollback writes files under the names they had, so rename it back in a pull request first (or roll back to a commit after the rename)`,
      );
    } else if (change.status === 'D' && isDataPath(change.path)) {
      problems.push(
        `${change.path} was removed after ${short}: restore it (git checkout ${short} -- ${change.path}) in a pull request of its own first, or roll back to a commit after its removal`,
      );
    }
  }
  const renamedTo = new Set(changes.filter((c) => c.status.startsWith('R')).map((c) => c.path));
  for (const path of missingAtCommit) {
    if (renamedTo.has(path)) continue;
    problems.push(
      `${path} did not exist at ${short} (it was added after it): its table has no state to go back to there; leave it out of this rollback (a config without it) or roll back to a commit where it exists`,
    );
  }
  return problems;
}
