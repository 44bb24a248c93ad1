import path from 'node:path';
import type { ImportMode } from '../core/diff.ts';
import type { DeleteLimit } from '../core/guards.ts';
import type { Delimiter, TableEntry } from './config-file.ts';
import type { PathGate } from './path-gate.ts';
import { SettingsError } from './settings-error.ts';

export interface DataFile {
  /** As written in reports and annotations: relative to the workspace, with forward slashes. */
  relativePath: string;
  absolutePath: string;
  /** The file's bytes, opened through the path gate (never through a link); a chunk is good until the next is read. */
  open: () => AsyncIterable<Uint8Array>;
  /** The most rows it can hold (its line feeds plus one), counted through the path gate; absent in tests. */
  linesAtMost?: () => number;
  table: string;
  importMode: ImportMode;
  maxDeletes: DeleteLimit;
  maxChanges?: DeleteLimit | undefined;
  allowRenames?: boolean | undefined;
  allowReshuffle?: boolean | undefined;
  delimiter: Delimiter;
  /** Columns whose values may change shape (the config file's `allow-shape-change`). */
  allowShapeChange?: readonly string[];
  /** The config entry that names it (a pull request that changes the entry plans the table: core/targets.ts). */
  entry?: TableEntry;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The CSV files each entry names, each with its table (the entry's `table`, or the file's base name), all through
 * the path gate. A plain path must exist unless `forExport` (export writes it). Two files may not name the same table.
 */
export async function findDataFiles(
  gate: PathGate,
  entries: readonly TableEntry[],
  forExport = false,
): Promise<DataFile[]> {
  const files: DataFile[] = [];
  for (const entry of entries) {
    let relativePaths: string[];
    if (GLOB_CHARS.test(entry.file)) {
      relativePaths = await gate.glob(entry.file, 'file');
      if (relativePaths.length === 0)
        throw new SettingsError(`file: no file matches "${entry.file}" in ${gate.workspace}`);
    } else {
      if (forExport) gate.inside(gate.workspace, entry.file, 'file');
      else gate.forReading(entry.file, 'file');
      relativePaths = [entry.file];
    }
    if (entry.table && relativePaths.length > 1) {
      throw new SettingsError(
        `table "${entry.table}" names one table, but "${entry.file}" matches ${relativePaths.length} files; leave table empty to use each file's base name`,
      );
    }
    for (const relative of relativePaths) {
      const absolutePath = path.resolve(gate.workspace, relative);
      files.push({
        relativePath: relative.split(path.sep).join('/'),
        absolutePath,
        open: () => gate.openRead(absolutePath),
        linesAtMost: () => gate.linesAtMost(absolutePath),
        table: entry.table || path.basename(relative).replace(/\.csv$/i, ''),
        importMode: entry.importMode,
        maxDeletes: entry.maxDeletes,
        maxChanges: entry.maxChanges,
        allowRenames: entry.allowRenames,
        allowReshuffle: entry.allowReshuffle,
        delimiter: entry.delimiter,
        ...(entry.allowShapeChange ? { allowShapeChange: entry.allowShapeChange } : {}),
        entry,
      });
    }
  }
  const seen = new Map<string, string>();
  for (const file of files) {
    const earlier = seen.get(file.table);
    if (earlier)
      throw new SettingsError(
        `${earlier} and ${file.relativePath} both name the table "${file.table}"; one file per table`,
      );
    seen.set(file.table, file.relativePath);
  }
  return files;
}
