import { IDS_PER_LOOKUP, type ReferenceKind } from '../../core/references.ts';

/**
 * How each kind of object is looked up by many ids at once: the SDK's list call that takes many ids in `id` (an array
 * in purecloud-platform-client-v2, sent comma-joined), and the permission its
 * docs (build/docs/*.md of platform-client-sdk-javascript) list. Sources and details: docs/genesys.md.
 */
export interface LookupCall {
  path: string;
  /** The SDK method, for messages and docs. */
  sdk: string;
  /** The permission the SDK's docs list for the call; undefined: "Requires NO permissions". */
  permission: string | undefined;
  /** Other query parameters the call needs to see every object of the kind. */
  query?: Record<string, string>;
}

export const LOOKUPS: Readonly<Record<ReferenceKind, LookupCall>> = {
  queue: { path: '/api/v2/routing/queues', sdk: 'RoutingApi.getRoutingQueues', permission: 'routing:queue:view' },
  // Without state=any the call lists active users only: an inactive user still exists (and is named).
  user: { path: '/api/v2/users', sdk: 'UsersApi.getUsers', permission: undefined, query: { state: 'any' } },
  // The plain listing (getArchitectSchedulegroups) takes no ids; its division view does.
  'schedule-group': {
    path: '/api/v2/architect/schedulegroups/divisionviews',
    sdk: 'ArchitectApi.getArchitectSchedulegroupsDivisionviews',
    permission: 'routing:scheduleGroup:search',
  },
  skill: { path: '/api/v2/routing/skills', sdk: 'RoutingApi.getRoutingSkills', permission: 'routing:skill:view' },
  'wrap-up-code': {
    path: '/api/v2/routing/wrapupcodes',
    sdk: 'RoutingApi.getRoutingWrapupcodes',
    permission: 'routing:wrapupCode:view',
  },
  // getFlows' `id` is deprecated in the SDK ("use GET /api/v2/flows/lookup with the ids parameter instead").
  flow: { path: '/api/v2/flows/lookup', sdk: 'ArchitectApi.getFlowsLookup', permission: 'architect:flow:view' },
};

/** Every Genesys object id is a UUID: anything else names nothing, and is never sent (it would only be a 400). */
export const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The query of one lookup request: the ids joined by commas into one `id`, as the JS SDK sends a collection
 * (`ApiClient.serialize`: `obj[p].join(",")`; only UUIDs are sent, so nothing needs escaping), and a page of 100.
 */
export function lookupQuery(kind: ReferenceKind, ids: readonly string[], page: number): string {
  const query = new URLSearchParams({ pageNumber: String(page), pageSize: String(IDS_PER_LOOKUP) });
  for (const [name, value] of Object.entries(LOOKUPS[kind].query ?? {})) query.set(name, value);
  return `${query}&id=${ids.join(',')}`;
}

/** One listing's page as the SDK types it (QueueEntityListing and the others: every field optional). */
export interface ObjectListing {
  entities?: { id?: string; name?: string; state?: string; deleted?: boolean }[];
  pageCount?: number;
}

/**
 * id -> name of the asked objects a listing holds (ids compared without case: the file's spelling is kept); a user
 * whose state is `deleted`, or a deleted flow, names nothing.
 */
export function foundIn(listing: ObjectListing, asked: readonly string[], into: Map<string, string>): void {
  const byLower = new Map(asked.map((id) => [id.toLowerCase(), id]));
  for (const entity of listing.entities ?? []) {
    const id = typeof entity.id === 'string' ? byLower.get(entity.id.toLowerCase()) : undefined;
    if (id === undefined || entity.state === 'deleted' || entity.deleted === true) continue;
    into.set(id, typeof entity.name === 'string' && entity.name !== '' ? entity.name : id);
  }
}
