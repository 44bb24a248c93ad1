import type { RowDiff } from './diff.ts';
import type { LiveRecords } from './live-records.ts';
import type { Problem } from './problems.ts';
import {
  type CellValue,
  columnIndex,
  type Field,
  type FileKeys,
  makeVisible,
  normalizeLiveValue,
  spreadsheetArtefact,
  type TableSchema,
} from './schema.ts';

/**
 * What a spreadsheet does to values. Each column's shape is learned from what the table holds (ISO dates, times,
 * digit strings, a leading `+`, decimals); a changed or added cell that leaves the shape for what a spreadsheet shows
 * (a locale's date, scientific notation, 15 significant digits, a dropped `+`, a decimal read as thousands (0.125 saved as 125), rounding) blocks
 * the table, as do a spreadsheet's error values and formula text in any column. A value that leaves the shape for
 * anything else is a warning. A column named in the table's `allow-shape-change` setting is left alone.
 */

/** The shape every value of a column has. */
export type Shape =
  | { kind: 'date' }
  | { kind: 'time'; seconds: boolean }
  | { kind: 'datetime' }
  | { kind: 'digits'; length?: number }
  | { kind: 'plus-digits' }
  | { kind: 'decimal'; decimals: number };

/** Why a value is a spreadsheet's rendering, not an edit. */
export type Cause =
  | 'locale-date'
  | 'locale-time'
  | 'locale-datetime'
  | 'scientific'
  | 'lost-digits'
  | 'dropped-plus'
  | 'thousands'
  | 'rounded'
  | 'decimal-comma'
  | 'error-value'
  | 'formula';

const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$/;
const DATETIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$/;
const DIGITS = /^[0-9]+$/;
const PLUS_DIGITS = /^\+[0-9]+$/;
const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

