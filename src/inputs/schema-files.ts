import { DataFileError } from '../core/problems.ts';
import type { ReferenceColumns } from '../core/references.ts';
import { codeOrText } from '../core/report/markdown.ts';
import type { TableSchema } from '../core/schema.ts';
import { readSchemaFile, schemaFileCandidates } from '../core/schema-file.ts';
import type { Provider } from '../providers/provider.ts';
import type { DataFile } from './data-files.ts';
import type { PathGate } from './path-gate.ts';
import { SettingsError } from './settings-error.ts';

/** Far more than any table's schema (Genesys: 50 fields): a larger file is refused before it is read. */
const MAX_SCHEMA_FILE_BYTES = 1024 * 1024;

export interface SchemaBeside {
  /** Where it was found, relative to the workspace. */
  path: string;
  schema: TableSchema;
  division?: string;
  /** Columns declared as references to Genesys objects (field name -> kind). */
  references?: ReferenceColumns;
}

/** The schema file beside a CSV (`<name>.schema.json`, `.yaml` or `.yml`), read through the gate; undefined if none. */
export function readSchemaBeside(gate: PathGate, csvPath: string): SchemaBeside | undefined {
  for (const candidate of schemaFileCandidates(csvPath)) {
    let text: string | undefined;
    try {
      text = gate.readTextIfExists(candidate, 'schema file', MAX_SCHEMA_FILE_BYTES);
    } catch (error) {
      // A link, or not a regular file: refused by the gate, and this table fails with the gate's reason.
      if (!(error instanceof SettingsError)) throw error;
      throw new DataFileError({ kind: 'schema-file', file: candidate, line: 1, message: error.message });
    }
    if (text === undefined) continue;
    const { division, references, ...schema } = readSchemaFile(text, candidate);
    return { path: candidate, schema, ...(division ? { division } : {}), ...(references ? { references } : {}) };
  }
  return undefined;
}

/** Whether any of the files has a YAML schema file beside it (the YAML library is then loaded before they are read). */
export function hasYamlSchemas(gate: PathGate, files: readonly DataFile[]): boolean {
  return files.some((file) =>
    schemaFileCandidates(file.relativePath).some((candidate) => {
      if (!/\.ya?ml$/i.test(candidate)) return false;
      try {
        return gate.isFile(candidate, 'schema file');
      } catch (error) {
        // A link: readSchemaBeside refuses it with the gate's reason before any YAML is read.
        if (error instanceof SettingsError) return false;
        throw error;
      }
    }),
  );
}

/** A vendor without a schema API says so once for the schema files it cannot use (validate still uses them). */
export function unusedSchemaFiles(
  gate: PathGate,
  files: readonly DataFile[],
  provider: Provider | undefined,
): string[] {
  if (!provider || provider.createTable) return [];
  const found = files.flatMap((file) =>
    schemaFileCandidates(file.relativePath).filter((candidate) => {
      try {
        return gate.isFile(candidate, 'schema file');
      } catch (error) {
        // A link there is not used either; the plan need not say more of it.
        if (error instanceof SettingsError) return false;
        throw error;
      }
    }),
  );
  if (found.length === 0) return [];
  const them = found.length === 1 ? 'it' : 'them';
  return [
    `${provider.capabilities.describe} cannot create tables or columns through its API: ${found.map(codeOrText).join(', ')} ${found.length === 1 ? 'is' : 'are'} not used by the plan (\`mode: validate\` checks cells against ${them}).`,
  ];
}
