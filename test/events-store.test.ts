import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocEvent } from '../src/doc/layers.js';
import { Store } from '../src/store/store.js';
import { fixture } from './support/fixtures.js';
import { DIALECTS, freshStore, type TestStore } from './support/stores.js';

// Two invented articles telling one killing in other words, and an event of another entity.
const first = fixture({
  id: 'k1',
  date: '2026-05-04',
  text: 'Gunmen killed Mayor Tomas Vell in Ardena on Saturday. Vell had won the election in 2024.',
  entities: [
    ['Tomas Vell', 'PERSON', ['Tomas Vell', 'Vell']],
    ['Ardena', 'GPE', ['Ardena']],
  ],
});
const second = fixture({
  id: 'k2',
  date: '2026-05-05',
  text: 'The murder of Tomas Vell shocked the region.',
  entities: [['Tomas Vell', 'PERSON', ['Tomas Vell']]],
});

function event(text: string, word: string, e: Partial<DocEvent> & { id: string; type: string }): DocEvent {
  const start = text.indexOf(word);
  return {
    date: null,
    place: null,
    participants: [],
    ...e,
    trigger: { start, end: start + word.length, text: word },
  };
}

const killed: DocEvent = event(first.output.text, 'killed', {
  id: 'ev1',
  type: 'killing',
  class: 'OCCURRENCE',
  date: '2026-05-02',
  place: 'Ardena',
  participants: [{ entity: 'e0', role: 'patient' }],
  tense: 'PAST',
  aspect: 'NONE',
  polarity: 'POS',
  rule: 'events/perceptron-tbaq events/type-lexicon events/date-governing-timex events/participant-object events/place-in',
});
const won: DocEvent = event(first.output.text, 'won', {
  id: 'ev2',
  type: 'election',
  class: 'OCCURRENCE',
  date: '2024',
  participants: [{ entity: 'e0', role: 'agent' }],
  tense: 'PAST',
  aspect: 'PERFECTIVE',
  polarity: 'POS',
  modality: 'would',
});
const murder: DocEvent = event(second.output.text, 'murder', {
  id: 'ev1',
  type: 'killing',
  class: 'OCCURRENCE',
  date: '2026-05-02',
  participants: [{ entity: 'e0', role: 'patient' }],
});
first.output.events.push(killed, won);
second.output.events.push(murder);

for (const dialect of DIALECTS) {
  describe(`events in the store on ${dialect}`, () => {
    let place: TestStore;
    let store: Store;

    beforeAll(async () => {
      place = freshStore(dialect);
      store = await Store.open({ db: place.db, write: true });
      await store.add([first, second], 'v1');
    });

    afterAll(async () => {
      await store?.close();
      await place?.drop();
    });

    it('gives back every event field, class and grammar included (export = extract)', async () => {
      const docs = [];
      for await (const d of store.documents()) docs.push(d);
      const k1 = docs.find((d) => d.id === 'k1');
      expect(k1?.events).toEqual([killed, won]);
      expect(docs.find((d) => d.id === 'k2')?.events).toEqual([murder]);
    });

    it('lists an entity’s events in its timeline by date, with type, place and a shared group across articles', async () => {
      const rows = (await store.timeline({ entity: 'tomas vell' })).filter((r) => r.kind === 'event');
      expect(rows.map((r) => [r.doc_id, r.date, r.type, r.place, r.start, r.end])).toEqual([
        ['k1', '2024', 'election', null, won.trigger.start, won.trigger.end],
        ['k1', '2026-05-02', 'killing', 'Ardena', killed.trigger.start, killed.trigger.end],
        ['k2', '2026-05-02', 'killing', null, murder.trigger.start, murder.trigger.end],
      ]);
      expect(rows[1]?.group).toBeTruthy();
      expect(rows[1]?.group).toBe(rows[2]?.group);
      expect(rows[0]?.group).toBeNull();
    });

    it('lists nothing for an entity with no events or no such entity', async () => {
      expect((await store.timeline({ entity: 'Ardena' })).filter((r) => r.kind === 'event')).toEqual([]);
      expect(await store.timeline({ entity: 'Nobody Here' })).toEqual([]);
    });
  });
}
