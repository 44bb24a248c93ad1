import type { TableReaders } from '../../core/plan.ts';

/** One consumer as dependency tracking lists it (the SDK's Dependency: every field optional). */
export interface Dependency {
  id?: string;
  name?: string;
  type?: string;
  version?: string;
  deleted?: boolean;
  /** The SDK's Dependency.stateUnknown: dependency tracking does not know this consumer's state. */
  stateUnknown?: boolean;
}

/** The SDK's ConsumingResourcesEntityListing, as far as it is read. */
export interface ConsumingResources {
  entities?: Dependency[];
  total?: number;
}

/** The first page is all a plan asks for: the SDK's default size, and `total` says how many more there are. */
export const READERS_PAGE_SIZE = 25;

/** Dependency tracking's type names, as the SDKs' Dependency.TypeEnum spells them, in a reviewer's words. */
const KINDS: Record<string, string> = {
  INBOUNDCALLFLOW: 'inbound call flow',
  INBOUNDCHATFLOW: 'inbound chat flow',
  INBOUNDEMAILFLOW: 'inbound email flow',
  INBOUNDSHORTMESSAGEFLOW: 'inbound message flow',
  INQUEUECALLFLOW: 'in-queue call flow',
  INQUEUEEMAILFLOW: 'in-queue email flow',
  INQUEUESHORTMESSAGEFLOW: 'in-queue message flow',
  OUTBOUNDCALLFLOW: 'outbound call flow',
  SECURECALLFLOW: 'secure call flow',
  SURVEYINVITEFLOW: 'survey invite flow',
  COMMONMODULEFLOW: 'common module flow',
  BOTFLOW: 'bot flow',
  DIGITALBOTFLOW: 'digital bot flow',
  VOICEFLOW: 'voice flow',
  VOICEMAILFLOW: 'voicemail flow',
  WORKFLOW: 'workflow',
  WORKITEMFLOW: 'workitem flow',
};

/** A type's words: known ones as above, others lower-cased with FLOW set apart ("FOOFLOW" -> "foo flow"). */
export function readerKind(type: string | undefined): string {
  if (!type) return '';
  return KINDS[type] ?? type.toLowerCase().replace(/(.)flow$/, '$1 flow');
}

/** Whether a type is a flow of some kind (every flow type's name ends in FLOW). */
function isFlow(type: string | undefined): boolean {
  return typeof type === 'string' && /FLOW$/.test(type);
}

/** Dependency tracking's build states (the SDK's DependencyStatus.status); only OPERATIONAL answers can say "none". */
export type BuildStatus = string | undefined;

/** Why the readers dependency tracking gives may be incomplete, or undefined when its index is built and current. */
export function buildUnknown(status: BuildStatus): string | undefined {
  switch (status) {
    case 'OPERATIONAL':
      return undefined;
    case 'BUILDINITIALIZING':
    case 'BUILDINPROGRESS':
      return `dependency tracking is being built (${status})`;
    case 'NOTBUILT':
      return 'dependency tracking has not been built in this org (NOTBUILT)';
    case 'OPERATIONALNEEDSREBUILD':
      return 'dependency tracking needs a rebuild (OPERATIONALNEEDSREBUILD)';
    case undefined:
      return "dependency tracking's build state could not be read";
    default:
      return `dependency tracking's build state is ${status}`;
  }
}

/**
 * The first page of a table's consumers as TableReaders: deleted ones left out, each consumer once (a flow with a
 * saved and a published version is listed twice: counted by id), the rest counted from `total`. A consumer whose
 * state dependency tracking does not know says so; while the index is not built (`status` other than OPERATIONAL) the
 * readers are "unknown" rather than none.
 */
export function readersOf(listing: ConsumingResources, status: BuildStatus): TableReaders {
  const entities = listing.entities ?? [];
  const seen = new Set<string>();
  const live = entities.filter((entity) => {
    if (entity.deleted === true || typeof entity.name !== 'string') return false;
    const identity = entity.id ?? `${entity.type}:${entity.name}`;
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  });
  const leftOutOnPage = entities.length - live.length;
  const total = Math.max(
    live.length,
    (typeof listing.total === 'number' ? listing.total : entities.length) - leftOutOnPage,
  );
  const unknown = buildUnknown(status);
  return {
    total,
    shown: live.map((entity) => {
      const kind = readerKind(entity.type);
      return { name: entity.name as string, kind: entity.stateUnknown ? `${kind || 'resource'}, state unknown` : kind };
    }),
    allFlows: live.every((entity) => isFlow(entity.type)),
    source: 'Genesys dependency tracking',
    ...(unknown ? { unknown } : {}),
  };
}
