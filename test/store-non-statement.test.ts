import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/store/store.js';
import type { ArticleInput } from '../src/store/write-batch.js';
import { fixture } from './support/fixtures.js';
import { DIALECTS, freshStore, type TestStore } from './support/stores.js';

// An invented article: one statement, one attribution whose cue says nothing was said.
const TEXT = 'Mayor Teresa Okafor said the port would reopen on Monday. Okafor has not mentioned the strike since.';
const base = fixture({
  id: 'non-statement',
  date: '2026-03-06',
  text: TEXT,
  entities: [['Teresa Okafor', 'PERSON', ['Teresa Okafor', 'Okafor']]],
  quotes: [
    ['the port would reopen on Monday', 'Teresa Okafor', '2026-03-06'],
    ['the strike since', 'Teresa Okafor', '2026-03-06'],
  ],
});
const article: ArticleInput = {
  ...base,
  output: {
    ...base.output,
    attributions: base.output.attributions.map((a, i) => (i === 1 ? { ...a, nonStatement: 'negated' as const } : a)),
  },
};

for (const dialect of DIALECTS) {
  describe(`quotes leave non-statements out (${dialect})`, () => {
    let place: TestStore;
    let store: Store;
    beforeAll(async () => {
      place = freshStore(dialect);
      store = await Store.open({ db: place.db, write: true });
      await store.add([article], 'v1');
    });
    afterAll(async () => {
      await store?.close();
      await place?.drop();
    });
    it.each([
      ['by speaker', { speaker: 'Teresa Okafor' }],
      ['unfiltered', {}],
      ['by text', { text: 'strike' }],
    ])('%s', async (_name, query) => {
      const quotes = await store.quotes(query);
      expect(quotes.map((q) => q.quote)).not.toContain('the strike since');
    });
    it('negative: the statement stays', async () => {
      const quotes = await store.quotes({ speaker: 'Teresa Okafor' });
      expect(quotes.map((q) => q.quote)).toEqual(['the port would reopen on Monday']);
    });
  });
}
