import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route: what to answer for a path (a handler may keep state between calls). */
export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void | Promise<void>;

export interface TestServer {
  /** The absolute URL of `path` on this server. */
  url(path: string): string;
  /** How many requests each path has had. */
  readonly hits: Map<string, number>;
  /** Requests' headers, by path, in order. */
  readonly requests: Map<string, IncomingMessage['headers'][]>;
  close(): Promise<void>;
}

/** Sends `body` with a status and content type (and any other headers). */
export function send(res: ServerResponse, status: number, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
}

/**
 * A real HTTP server on 127.0.0.1 with an ephemeral port, answering from a table of
 * routes (404 for any other path). No mocks: the code under test speaks real HTTP to it.
 */
export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const hits = new Map<string, number>();
  const requests = new Map<string, IncomingMessage['headers'][]>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    requests.set(path, [...(requests.get(path) ?? []), req.headers]);
    const route = routes[path];
    if (!route) {
      send(res, 404, 'not found', { 'content-type': 'text/plain' });
      return;
    }
    Promise.resolve(route(req, res, hit)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
