import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './http-error.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Guards the write endpoints: `Authorization: Bearer TOKEN` with the server's token
 * (compared in constant time). A server started without a token takes no writes.
 */
export function tokenGuard(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : undefined;
  return async (c, next) => {
    if (!expected)
      throw new HttpError(403, 'E_AUTH', 'this server takes no writes: start it with --token TOKEN (or DATELINE_TOKEN) to allow them');
    const header = c.req.header('authorization') ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!given || !timingSafeEqual(digest(given), expected))
      throw new HttpError(401, 'E_AUTH', 'send the server token as Authorization: Bearer TOKEN');
    await next();
  };
}
