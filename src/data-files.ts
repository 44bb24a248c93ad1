import { glob, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TableEntry } from './config-file.ts';
import type { ImportMode } from './core/diff.ts';
import type { DeleteLimit } from './core/guards.ts';
import { SettingsError } from './settings-error.ts';

export interface DataFile {
  /** As written in reports and annotations: relative to the workspace, with forward slashes. */
  relativePath: string;
  absolutePath: string;
  table: string;
  importMode: ImportMode;
  maxDeletes: DeleteLimit;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The CSV files each entry names, each with its table (the entry's `table`, or the file's base name).
 * A plain path must exist unless `forExport` (export writes it). Two files may not name the same table.
 */
export async function findDataFiles(
  workspace: string,
  entries: readonly TableEntry[],
  forExport = false,
): Promise<DataFile[]> {
  const files: DataFile[] = [];
  for (const entry of entries) {
    let relativePaths: string[];
    if (GLOB_CHARS.test(entry.file)) {
      relativePaths = [];
      for await (const match of glob(entry.file, { cwd: workspace })) relativePaths.push(match);
      relativePaths.sort();
      if (relativePaths.length === 0) throw new SettingsError(`file: no file matches "${entry.file}" in ${workspace}`);
    } else {
      const exists = await stat(path.resolve(workspace, entry.file)).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!exists && !forExport)
        throw new SettingsError(`file: "${entry.file}" does not exist in the workspace (${workspace})`);
      relativePaths = [entry.file];
    }
    if (entry.table && relativePaths.length > 1) {
      throw new SettingsError(
        `table "${entry.table}" names one table, but "${entry.file}" matches ${relativePaths.length} files; leave table empty to use each file's base name`,
      );
    }
    for (const relative of relativePaths) {
      files.push({
        relativePath: relative.split(path.sep).join('/'),
        absolutePath: path.resolve(workspace, relative),
        table: entry.table || path.basename(relative).replace(/\.csv$/i, ''),
        importMode: entry.importMode,
        maxDeletes: entry.maxDeletes,
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
