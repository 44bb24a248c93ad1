import { type DriftRecord, driftedTables, updateDriftRecord } from '../core/drift-rotation.ts';
import { waysOut } from '../core/drift-ways-out.ts';
import { escapeMarkdown, fitToBudget } from '../core/report/markdown.ts';
import { type PlanReportInput, renderPlanReport } from '../core/report/plan.ts';
import { describeRemoteError } from '../runner.ts';
import type { ReviewContext } from './comment.ts';
import { driftMarker, driftRecordLine } from './protocol.ts';

/** A drift check spread over runs: the record read back, which tables this run checks, and the time it counts from. */
export interface DriftRotation {
  record: DriftRecord;
  /** The drift issue the record came from (open, or closed when the tables matched at the last check). */
  issue?: { number: number; url: string; open: boolean };
  /** Every configured table, in config order. */
  tables: string[];
  now: number;
}

/** An issue body's room for the plan: under GitHub's 65,536 characters, with the header. */
const ISSUE_PLAN_LIMIT = 60_000;

/**
 * Drift as a tracked issue (drift-issue: true, on a plan outside a pull request): one open issue per configuration
 * and environment lists the tables and cells that differ from git; a later run updates it, and the run that finds the
 * tables equal to the files again closes it with a comment. Found by a marker in an issue of this token's own identity.
 * A failure is a notice: the plan is in the summary either way.
 */
export async function trackDrift(
  context: ReviewContext,
  report: PlanReportInput,
  state: {
    drifted: number;
    unknown: boolean;
    checked?: { table: string; drifted: boolean }[];
    /** Tables that could not be planned. */
    failed?: string[];
  },
  /** A check spread over runs (drift-tables-per-run): the record this run read back, kept up to date in the issue. */
  rotation?: DriftRotation,
): Promise<void> {
  const { pullRequests, settings, event, runner } = context;
  if (!pullRequests) {
    runner.notice('drift-issue: no github-token, so no drift issue was written; the plan is in the summary.');
    return;
  }
  // A check spread over runs records the tables it could not read as checked (their drift as last known), so that a
  // table that keeps failing does not hold the others back; the step fails for it anyway.
  if (state.unknown && !rotation) {
    runner.info('Drift issue left as it is: some tables could not be planned, so whether they drifted is not known.');
    return;
  }
  const marker = driftMarker(settings.configId);
  const where = event.runUrl ? `[this run](${event.runUrl})` : 'this run';
  const env = settings.environment ? ` (${settings.environment})` : '';
  try {
    // The rotation already looked the issue up (open, or the closed one keeping the record).
    const open = rotation
      ? rotation.issue?.open
        ? rotation.issue
        : undefined
      : await pullRequests.findOpenIssue(marker);
    let drifted = state.drifted;
    let recordLine = '';
    let earlier = '';
    if (rotation) {
      const failed = (state.failed ?? []).map((table) => ({
        table,
        drifted: rotation.record[table]?.drifted ?? false,
      }));
      const checked = [...(state.checked ?? []), ...failed];
      const record = updateDriftRecord(rotation.record, rotation.tables, checked, rotation.now);
      recordLine = `\n${driftRecordLine(record)}`;
      const notChecked = driftedTables(record, rotation.tables).filter((t) => !checked.some((c) => c.table === t));
      drifted += notChecked.length;
      if (notChecked.length > 0) {
        earlier = `Drifted when last checked, and not checked by this run: ${notChecked.map((t) => `${escapeMarkdown(t)} (${record[t]?.at})`).join(', ')}.\n\n`;
      }
      if (drifted === 0) {
        // No drift: the record is still kept, in a closed issue, for the next run to read.
        const body = `${marker}\nNo table differed from git when last checked (${where}). This closed issue keeps when each table was last checked for drift (drift-tables-per-run).${recordLine}`;
        const title = `Data tables drift${env}: none found`;
        const target = open ?? rotation.issue;
        if (target) await pullRequests.writeIssue(target.number, title, body);
        if (open) {
          await pullRequests.closeIssue(
            open.number,
            `The live tables match the files in git again (${where}): closing.`,
          );
        } else if (!target) {
          const url = await pullRequests.writeIssue(undefined, title, body);
          const number = Number(/\/issues\/(\d+)$/.exec(url)?.[1]);
          if (number)
            await pullRequests.closeIssue(
              number,
              'Closed at once: this issue only keeps when each table was last checked.',
            );
        }
        return;
      }
    }
    if (drifted === 0) {
      if (!open) return;
      await pullRequests.closeIssue(open.number, `The live tables match the files in git again (${where}): closing.`);
      runner.info(`Drift issue #${open.number} closed: the tables match the files again.`);
      return;
    }
    const ways = waysOut(report.plans, {
      ...(settings.config ? { config: settings.config.path } : {}),
      ...(settings.environment ? { environment: settings.environment } : {}),
    });
    const plan = fitToBudget(
      (detail) => renderPlanReport(report, detail),
      ISSUE_PLAN_LIMIT - recordLine.length - earlier.length - ways.join('\n').length,
      `the whole plan is in ${where}.`,
    );
    const body = [
      marker,
      `The live tables${escapeMarkdown(env)} differ from the CSV files in git (seen by ${where}). Someone changed them`,
      'outside git, or an apply did not finish. Git wins: the next apply makes each table match its file, undoing the',
      'edits listed below. To keep them, bring the live rows into git (`mode: export`) and review them in a pull request;',
      'to drop them, apply the files again (re-run the apply, or merge a change). This issue is updated by each drift',
      'check and closed when the tables match the files again. The commands for both are under the plan.',
      '',
      earlier + plan,
      ...(ways.length > 0 ? ['', ...ways] : []),
      recordLine,
    ].join('\n');
    const title = `Data tables drift${env}: ${drifted} table${drifted === 1 ? ' differs' : 's differ'} from git`;
    const url = await pullRequests.writeIssue(open?.number, title, body);
    runner.output('drift-issue-url', url);
    runner.info(`Drift issue ${open ? 'updated' : 'opened'}: ${url}`);
  } catch (error) {
    runner.notice(
      `The drift issue could not be written (${describeRemoteError(error)}; the token needs issues: write); the plan is in the summary.`,
    );
  }
}
