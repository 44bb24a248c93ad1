import type { CellValue, Field, Row } from './schema.ts';
import { isMojibakeOf } from './spreadsheet-marks.ts';
import { learnShape, spreadsheetRendering } from './value-shapes.ts';

/** What an invalid row would do once its named cells are fixed. */
export type OnceFixed = 'add' | 'change' | 'unchanged' | 'damaged';

/** What the invalid rows of a table would do once fixed, counted by what each would do. */
export type InvalidWould = Record<OnceFixed, number>;

/** A change a spreadsheet makes by itself (not a person's edit): leading zeros dropped, text decoded twice. */
export function isSpreadsheetDamage(before: CellValue, after: CellValue): boolean {
  if (typeof before !== 'string' || typeof after !== 'string') return false;
  if (/^0+[0-9]/.test(before) && after === before.replace(/^0+(?=[0-9])/, '')) return true;
  if (isMojibakeOf(before, after)) return true;
  // A date, a long number or a decimal the spreadsheet rendered its own way (the old value's shape, read from it alone).
  // One rounded number may be a person's edit: the shape rule blocks rounding only when a whole column was rounded.
  const cause = spreadsheetRendering(learnShape([before]), after, before);
  return cause !== undefined && cause !== 'rounded';
}

/**
 * An invalid row, by its valid cells against the live row of its key: added when the table lacks the key; changed when
 * a valid cell differs from the table; unchanged when every valid cell equals it (the named cells, once fixed, are
 * taken to be what the table has); damaged, and so counted apart, when a valid cell differs only as a spreadsheet
 * changes values by itself, so that "would change" never stands for a row whose other cells are damaged too.
 */
export function onceFixed(
  partial: Row,
  fields: readonly Field[],
  live: ((field: Field) => CellValue) | undefined,
): OnceFixed {
  if (live === undefined) return 'add';
  let changed = false;
  for (const field of fields) {
    if (field.isKey || !(field.name in partial)) continue;
    const before = live(field);
    const after = partial[field.name] as CellValue;
    if (before === after) continue;
    if (isSpreadsheetDamage(before, after)) return 'damaged';
    changed = true;
  }
  return changed ? 'change' : 'unchanged';
}
