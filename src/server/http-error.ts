import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DatelineError, type ErrorCode } from '../errors/codes.js';

/** A failed request: an HTTP status and a coded message, sent as `{"error": {"code", "message"}}`. */
export class HttpError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ErrorCode;

  constructor(status: ContentfulStatusCode, code: ErrorCode, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }
}

/** The status a store or input error answers with. */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  E_NOT_FOUND: 404,
  E_USAGE: 400,
  E_DATE: 400,
  E_JSON: 400,
  E_FIELD: 400,
  E_EMPTY: 400,
  E_BINARY: 400,
  E_TOO_LARGE: 413,
  E_AUTH: 401,
  E_DB_READONLY: 403,
  E_DB_CONNECT: 503,
  E_DB_FULL: 507,
};

export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/** Hono's error handler: every failure leaves as a coded JSON body, never a stack trace. */
export function onError(error: Error, c: Context): Response {
  if (error instanceof HttpError) return c.json(errorBody(error.code, error.message), error.status);
  if (error instanceof DatelineError) return c.json(errorBody(error.code, error.message), STATUS[error.code] ?? 500);
  process.stderr.write(`dateline serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}\n`);
  return c.json(errorBody('E_INTERNAL' satisfies ErrorCode, 'the server failed on this request; see its log'), 500);
}
