/**
 * Genesys' audit log, as far as data tables go: every row written through the rows API is recorded (by the OAuth
 * client that sent it, or the user a seeded client acts for), and `POST /api/v2/audits/query/realtime` answers it as
 * the SDK calls it (AuditApi.postAuditsQueryRealtime: an AuditRealtimeQueryRequest body, `expand` in the query, an
 * AuditRealtimeQueryResultsResponse of AuditLogMessage back). Sources and what is assumed: docs/genesys.md, "Who
 * changed a table".
 */
import { randomUUID } from 'node:crypto';
import type { Table } from './types.ts';
import { error, missingPermission, type Send } from './wire.ts';

/** The SDK's AuditLogMessage, the fields recorded here. */
export interface AuditLogMessage {
  id: string;
  user?: { id: string; name?: string };
  client: { id: string };
  serviceName: 'Datatables';
  level: 'USER';
  eventDate: string;
  action: 'Create' | 'Update' | 'Delete';
  /**
   * Assumed (docs/genesys.md): a row write is logged by the Datatables service with entity type `Row` (both in the
   * SDK's enums), the entity being the row (its key as id and name, its selfUri under the table), the table in context.
   */
  entityType: 'Row';
  entity: { id: string; name: string; selfUri: string };
  context: { datatableId: string; datatableName: string };
  status: 'SUCCESS';
}

/** Who sent a request: the OAuth client, and the user it acts for when one is seeded for it. */
export interface Actor {
  client: string;
  user?: { id: string; name: string };
}

/** Filters the realtime query takes (AuditQueryFilter.property), each against one field of an entry. */
const FILTERS: Readonly<Record<string, (entry: AuditLogMessage) => string | undefined>> = {
  EntityId: (entry) => entry.entity.id,
  EntityType: (entry) => entry.entityType,
  Action: (entry) => entry.action,
  UserId: (entry) => entry.user?.id,
  ClientId: (entry) => entry.client.id,
};
/** Assumed bounds of a page (the SDK documents none for this call): 25 by default, as its other pages, 500 at most. */
const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 500;
/** "This endpoint will only retrieve 14 days worth of audits" (the SDK's description of the call). */
const REALTIME_DAYS = 14;

export class AuditLog {
  readonly entries: AuditLogMessage[] = [];

  /** The rows a write changed, one entry each, compared before and after. */
  recordWrite(table: Table, before: ReadonlyMap<string, unknown>, actor: Actor, now: Date): void {
    const after = table.rows;
    const changed: [string, AuditLogMessage['action']][] = [];
    for (const [key, row] of after) {
      if (!before.has(key)) changed.push([key, 'Create']);
      else if (JSON.stringify(before.get(key)) !== JSON.stringify(row)) changed.push([key, 'Update']);
    }
    for (const key of before.keys()) if (!after.has(key)) changed.push([key, 'Delete']);
    for (const [key, action] of changed) {
      this.entries.push({
        id: randomUUID(),
        ...(actor.user ? { user: actor.user } : {}),
        client: { id: actor.client },
        serviceName: 'Datatables',
        level: 'USER',
        eventDate: now.toISOString(),
        action,
        entityType: 'Row',
        entity: { id: key, name: key, selfUri: `/api/v2/flows/datatables/${table.id}/rows/${encodeURIComponent(key)}` },
        context: { datatableId: table.id, datatableName: table.name },
        status: 'SUCCESS',
      });
    }
  }

  /** `POST /api/v2/audits/query/realtime`. */
  query(url: URL, body: Buffer, forbidden: boolean, send: Send, now: number): void {
    if (forbidden) return send(403, missingPermission('audits:audit:view'));
    let request: {
      interval?: unknown;
      serviceName?: unknown;
      filters?: { property?: unknown; value?: unknown }[];
      sort?: { name?: unknown; sortOrder?: unknown }[];
      pageNumber?: unknown;
      pageSize?: unknown;
    };
    try {
      request = JSON.parse(body.toString('utf8'));
    } catch {
      return send(400, error(400, 'bad.request', 'The request body is not JSON'));
    }
    const [start, end] = typeof request.interval === 'string' ? request.interval.split('/') : [];
    const from = Date.parse(start ?? '');
    const to = Date.parse(end ?? '');
    if (Number.isNaN(from) || Number.isNaN(to) || from > to) {
      return send(400, error(400, 'bad.request', 'interval must be two ISO-8601 times, start/end'));
    }
    // serviceName is required (AuditRealtimeQueryRequest in the SDK docs: the one property not marked optional besides interval).
    if (typeof request.serviceName !== 'string' || request.serviceName === '') {
      return send(400, error(400, 'bad.request', 'serviceName is required'));
    }
    const filters = request.filters ?? [];
    for (const filter of filters) {
      if (typeof filter.property !== 'string' || !FILTERS[filter.property] || typeof filter.value !== 'string') {
        return send(400, error(400, 'bad.request', `Unknown filter ${String(filter.property)}`));
      }
    }
    const oldest = Math.max(from, now - REALTIME_DAYS * 86_400_000);
    const matching = this.entries.filter((entry) => {
      const at = Date.parse(entry.eventDate);
      if (at < oldest || at > to) return false;
      if (request.serviceName !== entry.serviceName) return false;
      return filters.every((f) => FILTERS[f.property as string]?.(entry) === f.value);
    });
    // AuditQuerySort: name `Timestamp`, sortOrder `ascending` or `descending`.
    const descending = request.sort?.some((s) => s.name === 'Timestamp' && s.sortOrder === 'descending') ?? false;
    matching.sort((a, b) => (a.eventDate < b.eventDate ? -1 : a.eventDate > b.eventDate ? 1 : 0));
    if (descending) matching.reverse();
    const pageSize = Math.min(
      Math.max(Number(request.pageSize ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE, 1),
      MAX_PAGE_SIZE,
    );
    const pageNumber = Math.max(Number(request.pageNumber ?? 1) || 1, 1);
    // Without expand=user, a user is an id only (the SDK's `expand` parameter: "Which fields, if any, to expand").
    const expandUser = url.searchParams.getAll('expand').some((value) => value.split(',').includes('user'));
    const entities = matching
      .slice((pageNumber - 1) * pageSize, pageNumber * pageSize)
      .map((entry) => (entry.user && !expandUser ? { ...entry, user: { id: entry.user.id } } : entry));
    send(200, {
      entities,
      pageSize,
      pageNumber,
      total: matching.length,
      pageCount: Math.max(1, Math.ceil(matching.length / pageSize)),
    });
  }
}
