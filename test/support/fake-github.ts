import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.ts';

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
}

/**
 * A local GitHub REST API with what the action uses: issue comments, the pull requests of a commit, file contents.
 * Real HTTP on 127.0.0.1; GITHUB_API_URL points the action's Octokit at it.
 */
export class FakeGitHub {
  readonly comments = new Map<number, FakeComment[]>();
  readonly requests: { method: string; path: string; authorization?: string }[] = [];
  /** sha -> pull requests GitHub links to that commit. */
  readonly commitPulls = new Map<string, { number: number; merged_at: string | null }[]>();
  /** `${ref}:${path}` -> file text. */
  readonly files = new Map<string, string>();
  /** A fork's token: every write answers 403. */
  readOnly = false;
  url = '';
  private server: Server | undefined;
  private nextId = 1000;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    this.url = await listenOnLoopback(this.server);
    return this;
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://github');
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, authorization: req.headers.authorization });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (method !== 'GET' && this.readOnly) {
      return send(403, { message: 'Resource not accessible by integration', status: '403' });
    }
    let match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (match) {
      const number = Number(match[1]);
      const list = this.comments.get(number) ?? [];
      if (method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        return send(200, list.slice((page - 1) * perPage, page * perPage));
      }
      const comment = { id: this.nextId++, body: (JSON.parse(body) as { body: string }).body, html_url: '' };
      comment.html_url = `https://github.example/pull/${number}#issuecomment-${comment.id}`;
      list.push(comment);
      this.comments.set(number, list);
      return send(201, comment);
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (match && method === 'PATCH') {
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(match?.[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = (JSON.parse(body) as { body: string }).body;
      return send(200, comment);
    }
    match = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/.exec(url.pathname);
    if (match && method === 'GET') return send(200, this.commitPulls.get(match[1] as string) ?? []);
    match = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname);
    if (match && method === 'GET') {
      const text = this.files.get(`${url.searchParams.get('ref')}:${decodeURIComponent(match[1] as string)}`);
      if (text === undefined) return send(404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/vnd.github.raw' });
      return void res.end(text);
    }
    send(404, { message: `Not Found: ${method} ${url.pathname}` });
  }
}
