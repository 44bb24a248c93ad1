import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportMode } from '../core/diff.ts';
import { formatDeleteLimit, parseDeleteLimit } from '../core/guards.ts';
import { type Delimiter, parseConfigFile, type TableEntry } from '../inputs/config-file.ts';
import { SettingsError } from '../inputs/settings-error.ts';

/** The config file a folder's plans read on GitHub (examples/config/), found by name where the command runs. */
export const LOCAL_CONFIG_NAMES = ['datatables.yml', 'datatables.yaml'];

/** One run of the engine: inputs over the invocation's, and the line that says which settings it uses. */
export interface LocalRun {
  inputs: Record<string, string>;
  settingsLine: string;
}

/**
 * The settings a laptop plan uses, the same as CI's: the config file named (--config) or, without one, the
 * datatables.yml of the folder where the command runs. With no file named, the whole config is run; each file named
 * is run with the settings of the config entry that covers it (table, import-mode, max-deletes, delimiter, provider),
 * or with the flags and defaults when no entry does, and its first line says which.
 */
export function localRuns(inputs: Readonly<Record<string, string>>, files: readonly string[], cwd: string): LocalRun[] {
  const named = [...files, ...(inputs.file?.trim() ? [inputs.file.trim()] : [])];
  const configName =
    inputs.config?.trim() || LOCAL_CONFIG_NAMES.find((name) => existsSync(path.join(cwd, name))) || undefined;
  const fromFlags = `flags, environment and defaults${inputs.config?.trim() ? '' : ` (no ${LOCAL_CONFIG_NAMES[0]} in ${cwd})`}`;
  if (configName === undefined) {
    const describe = `provider ${inputs.provider}, import-mode ${inputs['import-mode']}, max-deletes ${inputs['max-deletes']}`;
    if (named.length === 0) return [{ inputs: {}, settingsLine: `Settings: ${fromFlags}: ${describe}.` }];
    return named.map((file) => ({
      inputs: { file },
      settingsLine: `Settings for ${file}: ${fromFlags}: ${describe}.`,
    }));
  }
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, configName), 'utf8');
  } catch {
    throw new SettingsError(`--config: cannot read "${configName}" in ${cwd}`);
  }
  const config = parseConfigFile(text, configName, {
    provider: inputs.provider ?? 'genesys',
    importMode: (inputs['import-mode'] ?? 'replace') as ImportMode,
    maxDeletes: parseDeleteLimit(inputs['max-deletes'] ?? '25%') ?? { percent: 25 },
    delimiter: (inputs.delimiter ?? ',') as Delimiter,
  });
  const found = inputs.config?.trim() ? '' : ` (found in ${cwd})`;
  if (named.length === 0) {
    const shown = config.tables.slice(0, 3).map((entry) => `${entry.file}: ${describeEntry(entry)}`);
    const more = config.tables.length > shown.length ? `; and ${config.tables.length - shown.length} more` : '';
    return [
      {
        inputs: { config: configName, file: '' },
        settingsLine: `Settings: ${configName}${found}: provider ${config.provider}; ${shown.join('; ')}${more}.`,
      },
    ];
  }
  return named.map((file): LocalRun => {
    const relative = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
    const index = config.tables.findIndex((entry) => globMatches(entry.file, relative));
    const entry = config.tables[index];
    if (!entry) {
      return {
        inputs: { config: '', file },
        settingsLine: `Settings for ${file}: ${fromFlags}: no entry of ${configName} covers it; provider ${inputs.provider}, import-mode ${inputs['import-mode']}, max-deletes ${inputs['max-deletes']}.`,
      };
    }
    return {
      inputs: {
        config: '',
        file,
        table: entry.table ?? '',
        provider: config.provider,
        'import-mode': entry.importMode,
        'max-deletes': formatDeleteLimit(entry.maxDeletes),
        delimiter: entry.delimiter,
      },
      settingsLine: `Settings for ${file}: ${configName}${found}, entry ${index + 1} (${entry.file}): provider ${config.provider}, ${describeEntry(entry)}.`,
    };
  });
}

function describeEntry(entry: TableEntry): string {
  return [
    entry.table ? `table ${entry.table}` : '',
    `import-mode ${entry.importMode}`,
    `max-deletes ${formatDeleteLimit(entry.maxDeletes)}`,
    entry.delimiter === ',' ? '' : `delimiter ${entry.delimiter}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Whether a workspace path is one a config entry's path or glob names (`*`, `?`, `[...]`, `**` across folders). */
export function globMatches(glob: string, file: string): boolean {
  // Node's own matcher, as the path gate uses: the laptop picks a file's entry as the action picks its files.
  return path.matchesGlob(file, glob.replace(/^\.\//, ''));
}
