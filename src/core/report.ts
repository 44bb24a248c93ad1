import type { CellChange } from './diff.ts';
import { type PlanCounts, planCounts, type TablePlan } from './plan.ts';
import { formatProblem, type Problem } from './problems.ts';
import type { CellValue, Row, TableSchema } from './schema.ts';

/** How many rows of each kind the summary shows before "and N more". */
export const ROWS_SHOWN = 50;
/** How many problems of one kind (invalid values, duplicate keys...) a table's report lists before "and N more". */
export const PROBLEMS_PER_KIND = 20;

export interface TableFailure {
  file: string;
  table: string;
  message: string;
}

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
}

/**
 * Escapes text for a markdown table cell so that data never renders as markup: no tags, no links,
 * no mentions or issue references, no code spans, no broken table rows.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[&<>|`@#[\]]/g, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/:\/\//g, '&#58;//')
    .replace(/www\./gi, (www) => `${www.slice(0, 3)}&#46;`)
    .replace(/([\\*_~!])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '<br>');
}

function showValue(value: CellValue | undefined): string {
  if (value === undefined) return '';
  if (value === '') return '*(empty)*';
  return escapeMarkdown(typeof value === 'string' ? value : String(value));
}

function titleOf(schema: TableSchema, name: string): string {
  return schema.fields.find((f) => f.name === name)?.title ?? name;
}

export function totalCounts(plans: readonly TablePlan[]): PlanCounts {
  const total: PlanCounts = { added: 0, updated: 0, deleted: 0, unchanged: 0, invalid: 0 };
  for (const plan of plans) {
    const counts = planCounts(plan);
    for (const name of Object.keys(total) as (keyof PlanCounts)[]) total[name] += counts[name];
  }
  return total;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function rowsTable(schema: TableSchema, rows: readonly { key: string; row: Row }[]): string[] {
  const shown = rows.slice(0, ROWS_SHOWN);
  const lines = [
    `| ${schema.fields.map((f) => escapeMarkdown(f.title)).join(' | ')} |`,
    `|${schema.fields.map(() => '---').join('|')}|`,
    ...shown.map(({ row }) => `| ${schema.fields.map((f) => showValue(row[f.name])).join(' | ')} |`),
  ];
  if (rows.length > shown.length)
    lines.push('', `…and ${rows.length - shown.length} more (all of them are in the plan file).`);
  return lines;
}

function changesTable(schema: TableSchema, updated: readonly { key: string; changes: CellChange[] }[]): string[] {
  const shown = updated.slice(0, ROWS_SHOWN);
  const keyTitle = escapeMarkdown(schema.fields.find((f) => f.isKey)?.title ?? 'key');
  const lines = [`| ${keyTitle} | column | old | new |`, '|---|---|---|---|'];
  for (const { key, changes } of shown) {
    changes.forEach((change, index) => {
      const keyCell = index === 0 ? showValue(key) : '〃';
      lines.push(
        `| ${keyCell} | ${escapeMarkdown(titleOf(schema, change.field))} | ${showValue(change.old)} | ${showValue(change.new)} |`,
      );
    });
  }
  if (updated.length > shown.length)
    lines.push('', `…and ${updated.length - shown.length} more changed rows (all of them are in the plan file).`);
  return lines;
}

/** Problems in file order, at most PROBLEMS_PER_KIND of each kind, each kind's remainder counted. */
function problemList(problems: readonly Problem[]): string[] {
  const shownPerKind = new Map<string, number>();
  const hidden = new Map<string, number>();
  const lines: string[] = [];
  for (const problem of problems) {
    const shown = shownPerKind.get(problem.kind) ?? 0;
    if (shown < PROBLEMS_PER_KIND) {
      shownPerKind.set(problem.kind, shown + 1);
      lines.push(`- ${problem.severity === 'error' ? '❌' : '⚠️'} ${escapeMarkdown(formatProblem(problem))}`);
    } else {
      hidden.set(problem.kind, (hidden.get(problem.kind) ?? 0) + 1);
    }
  }
  for (const [kind, count] of hidden) lines.push(`- …and ${count} more of this kind: ${kind.replace(/-/g, ' ')}`);
  return lines;
}

