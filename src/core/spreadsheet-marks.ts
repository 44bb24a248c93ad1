import type { RowDiff } from './diff.ts';
import type { Problem } from './problems.ts';
import { type FileKeys, makeVisible, type TableSchema } from './schema.ts';

/**
 * What a spreadsheet does to a CSV that is opened and saved again, found in a plan's changes: leading zeros removed
 * from digit strings (`00042` read as the number 42), and UTF-8 text decoded as Windows-1252 or Latin-1 and saved
 * (`Café` becomes `CafÃ©`). Such a change is a mistake, not an edit: the plan names the cells and the cause, and blocks
 * the table where the mistake is certain.
 */
export interface SpreadsheetMarks {
  problems: Problem[];
  refusals: string[];
}

/** Examples of cells named in one problem. */
const SHOWN = 5;

/** A digit string without its leading zeros (`00042` → `42`, `0` stays), or undefined for anything else. */
function withoutLeadingZeros(text: string): string | undefined {
  return /^[0-9]+$/.test(text) ? text.replace(/^0+(?=[0-9])/, '') : undefined;
}

/**
 * Windows-1252's characters for the bytes 0x80-0x9F (the WHATWG index; the rest is Latin-1). Our own table, not
 * TextDecoder('windows-1252'): Node.js 22.19 decodes those bytes wrongly (drops them), so the one-byte code page most
 * often met was missed there.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] as number) : byte);
  }
  return text;
}

/** The text as it reads when its UTF-8 bytes are decoded as Windows-1252 or as Latin-1 (both seen in the wild). */
function decodedTwice(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8');
  return [decodeWindows1252(bytes), bytes.toString('latin1')];
}

/** Whether `after` is `before` with its UTF-8 read as a one-byte code page: text decoded twice. */
export function isMojibakeOf(before: string, after: string): boolean {
  if (before === after || !/[^\x20-\x7e]/.test(before)) return false;
  return decodedTwice(before).includes(after);
}

/**
 * The marks text decoded twice leaves: `Ã` or `Â` before a character of the upper half of Latin-1 or its
 * Windows-1252 neighbours (`Ã©` for é, `Ã¼` for ü, `â€™` for ’).
 */
const MOJIBAKE_MARKS =
  /[ÃÂ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]|â€[\u0099\u009c\u009d\u2122\u201c\u201d\u02dc]/;

export function hasMojibakeMarks(text: string): boolean {
  return MOJIBAKE_MARKS.test(text);
}

const LEADING_ZEROS_CAUSE =
  'leading zeros were probably removed by a spreadsheet: open the file as text, or format the column as Text, and put them back';
const MOJIBAKE_CAUSE =
  'the file was probably opened as Windows-1252 ("ANSI") and saved again, so its UTF-8 text was decoded twice: take the file from git again, or open it as UTF-8';

