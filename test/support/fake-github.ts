import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.ts';

export interface FakeComment {
  id: number;
  /** GraphQL's id, as REST answers it. */
  node_id: string;
  /** Set by GraphQL's minimizeComment: the classifier given. */
  minimized?: string;
  body: string;
  html_url: string;
  user: { login: string; type: 'User' | 'Bot' };
  created_at?: string;
  updated_at?: string;
  /** Every edit GitHub records (GraphQL `userContentEdits`), oldest first; GraphQL also lists the creation once edited. */
  edits?: { editedAt: string; editor: { login: string; type: 'User' | 'Bot' } | null }[];
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string;
  html_url: string;
  user: FakeComment['user'];
  /** Set on pull requests, which the issues list includes. */
  pull_request?: object;
}

/** How GitHub's REST API names the workflow token's identity. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' } as const;

/**
 * A local GitHub REST API with what the action uses: issue comments, the pull requests of a commit, file contents.
 * Real HTTP on 127.0.0.1; GITHUB_API_URL points the action's Octokit at it.
 */
export class FakeGitHub {
  readonly comments = new Map<number, FakeComment[]>();
  readonly requests: { method: string; path: string; authorization?: string }[] = [];
  /** sha -> pull requests GitHub links to that commit. */
  readonly commitPulls = new Map<
    string,
    { number: number; merged_at: string | null; head: { sha: string }; merge_commit_sha?: string | null }[]
  >();
  /** `${ref}:${path}` -> file text. */
  readonly files = new Map<string, string>();
  /** Issues (numbers from 100, apart from the pull requests' numbers). */
  readonly issues: FakeIssue[] = [];
  private nextIssue = 100;
  /** Git refs outside branches and tags: full name (`refs/...`) -> commit sha. */
  readonly refs = new Map<string, string>();
  /** A repository where every table was last applied at this commit (the action's record, read but never written). */
  appliedEverywhere: string | undefined;
  /** The commit graph the compare API answers from: each commit's parents, in the order the commits were made. */
  readonly commitParents = new Map<string, string[]>();
  /** Open pull requests, as `GET /repos/{owner}/{repo}/pulls` lists them (filtered by `head=owner:branch`). */
  readonly pulls: { number: number; head: { sha: string; ref: string; repo: { full_name: string } | null } }[] = [];
  /**
   * Each pull request's changed files, as `GET /pulls/{n}/files` lists them: 30 a page unless `per_page` (at most 100),
   * and never more than 3,000 in all (GitHub's documented limit). A pull request not here answers 404.
   */
  readonly pullFiles = new Map<number, { filename: string; status: string; previous_filename?: string }[]>();
  /** GitHub failing to list a pull request's files: each such request answers 502. */
  failPullFiles = false;
  /** Git data the action created: blobs by sha (their bytes), trees and commits as the API was given them. */
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<
    string,
    { base_tree?: string; tree: { path: string; mode: string; type: string; sha: string }[] }
  >();
  readonly commits = new Map<string, { message: string; tree: string; parents: string[] }>();
  /** Pull requests the action opened (`POST /pulls`), with what GitHub would show of them. */
  readonly createdPulls: {
    number: number;
    title: string;
    head: string;
    base: string;
    body: string;
    html_url: string;
  }[] = [];
  /** The repository's labels, by name. */
  readonly labels = new Map<string, { name: string; color: string; description: string }>();
  /** Each issue's or pull request's label names. */
  readonly issueLabels = new Map<number, string[]>();
  /** Ids of comments by others that a PATCH edited. */
  readonly foreignEdits: number[] = [];
  /** A fork's token: every write answers 403. */
  readOnly = false;
  /** GitHub failing: every read of comments and pull requests answers 502. */
  failReads = false;
  /**
   * The login GraphQL's `viewer` gives for the token, and the author of the comments it writes. Whether `viewer`
   * spells a bot with its `[bot]` suffix is not documented, so a test can choose either.
   */
  viewerLogin = 'github-actions';
  author: FakeComment['user'] = { ...ACTIONS_BOT };
  /** GitHub's clock: each write is stamped with it, and it moves on a second per write. */
  clock = Date.parse('2026-11-24T09:00:00Z');
  url = '';
  private server: Server | undefined;
  private nextId = 1000;

