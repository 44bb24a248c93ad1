import type { TableEdit } from '../../core/audit-trail.ts';

/**
 * Who changed a data table, from Genesys' audit log: `POST /api/v2/audits/query/realtime` (the SDK's
 * AuditApi.postAuditsQueryRealtime, `expand` sent as `expand=user` so that a user comes with a name), with an
 * AuditRealtimeQueryRequest ({interval, serviceName, filters, sort, pageNumber, pageSize}) and an
 * AuditRealtimeQueryResultsResponse of AuditLogMessage entities back. Sources and what is assumed: docs/genesys.md,
 * "Who changed a table".
 */
export const AUDIT_PATH = '/api/v2/audits/query/realtime';
/** The permission the SDK docs and the Genesys CLI list for the call ("Requires ALL permissions"). */
export const AUDIT_PERMISSION = 'audits:audit:view';
/**
 * The services asked, in turn: `Datatables` first (a service of its own in the SDK's ServiceNameEnum, beside
 * `Architect`), then `Architect` for a drifted table the first named nowhere. Which one logs row writes is not
 * documented: both readings work. Sources: docs/genesys.md, "Who changed a table".
 */
export const DATATABLES_SERVICE = 'Datatables';
export const ARCHITECT_SERVICE = 'Architect';
/** The realtime query answers at most 14 days back ("will only retrieve 14 days worth of audits"). */
export const AUDIT_DAYS = 14;
/** Assumed page size (the SDK documents no maximum for this call; 100 is what its other queries take). */
export const AUDIT_PAGE_SIZE = 100;
/** Newest first, a few pages at most: the latest change to each drifted row is what a reader needs. */
export const AUDIT_MAX_PAGES = 5;

/**
 * One page of a realtime query over `[since, until]`, newest first (AuditQuerySort: name `Timestamp`, sortOrder
 * `descending`), of one service, filtered by entity id when given (AuditQueryFilter property `EntityId`).
 */
export function auditQuery(serviceName: string, since: Date, until: Date, page: number, entityId?: string) {
  return {
    interval: `${since.toISOString()}/${until.toISOString()}`,
    serviceName,
    ...(entityId ? { filters: [{ property: 'EntityId', value: entityId }] } : {}),
    sort: [{ name: 'Timestamp', sortOrder: 'descending' }],
    pageNumber: page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}

/** The parts of the SDK's AuditLogMessage read here (every field optional, as the SDK types it). */
export interface AuditLogMessage {
  user?: { id?: string; name?: string };
  client?: { id?: string };
  eventDate?: string;
  action?: string;
  entityType?: string;
  entity?: { id?: string; name?: string; selfUri?: string };
  propertyChanges?: { property?: string; oldValues?: string[]; newValues?: string[] }[];
  context?: Record<string, string>;
}

export interface AuditListing {
  entities?: AuditLogMessage[];
  pageCount?: number;
}

/** `/flows/datatables/<table>/rows/<key>` in an entity's selfUri: the table, and the row when there is one. */
const TABLE_URI = /\/flows\/datatables\/([^/?#]+)(?:\/rows\/([^?#]+))?/;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * An audit entry as an edit of this table, or undefined when it is not one. Assumed, and read every way the SDK's
 * types allow (docs/genesys.md): the entry is the table's when its entity is the table, its entity's selfUri is under
 * the table, or a context value is the table's id; its row is the entity when the entity type is `Row` (its name,
 * else the key in its selfUri, else its id), or a property change named `key`; an entry naming no row is an edit of
 * the table. Who: the user (by name when expanded, else id) or, with no user, the OAuth client (by id: the entry
 * carries no name). Entries without a time or anyone are left out.
 */
export function editFrom(entry: AuditLogMessage, table: { id: string }): TableEdit | undefined {
  const at = entry.eventDate && !Number.isNaN(Date.parse(entry.eventDate)) ? entry.eventDate : undefined;
  const user = entry.user?.name || entry.user?.id;
  const client = entry.client?.id;
  if (!at || !(user || client)) return undefined;
  const uri = TABLE_URI.exec(entry.entity?.selfUri ?? '');
  const ofTable =
    entry.entity?.id === table.id ||
    (uri !== null && decoded(uri[1] as string) === table.id) ||
    Object.values(entry.context ?? {}).includes(table.id);
  if (!ofTable) return undefined;
  const isRow = /row/i.test(entry.entityType ?? '') && entry.entity?.id !== table.id;
  const keyChange = entry.propertyChanges?.find((change) => change.property?.toLowerCase() === 'key');
  const rowKey = isRow
    ? entry.entity?.name || (uri?.[2] !== undefined ? decoded(uri[2]) : undefined) || entry.entity?.id
    : (keyChange?.newValues?.[0] ?? keyChange?.oldValues?.[0]);
  const action = (entry.action ?? '').toLowerCase();
  return {
    tableId: table.id,
    ...(rowKey !== undefined && rowKey !== '' ? { rowKey } : {}),
    action:
      action.startsWith('create') || action === 'add'
        ? 'added'
        : action.startsWith('delete') || action === 'remove'
          ? 'deleted'
          : 'changed',
    who: user ?? (client as string),
    by: user ? 'user' : 'OAuth client',
    at: new Date(at).toISOString(),
  };
}
