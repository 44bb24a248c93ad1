/**
 * The comment protocol: everything the action writes into GitHub and later reads back to trust, in one file. Our
 * comment's marker line and its plan line (each table's hash and counts, the digest of the text below, the signature
 * under plan-signing-key), the check that a plan comment is exactly what the action wrote, the note an apply adds to a
 * plan it made stale, the label each configuration's plan line records, and the drift issue's markers. Pure: GitHub is
 * read and written by the callers (src/review/comment.ts, review-queue.ts, drift-issue.ts).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../core/canonical-json.ts';
import type { DriftRecord } from '../core/drift-rotation.ts';
import { combinedPlanHash, planCounts, type TablePlan } from '../core/plan.ts';
import { PLAN_LABELS, type PlanLabel } from '../core/plan-label.ts';
import type { ReviewedTable } from '../core/queued-review.ts';
import { type ImportOutcome, renderApplyReport } from '../core/report/apply.ts';
import { COMMENT_LIMIT, codeOrText, escapeMarkdown, fitToBudget } from '../core/report/markdown.ts';
import { type PlanReportInput, renderPlanReport } from '../core/report/plan.ts';
import type { CommentRecord } from '../runner.ts';

// The comment: our marker line, then the plan line, then the text the reviewer reads.

/** The hidden lines that make a comment findable again and carry the reviewed plan's hash. */
const MARKER_PREFIX = '<!-- datatable-sync:';
const PLAN_PREFIX = '<!-- datatable-sync-plan:';

/** The first line of this configuration's comments: how they are found again. */
export function commentMarker(configId: string): string {
  return `${MARKER_PREFIX}${configId} -->`;
}

/** What every configuration's comment line starts with: to find the comments of all of them. */
export const ANY_COMMENT_MARKER = MARKER_PREFIX;

/** The configuration a comment of ours belongs to (its first line's marker), if it has one. */
export function commentConfigId(body: string): string | undefined {
  return /^<!-- datatable-sync:([^\n]*?) -->/.exec(body)?.[1];
}

/** The plan line: what the plan was, where it was made, and what seals it. */
export interface PlanMarker {
  hash: string;
  /** The commit the plan was made at. */
  sha: string;
  /** Each table's hash and counts, to say what differs (src/review/decision.ts). */
  tables?: ReviewedTable[];
  /** sha256 of every character of the comment after the plan line: the text the reviewer reads (checkPlanComment). */
  body?: string;
  /** Set by the apply when it adds its results: the commit it applied at (the comment is then no new plan). */
  applied?: string;
  /** The pull request label this configuration's plan calls for (labels: the worst of every configuration wins). */
  label?: string;
  /** The line's HMAC under `plan-signing-key`, when one is set (sealWith). */
  sig?: string;
  /**
   * Configured tables the plan did not read (a pull request plans what it changes): the apply accepts such a table
   * only when it would not change it (src/review/decision.ts).
   */
  notRead?: number;
}

/** The plan line in a comment, its known fields only; undefined when there is none or it does not parse. */
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
  /** Signs the finished plan line (plan-signing-key: sealWith); by default it stays unsigned. */
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

/** The plan line of these plans made at `sha`; renderComment adds the digest of the text, `sealWith` the signature. */
export function planMarkerFor(plans: readonly TablePlan[], sha: string): PlanMarker {
  return {
    hash: combinedPlanHash(plans),
    sha,
    tables: plans.map((plan) => {
      const { added, updated, deleted } = planCounts(plan);
      return { table: plan.table.name, hash: plan.hash, added, updated, deleted };
    }),
  };
}

// The signature: only a workflow holding plan-signing-key can write a plan line the apply trusts.

/** Signs a finished plan line (digest of the text included) with `plan-signing-key`; without a key, leaves it. */
export function sealWith(key: string): (marker: PlanMarker) => PlanMarker {
  return (marker) => (key ? { ...marker, sig: markerSignature(marker, key) } : marker);
}

/**
 * The plan line's HMAC (sha256) under a key only this configuration's workflows hold: every workflow that runs with
 * the workflow token posts as the same identity, so without it any of them could write a plan line the apply trusts.
 */
