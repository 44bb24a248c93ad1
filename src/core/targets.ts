/**
 * Which configured tables a run plans, and why: every one, or, in a pull request, those whose CSV, schema file or
 * config entry it changes, plus any named. Pure: the caller gives the tables, the pull request's changed paths and the
 * config entries at its base; a job matrix can reuse it to list its targets.
 */

/** One configured table, as the selection sees it. */
export interface TargetTable {
  table: string;
  /** The CSV, relative to the workspace, with forward slashes. */
  file: string;
  /** Other files whose change changes its plan: its schema file candidates. */
  related?: readonly string[];
  /** Its config entry in a canonical form (equal text: the same entry); absent without a config file. */
  entry?: string;
}

/** What a pull request changes, as GitHub (or git) listed it: paths, or why they are not known. */
export type ChangedPaths = { known: true; paths: readonly string[] } | { known: false; why: string };

export interface TargetRequest {
  /** `all`: every table; `changed`: in a pull request, what it changes (outside one, every table). */
  targets: 'all' | 'changed';
  /** Tables named by the user (table name or CSV path): planned whatever changed. */
  named?: readonly string[];
  /** The pull request's changed paths; absent when the run is not for a pull request. */
  changed?: ChangedPaths;
  /** The config file's path, and its entries at the pull request's base (or why they are not known). */
  config?: { path: string; baseEntries: { known: true; entries: readonly string[] } | { known: false; why: string } };
}

/** Why a table is planned: its CSV, its schema file or its config entry changed (the path says which), or it was named. */
export interface TargetReason {
  why: 'csv' | 'schema-file' | 'config-entry' | 'named' | 'all';
  /** The changed file (the config file for an entry), or the name given; for `all`, the sentence part. */
  path: string;
}

export interface Target extends TargetTable {
  reasons: TargetReason[];
}

/** A reason as words; `show` formats a path (code in markdown, as is in a log). */
export function reasonText(reason: TargetReason, show: (text: string) => string = (text) => text): string {
  switch (reason.why) {
    case 'csv':
      return `${show(reason.path)} changed in this pull request`;
    case 'schema-file':
      return `its schema file ${show(reason.path)} changed`;
    case 'config-entry':
      return `its entry in ${show(reason.path)} changed`;
    case 'named':
      return `named by the targets setting`;
    case 'all':
      return reason.path;
  }
}

export interface TargetSelection {
  targets: Target[];
  /** Tables not planned (none of their files changed). */
  skipped: TargetTable[];
  /** Why every table is planned, when it is (a sentence part: "targets is all"). */
  allBecause?: string;
}

/**
 * The tables to plan, in config order, each with the reasons it is planned. Anything not known (the pull request's
 * files, the config at its base) plans every table: a table left out must be one the pull request cannot change.
 */
export function selectTargets(tables: readonly TargetTable[], request: TargetRequest): TargetSelection {
  const all = (why: string): TargetSelection => ({
    targets: tables.map((t) => ({ ...t, reasons: [{ why: 'all', path: why }] })),
    skipped: [],
    allBecause: why,
  });
  if (request.targets === 'all') return all('targets is all');
  if (!request.changed) return all('this run is not for a pull request');
  if (!request.changed.known) return all(request.changed.why);
  // The action's inputs live in the workflow files: one changed (import-mode, max-deletes, the file glob) can change
  // the plan of any table, so every table is planned.
  const workflow = request.changed.paths.find((p) => /(^|\/)\.github\/workflows\//.test(p));
  if (workflow)
    return all(`${workflow} changed in this pull request, and a workflow's inputs can change any table's plan`);
  const changed = changedSet(request.changed.paths);
  const named = new Set(request.named ?? []);
  let baseEntries: Set<string> | undefined;
  if (request.config && changed.has(request.config.path)) {
    const base = request.config.baseEntries;
    if (!base.known) return all(`${request.config.path} changed, and its version at the base ${base.why}`);
    baseEntries = new Set(base.entries);
  }
  const targets: Target[] = [];
  const skipped: TargetTable[] = [];
  for (const table of tables) {
    const reasons: TargetReason[] = [];
    if (changed.has(table.file)) reasons.push({ why: 'csv', path: table.file });
    for (const related of table.related ?? []) {
      if (changed.has(related)) reasons.push({ why: 'schema-file', path: related });
    }
    if (baseEntries && request.config && table.entry !== undefined && !baseEntries.has(table.entry)) {
      reasons.push({ why: 'config-entry', path: request.config.path });
    }
    if (named.has(table.table) || named.has(table.file)) reasons.push({ why: 'named', path: table.table });
    if (reasons.length > 0) targets.push({ ...table, reasons });
    else skipped.push(table);
  }
  return { targets, skipped };
}

/**
 * The changed paths, as GitHub gives them (from the repository's root), matched against paths in the workspace: a
 * checkout in a folder of the workspace (`actions/checkout` with `path:`) has them under that folder, so a workspace
 * path matches when it ends with a changed path, and a workspace in a folder of the repository when a changed path
 * ends with it. Matching more than exactly can only plan more tables, never fewer.
 */
function changedSet(paths: readonly string[]): { has: (path: string) => boolean } {
  const exact = new Set(paths);
  // A workspace that is a folder of the repository: a changed path ends with the workspace path.
  const endings = new Set<string>();
  for (const changed of paths) {
    for (let at = changed.indexOf('/'); at >= 0; at = changed.indexOf('/', at + 1)) endings.add(changed.slice(at + 1));
  }
  return {
    has: (path) => {
      if (exact.has(path) || endings.has(path)) return true;
      for (let at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) {
        if (exact.has(path.slice(at + 1))) return true;
      }
      return false;
    },
  };
}

/** The names given that match no configured table (by name or CSV path): a mistake the user should hear of. */
export function unknownNames(tables: readonly TargetTable[], named: readonly string[]): string[] {
  return named.filter((name) => !tables.some((t) => t.table === name || t.file === name));
}

/**
 * One sentence for the report: which tables were planned and why the others were not.
 * "Planned 1 of 100 tables: tables/Holidays.csv changed in this pull request; the other 99 were not read ..."
 */
export function describeSelection(
  selection: TargetSelection,
  total: number,
  /** How a path or name is shown: markdown code for a report, as is for a log. */
  show: (text: string) => string = (text) => text,
): string {
  const tables = (n: number) => `${n} table${n === 1 ? '' : 's'}`;
  if (selection.allBecause) {
    return `Planned every table (${tables(total)}): ${selection.allBecause}.`;
  }
  const why = (t: Target) => t.reasons.map((r) => reasonText(r, show)).join('; ');
  const shown = selection.targets.slice(0, 10).map((t) => `${show(t.table)} (${why(t)})`);
  const more = selection.targets.length > shown.length ? `, and ${selection.targets.length - shown.length} more` : '';
  const planned =
    selection.targets.length === 1
      ? `: ${show((selection.targets[0] as Target).table)} (${why(selection.targets[0] as Target)})`
      : selection.targets.length > 0
        ? `: ${shown.join(', ')}${more}`
        : '';
  const others = selection.skipped.length;
  const rest =
    others === 0
      ? ''
      : selection.targets.length === 0
        ? `; none of their CSV files, schema files or config entries changed in this pull request, so none was read`
        : `; the other ${others} ${others === 1 ? 'was' : 'were'} not read (none of their CSV files, schema files or config entries changed in this pull request)`;
  return `Planned ${selection.targets.length} of ${tables(total)}${planned}${rest}. The apply plans every table, and refuses a table this plan did not show that it would change.`;
}