/** One table's plan: counts first, deletions in the open, the rest in folds. */
export function renderTablePlan(plan: TablePlan): string {
  const counts = planCounts(plan);
  const { schema, diff } = plan;
  const lines = [
    `### ${escapeMarkdown(plan.table.name)} ← \`${plan.file.replace(/`/g, '')}\``,
    '',
    '| added | changed | deleted | unchanged | invalid |',
    '|---:|---:|---:|---:|---:|',
    `| ${counts.added} | ${counts.updated} | ${counts.deleted} | ${counts.unchanged} | ${counts.invalid} |`,
    '',
    `Import mode: **${plan.mode}**. Live rows: ${plan.liveRowCount}. Plan hash: \`${plan.hash.slice(0, 12)}\``,
  ];
  for (const refusal of plan.refusals) lines.push('', `> [!CAUTION]`, `> Refused: ${escapeMarkdown(refusal)}`);
  const errors = plan.problems.filter((p) => p.severity === 'error');
  const warnings = plan.problems.filter((p) => p.severity === 'warning');
  if (errors.length > 0)
    lines.push(
      '',
      `**Invalid rows (${plan.invalidRows})**: nothing is applied until they are fixed.`,
      '',
      ...problemList(errors),
    );
  if (warnings.length > 0) lines.push('', '**Warnings**', '', ...problemList(warnings));
  if (diff.deleted.length > 0) {
    lines.push(
      '',
      `**Deleted rows (${diff.deleted.length})**: these rows will be removed from the table.`,
      '',
      ...rowsTable(schema, diff.deleted),
    );
  }
  if (diff.updated.length > 0) {
    lines.push(
      '',
      `<details><summary>Changed rows (${diff.updated.length})</summary>`,
      '',
      ...changesTable(schema, diff.updated),
      '',
      '</details>',
    );
  }
  if (diff.added.length > 0) {
    lines.push(
      '',
      `<details><summary>Added rows (${diff.added.length})</summary>`,
      '',
      ...rowsTable(schema, diff.added),
      '',
      '</details>',
    );
  }
  return lines.join('\n');
}

export interface PlanReportInput {
  mode: 'plan' | 'apply';
  plans: readonly TablePlan[];
  failures: readonly TableFailure[];
  requests: number;
  notices?: readonly string[];
}

/** The whole plan for the step summary: the headline, then one section per table. */
export function renderPlanReport(input: PlanReportInput): string {
  const total = totalCounts(input.plans);
  const changing = total.added + total.updated + total.deleted > 0;
  const headline =
    changing || total.invalid > 0 || input.failures.length > 0
      ? `**Plan:** ${total.added} to add, ${total.updated} to change, ${total.deleted} to delete, ${total.unchanged} unchanged.`
      : '**No changes.** The tables match the files.';
  const lines = [`## Data tables ${input.mode === 'apply' ? 'apply' : 'plan'}`, '', headline];
  if (total.invalid > 0)
    lines.push('', `**${plural(total.invalid, 'invalid row')}**: fix them before this can be applied.`);
  for (const failure of input.failures) {
    lines.push(
      '',
      `> [!WARNING]`,
      `> ${escapeMarkdown(failure.file)} → ${escapeMarkdown(failure.table)}: ${escapeMarkdown(failure.message)}`,
    );
  }
  for (const notice of input.notices ?? []) lines.push('', `> [!NOTE]`, `> ${notice}`);
  for (const plan of input.plans) lines.push('', renderTablePlan(plan));
  lines.push('', `<sub>${plural(input.requests, 'API request')} to read the live tables.</sub>`, '');
  return lines.join('\n');
}

/** What each import job did, for the step summary after apply. */
export function renderApplyReport(outcomes: readonly ImportOutcome[]): string {
  const lines = [
    '## Import results',
    '',
    '| table | job | status | rows updated | rows deleted | rows failed |',
    '|---|---|---|---:|---:|---:|',
  ];
  for (const outcome of outcomes) {
    lines.push(
      `| ${escapeMarkdown(outcome.table)} | ${outcome.jobId ? `\`${outcome.jobId}\`` : '—'} | ${escapeMarkdown(outcome.status)} | ${outcome.updated} | ${outcome.deleted} | ${outcome.failed} |`,
    );
  }
  for (const outcome of outcomes) {
    if (outcome.message) lines.push('', `- **${escapeMarkdown(outcome.table)}**: ${escapeMarkdown(outcome.message)}`);
    if (outcome.error)
      lines.push('', `- **${escapeMarkdown(outcome.table)}**: ${escapeMarkdown(describeImportError(outcome.error))}`);
  }
  lines.push('');
  return lines.join('\n');
}

export function describeImportError(error: { message: string; code?: string; contextId?: string }): string {
  const extra = [error.code && `code ${error.code}`, error.contextId && `contextId ${error.contextId}`].filter(Boolean);
  return extra.length > 0 ? `${error.message} (${extra.join(', ')})` : error.message;
}
