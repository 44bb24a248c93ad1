import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts a test server on a free port of 127.0.0.1 (only loopback, ever) and gives its base URL. */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Stops a test server, dropping kept-alive connections so that nothing waits on them. */
export function closeServer(server: Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
