import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/**
 * ETags on the API's JSON answers: a hash of the body; a request whose If-None-Match
 * holds it gets 304 and no body. (Hono's own etag middleware clones the response, which
 * the Node adapter's light responses do not survive: the body came back empty.)
 */
export const jsonEtag: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.method !== 'GET' || c.res.status !== 200 || !c.res.headers.get('content-type')?.startsWith('application/json')) return;
  const body = await c.res.text();
  const tag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = new Headers(c.res.headers);
  headers.set('ETag', tag);
  headers.set('Cache-Control', 'no-cache');
  const matches =
    c.req
      .header('if-none-match')
      ?.match(/"[^"]*"/g)
      ?.includes(tag) ?? false;
  if (matches) {
    headers.delete('content-type');
    headers.delete('content-length');
  }
  c.res = undefined;
  c.res = new Response(matches ? null : body, { status: matches ? 304 : 200, headers });
};