function markerSignature(marker: PlanMarker, key: string): string {
  const { sig: _sig, ...signed } = marker;
  return createHmac('sha256', key).update(canonicalJson(signed)).digest('hex');
}

/** Whether a plan line carries this key's signature (always true without a key: nothing to check). */
export function markerSigned(marker: PlanMarker, key: string): boolean {
  if (!key) return true;
  if (typeof marker.sig !== 'string' || !/^[0-9a-f]{64}$/.test(marker.sig)) return false;
  return timingSafeEqual(Buffer.from(marker.sig, 'hex'), Buffer.from(markerSignature(marker, key), 'hex'));
}

// The trust check: whether a plan comment read back from GitHub is exactly what the action wrote, in time.

export type { CommentRecord, CommentWrite } from '../runner.ts';

export type CommentCheck = { trusted: true; marker: PlanMarker } | { trusted: false; why: string };

/**
 * Whether a plan comment is exactly what the action wrote, and written in time: no edit by anyone but this token's
 * identity since the action last wrote it (GitHub's record), the action's shape (marker line, plan line, text), the
 * plan line signed when a key is set, the text below it the one its digest names, and, unless the apply itself added
 * its results, written before the merge.
 */
export function checkPlanComment(
  record: CommentRecord,
  configId: string,
  key: string,
  mergedAt: string | undefined,
): CommentCheck {
  const writes = [...(record.lastEdit ? [record.lastEdit] : []), ...record.edits];
  // A time that does not parse is NaN: every comparison with it below fails closed.
  const time = (at: string) => Date.parse(at);
  const lastOurs = Math.max(time(record.createdAt), ...writes.filter((w) => w.ours).map((w) => time(w.at)));
  const foreign = writes
    .filter((w) => !w.ours && !(time(w.at) < lastOurs))
    .filter((w, i, all) => all.findIndex((o) => o.at === w.at && o.login === w.login) === i)
    .sort((a, b) => (time(b.at) || 0) - (time(a.at) || 0));
  if (foreign.length > 0) {
    const who = foreign
      .slice(0, 3)
      .map((w) => `${w.login ?? 'an account GitHub no longer names'} at ${w.at}`)
      .join(', ');
    return {
      trusted: false,
      why: `it was edited after the action wrote it (GitHub's record: edited by ${who}${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ''}), so what the reviewer read may not be the plan`,
    };
  }
  const parts = splitComment(record.body, configId);
  if (!parts)
    return { trusted: false, why: 'it does not have the shape the action writes (marker line, plan line, text)' };
  const { marker, text } = parts;
  if (!markerSigned(marker, key)) {
    return {
      trusted: false,
      why: 'its plan line is not signed with plan-signing-key (written by another workflow with the same token identity, or before the key was set)',
    };
  }
  if (marker.body === undefined) {
    return {
      trusted: false,
      why: 'its plan line carries no digest of its text (written by an earlier version of datatable-sync): re-run the plan before merging',
    };
  }
  if (marker.body !== commentDigest(text)) {
    const why = hasOutdatedNote(text)
      ? 'the apply of another pull request marked it outdated: the tables it planned have changed since'
      : 'its text is not the text the action wrote under that plan line (changed by a workflow with the same token identity: GitHub records no other editor)';
    return { trusted: false, why };
  }
  const writtenAt = record.lastEdit?.at ?? record.createdAt;
  if (mergedAt !== undefined && marker.applied === undefined && !(time(writtenAt) <= time(mergedAt))) {
    return {
      trusted: false,
      why: `it was written at ${writtenAt}, after the merge at ${mergedAt}: a plan made after the merge is not the one reviewed`,
    };
  }
  return { trusted: true, marker };
}

// The note an apply adds at the top of another pull request's plan comment that it made stale.

const OUTDATED_START = '<!-- datatable-sync-outdated -->';
const OUTDATED_END = '<!-- /datatable-sync-outdated -->';

/** Whether a comment carries the note an apply of another pull request adds to a plan it made stale. */
export function hasOutdatedNote(body: string): boolean {
  return body.includes(OUTDATED_START);
}

