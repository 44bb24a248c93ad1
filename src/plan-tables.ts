import { createReadStream } from 'node:fs';
import { readCsv } from './core/csv.ts';
import { planTable, type TablePlan } from './core/plan.ts';
import { DataFileError } from './core/problems.ts';
import type { TableFailure } from './core/report.ts';
import { schemaFromHeader } from './core/schema.ts';
import type { DataFile } from './data-files.ts';
import type { LiveTable, Provider } from './providers/provider.ts';
import { ProviderError } from './providers/provider.ts';
import type { Settings } from './settings.ts';

export interface PlannedTable {
  plan: TablePlan;
  file: DataFile;
  /** The live table; absent for a plan made offline. */
  table?: LiveTable;
}

export interface PlannedRun {
  tables: PlannedTable[];
  failures: TableFailure[];
}

/** Plans each file against its live table: every table is planned before anything is applied. */
export async function planLive(
  files: readonly DataFile[],
  settings: Settings,
  provider: Provider,
  log: (m: string) => void,
): Promise<PlannedRun> {
  const run: PlannedRun = { tables: [], failures: [] };
  for (const file of files) {
    try {
      const table = await provider.getTable(file.table);
      const live = await provider.readRows(table);
      const plan = await planTable({
        file: file.relativePath,
        source: createReadStream(file.absolutePath),
        table: { id: table.id, name: table.name },
        schema: table.schema,
        liveRecords: live.records,
        mode: settings.importMode,
        maxDeletes: settings.maxDeletes,
        limits: table.limits,
      });
      log(`${file.relativePath} -> ${table.name}: live rows read by ${live.source}`);
      run.tables.push({ plan, file, table });
    } catch (error) {
      recordFailure(run, file, error);
    }
  }
  return run;
}

/**
 * Plans each file without the live table: the file's structure and keys are checked, and it is diffed, as text,
 * against its version at `baseRef` (`readBase` gives that text, or undefined when the file is new there).
 */
export async function planOffline(
  files: readonly DataFile[],
  settings: Settings,
  readBase: (path: string) => Promise<string | undefined>,
): Promise<PlannedRun> {
  const run: PlannedRun = { tables: [], failures: [] };
  for (const file of files) {
    try {
      const baseText = await readBase(file.relativePath);
      const base = baseText === undefined ? undefined : await readCsv(baseText, `${file.relativePath} (base)`);
      const liveRecords = (base?.rows ?? []).map(({ cells }) =>
        Object.fromEntries(base?.header.map((name, i) => [name, cells[i]]) ?? []),
      );
      const plan = await planTable({
        file: file.relativePath,
        source: createReadStream(file.absolutePath),
        table: { id: `offline:${file.relativePath}`, name: file.table },
        schema: schemaFromHeader,
        liveRecords,
        mode: settings.importMode,
        maxDeletes: settings.maxDeletes,
        limits: { maxRows: Number.MAX_SAFE_INTEGER, maxKeyLength: Number.MAX_SAFE_INTEGER },
      });
      run.tables.push({ plan, file });
    } catch (error) {
      recordFailure(run, file, error);
    }
  }
  return run;
}

function recordFailure(run: PlannedRun, file: DataFile, error: unknown): void {
  if (!(error instanceof ProviderError || error instanceof DataFileError)) throw error;
  run.failures.push({
    file: file.relativePath,
    table: file.table,
    message: error.message,
    ...(error instanceof DataFileError ? { problems: error.problems } : {}),
  });
}
