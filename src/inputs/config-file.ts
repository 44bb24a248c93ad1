import type { LineCounter, Node, YAMLMap } from 'yaml';
import type { ImportMode } from '../core/diff.ts';
import { type DeleteLimit, parseDeleteLimit } from '../core/guards.ts';
import { yaml } from '../core/yaml.ts';
import { SettingsError } from './settings-error.ts';

/** One entry of the configuration: a CSV path or glob, and how its table(s) are planned and applied. */
export interface TableEntry {
  file: string;
  table?: string;
  importMode: ImportMode;
  maxDeletes: DeleteLimit;
  /** How many live rows a plan may change; absent: no limit. */
  maxChanges?: DeleteLimit;
  /** A live key renamed by a look-alike spelling (case, curly quotes, dashes) is meant: warned, not blocked. */
  allowRenames?: boolean;
  /** A column's values moved between rows (as a column sorted on its own moves them) is meant: warned, not blocked. */
  allowReshuffle?: boolean;
  /** The file's field separator. */
  delimiter: Delimiter;
  /** Columns whose values may change shape (dates, digits, decimals): `allow-shape-change: [Date]`. */
  allowShapeChange?: string[];
}

export type Delimiter = ',' | ';';
export const DELIMITERS: readonly Delimiter[] = [',', ';'];

export interface TableDefaults {
  provider: string;
  importMode: ImportMode;
  maxDeletes: DeleteLimit;
  maxChanges?: DeleteLimit | undefined;
  allowRenames?: boolean;
  allowReshuffle?: boolean;
  delimiter: Delimiter;
}

/** Keys that guard what a plan may do, at the top (for every table) or in one entry. */
const GUARD_KEYS = ['max-changes', 'allow-renames', 'allow-reshuffle'];
const TOP_KEYS = ['provider', 'import-mode', 'max-deletes', 'delimiter', 'targets', ...GUARD_KEYS, 'tables'];
const ENTRY_KEYS = ['file', 'table', 'import-mode', 'max-deletes', 'delimiter', 'allow-shape-change', ...GUARD_KEYS];

/**
 * Reads the `config` YAML: defaults at the top, then `tables:` entries. Every error names the file and line.
 *
 *   provider: genesys
 *   import-mode: replace
 *   tables:
 *     - file: data/holidays.csv
 *       table: Holidays
 *     - file: data/queues/*.csv
 *       max-deletes: 0
 *       max-changes: 50%
 */
