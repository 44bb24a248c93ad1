/**
 * The Downloads API (`GET /api/v2/downloads/{id}`, and the apps host's `/platform/api/v2/downloads/{id}`) and the
 * signed storage host behind it, which also takes the import uploads. Storage refuses any Authorization header.
 */
import type { IncomingMessage } from 'node:http';
import type { UrlResponse } from './models.ts';
import type { Download, Faults, Job } from './types.ts';
import { notFound, type Send } from './wire.ts';

/** A storage error, in the XML that blob stores answer with. */
function storageError(code: string, message = ''): string {
  return `<Error><Code>${code}</Code>${message ? `<Message>${message}</Message>` : ''}</Error>`;
}

export function signedDownloadUrl(storageUrl: string, download: Download): string {
  return `${storageUrl}/downloads/${download.id}?sig=${download.signature}`;
}

/**
 * Answers a download id with a 303 to the signed URL, or (`issueRedirect=false`) with `{url}`. The caller has
 * checked the bearer token.
 */
export function getDownload(
  downloads: ReadonlyMap<string, Download>,
  id: string,
  url: URL,
  storageUrl: string,
  faults: Faults,
  send: Send,
): void {
  const download = downloads.get(id);
  if (!download) return send(404, notFound('download'));
  const signed = signedDownloadUrl(storageUrl, download);
  if (url.searchParams.get('issueRedirect') === 'false' && !faults.ignoreIssueRedirect) {
    const answer: UrlResponse = { url: signed };
    return send(200, answer);
  }
  send(303, '', { location: signed });
}

/** The storage host: GET a signed download, PUT a signed upload with every header the import job allocated. */
export function handleStorage(
  req: IncomingMessage,
  url: URL,
  body: Buffer,
  jobs: ReadonlyMap<string, Job>,
  downloads: ReadonlyMap<string, Download>,
  faults: Faults,
  send: Send,
  now: number,
): void {
  if (req.headers.authorization !== undefined) {
    return send(400, storageError('InvalidAuthenticationInfo', 'Authorization header not allowed with a signed URL'));
  }
  const download = /^\/downloads\/([^/]+)$/.exec(url.pathname);
  if (download) {
    const file = downloads.get(download[1] as string);
    if (!file || url.searchParams.get('sig') !== file.signature) return send(403, storageError('AuthenticationFailed'));
    if (req.method !== 'GET') return send(405, storageError('UnsupportedHttpVerb'));
    return send(200, file.csv);
  }
  const upload = /^\/uploads\/([^/]+)$/.exec(url.pathname);
  const job = upload ? jobs.get(upload[1] as string) : undefined;
  if (job?.kind !== 'import' || url.searchParams.get('sig') !== job.uploadToken) {
    return send(403, storageError('AuthenticationFailed'));
  }
  if (req.method !== 'PUT') return send(405, storageError('UnsupportedHttpVerb'));
  if (faults.resetUploads && faults.resetUploads.count > 0) {
    faults.resetUploads.count--;
    req.socket.destroy();
    return;
  }
  if (faults.rejectUploads && faults.rejectUploads.count > 0) {
    faults.rejectUploads.count--;
    const detail = faults.rejectUploads.echoUrl
      ? `missing or wrong header x-upload-signature for ${url.toString().replace(/^http:\/\/emulator/, '')}`
      : 'missing or wrong header x-upload-signature';
    return send(403, storageError('AuthenticationFailed', detail));
  }
  for (const [name, value] of Object.entries(job.uploadHeaders ?? {})) {
    if (req.headers[name] !== value) {
      return send(403, storageError('AuthenticationFailed', `missing or wrong header ${name}`));
    }
  }
  if (job.status !== 'WaitingForUpload') return send(409, storageError('BlobAlreadyUploaded'));
  job.upload = body;
  job.status = 'Processing';
  job.processingSince = now;
  send(201, '');
}
