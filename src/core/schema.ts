import { MAX_COLUMNS, normalizeLineBreaks } from './csv.ts';
import { DataFileError, type Problem } from './problems.ts';
import { asciiPunctuation, howKeysDiffer } from './typography.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';
export type CellValue = string | number | boolean;
/** A row keyed by field name; the key field is always present. */
export type Row = Record<string, CellValue>;

export interface Field {
  /** The name rows are keyed by (the vendor's property name). */
  name: string;
  /** What users see and write in the CSV header. */
  title: string;
  type: FieldType;
  isKey: boolean;
  /**
   * For a key unique only together with another field (a list that deduplicates by an external id and its source):
   * that field's name. The row's key is then `key/other` (see composeKey), or the key alone when the other is empty.
   */
  keyWith?: string;
  default?: CellValue;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  /** Fewest characters a non-empty value has (an empty cell is "no value", as Genesys reads it, and not checked). */
  minLength?: number;
}

export interface TableSchema {
  /** The key field first, then the others in display order. */
  fields: Field[];
}

export interface TableLimits {
  maxRows: number;
  maxKeyLength: number;
}

/**
 * A schema made from a file's own header, for planning without the live table (no credentials, or a provider
 * that cannot read its rows): every column is text; the key is `keyColumn` when the table names one (an error when
 * the file lacks it), else the column named `key`, else the first.
 */
export function schemaFromHeader(header: readonly string[], keyColumn?: string, file = 'the file'): TableSchema {
  if (keyColumn !== undefined && !header.includes(keyColumn)) {
    throw new DataFileError({
      kind: 'missing-key-column',
      file,
      line: 1,
      message: `the header has no "${keyColumn}" column, the table's key; add it`,
    });
  }
  const keyIndex = Math.max(0, header.indexOf(keyColumn ?? 'key'));
  const fields = header.map(
    (title, index): Field => ({ name: title, title, type: 'string', isKey: index === keyIndex }),
  );
  return { fields: [...fields.slice(keyIndex, keyIndex + 1), ...fields.filter((_, index) => index !== keyIndex)] };
}

/** The key of a row whose key field is unique only together with another (Field.keyWith). */
export function composeKey(key: string, other: string): string {
  return other === '' ? key : `${key}/${other}`;
}

/** The key field's own cell of a composed key (the inverse of composeKey). */
export function keyCell(composed: string, other: string): string {
  return other !== '' && composed.endsWith(`/${other}`) ? composed.slice(0, -other.length - 1) : composed;
}

export function keyField(schema: TableSchema): Field {
  const key = schema.fields.find((field) => field.isKey);
  if (!key) throw new Error('the table schema has no key field');
  return key;
}

/**
 * Whether two defaults are the same as the vendor reads them: no default, `null` and `""` alike (Genesys reads an empty
 * default as none; the Terraform provider never sends `""`).
 */
export function sameDefault(a: CellValue | null | undefined, b: CellValue | null | undefined): boolean {
  const plain = (value: CellValue | null | undefined) => (value === '' || value === null ? undefined : value);
  return plain(a) === plain(b);
}

/** What an empty cell means: the field's default, else false / 0 / "" as the vendor's own tools assume. */
export function emptyValue(field: Field): CellValue {
  if (field.default !== undefined) return field.default;
  if (field.type === 'boolean') return false;
  if (field.type === 'string') return '';
  return 0;
}

const INTEGER = /^-?[0-9]+$/;
/**
 * The longest cell a typed column takes: far longer than any number or boolean written by hand, and a bound on the
 * work each cell costs however hostile the file (a 1 MB cell is refused by its length, unread).
 */
export const MAX_TYPED_CELL_LENGTH = 100;
export { MAX_COLUMNS } from './csv.ts';

/** Invalid rows kept whole for the report and the rejected-rows file; the rest are counted. */
export const MAX_KEPT_REJECTED = 10_000;
/** Unknown columns listed one by one; the rest are counted. */
const MAX_UNKNOWN_COLUMNS_SHOWN = 20;

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * A decimal number as users write it: optional sign, digits with an optional point (or a point and digits), and an
 * optional exponent. One pass over the text, never backtracking (a regular expression for this was quadratic).
 */
