import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { ingestPaths } from '../src/cli/ingest-run.js';
import { bandKeys, jaccard, sameStory, shingles, signature } from '../src/store/minhash.js';
import { Store } from '../src/store/store.js';
import { DIALECTS, freshStore, type TestStore } from './support/stores.js';

/** An invented wire story, as three outlets run it. */
const WIRE = [
  'Transport minister Elena Varga said on Tuesday that the northern rail line would reopen in March after flood repairs.',
  '“The line will carry passengers again before the spring holidays,” Varga told reporters in the capital.',
  'Engineers have rebuilt two bridges and about four kilometres of track that the river washed away in October.',
  'Freight trains will return first, followed by a reduced passenger timetable for the first month.',
];
const EDITED = [...WIRE, 'Local businesses along the line welcomed the news, saying the closure had cost them customers all winter.'];
const OTHER = [
  'A bakery in the old town won the regional bread prize on Saturday for a rye loaf made with a starter kept alive since 1952.',
  'The judges tasted more than 300 loaves from 90 bakeries over two days before choosing the winner.',
];

function page(outlet: string, paragraphs: readonly string[], published = '2026-02-10T09:00:00Z'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rail line to reopen</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${published}"></head>
<body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

describe('MinHash over word shingles', () => {
  const a = shingles(WIRE.join(' '));
  it.each([
    ['the same text', WIRE.join(' '), 1, 1],
    ['the text with a paragraph added', EDITED.join(' '), 0.7, 0.9],
    ['another story', OTHER.join(' '), 0, 0.05],
  ])('Jaccard with %s is in range', (_name, text, low, high) => {
    const j = jaccard(a, shingles(text));
    expect(j).toBeGreaterThanOrEqual(low);
    expect(j).toBeLessThanOrEqual(high);
  });

  it.each([
    ['the same text', WIRE.join(' '), true],
    ['the text with a paragraph added', EDITED.join(' '), true],
    ['its first paragraph alone (too little of the story)', WIRE[0] ?? '', false],
    ['another story', OTHER.join(' '), false],
  ])('sameStory(story, %s) is %s', (_name, text, expected) => {
    expect(sameStory(a, shingles(text))).toBe(expected);
  });

  it('gives the same text the same bands, and an unrelated text none of them', () => {
    const same = bandKeys(signature(shingles(WIRE.join(' '))));
    const other = bandKeys(signature(shingles(OTHER.join(' '))));
    expect(bandKeys(signature(a))).toEqual(same);
    expect(same.filter((k, i) => other[i] === k)).toEqual([]);
  });
});

for (const dialect of DIALECTS) {
  describe(`syndicated copies and near-duplicate groups on ${dialect}`, () => {
    let dir: string;
    let place: TestStore;
    let store: Store;
    const pipeline = defaultPipeline();
    const path = (name: string) => join(dir, name);

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'dateline-copies-'));
      writeFileSync(path('a-first.html'), page('First Wire Daily', WIRE));
      writeFileSync(path('b-copy.html'), page('Second Courier', WIRE));
      writeFileSync(path('c-edited.html'), page('Third Herald', EDITED));
      writeFileSync(path('d-other.html'), page('Fourth Gazette', OTHER));
      writeFileSync(path('e-later.html'), page('Fifth Post', WIRE, '2026-02-12T09:00:00Z'));
      place = freshStore(dialect);
      store = await Store.open({ db: place.db, write: true });
    });

    afterAll(async () => {
      await store?.close();
      await place?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('keeps a copy (same text and date, another outlet) as its own article pointing at the shared analysis', async () => {
      const counts = await ingestPaths(store, pipeline, [path('a-first.html'), path('b-copy.html')], { batch: 10 });
      expect(counts).toMatchObject({ added: 1, copies: 1, unchanged: 0, failed: 0 });
      const original = await store.article(path('a-first.html'));
      const copy = await store.article(path('b-copy.html'));
      expect(copy?.copyOf).toBe(original?.id);
      expect([copy?.document.id, copy?.document.outlet, original?.document.outlet]).toEqual([
        path('b-copy.html'),
        'Second Courier',
        'First Wire Daily',
      ]);
      expect(copy?.document.attributions).toEqual(original?.document.attributions);
    });

    it('stays idempotent: the same pages again change nothing', async () => {
      const counts = await ingestPaths(store, pipeline, [path('a-first.html'), path('b-copy.html')], { batch: 10 });
      expect(counts).toMatchObject({ added: 0, unchanged: 2, failed: 0 });
      expect(counts.copies ?? 0).toBe(0);
    });

    it('groups an edited version and a later-dated copy with the story, and leaves another story alone', async () => {
      const counts = await ingestPaths(store, pipeline, [path('c-edited.html'), path('d-other.html'), path('e-later.html')], { batch: 10 });
      expect(counts).toMatchObject({ added: 3, failed: 0 });
      const first = await store.article(path('a-first.html'));
      const group = await store.group(first?.id ?? -1);
      expect(group.articles.map((a) => a.outlet)).toEqual(['First Wire Daily', 'Third Herald', 'Fifth Post']);
      expect(group.copies.map((c) => c.outlet)).toEqual(['Second Courier']);
      const other = await store.article(path('d-other.html'));
      expect((await store.group(other?.id ?? -1)).articles).toHaveLength(1);
    });

    it('collapses a group to its first article in quotes and search', async () => {
      const all = await store.quotes({ text: 'passengers again' });
      const collapsed = await store.quotes({ text: 'passengers again', collapse: true });
      expect(all.length).toBe(3);
      expect(collapsed.map((q) => q.outlet)).toEqual(['First Wire Daily']);
      expect((await store.search('rebuilt bridges', 20, true)).length).toBe(1);
      expect((await store.search('rebuilt bridges', 20, false)).length).toBe(3);
    });
  });
}
