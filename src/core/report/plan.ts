/** The plan report: what a plan (or a drift check) would do to each table, for the comment, the summary and the issue. */
import type { CellChange, RowList } from '../diff.ts';
import {
  changesTable as changesItsTable,
  type PlanCounts,
  planCounts,
  type TablePlan,
  type TableReaders,
} from '../plan.ts';
import type { Problem } from '../problems.ts';
import { describeReference, type PlanReferences, pointsAtNothing } from '../references.ts';
import type { CellValue, Row, TableSchema } from '../schema.ts';
import { describeColumnChanges, describeField } from '../schema-change.ts';
import {
  codeOrText,
  type Detail,
  environmentSuffix,
  escapeMarkdown,
  type FileLink,
  FULL_DETAIL,
  plural,
  problemList,
  showValue,
} from './markdown.ts';

export interface TableFailure {
  file: string;
  table: string;
  message: string;
  /** The file's problems, when the file itself is what failed (for annotations). */
  problems?: Problem[];
}

/** Changed and added rows are shown in the open up to this many; longer lists are folded (deletions never are). */
const OPEN_ROWS = 10;

/** How many rows the table holds: read, or (a vendor without a read API) its own count beside the version compared. */
function liveRowsSentence(plan: TablePlan): string {
  if (plan.rowsInTable === undefined) return `Live rows: ${plan.liveRowCount}`;
  const compared = `compared with the ${plural(plan.liveRowCount, 'row')} of the file's earlier version`;
  return plan.rowsInTable === null
    ? `Rows in the table: not known (its rows cannot be read); ${compared}`
    : `Rows in the table: ${plan.rowsInTable} (the vendor's count; its rows cannot be read); ${compared}`;
}

