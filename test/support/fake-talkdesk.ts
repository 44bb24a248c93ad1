import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import { closeServer, listenOnLoopback } from './loopback.ts';

interface Upload {
  id: string;
  listId: string;
  metadata: { filename?: string; byte_size?: number; checksum?: string; content_type?: string };
  signature: string;
  status: 'WAITING_UPLOAD' | 'UPLOADED' | 'VALIDATION_STARTED' | 'ACCEPTED' | 'REJECTED';
  body?: Buffer;
  polls: number;
  processed?: number;
}

/**
 * A local Talkdesk: the token host and the record-lists API on one port. It enforces what the reference says:
 * Basic client credentials, csv_metadata limits (filename 1-35, byte_size 1-20000, an MD5 checksum), and on the
 * signed URL the declared size and MD5 and no bearer token. Completion and status follow our assumptions.
 */
export class FakeTalkdesk {
  /** Record list id -> records by key (the first column). */
  readonly lists = new Map<string, Map<string, Record<string, string>>>();
  readonly uploads = new Map<string, Upload>();
  readonly requests: { method: string; path: string; authorization?: string }[] = [];
  url = '';
  private server: Server | undefined;
  private readonly tokens = new Set<string>();

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () =>
        this.handle(
          req.method ?? 'GET',
          new URL(req.url ?? '/', 'http://td'),
          req.headers,
          Buffer.concat(chunks),
          (status, body) => {
            res.writeHead(status, { 'content-type': 'application/json' });
            res.end(JSON.stringify(body));
          },
        ),
      );
    });
    this.url = await listenOnLoopback(this.server);
    return this;
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }

  private handle(
    method: string,
    url: URL,
    headers: Record<string, string | string[] | undefined>,
    body: Buffer,
    send: (status: number, body: unknown) => void,
  ): void {
    const authorization = headers.authorization as string | undefined;
    this.requests.push({ method, path: url.pathname, authorization });
    const error = (status: number, message: string, fields: { name: string; description: string }[] = []) =>
      send(status, { code: String(status), message, description: message, fields });

    if (url.pathname === '/oauth/token' && method === 'POST') {
      if (authorization !== `Basic ${Buffer.from('td-client:td-secret').toString('base64')}`)
        return error(401, 'invalid client');
      const token = randomBytes(16).toString('hex');
      this.tokens.add(token);
      return send(200, { access_token: token, token_type: 'Bearer', expires_in: 600 });
    }
    const storage = /^\/s3\/([^/]+)$/.exec(url.pathname);
    if (storage && method === 'PUT') {
      const upload = this.uploads.get(storage[1] as string);
      if (!upload || url.searchParams.get('sig') !== upload.signature) return error(403, 'SignatureDoesNotMatch');
      if (authorization) return error(400, 'Only one auth mechanism allowed: the signed URL, not a bearer token');
      if (body.length !== upload.metadata.byte_size)
        return error(400, `size ${body.length} is not the declared byte_size`);
      if (createHash('md5').update(body).digest('hex') !== upload.metadata.checksum)
        return error(400, 'BadDigest: the MD5 differs from the checksum');
      upload.body = body;
      return send(200, {});
    }
    if (!authorization?.startsWith('Bearer ') || !this.tokens.has(authorization.slice(7)))
      return error(401, 'unauthorized');

    const records = /^\/record-lists\/([^/]+)\/records$/.exec(url.pathname);
    if (records && method === 'GET') {
      const list = this.lists.get(records[1] as string);
      if (!list) return error(404, 'record list not found');
      const perPage = Number(url.searchParams.get('per_page') ?? 10);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = [...list.values()];
      return send(200, {
        _embedded: { records: all.slice((page - 1) * perPage, page * perPage) },
        page,
        per_page: perPage,
        total: all.length,
        total_pages: Math.max(1, Math.ceil(all.length / perPage)),
      });
    }
    const create = /^\/record-lists\/([^/]+)\/upload-requests$/.exec(url.pathname);
    if (create && method === 'POST') {
      if (!this.lists.has(create[1] as string)) return error(404, 'record list not found');
      const metadata = (JSON.parse(body.toString('utf8')) as { csv_metadata?: Upload['metadata'] }).csv_metadata ?? {};
      const fields: { name: string; description: string }[] = [];
      if (!metadata.filename || metadata.filename.length > 35)
        fields.push({ name: 'filename', description: '1 to 35 characters' });
      if (!metadata.byte_size || metadata.byte_size > 20000)
        fields.push({ name: 'byte_size', description: 'from 1 to 20000' });
      if (!/^[0-9a-f]{32}$/.test(metadata.checksum ?? ''))
        fields.push({ name: 'checksum', description: 'the MD5 of the file, 32 hex characters' });
      if (metadata.content_type !== 'text/csv') fields.push({ name: 'content_type', description: 'text/csv' });
      if (fields.length > 0) return error(400, 'errors found in the submitted data', fields);
      const upload: Upload = {
        id: randomBytes(8).toString('hex'),
        listId: create[1] as string,
        metadata,
        signature: randomBytes(8).toString('hex'),
        status: 'WAITING_UPLOAD',
        polls: 1,
      };
      this.uploads.set(upload.id, upload);
      return send(201, {
        id: upload.id,
        record_list_id: upload.listId,
        signed_url: `${this.url}/s3/${upload.id}?sig=${upload.signature}`,
        status: upload.status,
        _links: {},
      });
    }
    const one = /^\/record-lists\/([^/]+)\/upload-requests\/([^/]+)$/.exec(url.pathname);
    const upload = one ? this.uploads.get(one[2] as string) : undefined;
    if (one && !upload) return error(404, 'upload request not found');
    if (upload && method === 'PATCH') {
      if (!upload.body) return error(400, 'nothing was uploaded to the signed URL');
      upload.status = 'VALIDATION_STARTED';
      return send(200, { id: upload.id, status: upload.status });
    }
    if (upload && method === 'GET') {
      if (upload.status === 'VALIDATION_STARTED' && upload.polls-- <= 0) this.process(upload);
      return send(200, {
        id: upload.id,
        status: upload.status,
        processed_records: upload.processed,
        failed_records: 0,
      });
    }
    error(404, `no route ${method} ${url.pathname}`);
  }

  /** Adds or updates records by their first column; deletes nothing. */
  private process(upload: Upload): void {
    const rows = parse(upload.body ?? Buffer.alloc(0), { columns: true, bom: true }) as Record<string, string>[];
    const list = this.lists.get(upload.listId) as Map<string, Record<string, string>>;
    for (const row of rows) list.set(String(Object.values(row)[0]), row);
    upload.processed = rows.length;
    upload.status = 'ACCEPTED';
  }
}
