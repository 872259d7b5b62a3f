import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../store/store.js';
import { jsonEtag } from './etag.js';
import { errorBody, HttpError, onError } from './http-error.js';
import { openApiDocument } from './openapi.js';
import { articleRoutes } from './routes/articles.js';
import { queryRoutes } from './routes/queries.js';
import type { ServerContext } from './server-context.js';
import { tokenGuard } from './token.js';
import { loadUiFiles, type UiFile } from './ui-files.js';

export interface AppOptions {
  /** The token write requests must send; none: the server takes no writes. */
  readonly token?: string | undefined;
  /** Where the built UI is (default: dist/ui). */
  readonly uiDir?: string;
}

/** The UI's pages are script-only: no inline script or style may run, whatever an article holds. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The whole HTTP surface: the JSON API under /api, the OpenAPI document, the web UI everywhere else. */
export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  const ctx: ServerContext = { store, requireToken: tokenGuard(options.token) };
  app.onError(onError);
  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, crossOriginEmbedderPolicy: false }));
  // Every answer of the API but the export stream gets an ETag; If-None-Match gets 304.
  app.use('/api/*', (c, next) => (c.req.path !== '/api/export' ? jsonEtag(c, next) : next()));

  const openapi = openApiDocument();
  app.get('/api/openapi.json', (c) => c.json(openapi));
  articleRoutes(app, ctx);
  queryRoutes(app, ctx);
  app.all('/api/*', (c) => {
    throw new HttpError(404, 'E_NOT_FOUND', `no API endpoint ${c.req.method} ${c.req.path}; see /api/openapi.json`);
  });

  const files = loadUiFiles(options.uiDir);
  app.get('*', (c) => {
    const file = files.get(c.req.path) ?? (extensionless(c.req.path) ? files.get('/index.html') : undefined);
    if (!file) {
      if (files.size === 0) return c.json(errorBody('E_NOT_FOUND', 'the web UI is not built: run npm run build'), 404);
      return c.json(errorBody('E_NOT_FOUND', `no file ${c.req.path}`), 404);
    }
    return serveFile(c.req.header('if-none-match'), file);
  });
  return app;
}

/** A UI route (/articles/12, /entities/Ada%20Alder) rather than a file (/app.js). */
function extensionless(path: string): boolean {
  return !/\.[a-z0-9]+$/i.test(path);
}

function serveFile(ifNoneMatch: string | undefined, file: UiFile): Response {
  const headers = { 'Content-Type': file.type, ETag: file.etag, 'Cache-Control': 'no-cache' };
  if (ifNoneMatch === file.etag) return new Response(null, { status: 304, headers });
  return new Response(file.body, { status: 200, headers });
}
