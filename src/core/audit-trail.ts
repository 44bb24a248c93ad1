import type { TablePlan } from './plan.ts';
import { escapeMarkdown } from './report/markdown.ts';

/** One change to a table as the vendor's audit log records it: who, when, and the row when the log names one. */
export interface TableEdit {
  tableId: string;
  /** The row's key; absent when the entry names the table only. */
  rowKey?: string;
  action: 'added' | 'changed' | 'deleted';
  /** A user's name (or id), or an OAuth client's id. */
  who: string;
  by: 'user' | 'OAuth client';
  /** ISO 8601. */
  at: string;
}

/** At most this many lines in a report: the rest are counted. */
export const MAX_EDIT_LINES = 50;

/** "2026-12-05 14:02 UTC" */
export function utcMinute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The keys of a plan's rows that differ between the table and git (drift), in the diff's order. */
function driftedKeys(plan: TablePlan): string[] {
  return [...plan.diff.updated, ...plan.diff.deleted, ...plan.diff.added].map((row) => row.key);
}

/**
 * Who changed which drifted rows and when, where the audit log says so: for each drifted row, the latest entry that
 * names it; for a table with entries naming no row, the latest of those. Rows the log says nothing of are not named
 * (a change older than the log's window, or one it does not record). Markdown lines, our words around escaped data:
 * `Holidays: row "Christmas Day" changed by Jane Doe (user) on 2026-12-05 14:02 UTC`.
 */
export function whoChanged(plans: readonly TablePlan[], edits: readonly TableEdit[]): string[] {
  const newestFirst = [...edits].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const lines: string[] = [];
  let more = 0;
  const push = (line: string) => {
    if (lines.length < MAX_EDIT_LINES) lines.push(line);
    else more++;
  };
  const says = (edit: TableEdit) =>
    `${edit.action} by ${escapeMarkdown(edit.who)} (${edit.by}) on ${utcMinute(edit.at)}`;
  for (const plan of plans) {
    const ofTable = newestFirst.filter((edit) => edit.tableId === plan.table.id);
    if (ofTable.length === 0) continue;
    const table = escapeMarkdown(plan.table.name);
    const latestByRow = new Map<string, TableEdit>();
    for (const edit of ofTable)
      if (edit.rowKey !== undefined && !latestByRow.has(edit.rowKey)) latestByRow.set(edit.rowKey, edit);
    const keys = driftedKeys(plan);
    for (const key of keys) {
      const edit = latestByRow.get(key);
      if (edit) push(`${table}: row "${escapeMarkdown(key)}" ${says(edit)}`);
    }
    const unnamed = ofTable.find((edit) => edit.rowKey === undefined);
    if (unnamed && keys.length > 0) push(`${table}: ${says(unnamed)} (the audit log names no row)`);
  }
  if (more > 0) lines.push(`… and ${more} more (the vendor's audit log has them all)`);
  return lines;
}
