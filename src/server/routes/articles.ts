import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { NewArticleSchema } from '../api-schemas.js';
import { HttpError } from '../http-error.js';
import { ingestOne } from '../ingest-one.js';
import { cursorParam, dateParam, encodeCursor, limitParam, text } from '../params.js';
import type { ServerContext } from '../server-context.js';

/** The largest article a client may post (the text and its fields, as JSON). */
export const MAX_POST_BYTES = 4 * 1024 * 1024;

function articleRef(id: string): number | string {
  return /^\d+$/.test(id) ? Number(id) : id;
}

/** GET /api/articles, GET /api/articles/{id}, POST /api/articles. */
export function articleRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/articles', async (c) => {
    const limit = limitParam(c, 50);
    const after = cursorParam(c).after ?? 0;
    const rows = await ctx.store.articles({
      after,
      limit: limit + 1,
      from: dateParam(c, 'from'),
      to: dateParam(c, 'to'),
      outlet: text(c, 'outlet'),
    });
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return c.json({ items, next: rows.length > limit && last ? encodeCursor({ after: last.id }) : null });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    const ref = articleRef(id);
    const article = (await ctx.store.article(ref)) ?? (typeof ref === 'number' ? await ctx.store.article(id) : undefined);
    if (!article)
      throw new HttpError(404, 'E_NOT_FOUND', `no article ${JSON.stringify(id)} in this store (give a store id or a document id)`);
    const { id: storeId, version, current, title, outlet, analysis } = article;
    return c.json({ ...article.document, store: { id: storeId, version, current, title, outlet, analysis } });
  });

  app.post(
    '/api/articles',
    ctx.requireToken,
    bodyLimit({
      maxSize: MAX_POST_BYTES,
      onError: () => {
        throw new HttpError(413, 'E_TOO_LARGE', `the posted article is over ${MAX_POST_BYTES / 1024 / 1024} MiB; split it`);
      },
    }),
    async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new HttpError(400, 'E_JSON', 'the body is not JSON; send {"id", "text", "date"?, "title"?, "url"?, "outlet"?}');
      }
      const parsed = NewArticleSchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new HttpError(400, 'E_FIELD', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
      }
      const result = await ingestOne(ctx, parsed.data);
      return c.json(result, result.outcome === 'added' || result.outcome === 'new-version' ? 201 : 200);
    },
  );
}
