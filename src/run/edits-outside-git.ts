import { whoChanged } from '../core/audit-trail.ts';
import { changesTable } from '../core/plan.ts';
import { MissingPermissionError, type Provider, ProviderError } from '../providers/provider.ts';
import type { PlannedRun } from './plan.ts';

/** The drifted tables whose audit log one drift check reads at most (one query, a few pages, each). */
export const MAX_AUDITED_TABLES = 20;

/**
 * On a drift check: who changed the drifted tables outside git, and when, from the vendor's audit log, as lines for
 * the report. Never a failure: without the permission, one notice naming it and no names; any other error, a line
 * in the log and a notice; a vendor without an audit log, nothing said.
 */
export async function findEditors(
  planned: Pick<PlannedRun, 'tables'>,
  provider: Provider,
  /** `named`: drift-authors, resolved (auto: a private repository only). */
  options: { log: (message: string) => void; now: number; named: boolean },
): Promise<{ lines: string[]; notice?: string }> {
  const readEdits = provider.tableEdits?.bind(provider);
  const drifted = planned.tables.map((t) => t.plan).filter((plan) => changesTable(plan) && plan.table.id !== '');
  if (!readEdits || drifted.length === 0) return { lines: [] };
  if (!options.named) {
    // Said in the log only: a public repository's drift check is no place for names, and nothing is missing from it.
    options.log(
      'Who changed the drifted tables is not read (drift-authors: false, or auto and the repository is not known to be private).',
    );
    return { lines: [] };
  }
  const asked = drifted.slice(0, MAX_AUDITED_TABLES);
  const days = provider.auditDays ?? 14;
  try {
    const edits = await readEdits(
      asked.map((plan) => plan.table),
      new Date(options.now - days * 86_400_000),
      new Date(options.now),
    );
    const lines = whoChanged(asked, edits);
    options.log(
      `Audit log read for ${asked.length} drifted table(s) over the last ${days} days: ${edits.length} entr${edits.length === 1 ? 'y' : 'ies'}, ${lines.length} line(s) for the report`,
    );
    const skipped = drifted.length - asked.length;
    return {
      lines,
      ...(skipped > 0
        ? {
            notice: `Who changed the tables was read from the audit log for the first ${asked.length} drifted tables only; ${skipped} more are not named.`,
          }
        : {}),
    };
  } catch (error) {
    if (error instanceof MissingPermissionError) {
      return {
        lines: [],
        notice: `Who changed the drifted tables is not said: the OAuth client's role lacks the permission ${error.permission} (the audit log). Add it to the role to have the drift report name who changed which rows and when; the drift check goes on without.`,
      };
    }
    if (error instanceof ProviderError) {
      options.log(`The audit log could not be read: ${error.message}`);
      return {
        lines: [],
        notice: 'Who changed the drifted tables is not said: the audit log could not be read (the log says why).',
      };
    }
    throw error;
  }
}