/** The tables of a plan comment's marker that an apply just changed (none: the comment is left alone). */
export function staleTables(marker: PlanMarker | undefined, changed: ReadonlySet<string>): string[] {
  return [...new Set((marker?.tables ?? []).map((t) => t.table).filter((name) => changed.has(name)))];
}

/** The note at the top of a plan comment made stale: which tables changed, where and at which commit, and what to do. */
export function outdatedNote(tables: readonly string[], branch: string | undefined, sha: string): string {
  const names = tables.map((name) => `**${escapeMarkdown(name)}**`).join(', ');
  const where = branch ? ` on ${codeOrText(branch)}` : '';
  return [
    OUTDATED_START,
    '> [!WARNING]',
    `> **Outdated**: ${names} changed${where} at \`${sha.slice(0, 7)}\` after this plan was made; push or re-run the plan workflow to refresh it. Applying this plan as it is would be refused.`,
    OUTDATED_END,
  ].join('\n');
}

/**
 * The comment with the note at its top (after the hidden marker lines, which must stay first), replacing an earlier
 * note; the rest of the comment is left as it was. Undefined when the note would not fit GitHub's comment limit.
 */
export function withOutdatedNote(body: string, note: string, limit = COMMENT_LIMIT): string | undefined {
  let rest = body;
  const start = rest.indexOf(OUTDATED_START);
  const end = rest.indexOf(OUTDATED_END);
  if (start >= 0 && end > start)
    rest = `${rest.slice(0, start)}${rest.slice(end + OUTDATED_END.length).replace(/^\n+/, '')}`;
  // The marker lines are HTML comments at the very top: the note goes right after the last of them.
  const lines = rest.split('\n');
  let markers = 0;
  while (markers < lines.length && /^<!-- datatable-sync[-:].* -->$/.test(lines[markers] as string)) markers++;
  let first = markers;
  while (first < lines.length && lines[first] === '') first++;
  const updated = [...lines.slice(0, markers), note, '', ...lines.slice(first)].join('\n');
  return updated.length <= limit ? updated : undefined;
}

// The label: each configuration's plan line records its own; the pull request carries the worst.

/**
 * One label for the whole pull request: the worst of this run's and of what the other configurations' (and
 * environments') plan comments of ours recorded, so a run changes only its own part. A comment without a label
 * (written by an apply, or an earlier version) counts for nothing.
 */
export function pullRequestLabel(own: PlanLabel, ownConfigId: string, ourComments: readonly string[]): PlanLabel {
  let worst = PLAN_LABELS.indexOf(own);
  for (const body of ourComments) {
    if (commentConfigId(body) === ownConfigId) continue;
    const index = PLAN_LABELS.findIndex((label) => label.name === readPlanMarker(body)?.label);
    worst = Math.max(worst, index);
  }
  return PLAN_LABELS[worst] ?? own;
}

// The drift issue: found again by its marker; the record of checks (drift-tables-per-run) kept in its body.

/** The line that finds this configuration's drift issue again (an issue of this token's own identity). */
export function driftMarker(configId: string): string {
  return `<!-- datatable-sync-drift:${configId} -->`;
}

const DRIFT_RECORD_PREFIX = '<!-- datatable-sync-drift-checked:';

/** The record as a hidden line of the drift issue (table names JSON-escaped so `--` cannot end the comment). */
export function driftRecordLine(record: DriftRecord): string {
  return `${DRIFT_RECORD_PREFIX}${JSON.stringify(record).replace(/--/g, '-\\u002d')} -->`;
}

/** The record in an issue body; empty when there is none or it does not parse (every table then counts as never checked). */
export function readDriftRecord(body: string): DriftRecord {
  const start = body.indexOf(DRIFT_RECORD_PREFIX);
  if (start < 0) return {};
  const end = body.indexOf(' -->', start);
  try {
    const parsed = JSON.parse(body.slice(start + DRIFT_RECORD_PREFIX.length, end)) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const record: DriftRecord = {};
    for (const [table, entry] of Object.entries(parsed as Record<string, unknown>)) {
      const { at, drifted } = (entry ?? {}) as { at?: unknown; drifted?: unknown };
      if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) record[table] = { at, drifted: drifted === true };
    }
    return record;
  } catch {
    return {};
  }
}
