/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server/start.js';
import { CHROMIUM, launchChromium, NO_BROWSER_LINE } from './support/browser.js';
import { dateline } from './support/cli.js';
import { hasCorpus, SEED } from './support/paths.js';
import { freshStore, type TestStore } from './support/stores.js';

/**
 * The web UI in a real Chromium (playwright-core driving Debian's chromium) against a real
 * server on 127.0.0.1: search, the article view's highlights against the API, following a
 * speaker, the keyboard, axe-core, hostile article text, the seed article, a phone's width.
 */

if (!CHROMIUM) console.log(NO_BROWSER_LINE);

const TOKEN = 'ui-test-token';
const HOSTILE_ID = 'hostile-1';
/** Article text written to attack the page: every bit of it must show as written and none run. */
const HOSTILE_TEXT = [
  'Mayor Ada Brook said on Monday that <script>window.__pwned = "script"</script> would not run.',
  'A reader wrote <img src=x onerror="window.__pwned = \'img\'"> and <a href="javascript:window.__pwned=\'link\'">click me</a>.',
  '"Entities stay text: &amp; &lt;b&gt;bold&lt;/b&gt; &#x3C;i&#x3E;," Brook told reporters. <svg onload="window.__pwned=\'svg\'"></svg>',
].join('\n\n');

interface Span {
  start: number;
  end: number;
}
interface ApiDoc {
  text: string;
  attributions: { id: string; content: Span; source: Span | null; cue: Span | null; speaker: { name: string } | null }[];
  entities: { id: string; mentions: Span[] }[];
  timexes: Span[];
  events: { id: string; trigger: Span }[];
}

/** What the page shows: each highlighted annotation (its parts joined) by kind and key. */
async function shownHighlights(page: Page): Promise<{ kind: string; key: string; start: number; end: number; textOk: boolean }[]> {
  return page.$$eval('.article-text mark.hl', (marks) => {
    const text = (document.querySelector('.article-text') as HTMLElement).textContent ?? '';
    const byKey = new Map<string, { kind: string; key: string; start: number; end: number; textOk: boolean }>();
    for (const m of marks as HTMLElement[]) {
      const start = Number(m.dataset.start);
      const end = Number(m.dataset.end);
      const key = m.dataset.ann ?? '';
      const textOk = m.textContent === text.slice(start, end);
      const seen = byKey.get(key);
      if (seen)
        byKey.set(key, { ...seen, start: Math.min(seen.start, start), end: Math.max(seen.end, end), textOk: seen.textOk && textOk });
      else byKey.set(key, { kind: m.dataset.kind ?? '', key, start, end, textOk });
    }
    return [...byKey.values()];
  });
}

/** The highlights the API's annotations call for, in the page's keys. */
function expectedHighlights(doc: ApiDoc): { kind: string; key: string; start: number; end: number }[] {
  const out: { kind: string; key: string; start: number; end: number }[] = [];
  for (const a of doc.attributions) {
    out.push({ kind: 'attribution', key: `attribution:${a.id}`, ...a.content });
    if (a.source) out.push({ kind: 'source', key: `source:${a.id}`, ...a.source });
    if (a.cue) out.push({ kind: 'cue', key: `cue:${a.id}`, ...a.cue });
  }
  for (const e of doc.entities) {
    for (const [i, m] of e.mentions.entries()) out.push({ kind: 'entity', key: `entity:${e.id}:${i}`, start: m.start, end: m.end });
  }
  for (const [i, t] of doc.timexes.entries()) out.push({ kind: 'timex', key: `timex:${i}`, start: t.start, end: t.end });
  for (const v of doc.events) out.push({ kind: 'event', key: `event:${v.id}`, ...v.trigger });
  return out.map(({ kind, key, start, end }) => ({ kind, key, start, end }));
}

const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);

