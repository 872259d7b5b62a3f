import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import type { DocEvent } from '../src/doc/layers.js';

// Texts written for this test; the trigger tagger is the committed models/events.bin.gz.
const pipeline = defaultPipeline();

function events(text: string, date: string | null = '2026-04-10'): { doc: Doc; events: DocEvent[] } {
  const doc = new Doc({ id: 't', date, text, meta: {} });
  pipeline.run(doc);
  return { doc, events: doc.get('events') };
}

function find(list: readonly DocEvent[], word: string): DocEvent | undefined {
  return list.find((e) => e.trigger.text === word);
}

describe('events stage', () => {
  it.each([
    // [text, trigger, type, date, date rule]
    ['Police arrested the suspect on March 3.', 'arrested', 'arrest', '2026-03-03', 'events/date-governing-timex'],
    ['In January, the council elected a new chair.', 'elected', 'election', '2026-01', 'events/date-governing-timex'],
    ['Rebels killed three soldiers, the army said.', 'killed', 'killing', '2026-04-10', 'events/date-publication'],
    ['The army said rebels killed three soldiers.', 'said', 'statement', '2026-04-10', 'events/date-publication'],
    ['The March 2 attack on the depot destroyed two trucks.', 'attack', 'attack', '2026-03-02', 'events/date-governing-timex'],
    // negative cases: an infinitive gets no publication date, nor a future main verb
    ['The ministers hope to sign a treaty.', 'sign', 'agreement', null, 'events/date-none'],
    ['The union will strike.', 'strike', 'protest', null, 'events/date-none'],
  ])('%s → %s %s %s', (text, word, type, date, rule) => {
    const e = find(events(text).events, word);
    expect(e, `event on “${word}”`).toBeDefined();
    expect(e?.type).toBe(type);
    expect(e?.date).toBe(date);
    expect(e?.rule).toContain(rule);
  });

  it('gives TimeML class and grammar: “will not send” is future and negated', () => {
    const e = find(events('The government will not send troops to the border.').events, 'send');
    expect(e).toMatchObject({ class: 'OCCURRENCE', type: 'deployment', tense: 'FUTURE', polarity: 'NEG', modality: 'will' });
  });

  it('finds participants and the place: subject agent, object patient, “in X”', () => {
    const { doc, events: list } = events('Soldiers from Norland attacked Vesta in Karsburg on Monday.');
    const e = find(list, 'attacked');
    const names = new Map(doc.get('entities').map((x) => [x.id, x.name]));
    expect(e?.place).toBe('Karsburg');
    expect(e?.participants.map((p) => [p.role, names.get(p.entity)])).toContainEqual(['patient', 'Vesta']);
  });

  it('marks reporting verbs REPORTING and types them statement, dated by their attribution', () => {
    const e = find(events('Elena Varga said on Tuesday that the plant would close.').events, 'said');
    expect(e).toMatchObject({ class: 'REPORTING', type: 'statement', date: '2026-04-07' });
  });

  it('finds no event in a text without any', () => {
    expect(events('Yes.').events).toEqual([]);
  });
});
