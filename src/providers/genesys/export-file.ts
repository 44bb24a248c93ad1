import type { CsvSource } from '../../core/csv.ts';
import { type LiveRecords, type PackedRecords, type RowStore, readCsvRecords } from '../../core/live-records.ts';
import { DataFileError } from '../../core/problems.ts';
import type { Field, TableSchema } from '../../core/schema.ts';
import { type HttpClient, parseJson, requireSecureUrl, safeUrl } from '../http.ts';
import { ProviderError } from '../provider.ts';
import type { GenesysClient } from './client.ts';

/** The export file's header: each column with the field it holds, in the file's order. */
export interface ExportHeader {
  columns: { name: string; field: Field }[];
}

export interface ExportFile {
  header: ExportHeader;
  /** The rows, by field id, kept packed (a string a row): a large table costs about its file's size. */
  records: LiveRecords;
}

/** Longest chain of redirects followed to reach the file. */
const MAX_REDIRECTS = 5;

/**
 * Fetches an export's file as public clients do: the last path segment of `downloadURI` is a download id; the
 * Downloads API (bearer token, `issueRedirect=false`) answers with a signed storage URL, fetched without any
 * Authorization header. A 303 instead of the URL is followed the same way. The token never leaves the API host:
 * `downloadURI` itself may name another Genesys host (`apps.<region>/platform/api/v2/downloads/<id>`), and only its id is used.
 */
export async function downloadExport(
  client: GenesysClient,
  downloadUri: string,
  action: string,
  /** The largest file the table's limits allow (its rows by the longest row): a larger answer is refused. */
  maxBytes: number,
  /** Reads the file as it arrives (it is never held whole). */
  read: (body: AsyncIterable<Buffer>) => Promise<void>,
): Promise<{ how: string }> {
  const id = downloadIdOf(downloadUri);
  if (!id) throw new ProviderError(`Could not ${action}: the export's downloadURI has no download id`);
  const answer = await client.call(
    { method: 'GET', path: `/api/v2/downloads/${encodeURIComponent(id)}?issueRedirect=false`, redirect: 'return' },
    action,
  );
  const location = answer.headers.location;
  if (answer.status >= 300 && answer.status < 400 && typeof location === 'string') {
    const url = new URL(location, client.apiUrl).toString();
    await fetchSigned(client.http, url, action, maxBytes, read);
    return { how: `a ${answer.status} redirect from the Downloads API` };
  }
  const url = parseJson(answer.body).url;
  if (typeof url !== 'string' || url === '') {
    throw new ProviderError(`Could not ${action}: the Downloads API answered without a url`);
  }
  await fetchSigned(client.http, url, action, maxBytes, read);
  return { how: 'a signed URL from the Downloads API' };
}

/** The download id: the last path segment of downloadURI (`.../downloads/<id>`). */
export function downloadIdOf(downloadUri: string): string | undefined {
  try {
    const segments = new URL(downloadUri, 'https://api.invalid').pathname.split('/').filter(Boolean);
    const last = segments.at(-1);
    return last ? decodeURIComponent(last) : undefined;
  } catch {
    return undefined;
  }
}

/** GETs a signed storage URL, following redirects, never with a token: the URL's signature is the credential. */
async function fetchSigned(
  http: HttpClient,
  url: string,
  action: string,
  maxBytes: number,
  read: (body: AsyncIterable<Buffer>) => Promise<void>,
): Promise<void> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    requireSecureUrl(current, `the export download for "${action}"`);
    http.addUrlSecrets(current);
    // A whole table's file: longer than a JSON answer may take, and as large as the table's limits allow.
    const response = await http.send({
      method: 'GET',
      url: current,
      maxResponseBytes: maxBytes,
      deadlineMs: 15 * 60_000,
      consume: read,
    });
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && typeof location === 'string') {
      current = new URL(location, current).toString();
      continue;
    }
    if (response.status >= 200 && response.status < 300) return;
    throw new ProviderError(
      http.redact(`Could not ${action}: storage at ${safeUrl(current)} answered ${response.status}`),
    );
  }
  throw new ProviderError(`Could not ${action}: more than ${MAX_REDIRECTS} redirects`);
}

/**
 * Reads the export's CSV as it arrives (a string, bytes, or chunks). Which header Genesys writes is unsettled (field ids or titles), so each column is matched
 * by field id first, then by title; a column that matches no field, a field with no column, or no key column is an
 * error naming it: nothing is dropped silently.
 */
export async function readExportFile(
  tableName: string,
  schema: TableSchema,
  source: CsvSource,
  /** Where the rows are kept (a file of the run's folder); none: in memory. */
  rows?: RowStore,
): Promise<ExportFile> {
  const fail = (detail: string) => new ProviderError(`The export of table "${tableName}" cannot be read: ${detail}`);
  let csv: PackedRecords;
  try {
    csv = await readCsvRecords(source, `export of ${tableName}`, {}, rows);
  } catch (error) {
    if (error instanceof DataFileError) throw fail(error.message);
    throw error;
  }
  if (csv.problems.length > 0) throw fail(csv.problems[0]?.message ?? 'malformed CSV');
  const byId = new Map(schema.fields.map((field) => [field.name, field]));
  const byTitle = new Map(schema.fields.map((field) => [field.title, field]));
  const columns = csv.header.map((name) => {
    const field = byId.get(name) ?? byTitle.get(name);
    if (!field) {
      throw fail(
        `its column "${name}" is neither a field id nor a title of the table's schema (${schema.fields.map((f) => `"${f.name}"`).join(', ')}); the schema and the export disagree, so nothing was planned`,
      );
    }
    return { name, field };
  });
  for (const field of schema.fields) {
    if (!columns.some((column) => column.field === field)) {
      throw fail(
        field.isKey
          ? `it has no key column ("${field.name}" or "${field.title}")`
          : `it has no column for the field "${field.name}" (title "${field.title}")`,
      );
    }
  }
  const records = csv.renamed(new Map(columns.map((column) => [column.name, column.field.name])));
  return { header: { columns }, records };
}
