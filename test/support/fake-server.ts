import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.ts';

export interface FakeServer {
  url: string;
  hits: { method: string; path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 whose answers the test scripts, one handler call per request. */
export async function startFakeServer(
  handler: (req: IncomingMessage, res: ServerResponse, hit: number) => void,
): Promise<FakeServer> {
  const hits: FakeServer['hits'] = [];
  const server = createServer((req, res) => {
    hits.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => handler(req, res, hits.length));
  });
  return { url: await listenOnLoopback(server), hits, close: () => closeServer(server) };
}
