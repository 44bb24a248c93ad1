/** How the emulator speaks HTTP: answers, error bodies in Genesys' shape, paging, bodies, listening. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorBody } from './models.ts';

export type Send = (status: number, payload: unknown, headers?: Record<string, string>) => void;

/** A Genesys error body: message, code, status and a contextId that support asks for. */
export function error(
  status: number,
  code: string,
  message: string,
  messageParams?: Record<string, string>,
): ErrorBody {
  return {
    message,
    code,
    status,
    contextId: randomUUID(),
    ...(messageParams ? { messageWithParams: message, messageParams } : {}),
    details: [],
    errors: [],
  };
}

export function notFound(what: string): ErrorBody {
  return error(404, 'not.found', `The requested ${what} could not be found.`);
}

/** The data tables' answer to a missing table (the code the reference lists). */
export function tableNotFound(): ErrorBody {
  return error(404, 'flows.datatables.table.not.found', 'The datatable could not be found.');
}

export function missingPermission(permission: string): ErrorBody {
  return error(
    403,
    'missing.any.permissions',
    `Unable to perform the requested action. You must have at least one of the following permissions assigned: [${permission}]`,
    {
      permissions: permission,
    },
  );
}

export function page<T>(all: T[], url: URL, defaultSize: number, maxSize: number) {
  const pageSize = Math.min(
    Math.max(Number(url.searchParams.get('pageSize') ?? defaultSize) || defaultSize, 1),
    maxSize,
  );
  const pageNumber = Math.max(Number(url.searchParams.get('pageNumber') ?? 1) || 1, 1);
  const entities = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  const pageCount = Math.max(1, Math.ceil(all.length / pageSize));
  const uri = (n: number) => {
    const query = new URLSearchParams(url.searchParams);
    query.set('pageNumber', String(n));
    query.set('pageSize', String(pageSize));
    return `${url.pathname}?${query}`;
  };
  return {
    entities,
    pageNumber,
    pageSize,
    total: all.length,
    firstUri: uri(1),
    selfUri: uri(pageNumber),
    ...(pageNumber < pageCount ? { nextUri: uri(pageNumber + 1) } : {}),
    ...(pageNumber > 1 ? { previousUri: uri(pageNumber - 1) } : {}),
    lastUri: uri(pageCount),
    pageCount,
  };
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${actual}`);
    });
  });
}
