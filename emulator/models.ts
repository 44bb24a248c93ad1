/**
 * The emulator's JSON answers, typed with the official SDK's own models (purecloud-platform-client-v2's index.d.ts),
 * so an answer whose shape drifts from what the SDK parses fails the type-check. The SDK keeps its models in a
 * namespace it does not export, so they are reached through the return types of the API methods.
 */
import type platformClient from 'purecloud-platform-client-v2';

type Architect = InstanceType<typeof platformClient.ArchitectApi>;
type Downloads = InstanceType<typeof platformClient.DownloadsApi>;
type Answer<M extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<M>>;

export type DataTable = Answer<Architect['getFlowsDatatable']>;
export type DataTableExportJob = Answer<Architect['getFlowsDatatableExportJob']>;
export type DataTableImportJob = Answer<Architect['getFlowsDatatableImportJob']>;
export type DataTableImportListing = Answer<Architect['getFlowsDatatableImportJobs']>;
export type DataTableRowListing = Answer<Architect['getFlowsDatatableRows']>;
/** The SDK marks query-filter fields of the listing (values, operator...) as required; the API does not send them. */
export type DataTableListing = Omit<
  Answer<Architect['getFlowsDatatables']>,
  'values' | 'shouldIgnoreCase' | 'operator' | 'entityType'
>;
export type UrlResponse = Answer<Downloads['getDownload']>;
export type DependencyStatus = Answer<Architect['getArchitectDependencytrackingBuild']>;
export type ErrorBody = NonNullable<DataTableImportJob['errorInformation']>;
