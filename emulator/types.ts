import type { Clock } from '../src/core/clock.ts';
/** The emulator's data: what a test seeds, the faults it can switch on, and what the server keeps. */
import type { ErrorBody } from './models.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';
export type Value = string | number | boolean;

export interface PropertySchema {
  title: string;
  type: FieldType;
  $id?: string;
  /** Old orgs' schemas may lack it: a seed can leave it out with `displayOrder: null`. */
  displayOrder?: number;
  default?: Value;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  /** As in public Genesys schemas (`"minLength": 1` on a key): a shorter non-empty value is refused. */
  minLength?: number;
}

export interface TableSchemaJson {
  $schema: string;
  type: 'object';
  required: ['key'];
  additionalProperties: false;
  properties: Record<string, PropertySchema>;
}

export interface TableSeed {
  id?: string;
  name: string;
  description?: string;
  /** The division's id (default: the home division). */
  division?: string;
  /** Field id -> property; `key` is the key (type string). */
  properties: Record<string, Omit<PropertySchema, 'displayOrder'> & { displayOrder?: number | null }>;
  rows?: Record<string, Value>[];
  /**
   * The export file's header (unsettled in the reference, so both readings exist): field titles (the default) or
   * field ids. An import is accepted in the export's header or in field ids.
   */
  exportHeader?: 'titles' | 'ids';
  /** What reads the table, as dependency tracking lists its consumers (the SDK's Dependency: type as in its TypeEnum). */
  consumers?: Consumer[];
}

/** A consuming resource (the SDK's Dependency). */
export interface Consumer {
  id?: string;
  name: string;
  type: string;
  deleted?: boolean;
  /** A flow with a saved and a published version is listed once per version (unless `flowFilter` is asked). */
  version?: string;
  /** Only the published version is listed with `flowFilter=publishedVersion`; a checked-in one with `checkedInVersion`. */
  state?: 'published' | 'checkedIn' | 'saved';
  stateUnknown?: boolean;
}

/** Dependency tracking's build state (the SDK's DependencyStatus.status). */
export type DependencyBuildStatus =
  | 'BUILDINITIALIZING'
  | 'BUILDINPROGRESS'
  | 'NOTBUILT'
  | 'OPERATIONAL'
  | 'OPERATIONALNEEDSREBUILD';

export interface Faults {
  /** The next `count` API calls answer 429 with this Retry-After header. */
  rateLimit?: { count: number; retryAfter?: string };
  /** The next `count` API calls answer this status (default 503, the data tables' "server too busy"). */
  serverErrors?: { count: number; status?: number };
  /** The next `count` POSTs that start a job (of this kind only, when given) answer 503. */
  jobStartErrors?: { count: number; kind?: 'export' | 'import' };
  /** Invalidate every token issued so far (the next API call answers 401). */
  revokeTokens?: boolean;
  /** The next `count` API calls answer 401, whatever the token (a role or org problem). */
  unauthorized?: { count: number };
  /** Polls a job answers before it finishes (default 0: its time alone decides). */
  jobPolls?: number;
  /** And the time a job takes before it can finish, in ms (default 0: polls alone decide). */
  jobDurationMs?: number;
  /** A new job's status GET answers 404 this many times first (eventual consistency right after creation). */
  jobNotFoundPolls?: number;
  /** Import jobs never finish: they stay Processing however often they are polled. */
  stuckImports?: boolean;
  /** Keys whose rows fail in the next import (then cleared), as invalid rows do. */
  failRows?: string[];
  /** Keys whose rows the next import silently loses (then cleared): the job still says Succeeded, counting them written. */
  loseRows?: string[];
  /** Export jobs answer 403, as for a client without export permission. */
  exportForbidden?: boolean;
  /**
   * Row reads (each GET of a rows page, each export's file) answer the rows as they were before the table's last write
   * (an import, a row call): for the next `reads` reads, and until `ms` have passed since the write. Reads lag behind
   * writes in Genesys (the Terraform provider waits up to 60 s for a deleted row to stop reading back).
   */
  lagReads?: { reads?: number; ms?: number };
  /**
   * The next `count` API requests whose path ends with `pathEndsWith` are answered only after `ms`: a slow answer, which
   * holds the client at that step (recorded as received, before the wait).
   */
  slowAnswers?: { pathEndsWith: string; ms: number; count: number };
  /** Dependency tracking answers 403, as for a role without architect:dependencyTracking:view. */
  dependencyTrackingForbidden?: boolean;
  /** The audit query answers 403, as for a role without audits:audit:view. */
  auditForbidden?: boolean;
  /** The object lookups (all, or these kinds) answer 403, as for a role without their permissions. */
  lookupForbidden?: true | ObjectKind[];
  /** Imports into these tables (by name) finish Failed, changing nothing. */
  failImportsInto?: string[];
  /** Import jobs finish Failed with this error message, changing nothing. */
  failImport?: string;
  /** The next `count` ReplaceAll imports delete every row, write only the first half of the file, then end Failed. */
  halfApplyImports?: { count: number };
  /**
   * The storage host refuses the next `count` uploads with 403, as for a missing or wrong upload header; with
   * `echoUrl`, its error body repeats the request's URL, signature and all (as some storage errors do).
   */
  rejectUploads?: { count: number; echoUrl?: boolean };
  /** The next `count` API answers are `bytes` long (a JSON array of padding): an answer no client should read whole. */
  hugeAnswers?: { count: number; bytes: number };
  /** The storage host drops the connection of the next `count` uploads before answering. */
  resetUploads?: { count: number };
  /** Exports carry one more column, under this name, than the schema describes (an export that disagrees with it). */
  exportExtraColumn?: string;
  /** After a table is created or its schema changed, this many reads of it by id still answer the old state. */
  schemaReadBackReads?: number;
  /**
   * A table read answers an empty default (`""`) as `null` or leaves it out, as Genesys may (assumed: the Terraform
   * provider never sends `""`).
   */
  emptyDefaults?: 'null' | 'dropped';
  /** The Downloads API redirects (303) even when asked `issueRedirect=false`. */
  ignoreIssueRedirect?: boolean;
}

