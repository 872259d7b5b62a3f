import type { MiddlewareHandler } from 'hono';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';

/** What every route shares: the open store, the write guard, the pipeline (made on the first post). */
export interface ServerContext {
  readonly store: Store;
  /** Middleware that lets a request through only with the server's token. */
  readonly requireToken: MiddlewareHandler;
  pipeline?: Pipeline;
}
