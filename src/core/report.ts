import { createHash } from 'node:crypto';
import type { CellChange, RowList } from './diff.ts';
import {
  changesTable as changesItsTable,
  type PlanCounts,
  planCounts,
  type TablePlan,
  type TableReaders,
} from './plan.ts';
import { type Problem, sentence } from './problems.ts';
import { describeReference, type PlanReferences, pointsAtNothing } from './references.ts';
import type { CellValue, Row, TableSchema } from './schema.ts';
import { describeColumnChanges, describeField } from './schema-change.ts';

export interface TableFailure {
  file: string;
  table: string;
  message: string;
  /** The file's problems, when the file itself is what failed (for annotations). */
  problems?: Problem[];
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

/** How much detail a report shows; reports shrink through these levels to fit a size budget. */
export interface Detail {
  /** Rows of each kind (added, changed, deleted) listed before "and N more". */
  rows: number;
  /** Problems of one kind (invalid values, duplicate keys...) listed before "and N more". */
  problemsPerKind: number;
  /** Characters of one value shown before "…". */
  valueChars: number;
}

export const FULL_DETAIL: Detail = { rows: 50, problemsPerKind: 20, valueChars: 300 };
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
const SHRINKING_DETAIL: readonly Detail[] = [
  FULL_DETAIL,
  { rows: 10, problemsPerKind: 5, valueChars: 100 },
  { rows: 0, problemsPerKind: 1, valueChars: 60 },
];

/** GitHub's limits: a comment body, and a step summary. */
export const COMMENT_LIMIT = 65_536;
export const SUMMARY_LIMIT = 1_024 * 1_024;

/** Zero-width space: breaks a mention, an issue reference or an autolink without changing what the reader sees. */
const ZWSP = '\u200b';

/**
 * Escapes text so that data never renders as markup: no tags, no links, no mentions or issue references,
 * no code spans, no emphasis, no broken table rows. The one place where data meets markdown.
 * GitHub finds mentions and autolinks in the rendered text (after entities are decoded), so those are broken
 * with a zero-width space rather than an entity.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/@/g, `${ZWSP}@${ZWSP}`) // before: no e-mail autolink; after: no mention
      .replace(/#/g, `#${ZWSP}`)
      .replace(/:\/\//g, `:${ZWSP}//`)
      .replace(/www\./gi, (www) => `${www.slice(0, 3)}${ZWSP}.`)
      // After the zero-width spaces, so that the entities' own `#` is left alone.
      .replace(/[&<>|`[\]]/g, (char) => `&#${char.charCodeAt(0)};`)
      // GitHub renders text between two `$` of a line as math (MathJax); its documented escape outside math is a span.
      .replace(/\$/g, () => '<span>$</span>')
      .replace(/([\\*_~!])/g, '\\$1')
      .replace(/\r\n|\r|\n/g, '<br>')
  );
}

/**
 * A name (file path, job id) in monospace, escaped as all other data: `<code>` rather than a code span, whose text
 * nothing could escape (a terminal or any later reader would take it as written).
 */
export function codeOrText(text: string): string {
  return text === '' ? '' : `<code>${escapeMarkdown(text)}</code>`;
}

function showValue(value: CellValue | undefined, detail: Detail): string {
  if (value === undefined) return '';
  if (value === '') return '*(empty)*';
  const text = typeof value === 'string' ? value : String(value);
  const cut = text.length > detail.valueChars ? `${text.slice(0, detail.valueChars)}…` : text;
  return escapeMarkdown(cut);
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

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
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

/** Links a problem's file and line to the file as the pull request has it, when the report knows where that is. */
export type FileLink = (file: string, line: number) => string | undefined;

function problemText(problem: Problem, link: FileLink | undefined, detail: Detail): string {
  const raw = link?.(problem.file, problem.line);
  const url = raw === undefined ? undefined : linkTarget(raw);
  const where = url
    ? `[${escapeMarkdown(`${problem.file}:${problem.line}`)}](${url})`
    : escapeMarkdown(`${problem.file}:${problem.line}`);
  const column = problem.column === undefined ? '' : ` column "${escapeMarkdown(problem.column)}"`;
  const value = problem.value === undefined ? '' : ` value ${showValue(JSON.stringify(problem.value), detail)}`;
  return `${where}${column}${value}: ${escapeMarkdown(sentence(problem.message))}`;
}

/** Problems in file order, at most `problemsPerKind` of each kind, each kind's remainder counted. */
function problemList(problems: readonly Problem[], detail: Detail, link?: FileLink): string[] {
  const shownPerKind = new Map<string, number>();
  const hidden = new Map<string, number>();
  const lines: string[] = [];
  for (const problem of problems) {
    const shown = shownPerKind.get(problem.kind) ?? 0;
    if (shown < detail.problemsPerKind) {
      shownPerKind.set(problem.kind, shown + 1);
      lines.push(`- ${problem.severity === 'error' ? '❌' : '⚠️'} ${problemText(problem, link, detail)}`);
    } else {
      hidden.set(problem.kind, (hidden.get(problem.kind) ?? 0) + 1);
    }
  }
  for (const [kind, count] of hidden) lines.push(`- …and ${count} more of this kind: ${kind.replace(/-/g, ' ')}`);
  return lines;
}

/** One table's plan: counts first, deletions in the open, the rest in folds. */
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

/** ": `prod`" after a heading, for a run with an environment. */
function environmentSuffix(environment: string | undefined): string {
  return environment ? `: ${codeOrText(environment)}` : '';
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

/**
 * Renders at the most detail that fits the budget (in characters): fewer rows, then counts only. The headline,
 * counts and errors always stay; a note says what was cut and where the whole plan is.
 */
export function fitToBudget(render: (detail: Detail) => string, budget: number, wherePlanIs: string): string {
  for (const [level, detail] of SHRINKING_DETAIL.entries()) {
    const note = level === 0 ? '' : `\n> [!NOTE]\n> Shortened to fit GitHub's size limit: ${wherePlanIs}\n`;
    const text = render(detail) + note;
    if (text.length <= budget) return text;
  }
  const cutNote = `\n\n> [!NOTE]\n> Cut at GitHub's size limit: ${wherePlanIs}\n`;
  const text = render(SHRINKING_DETAIL[SHRINKING_DETAIL.length - 1] as Detail);
  return text.slice(0, Math.max(0, budget - cutNote.length)) + cutNote;
}

/** What each import job did, for the step summary and the comment after apply. */
export interface ValidationResult {
  file: string;
  table: string;
  /** The schema file the cells were checked against; undefined: none, every column checked as text. */
  schemaFile?: string;
  rows: number;
  invalid: number;
  problems: readonly Problem[];
}

/** What `validate` found: a line per file, then each file's problems. */
export function renderValidationReport(results: readonly ValidationResult[], detail: Detail = FULL_DETAIL): string {
  const invalid = results.reduce((sum, r) => sum + r.invalid, 0);
  const lines = [
    '## Data tables validation',
    '',
    invalid > 0
      ? `**${plural(invalid, 'invalid row')}**: fix ${invalid === 1 ? 'it' : 'them'} before planning.`
      : results.length === 1
        ? '**The file is valid.**'
        : `**All ${results.length} files are valid.**`,
    '',
    '| file | checked against | rows | invalid |',
    '|---|---|---:|---:|',
  ];
  for (const result of results) {
    const against = result.schemaFile ? codeOrText(result.schemaFile) : 'its header (no schema file: text only)';
    lines.push(`| ${codeOrText(result.file)} | ${against} | ${result.rows} | ${result.invalid} |`);
  }
  for (const result of results.filter((r) => r.problems.length > 0)) {
    lines.push('', `### ${codeOrText(result.file)}`, '', ...problemList(result.problems, detail));
  }
  return `${lines.join('\n')}\n`;
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

/**
 * A URL fit to be a link's target, or undefined: http(s) only, and every character that could end the target or
 * open markup percent-encoded, so a vendor's (or a file's) text cannot close the link and go on as markdown.
 */
export function linkTarget(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(
    /[()<>"'`\s[\]|\\*_~]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A repository path as a URL path: each segment percent-encoded on its own, the slashes kept. */
export function pathForUrl(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

export function describeImportError(error: { message: string; code?: string; contextId?: string }): string {
  const extra = [error.code && `code ${error.code}`, error.contextId && `contextId ${error.contextId}`].filter(Boolean);
  return extra.length > 0 ? `${error.message} (${extra.join(', ')})` : error.message;
}

/** The hidden lines that make a comment findable again and carry the reviewed plan's hash. */
const MARKER_PREFIX = '<!-- datatable-sync:';
const PLAN_PREFIX = '<!-- datatable-sync-plan:';

export function commentMarker(configId: string): string {
  return `${MARKER_PREFIX}${configId} -->`;
}

/** What every configuration's comment line starts with: to find the comments of all of them. */
export const ANY_COMMENT_MARKER = MARKER_PREFIX;

/** The configuration a comment of ours belongs to (its first line's marker), if it has one. */
export function commentConfigId(body: string): string | undefined {
  return /^<!-- datatable-sync:([^\n]*?) -->/.exec(body)?.[1];
}

export interface PlanMarker {
  hash: string;
  /** The commit the plan was made at. */
  sha: string;
  /** Each table's hash and counts, to say what differs (see review.ts). */
  tables?: { table: string; hash: string; added: number; updated: number; deleted: number }[];
  /** sha256 of every character of the comment after the plan line: the text the reviewer reads (see review.ts). */
  body?: string;
  /** Set by the apply when it adds its results: the commit it applied at (the comment is then no new plan). */
  applied?: string;
  /** The pull request label this configuration's plan calls for (labels: the worst of every configuration wins). */
  label?: string;
  /** The line's HMAC under `plan-signing-key`, when one is set (see review.ts). */
  sig?: string;
  /**
   * Configured tables the plan did not read (a pull request plans what it changes): the apply accepts such a table
   * only when it would not change it (see review.ts).
   */
  notRead?: number;
}

export function readPlanMarker(body: string): PlanMarker | undefined {
  const start = body.indexOf(PLAN_PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(' -->', start);
  try {
    const marker = JSON.parse(body.slice(start + PLAN_PREFIX.length, end)) as Partial<PlanMarker>;
    if (typeof marker.hash !== 'string' || typeof marker.sha !== 'string') return undefined;
    return {
      hash: marker.hash,
      sha: marker.sha,
      ...(Array.isArray(marker.tables) ? { tables: marker.tables } : {}),
      ...(typeof marker.body === 'string' ? { body: marker.body } : {}),
      ...(typeof marker.applied === 'string' ? { applied: marker.applied } : {}),
      ...(typeof marker.label === 'string' ? { label: marker.label } : {}),
      ...(typeof marker.sig === 'string' ? { sig: marker.sig } : {}),
      ...(typeof marker.notRead === 'number' && marker.notRead > 0 ? { notRead: marker.notRead } : {}),
    };
  } catch {
    return undefined;
  }
}

export interface CommentInput extends PlanReportInput {
  configId: string;
  planMarker: PlanMarker;
  /** The import results, once applied. */
  outcomes?: readonly ImportOutcome[];
  /** Where the full plan is, for the note when the comment had to be shortened. */
  wherePlanIs: string;
}

/** The sticky pull request comment: markers, then the apply results (if any), then the plan, within GitHub's limit. */
export function renderComment(
  input: CommentInput,
  /** Signs the finished plan line (plan-signing-key; see review.ts); by default it stays unsigned. */
  seal: (marker: PlanMarker) => PlanMarker = (marker) => marker,
): string {
  const top = (marker: PlanMarker) =>
    // Table names come from the vendor: `--` would end the HTML comment early, so JSON-escape it away.
    [commentMarker(input.configId), `${PLAN_PREFIX}${JSON.stringify(marker).replace(/--/g, '-\\u002d')} -->`, ''].join(
      '\n',
    );
  // The digest and the signature have fixed lengths: the plan line's size is known before the text it covers.
  const lineSize = top(seal({ ...input.planMarker, body: '0'.repeat(64) })).length;
  const applied = input.outcomes ? `${renderApplyReport(input.outcomes, input.environment)}\n` : '';
  const budget = COMMENT_LIMIT - lineSize - applied.length;
  const text = applied + fitToBudget((detail) => renderPlanReport(input, detail), budget, input.wherePlanIs);
  return top(seal({ ...input.planMarker, body: commentDigest(text) })) + text;
}

/**
 * The digest the plan line carries of the text below it. Line endings, trailing white space and Unicode composition
 * are made one form first: a store that rewrites any of them changes nothing a reader sees, and must not refuse the
 * apply (an edit that does is caught by GitHub's edit record).
 */
export function commentDigest(text: string): string {
  const canonical = text.replace(/\r\n?/g, '\n').replace(/\s+$/, '').normalize('NFC');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * A plan comment as the action writes it: our marker line, the plan line, then the text the reviewer reads (`text`,
 * every character after the plan line's end). Undefined when the comment does not have that shape.
 */
export function splitComment(stored: string, configId: string): { marker: PlanMarker; text: string } | undefined {
  const body = stored.replace(/\r\n?/g, '\n');
  const first = `${commentMarker(configId)}\n${PLAN_PREFIX}`;
  if (!body.startsWith(first)) return undefined;
  const end = body.indexOf(' -->\n', first.length);
  if (end < 0 || body.slice(first.length, end).includes('\n')) return undefined;
  const marker = readPlanMarker(body.slice(commentMarker(configId).length + 1, end + 4));
  return marker ? { marker, text: body.slice(end + 5) } : undefined;
}
