/** The apply report: what each import job did, for the step summary and the comment after apply. */
import { codeOrText, environmentSuffix, escapeMarkdown, linkTarget } from './markdown.ts';

export interface ImportOutcome {
  table: string;
  file: string;
  jobId?: string;
  status: string;
  updated: number;
  deleted: number;
  failed: number;
  /** Why the import failed or was not run, in words fit for the user. */
  message?: string;
  error?: { message: string; code?: string; contextId?: string };
  /** The import in the vendor's UI, when it gives a link. */
  url?: string;
  /** Every row written (or, for a queue without status, the batch queued). */
  succeeded?: boolean;
  /** Rows queued with a vendor that reports no result: neither updated nor failed yet. */
  queued?: number;
  /** What to know beside the counts (where results will appear), not a failure. */
  note?: string;
  /** What the plan said the import would do: the report's counts (a vendor's own counts are a detail). */
  planned?: { added: number; changed: number; deleted: number };
  /** The table was read again after the import: true when it equals the file. */
  verified?: boolean;
  /** False: the vendor took rows it has not confirmed; not recorded as applied (the next run sends them again). */
  confirmed?: boolean;
  /** The vendor's jobs whose end alone is unknown: the next apply asks about them first. */
  queuedJobs?: string[];
}

export function renderApplyReport(outcomes: readonly ImportOutcome[], environment?: string): string {
  const heading = `## Import results${environmentSuffix(environment)}`;
  if (outcomes.length === 0) return `${heading}\n\nNo table changed: no import job was started.\n`;
  const lines = [
    heading,
    '',
    '| table | job | status | added | changed | deleted | result |',
    '|---|---|---|---:|---:|---:|---|',
  ];
  for (const outcome of outcomes) {
    const planned = outcome.planned;
    const status = `${escapeMarkdown(outcome.status)}${outcome.queued !== undefined ? ` (${outcome.queued} rows queued)` : ''}`;
    const counts = planned
      ? `${planned.added} | ${planned.changed} | ${planned.deleted}`
      : `${outcome.updated} | ${outcome.deleted} | ${outcome.failed}`;
    lines.push(
      `| ${escapeMarkdown(outcome.table)} | ${jobCell(outcome)} | ${status} | ${counts} | ${resultCell(outcome)} |`,
    );
  }
  for (const outcome of outcomes) {
    const name = escapeMarkdown(outcome.table);
    if (outcome.message) lines.push('', `- **${name}**: ${escapeMarkdown(outcome.message)}`);
    if (outcome.note) lines.push('', `- **${name}**: ${escapeMarkdown(outcome.note)}`);
    if (outcome.error) lines.push('', `- **${name}**: ${escapeMarkdown(describeImportError(outcome.error))}`);
  }
  const raw = outcomes.filter((o) => o.planned && o.jobId && o.queued === undefined);
  if (raw.length > 0) {
    lines.push(
      '',
      "<details><summary>What the vendor's jobs reported</summary>",
      '',
      "A replace writes every row of the file and counts the table's old rows as deleted, so these counts are larger than the changes above.",
      '',
      '| table | rows written | rows deleted | rows failed |',
      '|---|---:|---:|---:|',
      ...raw.map((o) => `| ${escapeMarkdown(o.table)} | ${o.updated} | ${o.deleted} | ${o.failed} |`),
      '',
      '</details>',
    );
  }
  lines.push('');
  return lines.join('\n');
}

/** "verified" once the table was read again and equals the file; else what is known. */
function resultCell(outcome: ImportOutcome): string {
  if (outcome.confirmed === false && outcome.succeeded) return '⏳ queued, not confirmed';
  if (outcome.queued !== undefined && outcome.succeeded) return 'queued';
  if (outcome.verified === true) return '✅ verified';
  if (outcome.verified === false) return '❌ differs from the file';
  if (outcome.succeeded) return outcome.failed > 0 ? '❌ failed rows' : 'done';
  return outcome.failed > 0 ? `❌ ${outcome.failed} failed` : '❌ not applied';
}

function jobCell(outcome: ImportOutcome): string {
  if (!outcome.jobId) return '—';
  const id = codeOrText(outcome.jobId);
  const target = outcome.url === undefined ? undefined : linkTarget(outcome.url);
  return target ? `[${id}](${target})` : id;
}

export function describeImportError(error: { message: string; code?: string; contextId?: string }): string {
  const extra = [error.code && `code ${error.code}`, error.contextId && `contextId ${error.contextId}`].filter(Boolean);
  return extra.length > 0 ? `${error.message} (${extra.join(', ')})` : error.message;
}