export type Host = 'api' | 'apps' | 'storage';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The query string, without the leading `?`. */
  query: string;
  host: Host;
  authorization: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** The body's length in bytes. */
  bodyBytes: number;
  status?: number;
  /** The OAuth client whose token made the request (API requests after login only). */
  client?: string;
}

export interface Table {
  id: string;
  name: string;
  description: string;
  schema: TableSchemaJson;
  exportHeader: 'titles' | 'ids';
  rows: Map<string, Record<string, Value>>;
  /** The rows before the last write, while reads still see them (the lagReads fault). */
  lag?: { rows: Map<string, Record<string, Value>>; readsLeft: number; until: number };
  /** Reads by id still answering as before a create or schema change (eventual consistency), and that answer. */
  staleReads?: { count: number; schema: TableSchemaJson | 'missing' };
  division?: string;
  consumers: Consumer[];
}

export type JobStatus = 'WaitingForUpload' | 'Processing' | 'Succeeded' | 'Failed';

export interface Job {
  id: string;
  kind: 'import' | 'export';
  tableId: string;
  status: JobStatus;
  importMode?: 'ReplaceAll' | 'Append';
  dateCreated: string;
  dateCompleted?: string;
  pollsLeft: number;
  /** Not finished before this time (ms since the epoch). */
  readyAt: number;
  /** When its work began (an import: its upload), ms since the epoch. */
  processingSince?: number;
  /** Status GETs still answered 404. */
  hiddenPolls: number;
  uploadToken?: string;
  uploadHeaders?: Record<string, string>;
  upload?: Buffer;
  countRecordsUpdated?: number;
  countRecordsDeleted?: number;
  countRecordsFailed?: number;
  countRecordsProcessed?: number;
  errorInformation?: ErrorBody;
  downloadId?: string;
}

/** An export's file, kept as it was when the job finished, behind a signed storage URL. */
export interface Download {
  id: string;
  signature: string;
  csv: string;
}

export interface Limits {
  maxRows: number;
  maxFields: number;
  maxKeyLength: number;
}

/** How the rows API pages (GET .../rows): what its answers leave out, and the largest page it gives. */
export interface RowsListingOptions {
  /** Listing fields left out of every page (the SDK types them all optional). */
  omit?: ('total' | 'pageCount' | 'nextUri' | 'pageSize')[];
  /** The largest page (default 500; the real maximum is not documented). */
  maxPageSize?: number;
  /** A larger pageSize is refused with 400, or capped silently (the default). */
  overMaxPageSize?: 'refuse' | 'cap';
}

/** The kinds of org object a table's cells may point at, as the seed names them. */
export type ObjectKind = 'queues' | 'users' | 'scheduleGroups' | 'skills' | 'wrapupCodes' | 'flows';

/** One org object: a user may be `inactive` or `deleted` (still listed with state=any). */
export interface ObjectSeed {
  id: string;
  name: string;
  state?: 'active' | 'inactive' | 'deleted';
}

export interface EmulatorOptions {
  /** The emulator's time (jobs, lag, rate windows, audit, its sleeps): a test shares its fake clock with the action. Default: real. */
  clock?: Clock;
  /** The org's queues, users, schedule groups, skills, wrap-up codes and flows, found by id (objects.ts). */
  objects?: Partial<Record<ObjectKind, ObjectSeed[]>>;
  /** How the rows API pages. */
  rowsListing?: RowsListingOptions;
  /**
   * The OAuth clients that may log in. With `user`, the client acts for that user (as a person's own login in the
   * Genesys UI does): the audit log records its row writes by the user, not the client.
   */
  clients?: { id: string; secret: string; user?: { id: string; name: string } }[];
  tables?: TableSeed[];
  limits?: Limits;
  faults?: Faults;
  /**
   * Where an export's downloadURI points: the API host's Downloads API (`/api/v2/downloads/<id>`, the default) or
   * the apps host (`/platform/api/v2/downloads/<id>`), as other Genesys downloads do in public code.
   */
  downloadHost?: 'api' | 'apps';
  /**
   * Each OAuth client's rate limit: `allowed` requests in any `windowMs` (a sliding window, default one minute, 300
   * requests as Genesys' default). With `enforce`, a request over the limit answers 429 with Retry-After (without, the
   * window only counts). `headers` adds the `inin-ratelimit-*` headers Genesys no longer sends (removed in 2021).
   */
  rateLimit?: { allowed?: number; windowMs?: number; enforce?: boolean; headers?: boolean };
  /**
   * Dependency tracking's build state (default OPERATIONAL). While it is not operational, consumers are not known:
   * consumingresources answers an empty page, as an unbuilt index would.
   */
  dependencyTracking?: { status: DependencyBuildStatus };
  /** Every answer (API, apps and storage hosts) waits this long first, as a real network and service do. */
  latencyMs?: number;
}
