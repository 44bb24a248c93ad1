import { asLiveRecords, type LiveRowsInput, liveRowObjects } from '../../src/core/live-records.ts';
import type { TableSchema } from '../../src/core/schema.ts';

/** Live rows (objects or packed) as objects of the schema's fields, for assertions. */
export function liveObjects(records: LiveRowsInput, schema: TableSchema | undefined): Record<string, unknown>[] {
  return [
    ...liveRowObjects(
      asLiveRecords(records),
      (schema?.fields ?? []).map((field) => field.name),
    ),
  ];
}