/** What the invalid rows would do once fixed, so a reviewer sees the whole change, not only the valid part. */
function invalidWould(plan: TablePlan): string {
  const would = plan.invalidWould;
  if (!would || would.add + would.change + would.unchanged + would.damaged === 0) return '';
  const parts = [
    would.add > 0 && `add ${plural(would.add, 'row')}`,
    would.change > 0 && `change ${plural(would.change, 'existing row')}`,
    would.unchanged > 0 &&
      `leave ${plural(would.unchanged, 'row')} as the table has ${would.unchanged === 1 ? 'it' : 'them'}`,
  ].filter(Boolean);
  const damaged =
    would.damaged > 0
      ? ` ${plural(would.damaged, 'row has', 'rows have')} other cells a spreadsheet changed by itself (text decoded twice, leading zeros lost, a date or number rewritten): not counted, fix those too.`
      : '';
  const listed =
    parts.length === 0 ? '' : parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${listed ? ` Once fixed, they would ${listed} (not counted above).` : ''}${damaged}`;
}

/** A reference column's id as "1e0f9a8b… (Support EN)" when the org named it; undefined for any other cell. */
function referenceText(references: PlanReferences | undefined, field: string, value: CellValue | undefined) {
  const found = describeReference(references, field, value);
  return found ? `${escapeMarkdown(found.short)} (${escapeMarkdown(found.name)})` : undefined;
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

function more(total: number, shown: number, what: string): string[] {
  return total > shown ? ['', `…and ${total - shown} more ${what} (every row is in the plan file).`] : [];
}

function rowsTable(
  schema: TableSchema,
  rows: RowList<{ key: string; row: Row }>,
  detail: Detail,
  what: string,
  references?: PlanReferences,
): string[] {
  const shown = rows.slice(0, detail.rows);
  if (shown.length === 0) return more(rows.length, 0, what).slice(1);
  const cell = (row: Row, name: string) => referenceText(references, name, row[name]) ?? showValue(row[name], detail);
  return [
    `| ${schema.fields.map((f) => escapeMarkdown(f.title)).join(' | ')} |`,
    `|${schema.fields.map(() => '---').join('|')}|`,
    ...shown.map(({ row }) => `| ${schema.fields.map((f) => cell(row, f.name)).join(' | ')} |`),
    ...more(rows.length, shown.length, what),
  ];
}

/** Text at least this long shows only around what changed, the changed part marked (as a word diff does). */
const LONG_TEXT = 40;
/** Characters of unchanged text kept on each side of a change. */
const CONTEXT = 16;

/**
 * A long text change as two cells, old and new, each showing the common start and end around the part that differs,
 * that part struck through (old) or underlined (new), cut at word boundaries: the change reads at a glance instead of
 * two whole strings compared by eye. Short values, and values of other types, are shown whole.
 */
export function markedChange(before: CellValue, after: CellValue, detail: Detail): [string, string] {
  if (typeof before !== 'string' || typeof after !== 'string' || Math.max(before.length, after.length) < LONG_TEXT) {
    return [showValue(before, detail), showValue(after, detail)];
  }
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  // Whole words: the differing span grows to the spaces around it.
  while (start > 0 && !/\s/.test(before[start - 1] as string)) start--;
  while (end > 0 && !/\s/.test(before[before.length - end] as string)) end--;
  const mark = (text: string, tag: 'del' | 'ins') => {
    const head = text.slice(0, start);
    const middle = text.slice(start, text.length - end);
    const tail = text.slice(text.length - end);
    // Unchanged text around the change, cut at a word boundary: "…reduced hours, " and " and closed…".
    const cut = (part: string, atEnd: boolean) => {
      if (part.length <= CONTEXT) return escapeMarkdown(part);
      if (atEnd) {
        const kept = part.slice(0, CONTEXT);
        const space = kept.lastIndexOf(' ');
        return `${escapeMarkdown(space > 0 ? kept.slice(0, space) : kept)}…`;
      }
      const kept = part.slice(-CONTEXT);
      const space = kept.indexOf(' ');
      return `…${escapeMarkdown(space >= 0 && space < kept.length - 1 ? kept.slice(space + 1) : kept)}`;
    };
    const shown = middle.length > detail.valueChars ? `${middle.slice(0, detail.valueChars)}…` : middle;
    return `${cut(head, false)}${shown === '' ? '' : `<${tag}>${escapeMarkdown(shown)}</${tag}>`}${cut(tail, true)}`;
  };
  return [mark(before, 'del'), mark(after, 'ins')];
}

function changesTable(
  schema: TableSchema,
  updated: readonly { key: string; changes: CellChange[] }[],
  detail: Detail,
  /** A drift check: the old value is the live table's, the new one git's (what the next apply writes). */
  drift = false,
  references?: PlanReferences,
): string[] {
  const shown = updated.slice(0, detail.rows);
  if (shown.length === 0) return more(updated.length, 0, 'changed rows').slice(1);
  const keyTitle = escapeMarkdown(schema.fields.find((f) => f.isKey)?.title ?? 'key');
  const lines = [
    drift ? `| ${keyTitle} | column | live table | git (next apply) |` : `| ${keyTitle} | column | old | new |`,
    '|---|---|---|---|',
  ];
  for (const { key, changes } of shown) {
    changes.forEach((change, index) => {
      // The typewriter ditto mark: every font has it (the ideographic 〃 is a box without a CJK font).
      const keyCell = index === 0 ? showValue(key, detail) : '"';
      const [marked, markedNew] = markedChange(change.old, change.new, detail);
      const before = referenceText(references, change.field, change.old) ?? marked;
      const after = referenceText(references, change.field, change.new) ?? markedNew;
      lines.push(`| ${keyCell} | ${escapeMarkdown(titleOf(schema, change.field))} | ${before} | ${after} |`);
    });
  }
  return [...lines, ...more(updated.length, shown.length, 'changed rows')];
}

/**
 * "Read by 2 flows: Main IVR (inbound call flow), Callback (workflow)." Names are the vendor's (escaped); `kinds` adds
 * what each is, for the line under the counts (the shorter form goes beside deleted rows and blocks).
 */
export function readersSentence(readers: TableReaders, kinds: boolean): string {
  if (readers.notAsked) return `Readers not asked: ${escapeMarkdown(readers.notAsked)}.`;
  if (readers.total === 0 && readers.unknown) return `Readers unknown: ${escapeMarkdown(readers.unknown)}.`;
  // Flows are what a reviewer looks for: a list with something else in it still says flows ("flows and resources").
  if (readers.total === 0) return `Read by no flow (${escapeMarkdown(readers.source)}).`;
  const maybeMore = readers.unknown ? ` There may be more: ${escapeMarkdown(readers.unknown)}.` : '';
  const names = readers.shown.map(
    (reader) => `${escapeMarkdown(reader.name)}${kinds && reader.kind ? ` (${escapeMarkdown(reader.kind)})` : ''}`,
  );
  const rest = readers.total - readers.shown.length;
  const what = readers.allFlows
    ? plural(readers.total, 'flow')
    : plural(readers.total, 'flow or resource', 'flows and resources');
  return `Read by ${what}: ${names.join(', ')}${rest > 0 ? `, and ${rest} more` : ''}.${maybeMore}`;
}

/** One table's plan: counts first, deletions in the open, the rest in folds. */
export function renderTablePlan(
  plan: TablePlan,
  detail: Detail = FULL_DETAIL,
  link?: FileLink,
  /** A drift check: the differences are news about the table, said as live table against git. */
  drift = false,
): string {
  const counts = planCounts(plan);
  const { schema, diff } = plan;
  const lines = [`### ${escapeMarkdown(plan.table.name)} ← ${codeOrText(plan.file)}`];
  // What blocks the plan comes first, above the counts, under its own heading.
  if (plan.refusals.length > 0) {
    lines.push(
      '',
      '> [!CAUTION]',
      drift
        ? '> **The next apply of this table would be refused** (the drift check itself is not):'
        : `> **Blocked**: this table cannot be applied.`,
    );
    for (const refusal of plan.refusals) lines.push(`> - ${escapeMarkdown(refusal)}`);
    // A dropped column or a blocked change is what breaks the flows that read the table: named beside it.
    if (plan.readers && (plan.readers.total > 0 || plan.readers.unknown || plan.readers.notAsked)) {
      lines.push(`> - ${readersSentence(plan.readers, false)}`);
    }
  }
  const change = plan.schemaChange;
  if (change?.create) {
    lines.push(
      '',
      `**Create the table** ${escapeMarkdown(plan.table.name)} with ${plural(change.add.length, 'column')}${change.division ? ` in division ${codeOrText(change.division)}` : ''}: ${change.add.map((field) => escapeMarkdown(describeField(field))).join('; ')}.`,
    );
  } else if (change && change.add.length > 0) {
    lines.push(
      '',
      `**Add ${plural(change.add.length, 'column')}**: ${change.add.map((field) => escapeMarkdown(describeField(field))).join('; ')}.`,
    );
  }
  if (change && !change.create) {
    for (const line of describeColumnChanges(change)) lines.push('', `**${escapeMarkdown(line)}**`);
  }
  lines.push(
    '',
    '| added | changed | deleted | unchanged | invalid |',
    '|---:|---:|---:|---:|---:|',
    `| ${counts.added} | ${counts.updated} | ${counts.deleted} | ${counts.unchanged} | ${counts.invalid} |`,
    '',
    `Import mode: **${plan.mode}**${plan.mode === 'append' ? ' (live rows not in the file are kept: nothing is deleted)' : ''}. ${liveRowsSentence(plan)}. Plan hash: \`${plan.hash.slice(0, 12)}\``,
  );
  if (plan.readers) lines.push('', readersSentence(plan.readers, true));
  const errors = plan.problems.filter((p) => p.severity === 'error');
  const warnings = plan.problems.filter((p) => p.severity === 'warning');
  if (errors.length > 0) {
    const heading =
      plan.invalidRows > 0
        ? `**Invalid rows (${plan.invalidRows})**: nothing is applied until they are fixed.${invalidWould(plan)}`
        : `**Problems (${errors.length})**: nothing is applied until they are fixed.`;
    lines.push('', heading, '');
    lines.push(...problemList(errors, detail, link));
  }
  // Warnings come before the rows they are about: a reviewer reads them before the changes, not after.
  if (warnings.length > 0) lines.push('', '**Warnings**', '', ...problemList(warnings, detail, link));
  if (diff.deleted.length > 0) {
    const readers =
      plan.readers && (plan.readers.total > 0 || plan.readers.unknown || plan.readers.notAsked)
        ? ` ${readersSentence(plan.readers, false)}`
        : '';
    lines.push(
      '',
      drift
        ? `**Only in the table (${diff.deleted.length})**: rows the file in git does not have; the next apply deletes them.${readers}`
        : `**Deleted rows (${diff.deleted.length})**: these rows will be removed from the table.${readers}`,
      '',
    );
    lines.push(...rowsTable(schema, diff.deleted, detail, 'deleted rows'));
  }
  if (plan.notApplied.length > 0) {
    lines.push(
      '',
      `**Not applied (${plan.notApplied.length})**: the file no longer has these rows, but ${escapeMarkdown(plan.notAppliedReason ?? 'they cannot be deleted')}.`,
      '',
    );
    lines.push(...rowsTable(schema, plan.notApplied, detail, 'rows not applied'));
  }
  // What changes is what a reviewer reads first: in the open while the list is short, folded only when long.
  if (diff.updated.length > 0) {
    const heading = drift
      ? `Cells that differ (${plural(diff.updated.length, 'row')}): the next apply writes git's values`
      : `Changed rows (${diff.updated.length})`;
    const table = changesTable(schema, diff.updated, detail, drift, plan.references);
    if (diff.updated.length <= OPEN_ROWS) lines.push('', `**${heading}**`, '', ...table);
    else lines.push('', `<details><summary>${heading}</summary>`, '', ...table, '', '</details>');
  }
  if (diff.added.length > 0) {
    const heading = drift
      ? `Only in git (${diff.added.length}): missing from the table; the next apply adds them`
      : `Added rows (${diff.added.length})`;
    const table = rowsTable(schema, diff.added, detail, 'added rows', plan.references);
    if (diff.added.length <= OPEN_ROWS) lines.push('', `**${heading}**`, '', ...table);
    else lines.push('', `<details><summary>${heading}</summary>`, '', ...table, '', '</details>');
  }
  return lines.join('\n');
}

