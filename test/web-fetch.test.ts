import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../src/ingest/result.js';
import { fetchUrl } from '../src/ingest/web/fetch.js';
import { PoliteClient } from '../src/ingest/web/polite.js';
import { readUrl } from '../src/ingest/web/read-url.js';
import { send, startServer, type TestServer } from './support/web-server.js';

const PARAGRAPH = 'The river authority said on Tuesday that the flood barrier would be raised twice a week through the winter months.';
const page = (title: string, body: string, head = '<meta charset="utf-8">') =>
  `<!doctype html><html lang="en"><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p><p>${PARAGRAPH}</p></article></body></html>`;

let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    '/robots.txt': (_q, res) => send(res, 200, 'User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' }),
    '/ok': (_q, res) => send(res, 200, page('Plain page', 'A plain page body with enough words in it to be read.')),
    '/moved': (_q, res) => send(res, 301, '', { location: '/moved-twice' }),
    '/moved-twice': (_q, res) => send(res, 302, '', { location: '/ok' }),
    '/gone': (_q, res) => send(res, 410, 'gone', { 'content-type': 'text/plain' }),
    '/flaky': (_q, res, hit) => (hit === 1 ? send(res, 500, 'oops') : send(res, 200, page('Flaky page', 'It worked on the second try.'))),
    '/down': (_q, res) => send(res, 503, 'down', { 'retry-after': '0' }),
    '/slow': async (_q, res) => {
      await new Promise((r) => setTimeout(r, 1500));
      send(res, 200, page('Slow', 'Too late.'));
    },
    '/huge': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'word '.repeat(2000)}</p>`;
      for (let i = 0; i < 200; i++) res.write(chunk);
      res.end();
    },
    '/latin1-header': (_q, res) =>
      send(
        res,
        200,
        iconv.encode(page('Caf\u00e9 prices', '\u201cThe caf\u00e9 na\u00efvely raised prices,\u201d she said.', ''), 'windows-1252'),
        {
          'content-type': 'text/html; charset=windows-1252',
        },
      ),
    '/latin1-meta': (_q, res) =>
      send(
        res,
        200,
        iconv.encode(
          page('Se\u00f1al', 'La se\u00f1al lleg\u00f3 \u00bfa tiempo? the engineer asked, in English.', '<meta charset="iso-8859-1">'),
          'windows-1252',
        ),
        { 'content-type': 'text/html' },
      ),
    '/private/page': (_q, res) => send(res, 200, page('Private', 'Should never be fetched.')),
    '/empty': (_q, res) => send(res, 200, '<html><body><nav>Home</nav></body></html>'),
  });
});

afterAll(async () => server?.close());

const quick = { retries: 2, backoffMs: 10, timeoutMs: 500 };

async function collect(url: string): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readUrl(url, { client: new PoliteClient({ ...quick, hostDelayMs: 0 }) })) out.push(r);
  return out;
}

describe('fetching pages over HTTP (a real server on 127.0.0.1)', () => {
  it('follows redirects and reports the final URL', async () => {
    const r = await fetchUrl(server.url('/moved'), quick);
    expect([r.status, r.url]).toEqual([200, server.url('/ok')]);
  });

  it('retries a 500 and succeeds on the second try', async () => {
    const retries: string[] = [];
    const r = await fetchUrl(server.url('/flaky'), { ...quick, onRetry: (_n, why) => retries.push(why) });
    expect([r.status, retries]).toEqual([200, ['HTTP 500']]);
  });

  it.each([
    ['a 404', '/nowhere', 'E_HTTP', 'HTTP 404'],
    ['a 410 (not retried)', '/gone', 'E_HTTP', 'HTTP 410'],
    ['a 503 every time (after 3 tries)', '/down', 'E_HTTP', 'after 3 tries'],
    ['a slow server (timeout)', '/slow', 'E_NETWORK', 'no answer within 500 ms'],
    ['a huge page (size limit while streaming)', '/huge', 'E_TOO_LARGE', 'limit'],
  ])('fails %s with a coded error', async (_name, path, code, words) => {
    await expect(fetchUrl(server.url(path), { ...quick, retries: path === '/slow' ? 0 : 2, maxBytes: 1024 * 1024 })).rejects.toMatchObject({
      code,
      message: expect.stringContaining(words),
    });
  });

  it('refuses a connection nobody answers with E_NETWORK', async () => {
    await expect(fetchUrl('http://127.0.0.1:9/', { ...quick, retries: 0 })).rejects.toMatchObject({ code: 'E_NETWORK' });
  });

  it('sends If-None-Match and If-Modified-Since when it holds validators', async () => {
    await fetchUrl(server.url('/ok'), { ...quick, etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' });
    const headers = server.requests.get('/ok')?.at(-1);
    expect([headers?.['if-none-match'], headers?.['if-modified-since']]).toEqual(['"v1"', 'Tue, 01 Dec 2026 10:00:00 GMT']);
  });
});

describe('reading a URL as an article', () => {
  it.each([
    ['the Content-Type header', '/latin1-header', '“The café naïvely raised prices,” she said.'],
    ['a <meta charset> (iso-8859-1 read as windows-1252)', '/latin1-meta', 'La señal llegó ¿a tiempo?'],
  ])('decodes a non-UTF-8 page by %s', async (_how, path, words) => {
    const [r] = await collect(server.url(path));
    expect(r?.ok && r.doc.text).toContain(words);
  });

  it('obeys robots.txt: a disallowed page is not fetched', async () => {
    const [r] = await collect(server.url('/private/page'));
    expect(r).toMatchObject({ ok: false, error: { code: 'E_ROBOTS' } });
    expect(server.hits.get('/private/page')).toBeUndefined();
  });

  it.each([
    ['a page with no article text', '/empty', 'E_EMPTY'],
    ['a 404', '/missing', 'E_HTTP'],
  ])('fails %s alone, with one coded result', async (_name, path, code) => {
    const results = await collect(server.url(path));
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ ok: false, where: server.url(path), error: { code } });
  });

  it('keeps one request at a time per host, hostDelayMs apart', async () => {
    const client = new PoliteClient({ ...quick, hostDelayMs: 150 });
    const started = Date.now();
    await Promise.all([client.get(server.url('/ok')), client.get(server.url('/ok')), client.get(server.url('/ok'))]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
