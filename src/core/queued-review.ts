import { canonicalJson, compareKeys } from './canonical-json.ts';
import type { RowDiff } from './diff.ts';

/**
 * Applies queued behind each other: when a middle apply was cancelled, the next one's fresh plan holds the changes of
 * every pull request merged since the last applied commit. Each table's fresh plan must then be what those pull
 * requests' reviewed plans change, table by table:
 * - a table no reviewed plan changes is unreviewed;
 * - a table one reviewed plan changes must have exactly that plan (equal hash);
 * - a table several reviewed plans change must be their composition, row by row, in merge order (composeChanges);
 *   when that cannot be shown, it is refused naming the pull requests.
 */

/** One table's part of a plan line: enough to say what differs from the reviewed plan (src/review/protocol.ts). */
export interface ReviewedTable {
  table: string;
  hash: string;
  added: number;
  updated: number;
  deleted: number;
}

/** One merged pull request's reviewed plan, as its trusted plan line gives it. */
export interface MergedReview {
  number: number;
  tables: readonly ReviewedTable[];
}

/** One table of the plan made now. */
export interface FreshTable {
  table: string;
  hash: string;
  /** Whether it changes the table (rows or columns). */
  changes: boolean;
}

export type TableMatch =
  | { table: string; state: 'reviewed'; by: number }
  | { table: string; state: 'compose'; by: number[] }
  | { table: string; state: 'unreviewed'; why: string };

const counted = (t: ReviewedTable) => t.added + t.updated + t.deleted > 0;
const prs = (numbers: readonly number[]) => numbers.map((n) => `#${n}`).join(', ');

/** Which reviewed plans (in merge order) change each table the fresh plan changes, and whether one alone settles it. */
export function matchTables(fresh: readonly FreshTable[], reviews: readonly MergedReview[]): TableMatch[] {
  const matches: TableMatch[] = [];
  for (const now of fresh.filter((t) => t.changes)) {
    // A plan that changes the table: rows counted, or (columns only) the very hash of the plan made now.
    const touching = reviews.flatMap((review) => {
      const then = review.tables.find((t) => t.table === now.table);
      return then && (counted(then) || then.hash === now.hash) ? [{ number: review.number, then }] : [];
    });
    const [only] = touching;
    if (!only) {
      matches.push({
        table: now.table,
        state: 'unreviewed',
        why: `changed by none of the reviewed plans of the pull requests merged since (${prs(reviews.map((r) => r.number)) || 'none with a plan'})`,
      });
    } else if (touching.length === 1) {
      matches.push(
        only.then.hash === now.hash
          ? { table: now.table, state: 'reviewed', by: only.number }
          : {
              table: now.table,
              state: 'unreviewed',
              why: `the only reviewed plan that changes it (#${only.number}: ${only.then.added} to add, ${only.then.updated} to change, ${only.then.deleted} to delete) is not the plan made now`,
            },
      );
    } else {
      matches.push({ table: now.table, state: 'compose', by: touching.map((t) => t.number) });
    }
  }
  return matches;
}

/** What a diff leaves each changed key as: its new row (canonical JSON), or null when deleted. */
function changesOf(diff: RowDiff): Map<string, string | null> {
  const changes = new Map<string, string | null>();
  for (const { key, row } of diff.added) changes.set(key, canonicalJson(row));
  for (const { key, row } of diff.updated) changes.set(key, canonicalJson(row));
  for (const { key } of diff.deleted) changes.set(key, null);
  return changes;
}

/**
 * The keys where two diffs from the same live rows differ: where the two files they were made from differ (a key both
 * files leave as the table has it is in neither). Made from a pull request's merge and the commit before it on the
 * branch, they are the rows that pull request changed.
 */
export function keysBetween(before: RowDiff, after: RowDiff): Set<string> {
  const [a, b] = [changesOf(before), changesOf(after)];
  return new Set([...a.keys(), ...b.keys()].filter((key) => a.get(key) !== b.get(key)));
}

/**
 * A diff cut down to some keys: what a pull request's reviewed plan held when it was made against a table that then
 * agreed with its file everywhere else (its own changes only). Its hash, checked against the reviewed one, says so.
 */
export function onlyKeys(diff: RowDiff, keys: ReadonlySet<string>): RowDiff {
  return {
    added: diff.added.filter((row) => keys.has(row.key)),
    updated: diff.updated.filter((row) => keys.has(row.key)),
    deleted: diff.deleted.filter((row) => keys.has(row.key)),
    unchanged: diff.unchanged,
  };
}

/**
 * The composition of reviewed diffs made against the same live rows, applied in merge order: each key ends as the
 * last pull request that changed it left it; keys none changed stay as they are.
 */
export function composeChanges(diffs: readonly RowDiff[]): Map<string, string | null> {
  const composed = new Map<string, string | null>();
  for (const diff of diffs) for (const [key, row] of changesOf(diff)) composed.set(key, row);
  return composed;
}

/**
 * Keys where the fresh diff and the composition differ (at most `limit`, in key order): empty when the composition is
 * exactly the fresh plan, every key it changes changed the same way and no other.
 */
export function compositionDifferences(
  composed: ReadonlyMap<string, string | null>,
  freshDiff: RowDiff,
  limit = 3,
): string[] {
  const fresh = changesOf(freshDiff);
  const keys = [...new Set([...composed.keys(), ...fresh.keys()])].sort(compareKeys);
  const differ = keys.filter((key) => composed.get(key) !== fresh.get(key));
  const said = (changes: ReadonlyMap<string, string | null>, key: string) =>
    !changes.has(key) ? 'leave' : changes.get(key) === null ? 'delete' : 'set';
  const shown = differ.slice(0, limit).map((key) => {
    const [then, now] = [said(composed, key), said(fresh, key)];
    const planned = then === 'set' && now === 'set' ? 'sets it to another row' : `${now}s it`;
    return `key ${JSON.stringify(key)}: the reviewed plans ${then === 'leave' ? 'leave it alone' : `${then} it`}, the plan made now ${planned}`;
  });
  return differ.length > limit ? [...shown, `and ${differ.length - limit} more key(s)`] : shown;
}
