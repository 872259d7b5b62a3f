import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearch, rankTerms } from '../src/store/queries/search-query.js';
import { Store } from '../src/store/store.js';
import { fixture } from './support/fixtures.js';
import { DIALECTS, freshStore, type TestStore } from './support/stores.js';

/**
 * Issue #19 item 5, the remainder: `search` lists hits in one documented order on both
 * dialects (docs/search.md): most query terms matched, then the newest date, undated last,
 * then the store id. Before, bm25 (SQLite) and ts_rank (PostgreSQL) ordered close scores
 * differently, so a `--limit` below the hits showed different articles. Texts are invented.
 */
const ARTICLES: [id: string, date: string | undefined, text: string][] = [
  ['old-both', '2024-01-05', 'The ferry strike closed the pier.'],
  ['new-ferry', '2025-06-01', 'A ferry ran late on the pier.'],
  ['undated-both', undefined, 'A strike stopped every ferry at the pier.'],
  ['new-both', '2025-02-01', 'The strike ended and the ferry sailed from the pier.'],
  ['mid-strike', '2025-01-01', 'The strike went on at the pier, twice as long as the last strike.'],
  ['undated-strike', undefined, 'A strike, the pier said.'],
  ['same-day-a', '2025-03-03', 'Pier workers met.'],
  ['same-day-b', '2025-03-03', 'Pier workers met again, and again: pier, pier, pier.'],
];

const CASES: [query: string, order: string[]][] = [
  // most terms first; within as many terms, newest first, undated last
  ['strike OR ferry', ['new-both', 'old-both', 'undated-both', 'new-ferry', 'mid-strike', 'undated-strike']],
  // all hits match every term: date alone, then id (store order) for the same day
  ['pier', ['new-ferry', 'same-day-a', 'same-day-b', 'new-both', 'mid-strike', 'old-both', 'undated-both', 'undated-strike']],
  // an excluded term does not count
  ['pier -ferry', ['same-day-a', 'same-day-b', 'mid-strike', 'undated-strike']],
  // a term twice counts once
  ['ferry OR ferry', ['new-ferry', 'new-both', 'old-both', 'undated-both']],
];

describe('the terms a hit is ranked by', () => {
  it.each([
    ['strike OR ferry', ['strike', 'ferry']],
    ['pier "ferry strike"', ['pier', 'ferry strike']],
    ['ferry OR ferry', ['ferry']],
    ['pier -ferry (negative: exclusions do not rank)', ['pier']],
    ['-ferry (negative: nothing to find)', []],
  ])('%s', (query, terms) => {
    expect(rankTerms(parseSearch(query.replace(/ \(negative.*\)$/, ''))).map((t) => t.join(' '))).toEqual(terms);
  });
});

for (const dialect of DIALECTS) {
  describe(`search order (${dialect})`, () => {
    let place: TestStore;
    let store: Store;
    beforeAll(async () => {
      place = freshStore(dialect);
      store = await Store.open({ db: place.db, write: true });
      await store.add(
        ARTICLES.map(([id, date, text]) => fixture({ id, date: date ?? null, text })),
        'v1',
      );
    }, 120_000);
    afterAll(async () => {
      await store?.close();
      await place?.drop();
    });

    it.each(CASES)('%s', async (query, order) => {
      const rows = await store.search(query, 100);
      expect(rows.map((r) => r.doc_id)).toEqual(order);
    });

    it.each(CASES)('a --limit shows the first of that order: %s', async (query, order) => {
      const rows = await store.search(query, 2);
      expect(rows.map((r) => r.doc_id)).toEqual(order.slice(0, 2));
    });
  });
}