describe.skipIf(!CHROMIUM)('web UI in Chromium', () => {
  let store: TestStore;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let seedId: number | undefined;

  const open = async (path: string, ctx: BrowserContext = context): Promise<Page> => {
    const page = await ctx.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector('main[data-ready="true"]', { state: 'attached' });
    return page;
  };
  const apiDoc = async (id: number | string): Promise<ApiDoc> =>
    (await (await fetch(`${server.url}/api/articles/${encodeURIComponent(String(id))}`)).json()) as ApiDoc;

  beforeAll(async () => {
    store = freshStore('sqlite');
    const paths = ['samples', ...(hasCorpus ? [SEED] : [])];
    const ingest = await dateline(['ingest', ...paths, '--db', store.db]);
    expect(ingest.status, ingest.stderr).toBe(0);
    server = await startServer({ db: store.db, port: 0, host: '127.0.0.1', token: TOKEN });
    const posted = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: HOSTILE_ID, date: '2026-04-01', title: '<b>Title</b> & <script>x()</script>', text: HOSTILE_TEXT }),
    });
    expect(posted.status).toBe(201);
    if (hasCorpus)
      seedId = ((await (await fetch(`${server.url}/api/articles/${encodeURIComponent(SEED)}`)).json()) as { store: { id: number } }).store
        .id;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.drop();
  });

  it('searches and opens an article from the results', async () => {
    const page = await open('/');
    await page.getByLabel('Search the articles').fill('strike');
    await page.keyboard.press('Enter');
    await page.waitForSelector('ol.hits li a');
    expect(await page.locator('ol.hits li').count()).toBeGreaterThan(0);
    await page.locator('ol.hits li a').first().click();
    await page.waitForSelector('.article-text mark.hl');
    expect(page.url()).toMatch(/\/articles\/\d+$/);
    await page.close();
  });

  it('highlights every annotation of the API with its data-kind, data-start and data-end', async () => {
    for (const id of [1, 2, 3]) {
      const doc = await apiDoc(id);
      const page = await open(`/articles/${id}`);
      expect(await page.locator('.article-text').textContent()).toBe(doc.text);
      const shown = await shownHighlights(page);
      expect(shown.every((h) => h.textOk)).toBe(true);
      expect(shown.map(({ kind, key, start, end }) => ({ kind, key, start, end })).sort(byKey)).toEqual(
        expectedHighlights(doc).sort(byKey),
      );
      await page.close();
    }
  });

  it('shows the speaker, the normalised date and the rule on focus, and follows a speaker to their page', async () => {
    const page = await open('/articles/1');
    const source = page.locator('.article-text mark[data-kind="source"]').first();
    await source.focus();
    await expect.poll(() => page.locator('.hl-info').textContent()).toMatch(/speaker: .+ · rule: /);
    const attribution = page.locator('.article-text mark[data-kind="attribution"]').first();
    await attribution.hover();
    await expect.poll(() => page.locator('.hl-info').textContent()).toMatch(/said: \d{4}-\d{2}-\d{2}/);
    const speaker = page.locator('a.speaker').first();
    const name = (await speaker.textContent()) ?? '';
    await speaker.click();
    await page.waitForSelector('main[data-ready="true"] ol.statements li');
    expect(await page.locator('h1').textContent()).toBe(name);
    expect(await page.locator('ol.statements li').count()).toBeGreaterThan(0);
    // A statement leads back to its words in the article, focused.
    await page.locator('a.statement').first().click();
    await page.waitForSelector('.article-text mark.hl');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-kind'))).toBe('attribution');
    await page.close();
  });

  it('is usable with the keyboard alone', async () => {
    const page = await open('/articles/1');
    const focused = () =>
      page.evaluate(() => ({
        kind: document.activeElement?.getAttribute('data-kind'),
        start: document.activeElement?.getAttribute('data-start'),
        tag: document.activeElement?.tagName,
      }));
    // Tab reaches the article text (one tab stop), arrows move from highlight to highlight.
    let tabs = 0;
    while ((await focused()).tag !== 'MARK' && tabs++ < 30) await page.keyboard.press('Tab');
    const first = await focused();
    expect(first.tag).toBe('MARK');
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    expect(second.tag).toBe('MARK');
    expect(Number(second.start)).toBeGreaterThanOrEqual(Number(first.start));
    expect(await page.locator('.hl-info').textContent()).toContain(`${second.kind} ${second.start}`);
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toEqual(first);
    // Enter on a speaker's highlight opens the speaker's page.
    await page.locator('.article-text mark[data-kind="source"]').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/entities\//);
    // "/" jumps to the search box from anywhere.
    await page.goto(`${server.url}/`);
    await page.waitForSelector('main[data-ready="true"]', { state: 'attached' });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.close();
  });

  it('passes axe-core on every view', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // axe is injected as a script, which the pages' own policy forbids: a context that bypasses it.
    const axeContext = await browser.newContext({ bypassCSP: true });
    for (const path of [
      '/',
      '/search?q=strike',
      '/articles/1',
      '/entities',
      '/entities/Teresa%20Okafor',
      '/timeline?entity=Okafor',
      '/contradictions',
    ]) {
      const page = await open(path, axeContext);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
        ).axe.run();
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, path).toEqual([]);
      await page.close();
    }
    await axeContext.close();
  }, 240_000);

  it('shows hostile article text as written and runs none of it', async () => {
    const doc = await apiDoc(HOSTILE_ID);
    // Even with the page's content policy switched off, the text never becomes markup.
    for (const ctx of [context, await browser.newContext({ bypassCSP: true })]) {
      const dialogs: string[] = [];
      const page = await ctx.newPage();
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${server.url}/articles/${HOSTILE_ID}`);
      await page.waitForSelector('main[data-ready="true"]', { state: 'attached' });
      await page.locator('.article-text mark.hl').first().focus();
      await page.mouse.move(200, 400);
      expect(await page.locator('.article-text').textContent()).toBe(HOSTILE_TEXT);
      expect(doc.text).toBe(HOSTILE_TEXT);
      expect(
        await page.locator('.article-text script, .article-text img, .article-text a, .article-text svg, .article-text b').count(),
      ).toBe(0);
      expect(await page.locator('h1').textContent()).toBe('<b>Title</b> & <script>x()</script>');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      await page.close();
    }
  });

  it.skipIf(!hasCorpus)('shows the seed article’s attributions and entities with the API’s offsets', async () => {
    const doc = await apiDoc(seedId as number);
    const page = await open(`/articles/${seedId}`);
    const shown = await shownHighlights(page);
    const attributions = shown.filter((h) => h.kind === 'attribution');
    const entities = new Set(shown.filter((h) => h.kind === 'entity').map((h) => h.key.split(':')[1]));
    expect(attributions.length).toBe(doc.attributions.length);
    expect(attributions.length).toBeGreaterThanOrEqual(15);
    expect(entities.size).toBeGreaterThanOrEqual(13);
    expect(shown.every((h) => h.textOk)).toBe(true);
    expect(shown.map(({ kind, key, start, end }) => ({ kind, key, start, end })).sort(byKey)).toEqual(expectedHighlights(doc).sort(byKey));
    await page.close();
  });
  if (CHROMIUM && !hasCorpus) console.log('seed article browser test skipped: ../shared/corpus/seed is absent');

  it('fits a phone’s width without sideways scrolling', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    for (const path of ['/', '/articles/1', '/entities', '/timeline?entity=Okafor']) {
      const page = await open(path, phone);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      await page.close();
    }
    await phone.close();
  });
});