export function isDecimal(text: string): boolean {
  let i = 0;
  const n = text.length;
  if (text[i] === '+' || text[i] === '-') i++;
  let digits = 0;
  while (i < n && isDigit(text.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (text[i] === '.') {
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return false;
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (i === start) return false;
  }
  return i === n;
}

/** The error values Excel and Calc show in a cell whose formula failed, as they save them. */
const ERROR_VALUES = /^(#NAME\?|#VALUE!|#REF!|#N\/A|#DIV\/0!|#NUM!|#NULL!|#SPILL!|#CALC!|#GETTING_DATA|Err:[0-9]{3})$/;
/** `=` then a cell reference, a function call, a quoted string or a number: a formula, not a sentence. */
const FORMULA = /^=\s*(\$?[A-Za-z]{1,3}\$?[0-9]+|[A-Za-z][A-Za-z0-9._]*\s*\(|"|[0-9(+-])/;

/** A spreadsheet's error value or formula text, whatever the column: the cause, or undefined. */
export function spreadsheetArtefact(value: string): 'error-value' | 'formula' | undefined {
  const first = value.charCodeAt(0);
  // '#', 'E' (Err:502), '=': anything else is neither, at the cost of one comparison.
  if (first !== 35 && first !== 69 && first !== 61) return undefined;
  if (ERROR_VALUES.test(value)) return 'error-value';
  if (first === 61 && FORMULA.test(value)) return 'formula';
  return undefined;
}

/** Why a typed cell is refused when it holds a spreadsheet's formula or error value: said as such. */
function artefactMessage(field: Field, text: string): InvalidCell | undefined {
  const artefact = spreadsheetArtefact(text);
  if (artefact === undefined) return undefined;
  const what =
    artefact === 'formula'
      ? 'this cell holds the text of a spreadsheet formula, not its result: type the value itself, or paste the column as values only'
      : "this cell holds a spreadsheet's error value, shown where a formula failed: write the value itself";
  return new InvalidCell(
    'invalid-value',
    `"${field.title}" is ${field.type === 'integer' ? 'an integer' : `a ${field.type}`}; ${what}`,
  );
}

/** Why a cell cannot be read as its field's type. A class, so a valid cell costs no allocation. */
export class InvalidCell {
  readonly kind: 'empty-key' | 'invalid-value' | 'out-of-range';
  readonly message: string;
  constructor(kind: InvalidCell['kind'], message: string) {
    this.kind = kind;
    this.message = message;
  }
}

/** Turns one CSV cell into the field's type, or says which spellings would be valid. */
export function coerceCell(field: Field, text: string): CellValue | InvalidCell {
  if (text === '') {
    return field.isKey ? new InvalidCell('empty-key', 'the key is empty; every row needs a key') : emptyValue(field);
  }
  if (field.type !== 'string' && text.length > MAX_TYPED_CELL_LENGTH) {
    return new InvalidCell(
      'invalid-value',
      `"${field.title}" is ${field.type === 'boolean' ? 'a boolean' : `an ${field.type === 'integer' ? 'integer' : 'number'}`}; this cell has ${text.length} characters, more than any ${field.type} (at most ${MAX_TYPED_CELL_LENGTH})`,
    );
  }
  let value: CellValue;
  switch (field.type) {
    case 'string':
      value = text;
      break;
    case 'boolean': {
      const lower = text === 'true' || text === 'false' ? text : text.toLowerCase();
      if (lower !== 'true' && lower !== 'false') {
        return (
          artefactMessage(field, text) ??
          new InvalidCell('invalid-value', `"${field.title}" is a boolean: write true or false (any case)`)
        );
      }
      value = lower === 'true';
      break;
    }
    case 'integer':
      value = Number(text);
      if (!INTEGER.test(text) || !Number.isSafeInteger(value)) {
        return (
          artefactMessage(field, text) ??
          new InvalidCell(
            'invalid-value',
            `"${field.title}" is an integer: write whole digits with an optional leading minus, like 42 or -7`,
          )
        );
      }
      break;
    case 'number':
      value = Number(text);
      if (!isDecimal(text) || !Number.isFinite(value)) {
        const artefact = artefactMessage(field, text);
        if (artefact) return artefact;
        if (/^[-+]?[0-9]+,[0-9]+$/.test(text)) {
          const comma = /,[0-9]{3}$/.test(text)
            ? `has a comma, a thousand separator or a decimal comma; write ${text.replace(',', '')} or ${text.replace(',', '.')} (a point for decimals, no separators)`
            : `has a decimal comma, as some spreadsheets write it; write it with a point, like ${text.replace(',', '.')}`;
          return new InvalidCell('invalid-value', `"${field.title}" is a number: "${text}" ${comma}`);
        }
        return new InvalidCell(
          'invalid-value',
          `"${field.title}" is a number: write a decimal like 3.5, -2 or 1e3, without thousand separators`,
        );
      }
      break;
  }
  const outOfRange = checkRange(field, value);
  return outOfRange ? new InvalidCell('out-of-range', outOfRange) : value;
}

function checkRange(field: Field, value: CellValue): string | undefined {
  if (typeof value === 'number') {
    if (field.minimum !== undefined && value < field.minimum)
      return `"${field.title}" must be at least ${field.minimum}`;
    if (field.maximum !== undefined && value > field.maximum)
      return `"${field.title}" must be at most ${field.maximum}`;
  }
  if (typeof value === 'string' && field.maxLength !== undefined && value.length > field.maxLength) {
    return `"${field.title}" holds at most ${field.maxLength} characters; this value has ${value.length}`;
  }
  // Never reached for an empty cell (coerceCell gives it the field's empty value first).
  if (typeof value === 'string' && field.minLength !== undefined && value.length < field.minLength) {
    return `"${field.title}" holds at least ${field.minLength} characters (or none: leave the cell empty); this value has ${value.length}`;
  }
  return undefined;
}

/** The field a CSV header names: by title first, then by name (so `key` always names the key column). */
export function matchColumn(schema: TableSchema, headerName: string): Field | undefined {
  return columnIndex(schema)(headerName);
}

/** matchColumn for a whole header: two maps, so a wide header costs one look-up per column. */
export function columnIndex(schema: TableSchema): (headerName: string) => Field | undefined {
  const byTitle = new Map<string, Field>();
  const byName = new Map<string, Field>();
  for (const field of schema.fields) {
    if (!byTitle.has(field.title)) byTitle.set(field.title, field);
    if (!byName.has(field.name)) byName.set(field.name, field);
  }
  return (headerName) => byTitle.get(headerName) ?? byName.get(headerName);
}

/** Edit distance, for "did you mean": small strings only (column titles). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The table column a mistyped header most likely meant, if one is close. */
export function closestTitle(schema: TableSchema, name: string): string | undefined {
  let best: { title: string; distance: number } | undefined;
  for (const field of schema.fields) {
    const distance = editDistance(name.toLowerCase(), field.title.toLowerCase());
    if (distance <= Math.max(2, Math.floor(field.title.length / 3)) && (!best || distance < best.distance)) {
      best = { title: field.title, distance };
    }
  }
  return best?.title;
}

/** A row the file has but the plan cannot use, kept with its cells for the rejected-rows file. */
export interface RejectedRow {
  line: number;
  cells: string[];
  errors: string[];
}

/** The keys a file has, each with the line it first appears on: for duplicate keys, and for what the file lacks. */
export interface FileKeys {
  firstLine(key: string): number | undefined;
  /** The line the key first appeared on, if it did; else the key is recorded on this line (undefined). One lookup. */
  claim(key: string, line: number): number | undefined;
  has(key: string): boolean;
}

/**
 * No keys kept: for a file read again that must be the one planned (its sha256 is checked when it ends, and then its
 * valid rows counted), which the plan found without a duplicate or look-alike key. Checking fewer keys can only make
 * more rows valid, so a changed file still fails that check; the same file validates as it did, without 150,000 keys
 * held again as strings.
 */
export class UncheckedKeys implements FileKeys {
  firstLine(): undefined {
    return undefined;
  }
  claim(): undefined {
    return undefined;
  }
  has(): boolean {
    return false;
  }
}

export class FileKeyMap implements FileKeys {
  private readonly lines = new Map<string, number>();
  firstLine(key: string): number | undefined {
    return this.lines.get(key);
  }
  claim(key: string, line: number): number | undefined {
    const earlier = this.lines.get(key);
    if (earlier === undefined) this.lines.set(key, line);
    return earlier;
  }
  has(key: string): boolean {
    return this.lines.has(key);
  }
}

/**
 * Checks each CSV row against the table's schema as it is read, turning it into a typed row keyed by field name.
 * Holds only what a report needs: the problems, the rejected rows, and the file's keys.
 */
export class RowValidator {
  readonly problems: Problem[] = [];
  /** The first MAX_KEPT_REJECTED invalid rows, whole; `invalidRows` counts them all. */
  readonly rejected: RejectedRow[] = [];
  /** Every invalid row, the ones not kept included. */
  invalidRows = 0;
  /** The last invalid row's valid cells (its invalid ones absent): what it would do once they are fixed. */
  partial: Row | undefined;
  /** Each key the file has, valid row or not, with the line it first appears on. */
  readonly keys: FileKeys;
  private readonly columns: Field[];
  private readonly missing: Field[];

  /** The key column as the file's header names it. */
  get keyColumn(): string | undefined {
    return this.header[this.keyIndex];
  }

  /** The table's fields the file has no column for (filled with their empty value). */
  get missingFields(): readonly Field[] {
    return this.missing;
  }
  private readonly keyIndex: number;
  /** The column that keys rows together with the key column (Field.keyWith), or -1. */
  private readonly keyWithIndex: number;
  private readonly header: readonly string[];
  /** The file's keys that differ from their fold (case, Unicode form), by fold: for look-alike keys. */
  private readonly folds = new Map<string, { key: string; line: number }>();
  private readonly file: string;
  private readonly limits: TableLimits;

  /** A provider's own rule for cells (e.g. date-time forms), applied after the type check. */
  private readonly checkCell: ((column: string, value: string) => string | undefined) | undefined;

  constructor(
    schema: TableSchema,
    header: readonly string[],
    file: string,
    limits: TableLimits,
    checkCell?: (column: string, value: string) => string | undefined,
    keys: FileKeys = new FileKeyMap(),
  ) {
    this.checkCell = checkCell;
    this.keys = keys;
    this.header = header;
    this.file = file;
    this.limits = limits;
    const key = keyField(schema);
    if (header.length > MAX_COLUMNS) {
      throw new DataFileError({
        kind: 'header',
        file,
        line: 1,
        message: `the header has ${header.length} columns; at most ${MAX_COLUMNS} are read (the table has ${schema.fields.length})`,
      });
    }
    const headerProblems: Omit<Problem, 'severity'>[] = [];
    const columns: Field[] = [];
    const match = columnIndex(schema);
    const spaced: Field[] = [];
    let unknownColumns = 0;
    for (const name of header) {
      const field = match(name);
      if (field && columns.includes(field)) {
        headerProblems.push({
          kind: 'header',
          file,
          line: 1,
          column: name,
          message: `this column names the "${field.title}" field a second time (by title and by name)`,
        });
      } else if (field) {
        columns.push(field);
      } else if (++unknownColumns > MAX_UNKNOWN_COLUMNS_SHOWN) {
        // Counted, not listed: see below.
      } else if (name.trim() !== name && match(name.trim())) {
        // A spreadsheet's stray space: say which column it is, and do not also call that column missing.
        const meant = match(name.trim()) as Field;
        spaced.push(meant);
        headerProblems.push({
          kind: 'unknown-column',
          file,
          line: 1,
          column: name,
          message: `this column's name has a ${name.trimStart() !== name ? 'leading' : 'trailing'} space; did you mean "${meant.title}"? Remove the space`,
        });
      } else {
        const guess = closestTitle(schema, name);
        const known = schema.fields.map((f) => `"${f.title}"`).join(', ');
        headerProblems.push({
          kind: 'unknown-column',
          file,
          line: 1,
          column: name,
          message: `the table has no such column${guess ? `; did you mean "${guess}"?` : '.'} Its columns are ${known}`,
        });
      }
    }
    if (!columns.includes(key) && !spaced.includes(key)) {
      headerProblems.push({
        kind: 'missing-key-column',
        file,
        line: 1,
        message: `the header has no key column; name it "${key.title}" (or "${key.name}")`,
      });
    }
    if (unknownColumns > MAX_UNKNOWN_COLUMNS_SHOWN) {
      headerProblems.push({
        kind: 'unknown-column',
        file,
        line: 1,
        message: `and ${unknownColumns - MAX_UNKNOWN_COLUMNS_SHOWN} more columns the table does not have`,
      });
    }
    const [first, ...rest] = headerProblems;
    if (first) throw new DataFileError(first, ...rest);
    this.columns = columns;
    this.keyIndex = columns.indexOf(key);
    this.keyWithIndex = key.keyWith === undefined ? -1 : columns.findIndex((field) => field.name === key.keyWith);
    this.missing = schema.fields.filter((field) => !columns.includes(field));
    for (const field of this.missing) {
      this.problems.push({
        severity: 'warning',
        kind: 'missing-column',
        file,
        line: 1,
        column: field.title,
        message: `the file has no "${field.title}" column; every row gets ${JSON.stringify(emptyValue(field))}`,
      });
    }
  }

  /** The typed row, or undefined when any cell is invalid (the problems say which). */
  validate(cells: readonly string[], line: number): Row | undefined {
    const row: Row = {};
    let errors: Problem[] | undefined;
    for (let index = 0; index < cells.length; index++) {
      const field = this.columns[index] as Field;
      const text = cells[index] as string;
      const value = coerceCell(field, text);
      const broken = value instanceof InvalidCell ? undefined : this.checkCell?.(this.header[index] as string, text);
      if (value instanceof InvalidCell) {
        errors = this.error(errors, value.kind, line, index, text, value.message);
      } else if (broken !== undefined) {
        errors = this.error(errors, 'invalid-value', line, index, text, broken);
      } else {
        row[field.name] = value;
      }
    }
    for (const field of this.missing) row[field.name] = emptyValue(field);

    const keyCellText = cells[this.keyIndex] as string;
    const keyText =
      this.keyWithIndex < 0 || keyCellText === ''
        ? keyCellText
        : composeKey(keyCellText, cells[this.keyWithIndex] as string);
    if (keyText !== keyCellText && row[(this.columns[this.keyIndex] as Field).name] !== undefined) {
      row[(this.columns[this.keyIndex] as Field).name] = keyText;
    }
    if (keyText.length > this.limits.maxKeyLength) {
      const message = `the key has ${keyText.length} characters; the table allows at most ${this.limits.maxKeyLength}`;
      errors = this.error(errors, 'key-length', line, this.keyIndex, keyText, message);
    } else if (keyText !== '') {
      const lookAlike = lookAlikeKeyProblem(keyText);
      if (lookAlike) errors = this.error(errors, 'look-alike-key', line, this.keyIndex, keyText, lookAlike);
    }
    if (keyText !== '') {
      const earlier = this.keys.claim(keyText, line);
      if (earlier === undefined) {
        const twin = this.foldedTwin(keyText, line);
        if (twin) {
          errors = this.error(
            errors,
            'look-alike-key',
            line,
            this.keyIndex,
            keyText,
            `this key and the key on line ${twin.line} ("${makeVisible(twin.key)}") differ only by ${howKeysDiffer(twin.key, keyText)}; a table would take them for two rows. Write both the same way, or make them really different`,
          );
        }
      } else
        errors = this.error(
          errors,
          'duplicate-key',
          line,
          this.keyIndex,
          keyText,
          `duplicate key: line ${earlier} has the same key`,
        );
    }
    if (errors === undefined) return row;
    this.partial = row;
    this.reject(
      line,
      cells,
      errors.map((e) => `${e.column}: ${e.message}`),
      errors,
    );
    return undefined;
  }

  /**
   * An invalid row: counted always, kept (with its problems) while fewer than MAX_KEPT_REJECTED are, so a file of
   * millions of bad rows costs memory for the first ten thousand only.
   */
  reject(line: number, cells: readonly string[], errors: string[], problems: readonly Problem[] = []): void {
    this.invalidRows++;
    if (this.rejected.length >= MAX_KEPT_REJECTED) return;
    this.problems.push(...problems);
    this.rejected.push({ line, cells: [...cells], errors });
  }

  /**
   * An earlier key of the file that folds (case, Unicode form) to the same as this one, if any. Only keys that fold to
   * something else are kept in a map; a key that is its own fold is looked up among the file's keys.
   */
  private foldedTwin(key: string, line: number): { key: string; line: number } | undefined {
    // Keys not kept: no fold either (it would keep every key that is not its own fold).
    if (this.keys instanceof UncheckedKeys) return undefined;
    const folded = foldKey(key);
    const twin = this.folds.get(folded);
    if (folded !== key) {
      const sameAsFold = this.keys.firstLine(folded);
      if (twin === undefined) this.folds.set(folded, { key, line });
      if (sameAsFold !== undefined) return { key: folded, line: sameAsFold };
    }
    return twin;
  }

  private error(
    errors: Problem[] | undefined,
    kind: Problem['kind'],
    line: number,
    index: number,
    value: string,
    message: string,
  ): Problem[] {
    const list = errors ?? [];
    list.push({ severity: 'error', kind, file: this.file, line, column: this.header[index], value, message });
    return list;
  }
}

/** Characters a reader cannot see or tell from a space: controls, zero-width and format characters, odd spaces. */
function isInvisible(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xa0 ||
    code === 0xad ||
    code === 0x34f ||
    code === 0x61c ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x17b4 ||
    code === 0x17b5 ||
    (code >= 0x180b && code <= 0x180e) ||
    (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202f) ||
    (code >= 0x205f && code <= 0x206f) ||
    code === 0x3000 ||
    code === 0x3164 ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff ||
    code === 0xffa0 ||
    (code >= 0xfff0 && code <= 0xfff8)
  );
}

function hasInvisible(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isInvisible(text.charCodeAt(i))) return true;
  return false;
}

/** Text with its invisible characters written out (`A\u200B`), so a message shows what the file holds. */
export function makeVisible(text: string): string {
  if (!hasInvisible(text)) return text;
  let visible = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    visible += isInvisible(code) ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : text[i];
  }
  return visible;
}

/**
 * How two keys that a person would read as one compare equal: Unicode compatibility form, lower case, and the
 * punctuation autocorrect types written as ASCII (`’` as `'`, `–` as `-`).
 */
export function foldKey(key: string): string {
  // ASCII is its own compatibility form and holds no typographic punctuation: most keys take this path.
  if (!/[^ -~]/.test(key)) return key.toLowerCase();
  // Punctuation first: NFKC would take some of it apart (´ into a space and a combining accent, ″ into ′′).
  return asciiPunctuation(asciiPunctuation(key).normalize('NFKC')).toLowerCase();
}

/** Why a key would look like another one (edge spaces, invisible characters), or undefined. */
export function lookAlikeKeyProblem(key: string): string | undefined {
  if (hasInvisible(key)) {
    return `the key "${makeVisible(key)}" holds an invisible or control character (shown as \\uXXXX); it would not match the key a person reads. Retype it`;
  }
  if (key.trim() !== key) {
    return `the key "${key}" has ${key.trimStart() !== key ? 'a leading' : 'a trailing'} space; it would not match the same key without it. Remove the space`;
  }
  return undefined;
}

/**
 * Normalises one value read from the live table (typed JSON or CSV text) so that it compares equal to the same
 * data read from the file: an absent value becomes the field's empty value, text is read as the field's type.
 */
export function normalizeLiveValue(field: Field, value: unknown): CellValue {
  if (value === undefined || value === null) return emptyValue(field);
  if (typeof value === 'string') {
    if (field.type === 'string') return value.indexOf('\r') >= 0 ? normalizeLineBreaks(value) : value;
    if (value === 'true' && field.type === 'boolean') return true;
    if (value === 'false' && field.type === 'boolean') return false;
    if (field.type === 'integer' || field.type === 'number') {
      // Live numbers come from the vendor in canonical form: Number() is enough, and faster than the file's checks.
      const number = Number(value);
      if (value !== '' && Number.isFinite(number)) return number;
    }
    const coerced = coerceCell(field, value);
    // A live value we cannot read as its type is kept as text, so the plan shows it changing.
    return coerced instanceof InvalidCell ? value : coerced;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

export function normalizeLiveRow(schema: TableSchema, record: Readonly<Record<string, unknown>>): Row {
  const row: Row = {};
  for (const field of schema.fields) row[field.name] = normalizeLiveValue(field, record[field.name]);
  return row;
}

/** The text a value is written as in a CSV for upload or export. */
export function formatCell(value: CellValue): string {
  return typeof value === 'string' ? value : String(value);
}