export interface PlanReportInput {
  mode: 'plan' | 'apply';
  plans: readonly TablePlan[];
  failures: readonly TableFailure[];
  /** Our own sentences (not data): shown as notes above the tables. */
  notices?: readonly string[];
  link?: FileLink;
  /** The vendor org the plan is for, when the repository feeds several: in the heading. */
  environment?: string;
  /**
   * A drift check (a plan outside a pull request, scheduled or keeping a drift issue): the same plan, said as what
   * differs between the live tables and git, and what the next apply would do about it.
   */
  drift?: boolean;
  /** The commit the plan was made at, and the one it was applied at (the comment says both, under the heading). */
  commit?: { planned: string; applied?: string };
  /** Tables named in one line instead of a section each: a plan with nothing to show (comment: on-change). */
  compact?: boolean;
  /** Configured tables this plan did not read (a pull request's plan of the tables it changes: core/targets.ts). */
  notRead?: number;
  /** A drift check's lines from the vendor's audit log, markdown (core/audit-trail.ts): who changed which rows, when. */
  editedBy?: readonly string[];
}

/** "Planned at commit `aaaaaaa`." (and where it was applied): which version of the files a reader is looking at. */
function commitLine(commit: PlanReportInput['commit']): string[] {
  if (!commit) return [];
  const short = (sha: string) => codeOrText(sha.slice(0, 7));
  const applied = commit.applied ? `, applied at ${short(commit.applied)}` : '';
  return [`Planned at commit ${short(commit.planned)}${applied}.`, ''];
}

