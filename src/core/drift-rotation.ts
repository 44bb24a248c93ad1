/**
 * Drift checks spread over days: each run checks the N tables checked longest ago (never checked first), none sooner
 * than a floor after its last check. The record of checks (when, and whether the table had drifted) lives in the drift
 * issue's hidden marker (src/review/protocol.ts writes and reads it), so the next run reads it back. Pure: the caller
 * reads and writes the issue.
 */

/** Per table: when it was last checked for drift, and whether it differed from its file then. */
export type DriftRecord = Record<string, { at: string; drifted: boolean }>;

export interface DriftPick {
  /** Tables to check this run, in config order. */
  picked: string[];
  /** Tables checked within the floor, left for a later run. */
  resting: number;
  /** Tables due but beyond this run's count. */
  later: number;
}

/** The `perRun` tables checked longest ago (never checked first, then oldest), none checked less than `floorMs` ago. */
export function pickDriftTables(
  tables: readonly string[],
  record: DriftRecord,
  perRun: number,
  floorMs: number,
  now: number,
): DriftPick {
  const last = (table: string) => {
    const at = record[table]?.at;
    const time = at === undefined ? Number.NaN : Date.parse(at);
    // The record lives in an issue anyone with write access can edit: a time unread or in the future counts as never
    // checked, so no edit can keep a table from ever being due.
    return Number.isNaN(time) || time > now ? Number.NEGATIVE_INFINITY : time;
  };
  const due = tables.filter((table) => !(now - last(table) < floorMs));
  // A stable sort: among tables checked at the same time (or never), config order.
  const chosen = new Set([...due].sort((a, b) => last(a) - last(b) || 0).slice(0, perRun));
  return {
    picked: tables.filter((table) => chosen.has(table)),
    resting: tables.length - due.length,
    later: due.length - chosen.size,
  };
}

/** The record after a run: the tables it checked at `now`, the others as they were; tables no longer configured go. */
export function updateDriftRecord(
  record: DriftRecord,
  tables: readonly string[],
  checked: readonly { table: string; drifted: boolean }[],
  now: number,
): DriftRecord {
  const at = new Date(now).toISOString();
  const next: DriftRecord = {};
  for (const table of tables) {
    const fresh = checked.find((c) => c.table === table);
    const entry = fresh ? { at, drifted: fresh.drifted } : record[table];
    if (entry) next[table] = entry;
  }
  return next;
}

/** The tables the record says had drifted when last checked, in config order. */
export function driftedTables(record: DriftRecord, tables: readonly string[]): string[] {
  return tables.filter((table) => record[table]?.drifted === true);
}

/**
 * The report's note: what this run checked, why the others wait, and the drift earlier runs found in tables this one
 * does not check (its own headline speaks only of the tables it read).
 */
export function describeDriftPick(
  pick: DriftPick,
  total: number,
  floor: string,
  record: DriftRecord = {},
  tables: readonly string[] = [],
  show: (text: string) => string = (text) => text,
): string {
  const parts = [`Checked ${pick.picked.length} of ${total} tables for drift: those checked longest ago`];
  if (pick.later > 0) parts.push(`${pick.later} more are due and wait for the next runs`);
  if (pick.resting > 0) parts.push(`${pick.resting} were checked less than ${floor} ago`);
  const earlier = driftedTables(record, tables).filter((table) => !pick.picked.includes(table));
  const drifted =
    earlier.length === 0
      ? ''
      : ` Not checked by this run, and drifted when last checked: ${earlier.map((t) => `${show(t)} (${record[t]?.at})`).join(', ')}.`;
  return `${parts.join('; ')}. When each table was last checked is kept in the drift issue.${drifted}`;
}
