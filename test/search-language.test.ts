import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearch, toFts5, toTsquery } from '../src/store/queries/search-query.js';
import { Store } from '../src/store/store.js';
import { fixture } from './support/fixtures.js';
import { DIALECTS, freshStore, type TestStore } from './support/stores.js';

// Issue #19 item 5: `search` answers the same on SQLite and PostgreSQL: one query language
// (words ANDed, "phrase", OR, -exclude), no stemming on either side, accents kept. Before,
// PostgreSQL stemmed (`emails` found `email`), read OR and -word as operators where SQLite
// read them as words, and dropped stop words.
const TEXTS: Record<string, string> = {
  mail: 'The union sent an email to the port authority about the strike.',
  mails: 'Two emails from the mayor reached the council before the vote.',
  port: 'Ferries kept running while the port stayed open during talks.',
  cafe: 'Workers met at the café near the harbour; the e-mail list grew to 3.5 thousand.',
  strike: 'A strike began at dawn and the strike committee met at noon.',
};
const articles = Object.entries(TEXTS).map(([id, text]) => fixture({ id, date: '2025-03-01', text }));

const CASES: [query: string, hits: string[]][] = [
  ['email', ['mail']],
  ['emails', ['mails']], // no stemming: `emails` is not `email`
  ['EMAIL', ['mail']],
  ['strike', ['mail', 'strike']],
  ['port strike', ['mail']],
  ['strike OR ferries', ['mail', 'port', 'strike']],
  ['port strike OR ferries', ['mail', 'port']], // port AND (strike OR ferries)
  ['strike -union', ['strike']],
  ['port -"port authority"', ['port']],
  ['"strike committee"', ['strike']],
  ['"committee strike"', []],
  ['café', ['cafe']],
  ['cafe', []], // accents kept on both sides
  ['e-mail', ['cafe']], // the phrase "e mail"
  ['"3 5"', ['cafe']],
  ['the', ['cafe', 'mail', 'mails', 'port', 'strike']], // no stop words
  ['or', []], // OR alone is an operator with nothing to join; lower-case `or` is a word
  ['-strike', []], // nothing to find
  ['***', []],
  ['zeppelin', []],
  ['"unbalanced (quotes', []],
  ['%', []],
  ["'; drop table articles; --", []],
];

describe('the search language', () => {
  it.each([
    ['port strike', '"port" AND "strike"', "(('port')) & (('strike'))"],
    ['a OR b c', '("a" OR "b") AND "c"', "(('a') | ('b')) & (('c'))"],
    ['"the port" -strike', '("the port") NOT "strike"', "(('the' <-> 'port')) & !('strike')"],
    ['e-mail', '"e mail"', "(('e' <-> 'mail'))"],
  ])('%j → FTS5 %s, tsquery %s', (query, fts5, tsquery) => {
    expect(toFts5(parseSearch(query))).toBe(fts5);
    expect(toTsquery(parseSearch(query))).toBe(tsquery);
  });

  it('refuses more than 64 words with E_USAGE (a 30,000-word search never reaches the database)', () => {
    expect(() => parseSearch(Array.from({ length: 30_000 }, (_, i) => `w${i}`).join(' '))).toThrow(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
  });
});

// Role order: dated roles first (SQLite sorted NULL first, PostgreSQL last), then by date, then by name.
const roleArticles = [
  fixture({ id: 'r1', date: null, text: 'Mayor Ada Vance spoke.', entities: [['Ada Vance', 'PERSON', ['Ada Vance'], ['Mayor']]] }),
  fixture({
    id: 'r2',
    date: '2025-01-02',
    text: 'Chair Ada Vance and Alpha lead Ada Vance met.',
    entities: [['Ada Vance', 'PERSON', ['Ada Vance', 'Ada Vance'], ['Chair', 'Alpha lead']]],
  }),
  fixture({
    id: 'r3',
    date: '2025-01-01',
    text: 'Zoning head Ada Vance voted.',
    entities: [['Ada Vance', 'PERSON', ['Ada Vance'], ['Zoning head']]],
  }),
];

for (const dialect of DIALECTS) {
  describe(`role order on ${dialect}`, () => {
    let place: TestStore;
    let store: Store;
    beforeAll(async () => {
      place = freshStore(dialect);
      store = await Store.open({ db: place.db, write: true });
      await store.add(roleArticles, 'v1');
    });
    afterAll(async () => {
      await store?.close();
      await place?.drop();
    });

    it('lists roles dated first, by date, then by name; undated last', async () => {
      const [ada] = await store.entities({ name: 'Ada Vance' });
      expect(ada?.roles.map((r) => r.role)).toEqual(['Zoning head', 'Alpha lead', 'Chair', 'Mayor']);
    });
  });

  describe(`search on ${dialect}`, () => {
    let place: TestStore;
    let store: Store;
    beforeAll(async () => {
      place = freshStore(dialect);
      store = await Store.open({ db: place.db, write: true });
      await store.add(articles, 'v1');
    });
    afterAll(async () => {
      await store?.close();
      await place?.drop();
    });

    it.each(CASES)('%j finds %j', async (query, hits) => {
      const found = await store.search(query, 50);
      expect(found.map((r) => r.doc_id).sort()).toEqual(hits);
    });
  });
}