/** A drift check's first lines: whether the tables drifted, by how much, and who wins (git, on the next apply). */
function driftHeadline(input: PlanReportInput): string[] {
  const total = totalCounts(input.plans);
  const drifted = input.plans.filter((plan) => changesItsTable(plan) || pointsAtNothing(plan)).length;
  const lines: string[] = [];
  const dangling = input.plans.reduce((sum, plan) => sum + (plan.references?.missing.length ?? 0), 0);
  if (drifted === 0) {
    lines.push(
      input.failures.length > 0 || total.invalid > 0
        ? '**No drift found in the tables that could be checked.**'
        : '**No drift.** The live tables match the files in git.',
    );
  } else {
    lines.push(
      `**Drift:** ${plural(drifted, 'table differs', 'tables differ')} from git: ${plural(total.deleted, 'row')} only in the table, ${plural(total.updated, 'row')} with cells that differ, ${plural(total.added, 'row')} only in git, ${total.unchanged} unchanged.`,
      '',
      'Git wins: the next apply makes each table match its file. To keep an edit made outside git, bring it into the file (`mode: export`, or by hand) in a pull request first.',
    );
    if (input.editedBy && input.editedBy.length > 0) {
      lines.push(
        '',
        "**Who changed them**, as the vendor's audit log says:",
        ...input.editedBy.map((line) => `- ${line}`),
      );
    }
    if (dangling > 0) {
      lines.push(
        '',
        `**${plural(dangling, 'id')} in reference columns ${dangling === 1 ? 'points' : 'point'} at nothing in the org** (see below): the object was deleted, or never existed there. Point ${dangling === 1 ? 'it' : 'them'} at an existing one in git.`,
      );
    }
    const refused = input.plans.filter((plan) => plan.refusals.length > 0).length;
    if (refused > 0) {
      lines.push(
        '',
        `The next apply of ${plural(refused, 'table')} would be refused by its guards (see below): the drift is reported all the same.`,
      );
    }
  }
  if (total.invalid > 0)
    lines.push('', `**${plural(total.invalid, 'invalid row')}** in the files: fix them in git (see below).`);
  for (const failure of input.failures) {
    lines.push(
      '',
      '> [!WARNING]',
      `> ${escapeMarkdown(failure.file)} → ${escapeMarkdown(failure.table)}: not checked: ${escapeMarkdown(failure.message)}`,
    );
  }
  for (const notice of input.notices ?? []) lines.push('', '> [!NOTE]', `> ${notice}`);
  return lines;
}

