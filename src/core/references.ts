import type { RowDiff } from './diff.ts';
import type { Problem } from './problems.ts';
import type { Row, TableSchema } from './schema.ts';

/** The kinds of object a column may be declared to point at (`"references": "queue"` in the schema file). */
export const REFERENCE_KINDS = ['queue', 'user', 'schedule-group', 'skill', 'wrap-up-code', 'flow'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** Each kind in a reviewer's words. */
export const REFERENCE_WORDS: Readonly<Record<ReferenceKind, string>> = {
  queue: 'queue',
  user: 'user',
  'schedule-group': 'schedule group',
  skill: 'skill',
  'wrap-up-code': 'wrap-up code',
  flow: 'flow',
};

/** A table's reference columns: field name -> the kind of object its cells name by id. */
export type ReferenceColumns = Readonly<Record<string, ReferenceKind>>;

/** Ids sent in one lookup request, at most. */
export const IDS_PER_LOOKUP = 100;

/** One cell of a reference column, where the file has it. */
export interface ReferenceCell {
  kind: ReferenceKind;
  id: string;
  field: string;
  key: string;
  line: number;
}

/**
 * The reference cells of a file, recorded row by row as it is planned (only declared columns, empty cells left out):
 * which of them to check is decided once the diff says which rows change.
 */
export class ReferenceCells {
  readonly columns: ReferenceColumns;
  private readonly cells: ReferenceCell[] = [];

  constructor(columns: ReferenceColumns) {
    this.columns = columns;
  }

  row(key: string, row: Row, line: number): void {
    for (const [field, kind] of Object.entries(this.columns)) {
      const id = row[field];
      if (typeof id === 'string' && id !== '') this.cells.push({ kind, id, field, key, line });
    }
  }

  /** The cells of rows the plan adds or changes; with `everyRow` (a drift check), every row's. */
  toCheck(diff: RowDiff, everyRow: boolean): ReferenceCell[] {
    if (everyRow) return [...this.cells];
    const changing = new Set<string>();
    for (const { key } of diff.added) changing.add(key);
    for (const { key } of diff.updated) changing.add(key);
    return this.cells.filter((cell) => changing.has(cell.key));
  }
}

/** The ids changed cells of reference columns held before: looked up for their names only (old -> new). */
export function previousIds(diff: RowDiff, columns: ReferenceColumns): { kind: ReferenceKind; id: string }[] {
  const ids: { kind: ReferenceKind; id: string }[] = [];
  for (const { changes } of diff.updated) {
    for (const change of changes) {
      const kind = columns[change.field];
      if (kind && typeof change.old === 'string' && change.old !== '') ids.push({ kind, id: change.old });
    }
  }
  return ids;
}

/** The distinct ids of each kind, in the order first met. */
export function idsByKind(cells: readonly { kind: ReferenceKind; id: string }[]): Map<ReferenceKind, string[]> {
  const byKind = new Map<ReferenceKind, Set<string>>();
  for (const cell of cells) {
    const ids = byKind.get(cell.kind) ?? new Set<string>();
    byKind.set(cell.kind, ids);
    ids.add(cell.id);
  }
  return new Map([...byKind].map(([kind, ids]) => [kind, [...ids]]));
}

/** Ids cut into lookup requests of at most `size`. */
export function batches(ids: readonly string[], size = IDS_PER_LOOKUP): string[][] {
  const out: string[][] = [];
  for (let start = 0; start < ids.length; start += size) out.push(ids.slice(start, start + size));
  return out;
}

/** What the org answered: for each kind looked up, the name of every id it has. Kinds absent were not checked. */
export type FoundObjects = ReadonlyMap<ReferenceKind, ReadonlyMap<string, string>>;

/** The reference check's result on a plan: names to show beside ids, and the ids that point at nothing. */
export interface PlanReferences {
  columns: ReferenceColumns;
  /** The name of each object found, by `kind:id`. */
  names: Record<string, string>;
  /** Cells whose id no object of their kind has, in file order. */
  missing: (ReferenceCell & { unchangedRow: boolean })[];
  /** The org the ids were looked up in, in words ("the Genesys org at api.mypurecloud.ie"). */
  org: string;
}

export function nameKey(kind: ReferenceKind, id: string): string {
  return `${kind}:${id}`;
}

/**
 * Holds a plan's reference cells against what the org has. An id of a row the plan adds or changes that resolves to
 * nothing blocks the table (a problem on its line, and a refusal naming the row, column and org). On a drift check,
 * one under a row the plan leaves alone is drift: the object was deleted (or the id never existed) since the row was
 * applied; it is named on its line, and the apply, which checks only the rows it writes, is not refused for it.
 */
export function holdReferences(
  plan: {
    file: string;
    schema: TableSchema;
    diff: RowDiff;
    problems: Problem[];
    refusals: string[];
    references?: PlanReferences;
  },
  cells: readonly ReferenceCell[],
  found: FoundObjects,
  org: string,
  columns: ReferenceColumns,
  /** The form the vendor's ids have, to say plainly that a name (or anything else) is not an id. */
  idForm?: { pattern: RegExp; example: string },
): void {
  const changing = new Set<string>([...plan.diff.added, ...plan.diff.updated].map(({ key }) => key));
  const names: Record<string, string> = {};
  const missing: PlanReferences['missing'] = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    const objects = found.get(cell.kind);
    if (!objects) continue; // not checked (the role may not look this kind up): said once, as a notice
    const name = objects.get(cell.id);
    if (name !== undefined) names[nameKey(cell.kind, cell.id)] = name;
    else {
      const where = `${cell.line}\u0000${cell.field}`;
      if (seen.has(where)) continue;
      seen.add(where);
      missing.push({ ...cell, unchangedRow: !changing.has(cell.key) });
    }
  }
  for (const { kind, id } of previousIds(plan.diff, columns)) {
    const name = found.get(kind)?.get(id);
    if (name !== undefined) names[nameKey(kind, id)] = name;
  }
  missing.sort((a, b) => a.line - b.line);
  const title = (field: string) => plan.schema.fields.find((f) => f.name === field)?.title ?? field;
  for (const cell of missing) {
    const word = REFERENCE_WORDS[cell.kind];
    plan.problems.push({
      severity: 'error',
      kind: 'missing-reference',
      file: plan.file,
      line: cell.line,
      column: title(cell.field),
      value: cell.id,
      message:
        idForm && !idForm.pattern.test(cell.id)
          ? `this is not a ${word} id (ids look like ${idForm.example}; a name is not one): put the ${word}'s id here, and the plan shows its name beside it`
          : cell.unchangedRow
            ? `no ${word} has this id in ${org} (drift: this row is unchanged, so the ${word} was deleted after it was applied, or the id never existed there); the flows that read this row fail. Point it at an existing ${word}`
            : `no ${word} has this id in ${org}: a typo, a ${word} deleted since, or an id from another org. Point it at an existing ${word}`,
    });
  }
  const blocking = missing.filter((cell) => !cell.unchangedRow);
  if (blocking.length > 0) {
    const shown = blocking
      .slice(0, 5)
      .map((cell) => `${plan.file}:${cell.line} column "${title(cell.field)}" ${cell.id}`)
      .join('; ');
    const words = [...new Set(blocking.map((cell) => REFERENCE_WORDS[cell.kind]))].join(' or ');
    plan.refusals.push(
      `${blocking.length === 1 ? '1 id points' : `${blocking.length} ids point`} at no ${words} in ${org}: ${shown}${blocking.length > 5 ? '; ...' : ''}`,
    );
  }
  plan.problems.sort((a, b) => a.line - b.line);
  plan.references = { columns, names, missing, org };
}

/** Whether a drift check found ids under the table's rows that point at nothing (drift, like a changed cell). */
export function pointsAtNothing(plan: { references?: PlanReferences }): boolean {
  return (plan.references?.missing.length ?? 0) > 0;
}

/** "1e0f9a8b… (Support EN)": an id shortened, with the name of what it points at, when the check found it. */
export function describeReference(
  references: PlanReferences | undefined,
  field: string,
  value: unknown,
): { short: string; name: string } | undefined {
  const kind = references?.columns[field];
  if (!kind || typeof value !== 'string') return undefined;
  const name = references?.names[nameKey(kind, value)];
  if (name === undefined) return undefined;
  return { short: value.length > 9 ? `${value.slice(0, 8)}…` : value, name };
}
