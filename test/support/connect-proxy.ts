import { createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';
import { closeServer, listenOnLoopback } from './loopback.ts';

/**
 * A small forward proxy on 127.0.0.1, as a self-hosted runner's network has: CONNECT tunnels and absolute-form
 * requests, each target recorded. Only loopback targets are forwarded (tests never reach anything else).
 */
export class ConnectProxy {
  readonly targets: string[] = [];
  url = '';
  private server: Server | undefined;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const target = new URL(req.url ?? '/');
      this.targets.push(target.host);
      if (target.hostname !== '127.0.0.1') {
        res.writeHead(403).end();
        return;
      }
      const upstream = request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: target.pathname + target.search,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    this.server.on('connect', (req, socket, head) => {
      const [host, port] = (req.url ?? '').split(':');
      this.targets.push(req.url ?? '');
      if (host !== '127.0.0.1') {
        socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const upstream = connect(Number(port), host, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    this.url = await listenOnLoopback(this.server);
    return this;
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }
}
