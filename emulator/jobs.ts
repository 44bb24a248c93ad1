/**
 * Export and CSV import jobs: start, status, and what they do to a table when they finish.
 * The file format (header, spellings) is unsettled in the reference; the choices here are marked.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { DataTableExportJob, DataTableImportJob } from './models.ts';
import { checkRow, orderedFields } from './tables.ts';
import type { Download, Faults, Job, Limits, PropertySchema, Table, Value } from './types.ts';
import { error } from './wire.ts';

export interface JobUrls {
  storage: string;
  /** The downloadURI of an export, from its download id. */
  downloadUri: (downloadId: string) => string;
}

export function newJob(kind: 'import' | 'export', tableId: string, faults: Faults, now: number): Job {
  return {
    id: randomUUID(),
    kind,
    tableId,
    status: kind === 'import' ? 'WaitingForUpload' : 'Processing',
    dateCreated: new Date(now).toISOString(),
    pollsLeft: faults.jobPolls ?? 0,
    readyAt: now + (faults.jobDurationMs ?? 0),
    hiddenPolls: faults.jobNotFoundPolls ?? 0,
  };
}

/** A new CSV import job; its upload headers are allocated per session and unguessable, as the deprecation notice says. */
export function newImportJob(tableId: string, importMode: 'ReplaceAll' | 'Append', faults: Faults, now: number): Job {
  const job = newJob('import', tableId, faults, now);
  job.importMode = importMode;
  job.uploadToken = randomBytes(12).toString('hex');
  job.uploadHeaders = {
    'x-ms-blob-type': 'BlockBlob',
    'x-upload-session': randomBytes(16).toString('hex'),
    'x-upload-signature': randomBytes(16).toString('base64url'),
  };
  return job;
}

export function importJobEntity(job: Job, urls: JobUrls): DataTableImportJob {
  return {
    id: job.id,
    status: job.status,
    dateCreated: job.dateCreated,
    ...(job.dateCompleted ? { dateCompleted: job.dateCompleted } : {}),
    importMode: job.importMode,
    uploadURI: `${urls.storage}/uploads/${job.id}?sig=${job.uploadToken}`,
    uploadHeaders: job.uploadHeaders,
    countRecordsUpdated: job.countRecordsUpdated ?? 0,
    countRecordsDeleted: job.countRecordsDeleted ?? 0,
    countRecordsFailed: job.countRecordsFailed ?? 0,
    ...(job.errorInformation ? { errorInformation: job.errorInformation } : {}),
    selfUri: `/api/v2/flows/datatables/${job.tableId}/import/jobs/${job.id}`,
  };
}

export function exportJobEntity(job: Job, urls: JobUrls): DataTableExportJob {
  return {
    id: job.id,
    status: job.status,
    dateCreated: job.dateCreated,
    ...(job.dateCompleted ? { dateCompleted: job.dateCompleted } : {}),
    ...(job.countRecordsProcessed !== undefined ? { countRecordsProcessed: job.countRecordsProcessed } : {}),
    ...(job.downloadId ? { downloadURI: urls.downloadUri(job.downloadId) } : {}),
    selfUri: `/api/v2/flows/datatables/${job.tableId}/export/jobs/${job.id}`,
  };
}

/**
 * When a finished job says it completed: at its set time, not at the poll that saw it (a real job's dateCompleted is its
 * own end, whenever it is read), and never before its work began.
 */
function completedAt(job: Job, now: number): string {
  const began = job.processingSince ?? Date.parse(job.dateCreated);
  return new Date(Math.min(now, Math.max(job.readyAt, began))).toISOString();
}

/** Whether a Processing job may finish at this poll: enough polls answered and enough time passed. */
export function mayFinish(job: Job, now: number): boolean {
  if (job.pollsLeft > 0) {
    job.pollsLeft--;
    return false;
  }
  return now >= job.readyAt;
}

/** The export's file as it is now, kept for its download. */
export function finishExport(job: Job, table: Table, faults: Faults, now: number): Download {
  const download: Download = {
    id: randomBytes(12).toString('hex'),
    signature: randomBytes(12).toString('hex'),
    csv: exportCsv(table, faults.exportExtraColumn),
  };
  job.downloadId = download.id;
  job.countRecordsProcessed = table.rows.size;
  job.status = 'Succeeded';
  job.dateCompleted = completedAt(job, now);
  return download;
}

/** Assumed export format: the table's header kind (titles or field ids), key column first, then display order. */
export function exportCsv(table: Table, extraColumn?: string): string {
  const names = orderedFields(table);
  const header = names.map((name) => headerName(table, name));
  const rows = [...table.rows.values()].map((row) =>
    names.map((name) => (row[name] === undefined ? '' : String(row[name]))),
  );
  if (extraColumn !== undefined) {
    header.push(extraColumn);
    for (const row of rows) row.push('');
  }
  return stringify([header, ...rows]);
}

function headerName(table: Table, field: string): string {
  return table.exportHeader === 'ids' ? field : (table.schema.properties[field] as PropertySchema).title;
}

