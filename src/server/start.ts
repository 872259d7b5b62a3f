import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Store } from '../store/store.js';
import { createApp } from './app.js';

export interface ServeOptions {
  readonly db?: string | undefined;
  readonly port: number;
  readonly host: string;
  readonly token?: string | undefined;
  readonly uiDir?: string;
}

export interface RunningServer {
  /** http://host:port, the address to open. */
  readonly url: string;
  readonly port: number;
  readonly store: Store;
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** True when `host` is reachable from other machines (not a loopback address). */
export function exposed(host: string): boolean {
  return !LOOPBACK.test(host);
}

/** Opens the store and serves the API and the UI on host:port (port 0: any free one). */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  // With a token the server takes writes, so it may create the store; without, it only reads one.
  const store = await Store.open({ db: options.db, write: Boolean(options.token) });
  const app = createApp(store, { token: options.token, ...(options.uiDir ? { uiDir: options.uiDir } : {}) });
  try {
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
      s.once('error', reject);
    });
    // Request limits: slow clients cannot hold a connection open for long.
    const http = server as unknown as { headersTimeout: number; requestTimeout: number; keepAliveTimeout: number };
    http.headersTimeout = 10_000;
    http.requestTimeout = 60_000;
    const port = (server.address() as AddressInfo).port;
    const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
    return {
      url: `http://${shown}:${port}`,
      port,
      store,
      close: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
