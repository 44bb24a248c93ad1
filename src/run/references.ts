import {
  batches,
  type FoundObjects,
  holdReferences,
  idsByKind,
  previousIds,
  REFERENCE_WORDS,
  type ReferenceKind,
} from '../core/references.ts';
import { MissingPermissionError, type Provider, ProviderError } from '../providers/provider.ts';
import type { PlannedRun } from './plan.ts';

/**
 * Checks the ids in columns declared as references against the org: the ids of every table in the run gathered per
 * kind, one lookup request per kind per 100 ids; then each table's plan holds its cells against the answers (a missing
 * id blocks the table). Only rows the plan adds or changes, unless `everyRow` (a drift check). Never a failure: a kind
 * the role may not look up is left unchecked, said once per permission; any other error leaves that kind unchecked,
 * said too. Returns those notices.
 */
export async function checkReferences(
  planned: PlannedRun,
  provider: Provider,
  options: { everyRow: boolean; log: (message: string) => void },
): Promise<string[]> {
  const lookup = provider.lookupObjects?.bind(provider);
  const withCells = planned.tables.filter((t) => t.referenceCells);
  if (withCells.length === 0) return [];
  const toCheck = new Map(
    withCells.map((t) => [t, t.referenceCells?.toCheck(t.plan.diff, options.everyRow) ?? []] as const),
  );
  if (!lookup) {
    return [
      `${provider.capabilities.describe} cannot look objects up by id: the columns declared as references were not checked.`,
    ];
  }
  // The ids changed cells held before are looked up too, for their names (never blocking: they are going).
  const all: { kind: ReferenceKind; id: string }[] = [
    ...[...toCheck.values()].flat(),
    ...withCells.flatMap((t) => previousIds(t.plan.diff, t.referenceCells?.columns ?? {})),
  ];
  const found = new Map<ReferenceKind, Map<string, string>>();
  const refused = new Map<string, ReferenceKind[]>();
  const failed: string[] = [];
  for (const [kind, ids] of idsByKind(all)) {
    const names = new Map<string, string>();
    try {
      for (const batch of batches(ids)) for (const [id, name] of await lookup(kind, batch)) names.set(id, name);
      found.set(kind, names);
      options.log(`Looked up ${ids.length} ${REFERENCE_WORDS[kind]} id(s): ${names.size} found`);
    } catch (error) {
      if (error instanceof MissingPermissionError) {
        refused.set(error.permission, [...(refused.get(error.permission) ?? []), kind]);
      } else if (error instanceof ProviderError) {
        // The vendor's words go to the log (one door for them); the notice says where they are.
        options.log(`The ${REFERENCE_WORDS[kind]} ids were not checked: ${error.message}`);
        failed.push(`The ${REFERENCE_WORDS[kind]} ids were not checked: their lookup failed (the log says why).`);
      } else throw error;
    }
  }
  const org = provider.describeOrg?.() ?? provider.capabilities.describe;
  for (const [table, cells] of toCheck) {
    holdReferences(
      table.plan,
      cells,
      found as FoundObjects,
      org,
      table.referenceCells?.columns ?? {},
      provider.objectIdForm,
    );
  }
  const notices = [...refused].map(
    ([permission, kinds]) =>
      `The ids in columns declared as references to ${kinds.map((kind) => `${REFERENCE_WORDS[kind]}s`).join(' and ')} were not checked: the OAuth client's role lacks the permission ${permission}. Add it to the role to have them checked; the plan goes on without.`,
  );
  return [...notices, ...failed];
}
