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
/** Data tables are Architect's (the realtime service mapping's service names: Architect, Routing, ...). */
export const AUDIT_SERVICE = 'Architect';
/** The realtime query answers at most 14 days back ("will only retrieve 14 days worth of audits"). */
export const AUDIT_DAYS = 14;
/** Assumed page size (the SDK documents no maximum for this call; 100 is what its other queries take). */
export const AUDIT_PAGE_SIZE = 100;
/** Newest first, a few pages at most: the latest change to each drifted row is what a reader needs. */
export const AUDIT_MAX_PAGES = 3;

/** The request body for one table's entries over `[since, until]`, newest first. */
export function auditQuery(tableId: string, since: Date, until: Date, page: number) {
  return {
    interval: `${since.toISOString()}/${until.toISOString()}`,
    serviceName: AUDIT_SERVICE,
    filters: [{ property: 'EntityId', value: tableId }],
    sort: [{ name: 'Timestamp', sortOrder: 'desc' }],
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
  entity?: { id?: string; name?: string };
  propertyChanges?: { property?: string; oldValues?: string[]; newValues?: string[] }[];
}

export interface AuditListing {
  entities?: AuditLogMessage[];
  pageCount?: number;
}

/**
 * An audit entry as an edit of the table: the user (by name when expanded, else id) or, with no user, the OAuth
 * client (by id: the entry carries no name). Assumed, and read both ways: the row is the entry's entity when that is
 * a row (an entityType naming a row, the entity's name its key), or a property change named `key`; an entry naming no
 * row is an edit of the table. Entries of other tables, or without a time or anyone, are left out.
 */
export function editFrom(entry: AuditLogMessage, tableId: string): TableEdit | undefined {
  const at = entry.eventDate && !Number.isNaN(Date.parse(entry.eventDate)) ? entry.eventDate : undefined;
  const user = entry.user?.name || entry.user?.id;
  const client = entry.client?.id;
  if (!at || !(user || client)) return undefined;
  const isRow = /row/i.test(entry.entityType ?? '');
  if (!isRow && entry.entity?.id !== undefined && entry.entity.id !== tableId) return undefined;
  const keyChange = entry.propertyChanges?.find((change) => change.property?.toLowerCase() === 'key');
  const rowKey = isRow ? entry.entity?.name : (keyChange?.newValues?.[0] ?? keyChange?.oldValues?.[0]);
  const action = (entry.action ?? '').toLowerCase();
  return {
    tableId,
    ...(rowKey !== undefined && rowKey !== '' ? { rowKey } : {}),
    action:
      action.startsWith('create') || action === 'add' ? 'added' : action.startsWith('delete') ? 'deleted' : 'changed',
    who: user ?? (client as string),
    by: user ? 'user' : 'OAuth client',
    at: new Date(at).toISOString(),
  };
}