/** Field ids for an import header: accepted in the export's own header, or in field ids; anything else is refused. */
function importColumns(table: Table, header: readonly string[]): string[] | string {
  const ids = Object.keys(table.schema.properties);
  if (header.every((name) => ids.includes(name))) return [...header];
  const byExportName = new Map(ids.map((id) => [headerName(table, id), id]));
  const unknown = header.filter((name) => !byExportName.has(name));
  if (unknown.length > 0) {
    return `Unknown columns: ${unknown.join(', ')} (use the table's field ids, or the header its export writes)`;
  }
  return header.map((name) => byExportName.get(name) as string);
}

/**
 * Runs the import as the reference describes: a row that fails validation is skipped and counted;
 * ReplaceAll deletes every row, then inserts; Append inserts or updates. Counts are assumed to follow the UI's words.
 */
export function finishImport(table: Table, job: Job, faults: Faults, limits: Limits, now: number): void {
  job.dateCompleted = completedAt(job, now);
  const fail = (message: string) => {
    job.status = 'Failed';
    job.errorInformation = error(400, 'flows.datatables.import.failed', message);
  };
  if (faults.failImport) return fail(faults.failImport);
  if (faults.failImportsInto?.includes(table.name)) return fail(`Import into ${table.name} failed`);
  let records: string[][];
  try {
    records = parse(job.upload ?? Buffer.alloc(0), { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (caught) {
    return fail(`The file is not valid CSV: ${(caught as Error).message}`);
  }
  const [header, ...lines] = records;
  if (!header) return fail('The file is empty');
  const columns = importColumns(table, header);
  if (typeof columns === 'string') return fail(columns);
  if (!columns.includes('key')) return fail('The file has no key column');

  const accepted = new Map<string, Record<string, Value>>();
  const failures: string[] = [];
  const failRows = faults.failRows;
  faults.failRows = undefined;
  lines.forEach((cells, index) => {
    const row: Record<string, Value> = {};
    let problem: string | undefined;
    if (cells.length !== header.length) problem = 'wrong number of fields';
    cells.forEach((cell, column) => {
      const name = columns[column] as string;
      const property = table.schema.properties[name] as PropertySchema;
      const value = parseValue(property, cell);
      if (value === undefined) problem ??= `${property.title}: "${cell}" is not a valid ${property.type}`;
      else if (cell !== '' || property.default !== undefined) row[name] = value;
    });
    // Rows read back carry the schema's default for a value the file did not give.
    for (const [name, property] of Object.entries(table.schema.properties)) {
      if (row[name] === undefined && property.default !== undefined) row[name] = property.default;
    }
    const key = String(row.key ?? '');
    problem ??= checkRow(table, limits, row);
    if (!problem && failRows?.includes(key)) problem = 'rejected by the server';
    if (problem) failures.push(`row ${index + 2}: ${problem}`);
    else accepted.set(key, row);
  });

  const replace = job.importMode === 'ReplaceAll';
  if (replace && faults.halfApplyImports && faults.halfApplyImports.count > 0) {
    // No source says a Failed ReplaceAll leaves the table as it was: this one stops after deleting and half-writing.
    faults.halfApplyImports.count--;
    const written = Math.floor(accepted.size / 2);
    // Its counts say what it did before it stopped (assumed: a failed job still counts its work).
    job.countRecordsDeleted = table.rows.size;
    job.countRecordsUpdated = written;
    table.rows = new Map([...accepted].slice(0, written));
    return fail('The import stopped after deleting the existing rows (internal error)');
  }
  const next = replace ? new Map<string, Record<string, Value>>() : new Map(table.rows);
  for (const [key, row] of accepted) next.set(key, row);
  if (next.size > limits.maxRows) {
    return fail(`The import would leave ${next.size} rows; a table holds at most ${limits.maxRows}`);
  }
  job.countRecordsDeleted = replace ? table.rows.size : 0;
  job.countRecordsUpdated = accepted.size;
  // A job that says Succeeded and still loses rows: only reading the table again shows it.
  for (const key of faults.loseRows ?? []) next.delete(key);
  faults.loseRows = undefined;
  job.countRecordsFailed = failures.length;
  if (failures.length > 0) {
    job.errorInformation = error(
      400,
      'flows.datatables.import.rows.failed',
      `${failures.length} row(s) failed to import`,
      {
        failures: failures.slice(0, 10).join('; '),
      },
    );
  }
  table.rows = next;
  job.status = 'Succeeded';
}

/** Assumed cell spellings in an import file: true/false in any case, numbers as JavaScript reads them. */
function parseValue(property: PropertySchema, cell: string): Value | undefined {
  if (cell === '')
    return property.default ?? (property.type === 'string' ? '' : property.type === 'boolean' ? false : 0);
  if (property.type === 'string') return cell;
  if (property.type === 'boolean') {
    const lower = cell.toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : undefined;
  }
  const number = Number(cell);
  if (!Number.isFinite(number)) return undefined;
  if (property.type === 'integer' && !Number.isInteger(number)) return undefined;
  return number;
}
