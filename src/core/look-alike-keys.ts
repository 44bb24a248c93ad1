import type { RowDiff } from './diff.ts';
import type { Problem } from './problems.ts';
import { type FileKeys, foldKey, makeVisible } from './schema.ts';
import { howKeysDiffer } from './typography.ts';

/** The config file's key that lets a table's plan rename keys on purpose. */
export const ALLOW_RENAMES = 'allow-renames';

/** Renames named in the refusal before "...". */
const SHOWN = 5;

export interface LookAlikeRenames {
  problems: Problem[];
  refusals: string[];
}

/**
 * Added keys that equal a deleted live key once case, Unicode form and typographic punctuation are folded
 * (`New Year's Day` retyped as `New Year’s Day` by autocorrect, `Support-EN` as `Support–EN`): the plan deletes one
 * and adds the other, a rename that the flows' lookups of the old key then miss. Named on the file's lines and
 * blocking the table, unless the table's entry allows renames (then a warning says what happens).
 */
export function lookAlikeRenames(
  diff: RowDiff,
  keys: FileKeys,
  file: string,
  column: string | undefined,
  allowRenames = false,
  /** Live keys an append leaves in the table (the file does not have them): a look-alike would be added beside one. */
  keptLiveKeys: readonly string[] = [],
): LookAlikeRenames {
  const found: LookAlikeRenames = { problems: [], refusals: [] };
  if (diff.added.length === 0) return found;
  if (keptLiveKeys.length > 0) found.problems.push(...lookAlikesBeside(diff, keys, file, column, keptLiveKeys));
  for (const problem of found.problems) {
    found.refusals.push(`${problem.file}:${problem.line}: ${problem.message}`);
  }
  if (diff.deleted.length === 0) return found;
  const deletedByFold = new Map(diff.deleted.map(({ key }) => [foldKey(key), key]));
  const renames: { live: string; key: string; how: string; line: number }[] = [];
  for (const { key } of diff.added) {
    const live = deletedByFold.get(foldKey(key));
    if (live !== undefined) renames.push({ live, key, how: howKeysDiffer(live, key), line: keys.firstLine(key) ?? 1 });
  }
  if (renames.length === 0) return found;
  renames.sort((a, b) => a.line - b.line);
  const fix = allowRenames
    ? `renamed on purpose (${ALLOW_RENAMES}: true)`
    : "write the key as the table has it (turn off the spreadsheet's autocorrect of quotes and dashes, or copy the key from the table's export); if the rename is intended, set allow-renames: true on this table's entry of the config file";
  for (const { live, key, how, line } of renames) {
    found.problems.push({
      severity: allowRenames ? 'warning' : 'error',
      kind: 'renamed-key',
      file,
      line,
      ...(column !== undefined ? { column } : {}),
      value: key,
      message: `this key differs from the live key "${makeVisible(live)}" only by ${how}: the plan deletes "${makeVisible(live)}" and adds "${makeVisible(key)}", a rename that lookups of the old key would miss. ${allowRenames ? 'Allowed: ' : 'To fix: '}${fix}`,
    });
  }
  if (!allowRenames) {
    const shown = renames
      .slice(0, SHOWN)
      .map(({ live, key, how }) => `"${makeVisible(live)}" → "${makeVisible(key)}" (${how})`);
    found.refusals.push(
      `${renames.length} key(s) rename a live key by a look-alike spelling: ${shown.join(', ')}${renames.length > SHOWN ? ', ...' : ''}. The plan would delete each live row and add it again under the new key, and lookups of the old key would miss: ${fix}`,
    );
  }
  return found;
}

/**
 * With `import-mode: append`, nothing is deleted: a key that is a look-alike of a live key the file leaves alone is
 * added beside it, and the table then holds two keys a person reads as one. Always an error (there is no rename to
 * allow: write the key as the table has it, or replace the table).
 */
function lookAlikesBeside(
  diff: RowDiff,
  keys: FileKeys,
  file: string,
  column: string | undefined,
  keptLiveKeys: readonly string[],
): Problem[] {
  const liveByFold = new Map(keptLiveKeys.map((key) => [foldKey(key), key]));
  const problems: Problem[] = [];
  for (const { key } of diff.added) {
    const live = liveByFold.get(foldKey(key));
    if (live === undefined) continue;
    problems.push({
      severity: 'error',
      kind: 'renamed-key',
      file,
      line: keys.firstLine(key) ?? 1,
      ...(column !== undefined ? { column } : {}),
      value: key,
      message: `this key differs from the live key "${makeVisible(live)}" only by ${howKeysDiffer(live, key)}; appending would add it beside that row, and the table would hold two keys that read alike. Write the key as the table has it`,
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}
