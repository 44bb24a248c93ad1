/**
 * The org's objects a data table's cells point at (queues, users, schedule groups, skills, wrap-up codes, flows), each
 * answered at the list call the SDK uses to find many by id: `id` repeated (`buildCollectionParam(..., 'multi')`),
 * `pageSize` (default 25) and `pageNumber`, answering an entity listing. Sources: docs/genesys.md, "Cells that point
 * at objects".
 */
import type { ObjectKind, ObjectSeed } from './types.ts';
import { error, missingPermission, page, type Send } from './wire.ts';

interface Route {
  kind: ObjectKind;
  permission: string | undefined;
  /** The call takes ids only (flows/lookup: `id` required). */
  idsRequired?: boolean;
}

/** Path -> kind, and the permission the SDK's docs list for the call (undefined: "Requires NO permissions"). */
export const OBJECT_ROUTES: Readonly<Record<string, Route>> = {
  '/api/v2/routing/queues': { kind: 'queues', permission: 'routing:queue:view' },
  '/api/v2/users': { kind: 'users', permission: undefined },
  '/api/v2/architect/schedulegroups/divisionviews': {
    kind: 'scheduleGroups',
    permission: 'routing:scheduleGroup:search',
  },
  '/api/v2/routing/skills': { kind: 'skills', permission: 'routing:skill:view' },
  '/api/v2/routing/wrapupcodes': { kind: 'wrapupCodes', permission: 'routing:wrapupCode:view' },
  '/api/v2/flows/lookup': { kind: 'flows', permission: 'architect:flow:view', idsRequired: true },
};

/** Assumed (documented for the queue division view only, "[max value is 100]"): no list gives more than 100 a page. */
const MAX_PAGE_SIZE = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One list call. With `forbidden` naming the kind (or true), a 403 as for a role without the call's permission (the
 * users call lists none: its 403 names none either). A user's `state` filter defaults to active, as the SDK documents.
 */
export function listObjects(
  route: Route,
  objects: Readonly<Partial<Record<ObjectKind, ObjectSeed[]>>>,
  forbidden: true | readonly ObjectKind[] | undefined,
  url: URL,
  send: Send,
): void {
  if (forbidden === true || forbidden?.includes(route.kind)) {
    return send(
      403,
      route.permission
        ? missingPermission(route.permission)
        : error(403, 'not.authorized', 'You are not authorized to perform the requested action.'),
    );
  }
  // The JS SDK joins the ids with commas into one `id` (ApiClient.serialize: `obj[p].join(",")`); the SDKs whose
  // 'multi' format repeats the parameter are answered too.
  const ids = url.searchParams
    .getAll('id')
    .flatMap((value) => value.split(','))
    .filter((id) => id !== '');
  if (route.idsRequired && ids.length === 0) return send(400, error(400, 'bad.request', 'id is required'));
  const bad = ids.find((id) => !UUID.test(id));
  if (bad !== undefined) return send(400, error(400, 'bad.request', `Invalid id ${bad}`));
  const wanted = new Set(ids.map((id) => id.toLowerCase()));
  const state = route.kind === 'users' ? (url.searchParams.get('state') ?? 'active') : undefined;
  const all = (objects[route.kind] ?? [])
    .filter((object) => wanted.size === 0 || wanted.has(object.id.toLowerCase()))
    .filter((object) => state === undefined || state === 'any' || (object.state ?? 'active') === state)
    .map((object) => ({
      id: object.id,
      name: object.name,
      ...(route.kind === 'users' ? { state: object.state ?? 'active' } : {}),
      selfUri: `${url.pathname.replace(/\/(lookup|divisionviews)$/, '')}/${object.id}`,
    }));
  send(200, page(all, url, 25, MAX_PAGE_SIZE));
}