  /** Every commit `sha` descends from, by the parents known. */
  private ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const queue = [...(this.commitParents.get(sha) ?? [])];
    for (let next = queue.shift(); next !== undefined && seen.size < 10_000; next = queue.shift()) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(this.commitParents.get(next) ?? []));
    }
    return seen;
  }

  /** A commit GitHub has: one of the graph the compare API knows, or one the action created. */
  private knownCommit(sha: string): boolean {
    return (
      this.commits.has(sha) ||
      this.commitParents.has(sha) ||
      [...this.commitParents.values()].some((parents) => parents.includes(sha))
    );
  }

  private stamp(): string {
    const at = new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
    this.clock += 1000;
    return at;
  }

  /** Someone edits a comment (on GitHub's page, or with their own token): GitHub records who and when. */
  editAs(id: number, editor: FakeComment['user'] | null, body: string): void {
    const comment = [...this.comments.values()].flat().find((c) => c.id === id);
    if (!comment) throw new Error(`no comment ${id}`);
    const at = this.stamp();
    comment.body = body;
    comment.updated_at = at;
    comment.edits = [...(comment.edits ?? []), { editedAt: at, editor }];
  }

  /** A comment as GraphQL's `node(id:)` answers it, for the IssueComment fields the action asks for. */
  private commentNode(comment: FakeComment): object {
    // GraphQL names a bot without the `[bot]` REST shows.
    const actor = (user: FakeComment['user'] | null) =>
      user && { __typename: user.type, login: user.type === 'Bot' ? user.login.replace(/\[bot\]$/, '') : user.login };
    const edits = comment.edits ?? [];
    const last = edits.at(-1);
    const createdAt = comment.created_at ?? '2026-11-24T09:00:00Z';
    const created = { editedAt: createdAt, editor: actor(comment.user) };
    return {
      body: comment.body,
      createdAt,
      lastEditedAt: last?.editedAt ?? null,
      editor: last ? actor(last.editor) : null,
      includesCreatedEdit: edits.length > 0,
      // Newest first, with the creation as the oldest entry once the comment was edited.
      userContentEdits: {
        nodes:
          edits.length === 0
            ? []
            : [...edits.map((e) => ({ editedAt: e.editedAt, editor: actor(e.editor) })).reverse(), created],
      },
    };
  }

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
    if (url.pathname === '/graphql' && method === 'POST') {
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, string> };
      if (/minimizeComment/.test(query)) {
        if (this.readOnly) return send(200, { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible' }] });
        const comment = [...this.comments.values()].flat().find((c) => c.node_id === variables?.id);
        const classifier = /classifier:\s*(\w+)/.exec(query)?.[1] ?? variables?.classifier;
        if (!comment || !classifier) return send(200, { errors: [{ type: 'NOT_FOUND', message: 'no such comment' }] });
        comment.minimized = classifier;
        return send(200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
      }
      if (/node\(id:/.test(query) && /IssueComment/.test(query)) {
        if (this.failReads) return send(502, { message: 'Server Error' });
        const comment = [...this.comments.values()].flat().find((c) => c.node_id === variables?.id);
        return send(200, { data: { node: comment ? this.commentNode(comment) : null } });
      }
      if (!/viewer\s*\{\s*login/.test(query))
        return send(400, { message: 'only viewer, node (IssueComment) and minimizeComment are faked' });
      return send(200, { data: { viewer: { login: this.viewerLogin } } });
    }
    if (method === 'GET' && this.failReads) return send(502, { message: 'Server Error' });
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
      const id = this.nextId++;
      const at = this.stamp();
      const comment: FakeComment = {
        id,
        node_id: `IC_${id}`,
        body: (JSON.parse(body) as { body: string }).body,
        html_url: '',
        user: { ...this.author },
        created_at: at,
        updated_at: at,
      };
      comment.html_url = `https://github.example/pull/${number}#issuecomment-${comment.id}`;
      list.push(comment);
      this.comments.set(number, list);
      return send(201, comment);
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (match && method === 'PATCH') {
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(match?.[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      // GitHub lets a token edit only its own comments (or any, with write access: the action must not rely on that).
      if (comment.user.login !== this.author.login) this.foreignEdits.push(comment.id);
      this.editAs(comment.id, { ...this.author }, (JSON.parse(body) as { body: string }).body);
      return send(200, comment);
    }
    // Labels: the repository's (read one, create), and an issue's (list, add, remove one).
    match = /^\/repos\/[^/]+\/[^/]+\/labels\/(.+)$/.exec(url.pathname);
    if (match && method === 'GET') {
      const label = this.labels.get(decodeURIComponent(match[1] as string));
      return label ? send(200, label) : send(404, { message: 'Not Found' });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/labels$/.test(url.pathname) && method === 'POST') {
      const label = JSON.parse(body) as { name: string; color: string; description: string };
      if (this.labels.has(label.name)) return send(422, { message: 'Validation Failed' });
      this.labels.set(label.name, label);
      return send(201, label);
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels(?:\/(.+))?$/.exec(url.pathname);
    if (match) {
      const number = Number(match[1]);
      const names = this.issueLabels.get(number) ?? [];
      const asLabels = (list: string[]) => list.map((name) => this.labels.get(name) ?? { name, color: 'ededed' });
      if (method === 'GET' && !match[2]) return send(200, asLabels(names));
      if (method === 'POST' && !match[2]) {
        for (const name of (JSON.parse(body) as { labels: string[] }).labels) {
          // GitHub creates a label it does not know, grey.
          if (!this.labels.has(name)) this.labels.set(name, { name, color: 'ededed', description: '' });
          if (!names.includes(name)) names.push(name);
        }
        this.issueLabels.set(number, names);
        return send(200, asLabels(names));
      }
      if (method === 'DELETE' && match[2]) {
        const name = decodeURIComponent(match[2]);
        if (!names.includes(name)) return send(404, { message: 'Label does not exist' });
        this.issueLabels.set(
          number,
          names.filter((n) => n !== name),
        );
        return send(200, asLabels(this.issueLabels.get(number) ?? []));
      }
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls$/.test(url.pathname) && method === 'GET') {
      const head = url.searchParams.get('head');
      return send(
        200,
        this.pulls.filter((pr) => !head || `${pr.head.repo?.full_name.split('/')[0]}:${pr.head.ref}` === head),
      );
    }
    match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(url.pathname);
    if (match && method === 'GET') {
      if (this.failPullFiles) return send(502, { message: 'Server Error' });
      const list = this.pullFiles.get(Number(match[1]));
      if (!list) return send(404, { message: 'Not Found' });
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      return send(200, list.slice(0, 3000).slice((page - 1) * perPage, page * perPage));
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
    // Issues (not pull requests): listed open, created, and edited (title, body, state).
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(url.pathname)) {
      if (method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const list = this.issues.filter((issue) => state === 'all' || issue.state === state);
        return send(200, list.slice((page - 1) * perPage, page * perPage));
      }
      if (method === 'POST') {
        const { title, body: text } = JSON.parse(body) as { title: string; body: string };
        const number = this.nextIssue++;
        const issue: FakeIssue = {
          number,
          title,
          body: text,
          state: 'open',
          html_url: `https://github.example/issues/${number}`,
          user: { ...this.author },
        };
        this.issues.push(issue);
        return send(201, issue);
      }
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname);
    if (match && method === 'PATCH') {
      const issue = this.issues.find((i) => i.number === Number(match?.[1]));
      if (!issue) return send(404, { message: 'Not Found' });
      Object.assign(issue, JSON.parse(body) as Partial<FakeIssue>);
      return send(200, issue);
    }
    // The Git data API: blobs (base64 in), a commit's tree, trees on a base tree, commits; as GitHub answers them.
    if (/^\/repos\/[^/]+\/[^/]+\/git\/blobs$/.test(url.pathname) && method === 'POST') {
      const { content, encoding } = JSON.parse(body) as { content: string; encoding?: string };
      const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');
      const sha = createHash('sha1')
        .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
        .digest('hex');
      this.blobs.set(sha, bytes);
      return send(201, { sha, url: `${this.url}/blobs/${sha}` });
    }
    match = /^\/repos\/[^/]+\/[^/]+\/git\/commits\/([0-9a-f]{40})$/.exec(url.pathname);
    if (match && method === 'GET') {
      const sha = match[1] as string;
      const created = this.commits.get(sha);
      if (!created && !this.knownCommit(sha)) return send(404, { message: 'Not Found' });
      return send(200, {
        sha,
        tree: { sha: created?.tree ?? `${sha.slice(0, 30)}0000000000` },
        parents: (created?.parents ?? this.commitParents.get(sha) ?? []).map((p) => ({ sha: p })),
        message: created?.message ?? '',
      });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/git\/trees$/.test(url.pathname) && method === 'POST') {
      const tree = JSON.parse(body) as {
        base_tree?: string;
        tree: { path: string; mode: string; type: string; sha: string }[];
      };
      if (tree.tree.some((entry) => entry.type === 'blob' && !this.blobs.has(entry.sha)))
        return send(422, { message: 'GitHub cannot find a blob of the tree' });
      const sha = createHash('sha1').update(body).digest('hex');
      this.trees.set(sha, tree);
      return send(201, { sha, tree: tree.tree });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/git\/commits$/.test(url.pathname) && method === 'POST') {
      const commit = JSON.parse(body) as { message: string; tree: string; parents: string[] };
      if (!this.trees.has(commit.tree)) return send(422, { message: 'Tree SHA does not exist' });
      if (commit.parents.some((p) => !this.knownCommit(p))) return send(422, { message: 'Parent SHA does not exist' });
      const sha = createHash('sha1').update(body).digest('hex');
      this.commits.set(sha, commit);
      this.commitParents.set(sha, commit.parents);
      return send(201, { sha, tree: { sha: commit.tree }, parents: commit.parents.map((p) => ({ sha: p })) });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls$/.test(url.pathname) && method === 'POST') {
      const pull = JSON.parse(body) as { title: string; head: string; base: string; body: string };
      const head = this.refs.get(`refs/heads/${pull.head}`);
      if (!head) return send(422, { message: 'Validation Failed', errors: [{ field: 'head', code: 'invalid' }] });
      if (this.pulls.some((p) => p.head.ref === pull.head))
        return send(422, { message: `A pull request already exists for acme:${pull.head}.` });
      const number = this.nextIssue++;
      const html_url = `https://github.example/pull/${number}`;
      this.createdPulls.push({ number, ...pull, html_url });
      this.pulls.push({ number, head: { sha: head, ref: pull.head, repo: { full_name: 'acme/tables' } } });
      return send(201, { number, html_url, head: { ref: pull.head, sha: head }, base: { ref: pull.base } });
    }
    // Git refs, as the REST API reads (`git/ref/<ref>`), updates (`git/refs/<ref>`) and creates (`git/refs`) them.
    match = /^\/repos\/[^/]+\/[^/]+\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/.exec(url.pathname);
    if (match && method === 'GET') {
      const [base, head] = [match[1] as string, match[2] as string];
      const known = (sha: string) =>
        this.commitParents.has(sha) || [...this.commitParents.values()].some((parents) => parents.includes(sha));
      if (!known(base) || !known(head)) return send(404, { message: 'Not Found' });
      const status =
        base === head
          ? 'identical'
          : this.ancestors(head).has(base)
            ? 'ahead'
            : this.ancestors(base).has(head)
              ? 'behind'
              : 'diverged';
      // As GitHub answers: the commits reachable from head and not from base, oldest first; 250 at most without
      // per_page/page, else pages of per_page (at most 100); total_commits counts them all.
      const behind = this.ancestors(base).add(base);
      const inRange = this.ancestors(head).add(head);
      const commits = [...this.commitParents.keys()].filter((sha) => inRange.has(sha) && !behind.has(sha));
      const paged = url.searchParams.has('per_page') || url.searchParams.has('page');
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const listed = paged ? commits.slice((page - 1) * perPage, page * perPage) : commits.slice(0, 250);
      return send(200, {
        status,
        ahead_by: status === 'ahead' ? commits.length : 0,
        behind_by: 0,
        total_commits: commits.length,
        commits: listed.map((sha) => ({ sha, parents: (this.commitParents.get(sha) ?? []).map((p) => ({ sha: p })) })),
      });
    }
    match = /^\/repos\/[^/]+\/[^/]+\/git\/ref\/(.+)$/.exec(url.pathname);
    if (match && method === 'GET') {
      const ref = `refs/${decodeURIComponent(match[1] as string)}`;
      const sha =
        this.refs.get(ref) ?? (ref.startsWith('refs/datatable-sync/applied/') ? this.appliedEverywhere : undefined);
      return sha ? send(200, { ref, object: { sha, type: 'commit' } }) : send(404, { message: 'Not Found' });
    }
    match = /^\/repos\/[^/]+\/[^/]+\/git\/matching-refs\/(.*)$/.exec(url.pathname);
    if (match && method === 'GET') {
      const prefix = `refs/${decodeURIComponent(match[1] as string)}`;
      const found = [...this.refs].filter(([ref]) => ref.startsWith(prefix));
      return send(
        200,
        found.map(([ref, sha]) => ({ ref, object: { sha, type: 'commit' } })),
      );
    }
    match = /^\/repos\/[^/]+\/[^/]+\/git\/refs\/(.+)$/.exec(url.pathname);
    if (match && method === 'DELETE') {
      const ref = `refs/${decodeURIComponent(match[1] as string)}`;
      if (!this.refs.delete(ref)) return send(422, { message: 'Reference does not exist' });
      res.writeHead(204);
      res.end();
      return;
    }
    if (match && method === 'PATCH') {
      const ref = `refs/${decodeURIComponent(match[1] as string)}`;
      if (!this.refs.has(ref)) return send(422, { message: 'Reference does not exist' });
      this.refs.set(ref, (JSON.parse(body) as { sha: string }).sha);
      return send(200, { ref, object: { sha: this.refs.get(ref), type: 'commit' } });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/git\/refs$/.test(url.pathname) && method === 'POST') {
      const { ref, sha } = JSON.parse(body) as { ref: string; sha: string };
      if (!/^refs\/.+\/.+/.test(ref)) return send(422, { message: 'Reference name is not valid' });
      if (ref.startsWith('refs/heads/') && !this.knownCommit(sha))
        return send(422, { message: 'Object does not exist' });
      if (this.refs.has(ref)) return send(422, { message: 'Reference already exists' });
      this.refs.set(ref, sha);
      return send(201, { ref, object: { sha, type: 'commit' } });
    }
    send(404, { message: `Not Found: ${method} ${url.pathname}` });
  }
}
