import { describeDriftPick, pickDriftTables } from '../core/drift-rotation.ts';
import { codeOrText, escapeMarkdown } from '../core/report/markdown.ts';
import type { DataFile } from '../inputs/data-files.ts';
import type { Settings } from '../inputs/settings.ts';
import type { DriftRotation } from '../review/drift-issue.ts';
import { driftMarker, readDriftRecord } from '../review/protocol.ts';
import { describeRemoteError, type PullRequestsPort } from '../runner.ts';

export type { DriftRotation };

/**
 * With drift-tables-per-run, a drift check reads only the tables checked longest ago (drift-table-interval apart at
 * least), by the record in the drift issue. A record that cannot be read checks every table, saying why.
 */
export async function chooseDriftFiles(
  settings: Settings,
  pullRequests: PullRequestsPort | undefined,
  files: DataFile[],
  now: number,
): Promise<{ files: DataFile[]; notice: string; rotation?: DriftRotation }> {
  const perRun = settings.driftTablesPerRun as number;
  const tables = files.map((file) => file.table);
  let found: Awaited<ReturnType<NonNullable<PullRequestsPort['findIssue']>>>;
  if (!pullRequests?.findIssue) {
    return {
      files,
      notice: `Checked every table for drift: drift-tables-per-run keeps its record in the drift issue, which needs a github-token.`,
    };
  }
  try {
    found = await pullRequests.findIssue(driftMarker(settings.configId));
  } catch (error) {
    return {
      files,
      notice: `Checked every table for drift: the drift issue, which records when each table was last checked, could not be read (${escapeMarkdown(describeRemoteError(error))}).`,
    };
  }
  const record = found ? readDriftRecord(found.body) : {};
  const pick = pickDriftTables(tables, record, perRun, settings.driftTableIntervalMs, now);
  const chosen = new Set(pick.picked);
  const ms = settings.driftTableIntervalMs;
  const floor = ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${Math.round(ms / 60_000)}m`;
  return {
    files: files.filter((file) => chosen.has(file.table)),
    notice: describeDriftPick(pick, tables.length, floor, record, tables, codeOrText),
    rotation: {
      record,
      ...(found ? { issue: { number: found.number, url: found.url, open: found.open } } : {}),
      tables,
      now,
    },
  };
}
