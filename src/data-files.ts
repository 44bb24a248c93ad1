import { glob, stat } from 'node:fs/promises';
import path from 'node:path';
import { SettingsError } from './settings.ts';

export interface DataFile {
  /** As written in reports and annotations: relative to the workspace, with forward slashes. */
  relativePath: string;
  absolutePath: string;
  table: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** The CSV files the `file` input names, each with its table (the `table` input, or the file's base name). */
export async function findDataFiles(workspace: string, pattern: string, table?: string): Promise<DataFile[]> {
  let relativePaths: string[];
  if (GLOB_CHARS.test(pattern)) {
    relativePaths = [];
    for await (const match of glob(pattern, { cwd: workspace })) relativePaths.push(match);
    relativePaths.sort();
    if (relativePaths.length === 0) throw new SettingsError(`Input file: no file matches "${pattern}" in ${workspace}`);
  } else {
    const exists = await stat(path.resolve(workspace, pattern)).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!exists) throw new SettingsError(`Input file: "${pattern}" does not exist in the workspace (${workspace})`);
    relativePaths = [pattern];
  }
  if (table && relativePaths.length > 1) {
    throw new SettingsError(
      `Input table names one table, but file matches ${relativePaths.length} files; leave table empty to use each file's base name`,
    );
  }
  return relativePaths.map((relative) => ({
    relativePath: relative.split(path.sep).join('/'),
    absolutePath: path.resolve(workspace, relative),
    table: table || path.basename(relative).replace(/\.csv$/i, ''),
  }));
}
