import type { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { HttpError } from '../http-error.js';
import { dateParam, limitParam, offsetPage, required, text } from '../params.js';
import type { ServerContext } from '../server-context.js';

/**
 * The CLI's queries over HTTP, with the CLI's filters: quotes, entities (and one entity
 * with its roles, statements and timeline), timeline, search, stats, export.
 */
export function queryRoutes(app: Hono, ctx: ServerContext): void {
  const { store } = ctx;

  app.get('/api/quotes', async (c) => {
    const filters = {
      speaker: text(c, 'speaker'),
      about: text(c, 'about'),
      from: dateParam(c, 'from'),
      to: dateParam(c, 'to'),
      outlet: text(c, 'outlet'),
      text: text(c, 'text'),
    };
    return c.json(await offsetPage(c, 100, (limit) => store.quotes({ ...filters, limit })));
  });

  app.get('/api/entities', async (c) => {
    const filters = { type: text(c, 'type'), name: text(c, 'name') };
    return c.json(await offsetPage(c, 20, (limit) => store.entities({ ...filters, limit })));
  });

  app.get('/api/entities/:ref', async (c) => {
    const ref = c.req.param('ref');
    const [entity] = await store.entities({ name: ref, limit: 1 });
    if (!entity)
      throw new HttpError(404, 'E_NOT_FOUND', `no entity ${JSON.stringify(ref)} in this store (give a name, a last name or an id)`);
    const limit = limitParam(c, 200);
    const id = String(entity.id);
    const [statements, timeline] = await Promise.all([store.quotes({ speaker: id, limit }), store.timeline({ entity: id, limit })]);
    return c.json({ entity, statements, timeline });
  });

  app.get('/api/timeline', async (c) => {
    const entity = required(c, 'entity');
    const range = { from: dateParam(c, 'from'), to: dateParam(c, 'to') };
    return c.json(await offsetPage(c, 200, (limit) => store.timeline({ entity, ...range, limit })));
  });

  app.get('/api/search', async (c) => {
    const q = required(c, 'q');
    return c.json(await offsetPage(c, 20, (limit) => store.search(q, limit)));
  });

  app.get('/api/contradictions', async (c) => {
    const since = dateParam(c, 'since');
    const about = text(c, 'about');
    const kind = text(c, 'kind');
    const filter = { ...(about && { about }), ...(kind && { kind }), ...(since && { since }) };
    return c.json(await offsetPage(c, 50, async (limit) => (await store.contradictions(filter)).slice(0, limit)));
  });

  app.get('/api/stats', async (c) => c.json(await store.stats()));

  app.get('/api/export', (c) => {
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    return stream(c, async (out) => {
      for await (const doc of store.documents()) {
        if (out.aborted) break;
        await out.write(`${JSON.stringify(doc)}\n`);
      }
    });
  });
}
