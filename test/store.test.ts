import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFor } from '../src/store/migrations/index.js';
import { Store } from '../src/store/store.js';
import { fixture } from './support/fixtures.js';
import { NEWS } from './support/news.js';
import { DIALECTS, freshStore, type TestStore } from './support/stores.js';

const senate = fixture(NEWS.senate!);
const geneva = fixture(NEWS.geneva!);
const helpful = fixture(NEWS.helpful!);

for (const dialect of DIALECTS) {
  describe(`store on ${dialect}`, () => {
    let place: TestStore;
    let store: Store;

    beforeAll(async () => {
      place = freshStore(dialect);
      store = await Store.open({ db: place.db, write: true });
      expect(store.dialect).toBe(dialect);
      expect(store.migrations.map((m) => m.status)).toEqual(Object.keys(migrationsFor(dialect)).map(() => 'applied'));
      expect(await store.add([senate, geneva, helpful], 'v1')).toEqual(['added', 'added', 'added']);
    });

    afterAll(async () => {
      await store?.close();
      await place?.drop();
    });

    it('is idempotent by content hash: the same articles again change nothing', async () => {
      expect(await store.add([geneva, geneva], 'v1')).toEqual(['unchanged', 'unchanged']);
      expect((await store.stats()).articles).toBe(3);
    });

    it('reports migrations as already applied when reopened', async () => {
      const again = await Store.open({ db: place.db });
      expect(again.migrations.map((m) => m.status)).toEqual(Object.keys(migrationsFor(dialect)).map(() => 'already'));
      await again.close();
    });

    it('merges one referent across articles: "Rubio", "Marco Rubio", and a last name alone', async () => {
      const people = await store.entities({ type: 'PERSON' });
      const rubio = people.find((e) => e.name === 'Marco Rubio');
      expect(rubio).toMatchObject({ mentions: 4, articles: 3, first_seen: '2025-01-15', last_seen: '2025-02-03' });
      expect(people.filter((e) => /Rubio/.test(e.name))).toHaveLength(1);
      expect(people.filter((e) => /Petrova/.test(e.name)).map((e) => e.name)).toEqual(['Anna Petrova']);
      expect(rubio?.roles.map((r) => [r.role, r.first])).toEqual([
        ['Senator', '2025-01-15'],
        ['Secretary of State', '2025-02-01'],
      ]);
    });

    it('lists entities most mentioned first and by type', async () => {
      const all = await store.entities({});
      expect(all.map((e) => e.mentions)).toEqual([...all.map((e) => e.mentions)].sort((a, b) => b - a));
      expect((await store.entities({ type: 'GPE' })).map((e) => [e.name, e.articles])).toEqual([['Geneva', 2]]);
      expect(await store.entities({ type: 'ORG' })).toEqual([]);
    });

    it.each([
      [
        'speaker by last name',
        { speaker: 'Rubio' },
        ['the vote would come soon', 'the talks in Geneva were going well', 'Petrova had been helpful'],
      ],
      [
        'speaker by full name',
        { speaker: 'Marco Rubio' },
        ['the vote would come soon', 'the talks in Geneva were going well', 'Petrova had been helpful'],
      ],
      ['about an entity', { about: 'Geneva' }, ['the talks in Geneva were going well']],
      ['about a person by last name', { about: 'Petrova' }, ['Petrova had been helpful']],
      ['date range', { from: '2025-02-01', to: '2025-02-02' }, ['the talks in Geneva were going well', 'Petrova had been helpful']],
      ['outlet', { outlet: 'valley ledger' }, ['the vote would come soon']],
      ['text', { text: 'HELPFUL' }, ['Petrova had been helpful']],
      ['no such speaker', { speaker: 'Nobody Known' }, []],
      ['no such entity', { about: 'Atlantis' }, []],
      ['range with nothing in it', { from: '2030-01-01' }, []],
    ])('quotes: %s', async (_name, query, expected) => {
      expect((await store.quotes(query)).map((q) => q.quote)).toEqual(expected);
    });

    it('orders a timeline by normalised date: said dates, then article dates, events included', async () => {
      const rows = await store.timeline({ entity: 'Rubio' });
      expect(rows.map((r) => [r.date, r.kind])).toEqual([
        ['2025-01-15', 'said'],
        ['2025-01-27', 'event'],
        ['2025-02-01', 'said'],
        ['2025-02-02', 'said'],
      ]);
      expect(await store.timeline({ entity: 'Rubio', from: '2025-02-01' })).toHaveLength(2);
      expect(await store.timeline({ entity: 'Nobody' })).toEqual([]);
    });

    it('searches the full text', async () => {
      const hits = await store.search('chamber adjourned');
      expect(hits.map((h) => h.doc_id)).toEqual(['senate']);
      expect(hits[0]?.snippet).toMatch(/\[(chamber|adjourned)\]/i);
      expect(await store.search('"unbalanced (quotes')).toEqual([]);
      expect(await store.search('zeppelin')).toEqual([]);
    });

    it('exports what it stored as dateline/1, spans intact', async () => {
      const docs = [];
      for await (const doc of store.documents(2)) docs.push(doc);
      expect(docs).toEqual([senate.output, geneva.output, helpful.output]);
    });

    it('stores a changed article as a new version and drops the old annotations', async () => {
      const edited = fixture({ ...NEWS.helpful!, text: `${NEWS.helpful!.text} Petrova declined to comment.` });
      expect(await store.add([edited], 'v1')).toEqual(['new-version']);
      const stats = await store.stats();
      expect([stats.articles, stats.versions]).toEqual([3, 4]);
      expect((await store.quotes({ text: 'helpful' })).map((q) => q.doc_id)).toEqual(['helpful']);
      expect((await store.entities({ name: 'Marco Rubio' }))[0]).toMatchObject({ mentions: 4, articles: 3 });
      expect((await store.article('helpful'))?.version).toBe(2);
    });

    it('re-analysis replaces the annotations and records the analysis that made them', async () => {
      const spec = { id: 'later', date: '2025-03-01', text: 'Petrova said the harbour would reopen.' };
      expect(await store.add([fixture(spec)], 'v1')).toEqual(['added']);
      const richer = fixture({
        ...spec,
        entities: [['Petrova', 'PERSON', ['Petrova']]],
        quotes: [['the harbour would reopen', 'Petrova', null]],
      });
      expect(await store.add([richer], 'v2')).toEqual(['reanalysed']);
      expect(await store.add([richer], 'v2')).toEqual(['unchanged']);
      expect((await store.quotes({ speaker: 'Anna Petrova' })).map((q) => q.quote)).toEqual(['the harbour would reopen']);
      expect((await store.article('later'))?.analysis).toBe('v2');
      expect((await store.entities({ name: 'Anna Petrova' }))[0]).toMatchObject({ mentions: 3, articles: 3, last_seen: '2025-03-01' });
    });

    it('keeps two people who share a last name apart, and a lone ambiguous last name apart from both', async () => {
      const a = fixture({ id: 'l1', date: '2025-04-01', text: 'Ana Lopez spoke.', entities: [['Ana Lopez', 'PERSON', ['Ana Lopez']]] });
      const b = fixture({
        id: 'l2',
        date: '2025-04-02',
        text: 'Carlos Lopez spoke.',
        entities: [['Carlos Lopez', 'PERSON', ['Carlos Lopez']]],
      });
      const c = fixture({ id: 'l3', date: '2025-04-03', text: 'Lopez spoke.', entities: [['Lopez', 'PERSON', ['Lopez']]] });
      await store.add([a, b, c], 'v1');
      const names = (await store.entities({ type: 'PERSON', limit: 100 })).map((e) => e.name).filter((n) => n.includes('Lopez'));
      expect(names.sort()).toEqual(['Ana Lopez', 'Carlos Lopez', 'Lopez']);
    });

    it('gives a person first known by last name the full name when it appears later with the same role', async () => {
      const first = fixture({
        id: 'o1',
        date: '2025-05-01',
        text: 'Governor Okoye said no.',
        entities: [['Okoye', 'PERSON', ['Okoye'], ['Governor']]],
      });
      const later = fixture({
        id: 'o2',
        date: '2025-05-02',
        text: 'Governor Ngozi Okoye said yes.',
        entities: [['Ngozi Okoye', 'PERSON', ['Ngozi Okoye'], ['Governor']]],
      });
      await store.add([first], 'v1');
      await store.add([later], 'v1');
      const found = await store.entities({ name: 'Okoye' });
      expect(found.map((e) => [e.name, e.articles])).toEqual([['Ngozi Okoye', 2]]);
    });

    it('keeps a lone last name apart when nothing but the last name links it (other role, other outlet)', async () => {
      const full = fixture({
        id: 'k1',
        date: '2025-06-01',
        text: 'Attorney General Dana Kessler said no.',
        entities: [['Dana Kessler', 'PERSON', ['Dana Kessler'], ['Attorney General']]],
        outlet: 'Harbor Post',
      });
      const lone = fixture({
        id: 'k2',
        date: '2025-06-02',
        text: 'Rep. Kessler said yes.',
        entities: [['Kessler', 'PERSON', ['Kessler'], ['Rep.']]],
        outlet: 'Valley Ledger',
      });
      await store.add([full, lone], 'v1');
      const names = (await store.entities({ type: 'PERSON', limit: 100 })).map((e) => e.name).filter((n) => n.includes('Kessler'));
      expect(names.sort()).toEqual(['Dana Kessler', 'Kessler']);
    });
  });
}