function headline(input: PlanReportInput): string[] {
  if (input.drift) return driftHeadline(input);
  const total = totalCounts(input.plans);
  const changing = total.added + total.updated + total.deleted > 0;
  const blocked = input.plans.filter((plan) => plan.refusals.length > 0).length;
  const lines: string[] = [];
  if (blocked > 0 || total.invalid > 0 || input.failures.length > 0) {
    const reasons = [
      blocked > 0 && `${plural(blocked, 'table')} blocked`,
      total.invalid > 0 && plural(total.invalid, 'invalid row'),
      input.failures.length > 0 && `${plural(input.failures.length, 'table')} that could not be planned`,
    ].filter(Boolean);
    lines.push(`**This plan cannot be applied**: ${reasons.join(', ')}.`, '');
  }
  const creates = input.plans.filter((plan) => plan.schemaChange?.create).length;
  const updates = input.plans.filter((plan) => plan.schemaChange && !plan.schemaChange.create);
  const columns = updates.reduce((sum, plan) => sum + (plan.schemaChange?.add.length ?? 0), 0);
  const changed = updates.reduce(
    (sum, plan) => sum + (plan.schemaChange ? describeColumnChanges(plan.schemaChange).length : 0),
    0,
  );
  if (creates + columns + changed > 0) {
    const parts = [
      creates > 0 && `create ${plural(creates, 'table')}`,
      columns > 0 && `add ${plural(columns, 'column')}`,
      changed > 0 && `change ${plural(changed, 'column title or default', 'column titles or defaults')}`,
    ];
    lines.push(`**Schema:** ${parts.filter(Boolean).join(', ')}, before the rows.`, '');
  }
  const would = input.plans.reduce(
    (sum, plan) => ({
      add: sum.add + (plan.invalidWould?.add ?? 0),
      change: sum.change + (plan.invalidWould?.change ?? 0),
      unchanged: sum.unchanged + (plan.invalidWould?.unchanged ?? 0),
    }),
    { add: 0, change: 0, unchanged: 0 },
  );
  const invalidPart =
    total.invalid > 0
      ? ` The ${plural(total.invalid, 'invalid row')} ${would.add + would.change + would.unchanged > 0 ? `would add ${would.add}, change ${would.change} and leave ${would.unchanged} unchanged once fixed` : 'are not counted'}.`
      : '';
  // Nothing planned at all (every table failed, a login refused): no counts of nothing, only what failed.
  const nothingPlanned = input.plans.length === 0 && input.failures.length > 0;
  if (!nothingPlanned)
    lines.push(
      changing || total.invalid > 0 || input.failures.length > 0
        ? `**Plan${total.invalid > 0 ? ' for the valid rows' : ''}:** ${total.added} to add, ${total.updated} to change, ${total.deleted} to delete, ${total.unchanged} unchanged.${invalidPart}`
        : '**No changes.** The tables match the files.',
    );
  for (const failure of input.failures) {
    lines.push(
      '',
      '> [!WARNING]',
      `> ${escapeMarkdown(failure.file)} → ${escapeMarkdown(failure.table)}: ${escapeMarkdown(failure.message)}`,
    );
  }
  for (const notice of input.notices ?? []) lines.push('', '> [!NOTE]', `> ${notice}`);
  return lines;
}

/** The whole plan at one level of detail: the headline, then one section per table. */
export function renderPlanReport(input: PlanReportInput, detail: Detail = FULL_DETAIL): string {
  const lines = [
    `## Data tables ${input.drift ? 'drift check' : input.mode === 'apply' ? 'apply' : 'plan'}${environmentSuffix(input.environment)}`,
    '',
    ...commitLine(input.commit),
    ...headline(input),
  ];
  if (input.compact && input.plans.length > 0) {
    lines.push('', `Tables: ${input.plans.map((plan) => escapeMarkdown(plan.table.name)).join(', ')}.`);
  } else for (const plan of input.plans) lines.push('', renderTablePlan(plan, detail, input.link, input.drift));
  lines.push('');
  return lines.join('\n');
}