/** 12/25/2027, 25/12/2027, 25.12.2027, 11/25/27, 2027/12/25 as a spreadsheet's locale shows a date. */
const LOCALE_DATE = /^([0-9]{1,2}[./-][0-9]{1,2}[./-]([0-9]{2}|[0-9]{4})|[0-9]{4}[./][0-9]{1,2}[./][0-9]{1,2})\.?$/;
/** 8:00, 08:00:00 AM, 8:00 p.m. */
const LOCALE_TIME = /^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?( ?[AaPp]\.?[Mm]\.?)?$/;
/** 6/30/2027 23:59, 30.06.27 23:59, 06/30/27 11:59 PM, 2027/06/30 23:59: a date-time as a spreadsheet's locale shows it. */
const LOCALE_DATETIME =
  /^([0-9]{1,2}[./-][0-9]{1,2}[./-]([0-9]{2}|[0-9]{4})|[0-9]{4}[./][0-9]{1,2}[./][0-9]{1,2}),? [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?( ?[AaPp]\.?[Mm]\.?)?$/;
/** 4.00012E+15, 4.00012341234124E+019, 4,47911E+11 (a decimal comma): how Excel and Calc write a long number in a General cell. */
const SCIENTIFIC = /^-?[0-9]+([.,][0-9]+)?[Ee][+-]?[0-9]+$/;
const SHAPES: readonly Shape['kind'][] = ['date', 'time', 'datetime', 'digits', 'plus-digits', 'decimal'];

/** Whether a value has the shape (an empty value always has it: empty cells are not a shape). */
export function fitsShape(shape: Shape, value: string): boolean {
  if (value === '') return true;
  switch (shape.kind) {
    case 'date':
      return DATE.test(value);
    case 'time':
      return TIME.test(value) && value.length === (shape.seconds ? 8 : 5);
    case 'datetime':
      return DATETIME.test(value);
    case 'digits':
      return DIGITS.test(value) && (shape.length === undefined || value.length === shape.length);
    case 'plus-digits':
      return PLUS_DIGITS.test(value);
    case 'decimal':
      return DECIMAL.test(value);
  }
}

/** A digit string is only given a length from this many digits on (a column of 0-9 is not "one digit long"). */
const MIN_FIXED_LENGTH = 4;

/**
 * Learns a shape from a column's values: the one every non-empty value has, or undefined. Reading stops as soon as no
 * shape is left, so a column of free text costs one value.
 */
export function learnShape(values: Iterable<string>): Shape | undefined {
  const alive = new Set(SHAPES);
  let seconds: boolean | undefined;
  let length: number | undefined = -1;
  let decimals = 0;
  let seen = 0;
  for (const value of values) {
    if (value === '') continue;
    seen++;
    if (alive.has('date') && !DATE.test(value)) alive.delete('date');
    if (alive.has('time')) {
      const withSeconds = value.length === 8;
      if (!TIME.test(value) || (seconds !== undefined && seconds !== withSeconds)) alive.delete('time');
      else seconds = withSeconds;
    }
    if (alive.has('datetime') && !DATETIME.test(value)) alive.delete('datetime');
    if (alive.has('digits')) {
      if (!DIGITS.test(value)) alive.delete('digits');
      else if (length === -1) length = value.length;
      else if (length !== value.length) length = undefined;
    }
    if (alive.has('plus-digits') && !PLUS_DIGITS.test(value)) alive.delete('plus-digits');
    if (alive.has('decimal')) {
      if (!DECIMAL.test(value)) alive.delete('decimal');
      else decimals = Math.max(decimals, decimalsOf(value));
    }
    if (alive.size === 0) return undefined;
  }
  if (seen === 0) return undefined;
  if (alive.has('date')) return { kind: 'date' };
  if (alive.has('time')) return { kind: 'time', seconds: seconds === true };
  if (alive.has('datetime')) return { kind: 'datetime' };
  if (alive.has('plus-digits')) return { kind: 'plus-digits' };
  if (alive.has('digits')) {
    return length !== undefined && length >= MIN_FIXED_LENGTH && seen >= 2
      ? { kind: 'digits', length }
      : { kind: 'digits' };
  }
  // Integers alone are digits with a sign, not decimals: a decimal column has at least one point.
  if (alive.has('decimal') && decimals > 0) return { kind: 'decimal', decimals };
  return undefined;
}

function decimalsOf(value: string): number {
  const point = value.indexOf('.');
  return point < 0 ? 0 : value.length - point - 1;
}

/** Whether `after` is `before` with digits past the 15th (or fewer) significant one zeroed: a long number rounded. */
export function lostDigits(before: string, after: string): boolean {
  const plus = before.startsWith('+') && after.startsWith('+') ? 1 : 0;
  const old = before.slice(plus);
  const now = after.slice(plus);
  if (!DIGITS.test(old) || !DIGITS.test(now) || old.length !== now.length || old === now || old.length < 12) {
    return false;
  }
  const kept = now.replace(/0+$/, '').replace(/^0+/, '').length;
  if (kept === 0 || kept > 15 || now.length - now.replace(/0+$/, '').length === 0) return false;
  const zeros = now.length - now.replace(/0+$/, '').length;
  const unit = 10n ** BigInt(zeros);
  const difference = BigInt(old) - BigInt(now);
  return (difference < 0n ? -difference : difference) < unit;
}

/** The new value as a spreadsheet's rendering of the column's shape (or of the old value): the cause, or undefined. */
export function spreadsheetRendering(
  shape: Shape | undefined,
  after: string,
  before?: string,
  type: Field['type'] = 'string',
): Cause | undefined {
  if (after === '') return undefined;
  const artefact = type === 'string' ? spreadsheetArtefact(after) : undefined;
  if (artefact) return artefact;
  if (shape === undefined || after === before) return undefined;
  switch (shape.kind) {
    case 'date':
      if (LOCALE_DATE.test(after)) return 'locale-date';
      if (LOCALE_DATETIME.test(after)) return 'locale-datetime';
      return undefined;
    case 'time':
      if (!fitsShape(shape, after) && LOCALE_TIME.test(after)) return 'locale-time';
      return undefined;
    case 'datetime':
      if (LOCALE_DATETIME.test(after)) return 'locale-datetime';
      if (LOCALE_DATE.test(after)) return 'locale-date';
      return undefined;
    case 'digits':
    case 'plus-digits':
      if (SCIENTIFIC.test(after)) return 'scientific';
      if (before !== undefined && lostDigits(before, after)) return 'lost-digits';
      if (shape.kind === 'plus-digits') {
        if (before !== undefined ? before === `+${after}` : DIGITS.test(after)) return 'dropped-plus';
        if (before?.startsWith('+') && lostDigits(before.slice(1), after)) return 'dropped-plus';
      }
      return undefined;
    case 'decimal': {
      // Text a spreadsheet wrote as 1.2E-04 (a number field's own values are numbers, written without it here).
      if (type === 'string' && SCIENTIFIC.test(after)) return 'scientific';
      if (before === undefined) return /^-?[0-9]+,[0-9]+$/.test(after) ? 'decimal-comma' : undefined;
      if (after === before.replace('.', ',')) return 'decimal-comma';
      if (!DECIMAL.test(after) || !DECIMAL.test(before)) return undefined;
      const old = Number(before);
      const now = Number(after);
      const oldDecimals = decimalsOf(before);
      const newDecimals = decimalsOf(after);
      // A locale whose thousands separator is "." (German) reads 0.125 as 125.
      if (newDecimals === 0 && oldDecimals > 0 && oldDecimals <= 3 && Math.abs(now - old * 1000) < 1e-6) {
        return 'thousands';
      }
      // "Save as shown" with a 0.00 format: fewer decimals, the old value rounded to them (half up or half even).
      if (newDecimals >= 1 && oldDecimals > newDecimals && Math.abs(now - old) <= 0.5 * 10 ** -newDecimals + 1e-12) {
        return 'rounded';
      }
      // The same number written otherwise in a text column (0.250 saved as 0.25).
      if (type === 'string' && now === old) return 'rounded';
      return undefined;
    }
  }
}

/** What the column holds, in words, for messages. */
export function describeShape(shape: Shape): string {
  switch (shape.kind) {
    case 'date':
      return 'ISO dates (YYYY-MM-DD, like 2027-12-25)';
    case 'time':
      return shape.seconds ? '24-hour times with seconds (like 08:00:00)' : '24-hour times (HH:MM, like 08:00)';
    case 'datetime':
      return 'ISO date-times (like 2027-06-30T23:59:59Z)';
    case 'digits':
      return shape.length === undefined ? 'digit strings' : `digit strings of ${shape.length} digits`;
    case 'plus-digits':
      return 'numbers with a leading + (like +447911123456)';
    case 'decimal':
      return `decimals with a point (up to ${shape.decimals} decimal(s), like ${(0.125).toFixed(Math.min(shape.decimals, 3))})`;
  }
}

const AS_TEXT =
  'take the file from git again and open it through Data > From Text/CSV with this column set to Text (or format the column as Text before opening or typing), then save';

/** Each cause: what the spreadsheet did, and the fix in a spreadsheet user's words. */
const CAUSES: Record<Cause, { did: string; cell: string; fix: string }> = {
  'locale-date': {
    did: 'hold dates as a spreadsheet shows them in its locale',
    cell: "a date as a spreadsheet's locale shows it",
    fix: `${AS_TEXT}; write dates as YYYY-MM-DD`,
  },
  'locale-time': {
    did: 'hold times as a spreadsheet shows them in its locale',
    cell: "a time as a spreadsheet's locale shows it",
    fix: `${AS_TEXT}; write times as the table has them`,
  },
  'locale-datetime': {
    did: 'hold dates and times as a spreadsheet shows them in its locale',
    cell: "a date and time as a spreadsheet's locale shows them",
    fix: `${AS_TEXT}; write them as the table has them (like 2027-06-30T23:59:59Z)`,
  },
  scientific: {
    did: 'hold a long number in scientific notation (like 4.00012E+15), as a spreadsheet shows digits it read as a number; the digits are lost',
    cell: 'a long number in scientific notation, its digits lost',
    fix: AS_TEXT,
  },
  'lost-digits': {
    did: 'hold a long number whose last digits became 0 (Excel keeps 15 significant digits of a number)',
    cell: 'the old number cut to 15 significant digits (or fewer)',
    fix: AS_TEXT,
  },
  'dropped-plus': {
    did: 'lost the leading + every value of the column has (a spreadsheet read +447911123456 as a number)',
    cell: 'the number without its leading +',
    fix: AS_TEXT,
  },
  thousands: {
    did: 'hold decimals multiplied by 1000 (a spreadsheet whose locale writes "." between thousands, German for one, read 0.125 as 125)',
    cell: 'the old decimal times 1000 (its "." read as a thousands separator)',
    fix: 'take the file from git again and open it through Data > From Text/CSV with English (USA) as the language, or with this column set to Text, then save',
  },
  rounded: {
    did: "hold numbers rounded to a spreadsheet's number format (saved as shown, like 0.13 for 0.125)",
    cell: "the old number rounded to the column's number format",
    fix: 'take the file from git again and save it with "Save cell content as shown" turned off, or format the column as Text before opening',
  },
  'decimal-comma': {
    did: 'hold decimals written with a comma, as a spreadsheet whose locale uses a decimal comma saves them',
    cell: 'a decimal written with a comma',
    fix: 'take the file from git again and open it through Data > From Text/CSV with English (USA) as the language, or with this column set to Text, then save',
  },
  'error-value': {
    did: "hold a spreadsheet's error value (#NAME?, #VALUE!, #REF!, #N/A, #DIV/0!), shown where a formula failed: Excel reads text typed with a leading =, +, - or @ (like -- closed all day --) as a formula",
    cell: "a spreadsheet's error value, shown where a formula failed",
    fix: "type the text again with a ' (apostrophe) before it, or format the column as Text first, and save",
  },
  formula: {
    did: 'hold the text of a spreadsheet formula (like =D2&" (closed)"), not its result',
    cell: 'the text of a spreadsheet formula, not its result',
    fix: 'type the value itself, or copy the column and paste it as values only, then save',
  },
};

/** The setting that allows a column to change its shape, as written in the config file. */
export const SHAPE_SETTING = 'allow-shape-change';

export interface ShapeInput {
  diff: RowDiff;
  schema: TableSchema;
  /** What the table holds: the live rows, or the version last applied. */
  records: LiveRecords;
  keys: FileKeys;
  file: string;
  /** The file's header as written: a cell's column number. */
  header: readonly string[];
  /** Columns (titles or names) allowed to change shape. */
  allowed?: readonly string[];
  /** The file's invalid rows (as many as the plan keeps), their cells as written. */
  rejected?: readonly { line: number; cells: readonly string[] }[];
}

export interface ShapeFindings {
  problems: Problem[];
  refusals: string[];
}

/** Cells named in one refusal before "and N more". */
const SHOWN = 5;

interface Found {
  line: number;
  value: string;
}

/** Learns each column's shape from the live values, then holds the changed and added cells to it. */
export function findShapeChanges(input: ShapeInput): ShapeFindings {
  const { diff, schema, records, keys, file, header } = input;
  const findings: ShapeFindings = { problems: [], refusals: [] };
  const allowed = new Set(input.allowed ?? []);
  for (const name of allowed) {
    if (schema.fields.some((field) => field.title === name || field.name === name)) continue;
    findings.problems.push({
      severity: 'warning',
      kind: 'spreadsheet-value',
      file,
      line: 1,
      message: `the config file's ${SHAPE_SETTING} names "${makeVisible(name)}", but the table has no such column (its columns: ${schema.fields.map((field) => field.title).join(', ')})`,
    });
  }
  const checked = schema.fields.filter((field) => !allowed.has(field.title) && !allowed.has(field.name));
  // Only columns the plan writes to are learned: every column when rows are added, else the changed ones.
  const written = new Set<string>();
  if (diff.added.length === 0) for (const { changes } of diff.updated) for (const c of changes) written.add(c.field);
  const rejected = input.rejected ?? [];
  const everyColumn = diff.added.length > 0 || rejected.length > 0;
  const fields = checked.filter((field) => everyColumn || written.has(field.name));
  if (fields.length === 0 || (!everyColumn && diff.updated.length === 0)) return findings;
  const shapes = new Map<string, Shape | undefined>();
  for (const field of fields) shapes.set(field.name, learnShape(liveTexts(records, field)));

  const match = columnIndex(schema);
  const position = new Map<string, number>();
  header.forEach((name, index) => {
    const field = match(name);
    if (field && !position.has(field.name)) position.set(field.name, index + 1);
  });
  const lineOf = (key: string) => keys.firstLine(key) ?? 1;
  const blocked = new Map<string, { field: Field; cause: Cause; cells: Found[] }>();
  const offShape = new Map<string, { field: Field; shape: Shape; cells: Found[] }>();
  const check = (field: Field, key: string | number, after: CellValue, before?: CellValue) => {
    const shape = shapes.get(field.name);
    const now = String(after);
    const old = before === undefined ? undefined : String(before);
    const cause = spreadsheetRendering(shape, now, old, field.type);
    if (cause) {
      const id = `${field.name}\u0000${cause}`;
      const entry = blocked.get(id) ?? { field, cause, cells: [] };
      blocked.set(id, entry);
      entry.cells.push({ line: typeof key === 'number' ? key : lineOf(key), value: now });
      return;
    }
    // Leading zeros lost are named by the spreadsheet marks; anything else off the shape is a warning.
    if (field.type !== 'string') return;
    if (shape && !fitsShape(shape, now) && !(old !== undefined && old.replace(/^0+(?=[0-9])/, '') === now)) {
      const entry = offShape.get(field.name) ?? { field, shape, cells: [] };
      offShape.set(field.name, entry);
      entry.cells.push({ line: typeof key === 'number' ? key : lineOf(key), value: now });
    }
  };
  for (const { key, changes } of diff.updated) {
    for (const change of changes) {
      if (shapes.has(change.field)) check(fieldNamed(fields, change.field), key, change.new, change.old);
    }
  }
  const keyName = schema.fields.find((field) => field.isKey)?.name;
  const lostDigitKeys = new Map<string, string>();
  if (keyName !== undefined && shapes.has(keyName) && diff.added.length > 0) {
    for (const { key } of diff.deleted) {
      if (DIGITS.test(key.replace(/^\+/, '')) && key.length > 15) lostDigitKeys.set(zeroPast15(key), key);
    }
  }
  // With no shape to hold added rows to, only error values and formula text are looked for: a packed row is searched
  // as text first, and unpacked only when it may hold one (a first import of a million rows costs no unpacking).
  const anyShape = fields.some((field) => shapes.get(field.name) !== undefined);
  for (const added of diff.added) {
    if (!anyShape && 'packed' in added && !ARTEFACT_MARK.test(added.packed)) continue;
    const row = added.row;
    for (const field of fields) {
      const value = row[field.name];
      if (value === undefined) continue;
      if (field.name === keyName && lostDigitKeys.has(String(value))) {
        check(field, added.key, value, lostDigitKeys.get(String(value)));
      } else check(field, added.key, value);
    }
  }
  // Invalid rows are not planned, but their text cells are held to the shapes too, so that one round of fixes is enough
  // (a German file's decimal commas make every row invalid; its dates are named as well).
  const fieldAt = header.map((name) => {
    const field = match(name);
    return field && field.type === 'string' && fields.includes(field) ? field : undefined;
  });
  for (const row of rejected) {
    for (const [index, field] of fieldAt.entries()) {
      const value = row.cells[index];
      if (field !== undefined && value !== undefined && value !== '') check(field, row.line, value);
    }
  }

  // One number rounded may be an edit (0.075 to 0.08): a rounding blocks only when it is the column's pattern, every
  // changed cell of the column rounded (two at least); else it is taken as the edit it may be.
  const changedIn = new Map<string, number>();
  for (const { changes } of diff.updated) {
    for (const c of changes) changedIn.set(c.field, (changedIn.get(c.field) ?? 0) + 1);
  }
  for (const [id, entry] of blocked) {
    if (entry.cause !== 'rounded') continue;
    if (entry.cells.length < 2 || entry.cells.length !== changedIn.get(entry.field.name)) blocked.delete(id);
  }
  for (const { field, cause, cells } of blocked.values()) {
    cells.sort((a, b) => a.line - b.line);
    const shape = shapes.get(field.name);
    const where = cells
      .slice(0, SHOWN)
      .map((cell) => `${file}:${cell.line}:${position.get(field.name) ?? 1} "${makeVisible(cell.value)}"`)
      .join(', ');
    const more = cells.length > SHOWN ? `, and ${cells.length - SHOWN} more` : '';
    const holds = shape ? `, where the table holds ${describeShape(shape)}` : '';
    const { did, fix } = CAUSES[cause];
    const allow = `If the column is meant to change this way, name it in this table's entry of the config file: ${SHAPE_SETTING}: [${field.title}]`;
    findings.refusals.push(
      `column "${field.title}": ${cells.length} new or changed cell(s) ${did}${holds}: ${where}${more}. To fix: ${fix}. ${allow}`,
    );
    for (const cell of cells) {
      findings.problems.push({
        severity: 'error',
        kind: 'spreadsheet-value',
        file,
        line: cell.line,
        column: field.title,
        value: cell.value,
        message: `${CAUSES[cause].cell}${holds}: ${fix}`,
      });
    }
  }
  for (const { field, shape, cells } of offShape.values()) {
    cells.sort((a, b) => a.line - b.line);
    for (const cell of cells) {
      findings.problems.push({
        severity: 'warning',
        kind: 'spreadsheet-value',
        file,
        line: cell.line,
        column: field.title,
        value: cell.value,
        message: `the table holds ${describeShape(shape)} in this column, and this value is not one: write it as the others are, unless it is meant (then name the column in the config file's ${SHAPE_SETTING} to stop this warning)`,
      });
    }
  }
  return findings;
}

/** What a packed row (JSON) holds when a value in it starts as an error value or a formula does. */
const ARTEFACT_MARK = /"(#|=|Err:)/;

function fieldNamed(fields: readonly Field[], name: string): Field {
  return fields.find((field) => field.name === name) as Field;
}

/** A digit string with every digit past the 15th significant one set to 0, as Excel stores it. */
function zeroPast15(text: string): string {
  const plus = text.startsWith('+') ? '+' : '';
  const digits = text.slice(plus.length);
  const lead = digits.length - digits.replace(/^0+/, '').length;
  const end = lead + 15;
  return plus + digits.slice(0, end) + '0'.repeat(Math.max(0, digits.length - end));
}

/** A column's live values as text, one at a time (read lazily, so learning stops early). */
function* liveTexts(records: LiveRecords, field: Field): Generator<string> {
  for (let index = 0; index < records.length; index++) {
    const value = normalizeLiveValue(field, records.value(index, field.name));
    yield typeof value === 'string' ? value : String(value);
  }
}
