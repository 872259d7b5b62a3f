import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as S from '../src/server/api-schemas.js';
import { type RunningServer, startServer } from '../src/server/start.js';
import type { Dialect } from '../src/store/tables.js';
import { dateline } from './support/cli.js';
import { DIALECTS, freshStore, type TestStore } from './support/stores.js';

/** The HTTP API on a real server (127.0.0.1, an ephemeral port) over each real store dialect. */

const TOKEN = 'test-token-5b1c';
const SAMPLE = 'samples/sample-01-port-strike.txt';

async function get(server: RunningServer, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

function post(server: RunningServer, body: string, token?: string) {
  return fetch(`${server.url}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
}

/** The article as `extract` prints it, for the comparison with the API. */
const extracted = JSON.parse((await dateline(['extract', SAMPLE])).stdout.split('\n')[0] ?? '{}') as Record<string, unknown>;

describe.each(DIALECTS)('HTTP API on %s', (dialect: Dialect) => {
  let store: TestStore;
  let server: RunningServer;

  beforeAll(async () => {
    store = freshStore(dialect);
    const ingest = await dateline(['ingest', 'samples', '--db', store.db]);
    expect(ingest.status, ingest.stderr).toBe(0);
    server = await startServer({ db: store.db, port: 0, host: '127.0.0.1', token: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
    await store?.drop();
  });

  it('serves an OpenAPI 3.1 document whose references all resolve', async () => {
    const { status, body } = await get(server, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body?.openapi).toBe('3.1.0');
    const text = JSON.stringify(body);
    const schemas = (body?.components as { schemas: Record<string, unknown> } | undefined)?.schemas ?? {};
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g))
      expect(schemas, `$ref ${name}`).toHaveProperty(name as string);
    expect(Object.keys(body?.paths as object)).toEqual(
      expect.arrayContaining([
        '/api/articles',
        '/api/articles/{id}',
        '/api/quotes',
        '/api/entities',
        '/api/entities/{ref}',
        '/api/timeline',
        '/api/search',
        '/api/export',
      ]),
    );
    expect(JSON.stringify(schemas.Article)).toContain('"attributions"');
  });

  it('lists articles as {items: [{id, doc_id, title, date, outlet}], next}, a page at a time', async () => {
    const seen: string[] = [];
    let path = '/api/articles?limit=2';
    for (let pages = 0; pages < 5; pages++) {
      const { body } = await get(server, path);
      const page = S.ArticlePageSchema.parse(body);
      for (const item of page.items) expect(Object.keys(item).sort()).toEqual(['date', 'doc_id', 'id', 'outlet', 'title']);
      seen.push(...page.items.map((i) => i.doc_id));
      if (page.next === null) break;
      path = `/api/articles?limit=2&cursor=${page.next}`;
    }
    expect(seen).toEqual(['samples/sample-01-port-strike.txt', 'samples/sample-02-drought-aid.txt', 'samples/sample-03-council-vote.txt']);
    const dated = S.ArticlePageSchema.parse((await get(server, '/api/articles?from=2026-07-01&to=2026-07-31')).body);
    expect(dated.items.map((i) => i.date)).toEqual(['2026-07-21']);
  });

  it('answers an article in dateline/1 with the same annotations as extract, by store id and by document id', async () => {
    const byId = await get(server, '/api/articles/1');
    const article = S.StoredArticleSchema.parse(byId.body);
    const { store: where, ...document } = article;
    expect(where.id).toBe(1);
    for (const layer of ['schema', 'id', 'date', 'text', 'entities', 'attributions', 'timexes', 'events'])
      expect(document[layer], layer).toEqual(extracted[layer]);
    const byDocId = await get(server, `/api/articles/${encodeURIComponent(SAMPLE)}`);
    expect(byDocId.body).toEqual(byId.body);
  });

  it('answers the CLI queries with the CLI filters', async () => {
    const cases: [string, z.ZodType, (body: Record<string, unknown>) => void][] = [
      [
        '/api/quotes?speaker=Okafor',
        S.QuotePageSchema,
        (b) => expect((b.items as { speaker: string }[]).every((q) => q.speaker === 'Teresa Okafor')).toBe(true),
      ],
      ['/api/quotes?from=2026-07-01&to=2026-07-31', S.QuotePageSchema, (b) => expect((b.items as unknown[]).length).toBeGreaterThan(0)],
      ['/api/quotes?speaker=Nobody%20Atall', S.QuotePageSchema, (b) => expect(b.items).toEqual([])],
      [
        '/api/entities?type=PERSON&limit=3',
        S.EntityPageSchema,
        (b) => expect((b.items as { type: string }[]).map((e) => e.type)).toEqual(['PERSON', 'PERSON', 'PERSON']),
      ],
      ['/api/entities/Teresa%20Okafor', S.EntityDetailSchema, (b) => expect((b.statements as unknown[]).length).toBe(4)],
      ['/api/timeline?entity=Okafor', S.TimelinePageSchema, (b) => expect((b.items as unknown[]).length).toBeGreaterThan(0)],
      ['/api/search?q=strike', S.SearchPageSchema, (b) => expect((b.items as { doc_id: string }[])[0]?.doc_id).toBe(SAMPLE)],
      ['/api/contradictions', S.ContradictionPageSchema, (b) => expect(b).toHaveProperty('items')],
      ['/api/stats', S.StatsSchema, (b) => expect(b.articles).toBe(3)],
    ];
    for (const [path, schema, check] of cases) {
      const { status, body } = await get(server, path);
      expect(status, path).toBe(200);
      check(schema.parse(body) as Record<string, unknown>);
    }
    const all = S.QuotePageSchema.parse((await get(server, '/api/quotes?limit=500')).body).items;
    const first = S.QuotePageSchema.parse((await get(server, '/api/quotes?limit=5')).body);
    const second = S.QuotePageSchema.parse((await get(server, `/api/quotes?limit=5&cursor=${first.next}`)).body);
    expect([...first.items, ...second.items]).toEqual(all.slice(0, 10));
  });

  it('refuses what is wrong with a coded JSON error', async () => {
    const cases: [string, number, string][] = [
      ['/api/articles/999', 404, 'E_NOT_FOUND'],
      ['/api/articles/no-such-doc', 404, 'E_NOT_FOUND'],
      ['/api/entities/Nobody%20Atall', 404, 'E_NOT_FOUND'],
      ['/api/articles?limit=0', 400, 'E_USAGE'],
      ['/api/articles?limit=501', 400, 'E_USAGE'],
      ['/api/articles?cursor=not-a-cursor', 400, 'E_USAGE'],
      ['/api/quotes?from=2025-02-30', 400, 'E_DATE'],
      ['/api/timeline', 400, 'E_USAGE'],
      ['/api/search', 400, 'E_USAGE'],
      [`/api/quotes?text=${'x'.repeat(600)}`, 400, 'E_USAGE'],
      ['/api/nothing-here', 404, 'E_NOT_FOUND'],
    ];
    for (const [path, status, code] of cases) {
      const answer = await get(server, path);
      expect(answer.status, path).toBe(status);
      expect(S.ErrorSchema.parse(answer.body).error.code, path).toBe(code);
    }
  });

  it('sends ETags and answers 304 to a matching If-None-Match', async () => {
    const first = await get(server, '/api/articles/1');
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^"[\w-]+"$/);
    const again = await get(server, '/api/articles/1', { 'if-none-match': tag ?? '' });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect((await get(server, '/api/articles/1', { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('takes a posted article only with the token, analyses and stores it', async () => {
    const article = {
      id: 'posted-1',
      date: '2026-05-04',
      title: 'Posted',
      outlet: 'Test Wire',
      text: 'Mayor Ada Brook said on Monday that the bridge would reopen in June.',
    };
    const cases: [string, string | undefined, number, string | null][] = [
      [JSON.stringify(article), undefined, 401, 'E_AUTH'],
      [JSON.stringify(article), 'wrong-token', 401, 'E_AUTH'],
      ['{not json', TOKEN, 400, 'E_JSON'],
      [JSON.stringify({ id: 'x' }), TOKEN, 400, 'E_FIELD'],
      [JSON.stringify({ ...article, date: '2026-02-30' }), TOKEN, 400, 'E_DATE'],
      [JSON.stringify({ ...article, text: 'x'.repeat(5 * 1024 * 1024) }), TOKEN, 413, 'E_TOO_LARGE'],
      [JSON.stringify(article), TOKEN, 201, null],
      [JSON.stringify(article), TOKEN, 200, null],
    ];
    for (const [body, token, status, code] of cases) {
      const response = await post(server, body, token);
      const answer = (await response.json()) as Record<string, unknown>;
      expect(response.status, `${code} ${body.slice(0, 40)}`).toBe(status);
      if (code) expect(S.ErrorSchema.parse(answer).error.code).toBe(code);
      else expect(S.IngestResultSchema.parse(answer).outcome).toBe(status === 201 ? 'added' : 'unchanged');
    }
    const stored = S.StoredArticleSchema.parse((await get(server, '/api/articles/posted-1')).body);
    expect(stored.store.outlet).toBe('Test Wire');
    expect(stored.attributions.length).toBeGreaterThan(0);
  });

  it('exports every current article as dateline/1 JSON lines', async () => {
    const response = await fetch(`${server.url}/api/export`);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await response.text()).trim().split('\n');
    const stats = S.StatsSchema.parse((await get(server, '/api/stats')).body);
    expect(lines).toHaveLength(stats.articles);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('schema', 'dateline/1');
  });
});

describe('dateline serve (the command)', () => {
  it('refuses to start on a store that does not exist, with a coded line', async () => {
    const result = await dateline(['serve', '--db', '/nonexistent/dir/store.db', '--port', '0']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^dateline serve: E_/);
  });
});
