import type { TableSchema } from './core/schema.ts';
import { readSchemaFile, schemaFileCandidates } from './core/schema-file.ts';
import type { PathGate } from './path-gate.ts';

export interface SchemaBeside {
  /** Where it was found, relative to the workspace. */
  path: string;
  schema: TableSchema;
  division?: string;
}

/** The schema file beside a CSV (`<name>.schema.json`, `.yaml` or `.yml`), read through the gate; undefined if none. */
export function readSchemaBeside(gate: PathGate, csvPath: string): SchemaBeside | undefined {
  for (const candidate of schemaFileCandidates(csvPath)) {
    const text = gate.readTextIfExists(candidate, 'schema file');
    if (text === undefined) continue;
    const { division, ...schema } = readSchemaFile(text, candidate);
    return { path: candidate, schema, ...(division ? { division } : {}) };
  }
  return undefined;
}