export function parseConfigFile(
  text: string,
  file: string,
  defaults: TableDefaults,
): { provider: string; tables: TableEntry[]; targets?: string } {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const fail = (node: Node | null | undefined, message: string): never => {
    throw new SettingsError(`${file}:${lineOf(node)}: ${message}`);
  };
  const [firstError] = doc.errors;
  if (firstError) {
    const line = yamlErrorLine(text, firstError.message, firstError.pos?.[0], lines);
    throw new SettingsError(`${file}:${line}: not valid YAML: ${firstError.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'the config file must be a mapping with a "tables" list');

  const scalar = (node: unknown, key: string): string => {
    if (!isScalar(node) || node.value === null || typeof node.value === 'object') {
      return fail(node as Node, `"${key}" must be a single value`);
    }
    return String(node.value).trim();
  };
  const readOptions = (map: YAMLMap, allowed: string[], inherited: TableDefaults): TableDefaults => {
    const options = { ...inherited };
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!allowed.includes(key)) {
        const close = closestKey(key, allowed);
        fail(
          pair.key as Node,
          `unknown key "${key}"${close ? `; did you mean "${close}"?` : ''} Keys here: ${allowed.join(', ')}`,
        );
      }
      if (key === 'provider') options.provider = scalar(pair.value, key);
      if (key === 'import-mode') {
        const mode = scalar(pair.value, key);
        if (mode !== 'replace' && mode !== 'append')
          fail(pair.value as Node, `import-mode is "${mode}"; use replace or append`);
        options.importMode = mode as ImportMode;
      }
      if (key === 'max-deletes') {
        const text = scalar(pair.value, key);
        const limit = parseDeleteLimit(text);
        if (!limit)
          fail(pair.value as Node, `max-deletes is "${text}"; use a row count like 10 or a percentage like 25%`);
        options.maxDeletes = limit as DeleteLimit;
      }
      if (key === 'max-changes') {
        const text = scalar(pair.value, key);
        const limit = parseDeleteLimit(text);
        if (!limit)
          fail(pair.value as Node, `max-changes is "${text}"; use a row count like 10 or a percentage like 50%`);
        options.maxChanges = limit as DeleteLimit;
      }
      if (key === 'allow-renames' || key === 'allow-reshuffle') {
        const value = isScalar(pair.value) ? pair.value.value : undefined;
        if (typeof value !== 'boolean') fail(pair.value as Node, `${key} is "${String(value)}"; use true or false`);
        if (key === 'allow-renames') options.allowRenames = value as boolean;
        else options.allowReshuffle = value as boolean;
      }
      if (key === 'delimiter') {
        const text = scalar(pair.value, key);
        if (!(DELIMITERS as readonly string[]).includes(text))
          fail(pair.value as Node, `delimiter is "${text}"; use "," or ";" (quoted in YAML: delimiter: ";")`);
        options.delimiter = text as Delimiter;
      }
    }
    return options;
  };

  /** Column names: a YAML list (`[Date, Phone]`) or one name. */
  const columnList = (node: unknown, key: string): string[] => {
    const names = isSeq(node) ? node.items.map((item) => scalar(item, key)) : [scalar(node, key)];
    const empty = names.indexOf('');
    if (empty >= 0 || names.length === 0)
      fail(node as Node, `"${key}" lists columns by their CSV header name, like [Date]`);
    return names;
  };
  const top = readOptions(root, TOP_KEYS, defaults);
  const tablesNode = root.get('tables', true);
  if (!isSeq(tablesNode) || tablesNode.items.length === 0) {
    return fail((tablesNode as Node) ?? root, '"tables" must list at least one entry, each with a "file"');
  }
  const tables = tablesNode.items.map((item): TableEntry => {
    if (!isMap(item))
      return fail(
        item as Node,
        'each entry of "tables" needs a "file" (and may set table, import-mode, max-deletes, max-changes)',
      );
    const options = readOptions(item, ENTRY_KEYS, top);
    const fileNode = item.get('file', true);
    if (fileNode === undefined) return fail(item, 'this entry has no "file"');
    const tableNode = item.get('table', true);
    const entry: TableEntry = {
      file: scalar(fileNode, 'file'),
      importMode: options.importMode,
      maxDeletes: options.maxDeletes,
      ...(options.maxChanges ? { maxChanges: options.maxChanges } : {}),
      ...(options.allowRenames ? { allowRenames: true } : {}),
      ...(options.allowReshuffle ? { allowReshuffle: true } : {}),
      delimiter: options.delimiter,
    };
    if (entry.file === '') fail(fileNode as Node, '"file" is empty');
    if (tableNode !== undefined) entry.table = scalar(tableNode, 'table');
    const shapeNode = item.get('allow-shape-change', true);
    if (shapeNode !== undefined) entry.allowShapeChange = columnList(shapeNode, 'allow-shape-change');
    return entry;
  });
  // What a pull request plans (core/targets.ts): read by settings.ts, where the input of the same name wins.
  const targetsNode = root.get('targets', true);
  const targets =
    targetsNode === undefined
      ? undefined
      : isSeq(targetsNode)
        ? targetsNode.items.map((item) => scalar(item, 'targets')).join('\n')
        : scalar(targetsNode, 'targets');
  return { provider: top.provider, tables, ...(targets !== undefined ? { targets } : {}) };
}

/** A known key that a mistyped one is probably meant to be: same letters give or take one edit or a plural. */
function closestKey(key: string, allowed: readonly string[]): string | undefined {
  const sorted = (text: string) => [...text].sort().join('');
  return allowed.find(
    (name) =>
      name.replace(/s$/, '') === key.replace(/s$/, '') ||
      (name.length === key.length && sorted(name) === sorted(key)) ||
      (Math.abs(name.length - key.length) <= 1 && name.startsWith(key.slice(0, Math.max(3, key.length - 2)))),
  );
}

/**
 * The line a YAML syntax error is on. The parser notices an unclosed `[`, `{` or quote only where the file ends: the
 * line to fix is the one that opens it, so that is the line given.
 */
function yamlErrorLine(text: string, message: string, position: number | undefined, lines: LineCounter): number {
  if (position === undefined) return 1;
  const opener = /end with a \]/.test(message)
    ? '['
    : /end with a \}/.test(message)
      ? '{'
      : /closing "quote/.test(message)
        ? '"'
        : /closing 'quote/.test(message)
          ? "'"
          : undefined;
  const opened = opener === undefined ? -1 : text.lastIndexOf(opener, position);
  return lines.linePos(opened >= 0 ? opened : position).line;
}
