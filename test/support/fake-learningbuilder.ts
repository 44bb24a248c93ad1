import { createServer, type Server } from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.ts';

export interface QueuedBatch {
  id: number;
  query: Record<string, string>;
  rows: Record<string, unknown>[];
}

/**
 * A local LearningBuilder Workflow Import Queue: `POST /API/WorkflowImportQueue/CreateBatch` as the seed page
 * describes it. It insists on the `apikey` scheme and a valid creationPath, and reads the JSON Lines body.
 */
export class FakeLearningBuilder {
  readonly batches: QueuedBatch[] = [];
  readonly requests: { method: string; path: string; authorization?: string }[] = [];
  url = '';
  private server: Server | undefined;
  /**
   * How the answer comes: the reference documents it only in prose (a batch id and a link), and the page's history shows
   * two JSON shapes, so the fake answers either, or plain text.
   */
  answer: 'json' | 'draft' | 'text' = 'json';
  private readonly apiKey: string;

  constructor(apiKey = 'lb-key-123') {
    this.apiKey = apiKey;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://lb');
        this.requests.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization });
        const send = (status: number, body: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        };
        if (req.method !== 'POST' || url.pathname !== '/API/WorkflowImportQueue/CreateBatch')
          return send(404, { Message: 'Not found' });
        if (req.headers.authorization !== `apikey ${this.apiKey}`) {
          return send(401, { Message: 'Authorization has been denied: use the apikey scheme with a valid key' });
        }
        const query = Object.fromEntries(url.searchParams);
        if (!/^[A-Z0-9_]{1,15}$/.test(query.creationPath ?? ''))
          return send(400, { Message: 'creationPath must be 1-15 of A-Z, 0-9, _' });
        if (!query.importProcessId || !query.fileName)
          return send(400, { Message: 'importProcessId and fileName are required' });
        let rows: Record<string, unknown>[];
        try {
          rows = Buffer.concat(chunks)
            .toString('utf8')
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => JSON.parse(line) as Record<string, unknown>);
        } catch {
          return send(400, { Message: 'The body must be JSON Lines' });
        }
        const batch = { id: 9000 + this.batches.length, query, rows };
        this.batches.push(batch);
        const link = `https://lb.example/ImportQueue/Batch/${batch.id}`;
        if (this.answer === 'text') {
          res.writeHead(200, { 'content-type': 'text/plain' });
          return void res.end(`Batch ${batch.id} queued. Results: ${link}`);
        }
        // The CreateBatch page's answer, or its earlier draft's.
        if (this.answer === 'draft') return send(200, { queueBatchId: batch.id, queueBatchDetails: link });
        send(200, { WorkflowImportQueueBatchId: batch.id, Url: link });
      });
    });
    this.url = await listenOnLoopback(this.server);
    return this;
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }
}