export function findSpreadsheetMarks(
  diff: RowDiff,
  schema: TableSchema,
  keys: FileKeys,
  file: string,
  keyColumn: string | undefined,
): SpreadsheetMarks {
  const marks: SpreadsheetMarks = { problems: [], refusals: [] };
  const lineOf = (key: string) => keys.firstLine(key) ?? 1;
  const column = (name: string) => schema.fields.find((field) => field.name === name)?.title ?? name;

  // Keys: one the file adds that equals one the plan deletes once leading zeros are put back (or taken away).
  const deletedByDigits = new Map<string, string>();
  for (const { key } of diff.deleted) {
    const digits = withoutLeadingZeros(key);
    if (digits !== undefined) deletedByDigits.set(digits, key);
  }
  const renamed: [string, string][] = [];
  if (deletedByDigits.size > 0) {
    for (const { key } of diff.added) {
      const digits = withoutLeadingZeros(key);
      const live = digits === undefined ? undefined : deletedByDigits.get(digits);
      if (live === undefined || live === key) continue;
      renamed.push([key, live]);
      marks.problems.push({
        severity: 'error',
        kind: 'leading-zeros',
        file,
        line: lineOf(key),
        ...(keyColumn !== undefined ? { column: keyColumn } : {}),
        value: key,
        message: `this key and the live key "${makeVisible(live)}" differ only by leading zeros, so the plan would delete "${makeVisible(live)}" and add "${makeVisible(key)}": ${LEADING_ZEROS_CAUSE}`,
      });
    }
  }
  if (renamed.length > 0) {
    renamed.sort((a, b) => lineOf(a[0]) - lineOf(b[0]));
    const shown = renamed.slice(0, SHOWN).map(([key, live]) => `"${live}" → "${key}"`);
    marks.refusals.push(
      `${renamed.length} key(s) differ from live keys only by leading zeros (${shown.join(', ')}${renamed.length > SHOWN ? ', ...' : ''}): ${LEADING_ZEROS_CAUSE}`,
    );
  }

  // Cells: per column, the changes that lost leading zeros, and the changes that are the old text decoded twice.
  const byColumn = new Map<string, { changes: number; zeros: string[]; twice: string[] }>();
  for (const { key, changes } of diff.updated) {
    for (const change of changes) {
      if (typeof change.old !== 'string' || typeof change.new !== 'string') continue;
      const entry = byColumn.get(change.field) ?? { changes: 0, zeros: [], twice: [] };
      byColumn.set(change.field, entry);
      entry.changes++;
      const digits = withoutLeadingZeros(change.old);
      if (digits !== undefined && digits !== change.old && change.new === digits) entry.zeros.push(key);
      else if (isMojibakeOf(change.old, change.new)) entry.twice.push(key);
    }
  }
  for (const [field, entry] of byColumn) {
    for (const [found, kind, cause, what] of [
      [entry.zeros, 'leading-zeros', LEADING_ZEROS_CAUSE, 'lost the leading zeros every live value had'],
      [entry.twice, 'mojibake', MOJIBAKE_CAUSE, 'is the old text decoded twice (like "CafÃ©" for "Café")'],
    ] as const) {
      if (found.length === 0) continue;
      const every = found.length === entry.changes;
      const keysShown = found
        .slice(0, SHOWN)
        .map((key) => `"${makeVisible(key)}"`)
        .join(', ');
      const message = `${every ? 'every' : `${found.length} of the ${entry.changes}`} changed cell(s) of this column ${what} (rows ${keysShown}${found.length > SHOWN ? ', ...' : ''}): ${cause}`;
      // Text decoded twice is never an edit, even in a few cells: it blocks wherever it is found.
      const blocks = every || kind === 'mojibake';
      marks.problems.push({
        severity: blocks ? 'error' : 'warning',
        kind,
        file,
        line: lineOf(found[0] as string),
        column: column(field),
        message,
      });
      if (blocks) marks.refusals.push(`column "${column(field)}": ${message}`);
    }
  }

  // Added rows, and the new values of changed ones, holding the marks of text decoded twice.
  const marked = [
    // A packed added row is searched as text first: only a likely one is unpacked.
    ...diff.added.filter(
      (added) =>
        (!('packed' in added) || hasMojibakeMarks(added.packed)) &&
        Object.values(added.row).some((v) => typeof v === 'string' && hasMojibakeMarks(v)),
    ),
    ...diff.updated.filter(({ changes }) =>
      changes.some(
        (c) =>
          typeof c.new === 'string' &&
          hasMojibakeMarks(c.new) &&
          !(typeof c.old === 'string' && isMojibakeOf(c.old, c.new)),
      ),
    ),
  ].map(({ key }) => key);
  if (marked.length > 0) {
    const message = `${marked.length} new or changed row(s) hold the marks text decoded twice leaves (like "Ã©" or "â€™"; rows ${marked
      .slice(0, SHOWN)
      .map((key) => `"${makeVisible(key)}"`)
      .join(', ')}${marked.length > SHOWN ? ', ...' : ''}): ${MOJIBAKE_CAUSE}`;
    marks.problems.push({ severity: 'error', kind: 'mojibake', file, line: lineOf(marked[0] as string), message });
    marks.refusals.push(message);
  }
  return marks;
}
