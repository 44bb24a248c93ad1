import type { TableReaders } from '../../core/plan.ts';

/** One consumer as dependency tracking lists it (the SDK's Dependency: every field optional). */
export interface Dependency {
  id?: string;
  name?: string;
  type?: string;
  deleted?: boolean;
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

/** The first page of a table's consumers as TableReaders: deleted ones left out, the rest counted from `total`. */
export function readersOf(listing: ConsumingResources): TableReaders {
  const entities = listing.entities ?? [];
  const live = entities.filter((entity) => entity.deleted !== true && typeof entity.name === 'string');
  const deletedOnPage = entities.length - live.length;
  const total = Math.max(
    live.length,
    (typeof listing.total === 'number' ? listing.total : entities.length) - deletedOnPage,
  );
  return {
    total,
    shown: live.map((entity) => ({ name: entity.name as string, kind: readerKind(entity.type) })),
    allFlows: live.every((entity) => isFlow(entity.type)),
    source: 'Genesys dependency tracking',
  };
}
