import { describe, expect, it } from 'vitest';
import { analyse, entities } from './entities-support.js';

/** The entity holding a mention that starts at the honorific of `phrase`, and that mention. */
function honored(text: string, phrase: string) {
  const doc = analyse(text);
  const at = text.indexOf(phrase);
  for (const e of entities(doc)) {
    for (const m of e.mentions) if (m.start <= at + phrase.length - 1 && m.end > at + phrase.indexOf(' ')) return { e, all: entities(doc) };
  }
  return { e: undefined, all: entities(doc) };
}

// Sentences written for these tests (issue #12: "Mr. Trump", "Mrs. Clinton" were typed GPE).
describe('Mr./Mrs./Ms./Dr. persons', () => {
  it.each([
    ['Mr. at a sentence start', 'Mr. Halvorsen said the bridge would reopen in May.', 'Mr. Halvorsen'],
    ['Mrs. after a comma', 'The plan, Mrs. Okonkwo argued, would cost too much.', 'Mrs. Okonkwo'],
    ['Ms. after the verb', 'Reporters asked Ms. Lindqvist about the vote.', 'Ms. Lindqvist'],
    ['Dr. with a full name', 'Dr. Amara Osei told the committee the drug was safe.', 'Dr. Amara Osei'],
    ['a surname that is also a place', 'Mr. Washington said he would not run again.', 'Mr. Washington'],
    ['a surname that is also a country', 'Ms. Jordan told reporters the deal was off.', 'Ms. Jordan'],
    ['a surname that is also a city', 'Mrs. Paris said the school would stay open.', 'Mrs. Paris'],
    [
      'later mentions of a person introduced in full',
      'Gregor Baptiste won the seat. On Monday Mr. Baptiste thanked his voters.',
      'Mr. Baptiste',
    ],
  ])('%s: PERSON, the honorific inside the mention', (_name, text, phrase) => {
    const { e } = honored(text, phrase);
    expect(e?.type).toBe('PERSON');
    const at = text.indexOf(phrase);
    // a mention of the entity runs from the honorific to the end of the name
    expect(e?.mentions.some((m) => m.start === at && m.end === at + phrase.length)).toBe(true);
  });

  it.each([
    ['no entity named by the honorific alone', 'Mr. Halvorsen and Mrs. Okonkwo met. Mr. Halvorsen left first.'],
    ['no GPE starts at an honorific', 'Mr. Washington visited Washington. Mrs. Paris flew to Paris.'],
  ])('never: %s', (_name, text) => {
    for (const e of entities(analyse(text))) {
      expect(e.name).not.toMatch(/^(Mr|Mrs|Ms|Dr)\.?$/);
      if (e.type !== 'PERSON')
        for (const m of e.mentions) expect(text.slice(Math.max(0, m.start - 5), m.start)).not.toMatch(/\b(Mr|Mrs|Ms|Dr)\.\s$/);
    }
  });

  it('the place stays a place where no honorific precedes it', () => {
    const all = entities(analyse('Mr. Washington visited Washington on Friday.'));
    const at = 'Mr. Washington visited '.length;
    const place = all.find((e) => e.mentions.some((m) => m.start === at));
    expect(place?.type).toBe('GPE');
  });
});
