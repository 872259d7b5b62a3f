import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { ingestPaths } from '../src/cli/ingest-run.js';
import { storeWebOptions } from '../src/cli/web-hooks.js';
import { parseFeed } from '../src/ingest/web/feed.js';
import { Store } from '../src/store/store.js';
import { dateline } from './support/cli.js';
import { freshStore, type TestStore } from './support/stores.js';
import { send, startServer, type TestServer } from './support/web-server.js';

/** Three invented stories; the second changes during the test. */
const STORIES: Record<string, string[]> = {
  '/news/2026/05/04/bridge': [
    'The old swing bridge over the Lenne river will close for six weeks from Monday while engineers replace its turning gear, the county said.',
    'Drivers will be sent on a nine-kilometre detour through the industrial estate, and a free shuttle boat will carry people on foot.',
  ],
  '/news/2026/05/04/market': [
    'The covered market in Ostrey will open on Sundays from June, the town council decided on Thursday after a trial in the spring drew large crowds.',
    'Stallholders said Sunday trade had been worth a third of their weekly takings during the trial, mostly from visitors to the coast.',
  ],
  '/news/2026/05/04/school': [
    'A primary school in Wexley will get a new science wing after the education board approved the plans at its meeting on Tuesday.',
    'Building will start in the summer holidays so that the work disturbs lessons as little as possible, the head teacher said.',
  ],
};

let market2 = false;

function article(path: string): string {
  const paragraphs = STORIES[path] ?? [];
  const extra =
    path.endsWith('market') && market2 ? ['The council corrected the opening hours on Friday: stalls will open at nine, not ten.'] : [];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title>
<meta property="article:published_time" content="2026-05-04T08:00:00Z"></head>
<body><article>${[...paragraphs, ...extra].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

function rss(): string {
  const item = (path: string, title: string, date: string) =>
    `<item><title>${title}</title><link>${server.url(path)}</link><guid isPermaLink="false">guid-${path}</guid><pubDate>${date}</pubDate></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Local news</title>
${item('/news/2026/05/04/bridge', 'Bridge closes', 'Mon, 04 May 2026 08:00:00 GMT')}
${item('/news/2026/05/04/market', market2 ? 'Market opens Sundays (corrected)' : 'Market opens Sundays', market2 ? 'Fri, 08 May 2026 09:00:00 GMT' : 'Mon, 04 May 2026 08:00:00 GMT')}
${item('/news/2026/05/04/school', 'School gets science wing', 'Mon, 04 May 2026 08:00:00 GMT')}
<item><title>An item with no link</title><description>Nothing to fetch.</description></item>
</channel></rss>`;
}

let server: TestServer;

beforeAll(async () => {
  const routes: Record<string, (q: unknown, res: Parameters<typeof send>[0]) => void> = {
    '/feed.xml': (_q, res) => {
      const body = rss();
      const etag = `"${market2 ? 'v2' : 'v1'}"`;
      const req = _q as { headers: Record<string, string | undefined> };
      if (req.headers['if-none-match'] === etag) send(res, 304, '');
      else send(res, 200, body, { 'content-type': 'application/rss+xml', etag });
    },
  };
  for (const path of Object.keys(STORIES)) routes[path] = (_q, res) => send(res, 200, article(path));
  server = await startServer(routes);
});

afterAll(async () => server?.close());

describe('feeds: RSS 2.0 and Atom', () => {
  it('reads RSS items with link, GUID and date, and lists a bad item instead of failing the feed', () => {
    const feed = parseFeed(rss(), server.url('/feed.xml'));
    expect(feed.items.map((i) => [i.guid, i.date])).toEqual([
      ['guid-/news/2026/05/04/bridge', '2026-05-04T08:00:00Z'],
      ['guid-/news/2026/05/04/market', '2026-05-04T08:00:00Z'],
      ['guid-/news/2026/05/04/school', '2026-05-04T08:00:00Z'],
    ]);
    expect(feed.bad).toEqual([{ index: 4, reason: 'the item has no http(s) link' }]);
  });

  it('reads Atom entries (alternate link, id, published, author)', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>One</title><link rel="alternate" href="/a/1"/><link rel="self" href="/x"/><id>tag:example,2026:1</id><published>2026-05-01T10:00:00+02:00</published><author><name>Ada Lind</name></author></entry>
</feed>`;
    const feed = parseFeed(atom, 'https://news.example/feed');
    expect(feed.items[0]).toMatchObject({
      link: 'https://news.example/a/1',
      guid: 'tag:example,2026:1',
      date: '2026-05-01T10:00:00+02:00',
      authors: ['Ada Lind'],
    });
  });

  it.each([
    ['not XML at all', 'this is <not xml'],
    ['XML that is no feed', '<?xml version="1.0"?><html><body/></html>'],
  ])('refuses %s with E_FEED', (_name, body) => {
    expect(() => parseFeed(body, 'https://news.example/feed')).toThrowError(expect.objectContaining({ code: 'E_FEED' }));
  });
});

describe('ingest FEED_URL and watch (acceptance)', () => {
  let place: TestStore;
  beforeAll(() => {
    place = freshStore('sqlite');
  });
  afterAll(async () => place?.drop());

  it('ingests a feed of three items once, a second run adds nothing, a changed item adds a version; watch --once exits 0', async () => {
    const feed = server.url('/feed.xml');
    const store = await Store.open({ db: place.db, write: true });
    const pipeline = defaultPipeline();
    const ingest = () => ingestPaths(store, pipeline, [feed], { batch: 10, web: storeWebOptions(store, { hostDelayMs: 1 }) });
    try {
      expect(await ingest()).toMatchObject({ added: 3, versions: 0, unchanged: 0, failed: 1 }); // the item without a link
      expect(await ingest()).toMatchObject({ added: 0, versions: 0, unchanged: 0, failed: 1 });
      expect(server.hits.get('/news/2026/05/04/bridge')).toBe(1); // items already stored are not fetched again
      market2 = true;
      expect(await ingest()).toMatchObject({ added: 0, versions: 1, failed: 1 });
      const market = await store.article(server.url('/news/2026/05/04/market'));
      expect([market?.version, market?.document.date, market?.document.published, market?.document.feed]).toEqual([
        2,
        '2026-05-04',
        '2026-05-04T08:00:00Z',
        { url: feed, guid: 'guid-/news/2026/05/04/market', date: '2026-05-08T09:00:00Z' },
      ]);
    } finally {
      await store.close();
    }
    const watch = await dateline(['watch', feed, '--once', '--db', place.db, '--host-delay', '1']);
    expect(watch.stderr).toContain('not modified');
    expect(watch.stdout).toMatch(/round 1: ingested 0 documents/);
    expect(watch.status).toBe(0);
  }, 180_000);
});
