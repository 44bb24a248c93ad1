/**
 * Table groups for a job matrix: the configured tables split into `count` groups, each planned and applied by its
 * own job with one of the org's OAuth clients. Every job computes the same split from the same config, so a group is
 * named by its place alone (`2/4`), never by a list of tables carried through the workflow.
 */

/** A group's place among the groups: `index` of `count`, from 1. */
export interface GroupRef {
  index: number;
  count: number;
}

/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_GROUPS = 256;

/**
 * Requests to plan one table after the login, at most (docs/benchmarks.md, "Requests": a 5,000-row table is found,
 * one page of rows is read, then an export is started, polled twice, and downloaded). Smaller tables take fewer.
 */
export const PLAN_REQUESTS_PER_TABLE = 7;

/** `2/4` -> the second of four groups; undefined when the text is not that shape or out of range. */
export function parseGroup(text: string): GroupRef | undefined {
  const match = /^([0-9]{1,3})\s*\/\s*([0-9]{1,3})$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_GROUPS || index < 1 || index > count) return undefined;
  return { index, count };
}

export function groupName(group: GroupRef): string {
  return `${group.index}/${group.count}`;
}

/** The items of one group: contiguous slices of the list, their sizes differing by one at most. */
export function itemsOfGroup<T>(items: readonly T[], group: GroupRef): T[] {
  const start = Math.floor(((group.index - 1) * items.length) / group.count);
  const end = Math.floor((group.index * items.length) / group.count);
  return items.slice(start, end);
}

/** Which of `clients` OAuth clients (1, 2, ...) a group uses: round robin, so each client has as many groups as can be. */
export function clientOfGroup(group: GroupRef, clients: number): number {
  return ((group.index - 1) % clients) + 1;
}

/**
 * A group's share of its client's budget: the groups that use one client run at the same time, so each may spend
 * the client's allowance divided by their number (rounded down, at least 1), and together they never exceed it.
 */
export function shareOfBudget(group: GroupRef, clients: number, allowed: number): number {
  const client = clientOfGroup(group, clients);
  let sharing = 0;
  for (let index = 1; index <= group.count; index++) {
    if (clientOfGroup({ index, count: group.count }, clients) === client) sharing++;
  }
  return Math.max(1, Math.floor(allowed / sharing));
}

export interface MatrixGroup {
  group: string;
  client: number;
  /** The tables the group plans, in config order. */
  tables: string[];
  /** Its requests to plan, at most (PLAN_REQUESTS_PER_TABLE each), and what it may spend per window. */
  requests: number;
  allowed: number;
  /** Shortest time its plan can take at that pace, in windows (requests / allowed). */
  windows: number;
}

/** The matrix a `targets` step lists: each group, its client, and what it costs against its share of the budget. */
export function planMatrix(
  tables: readonly string[],
  options: { groups: number; clients: number; allowed: number },
): MatrixGroup[] {
  const count = Math.max(1, Math.min(options.groups, tables.length, MAX_GROUPS));
  return Array.from({ length: count }, (_, i) => {
    const group = { index: i + 1, count };
    const mine = itemsOfGroup(tables, group);
    const allowed = shareOfBudget(group, options.clients, options.allowed);
    const requests = mine.length * PLAN_REQUESTS_PER_TABLE;
    return {
      group: groupName(group),
      client: clientOfGroup(group, options.clients),
      tables: mine,
      requests,
      allowed,
      windows: requests / allowed,
    };
  });
}
