import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/doc/layers.js';
import { spanOf } from '../src/doc/span.js';
import { isOrganisationNominal, refineSpeaker } from '../src/stages/speakers/context.js';
import { entityGender, type PreviousStatement } from '../src/stages/speakers/gender.js';

// Invented text: offsets are computed from it, so the entities below point at real words.
const TEXT =
  'Mara Quell, the mayor, spoke first. She said the harbour would reopen. Ostra Freight said the ships were ready. ' +
  'Teodor Vance arrived later. She said the vote would wait. The company said it had hired staff. He said no.';

function mention(word: string, from = 0) {
  const start = TEXT.indexOf(word, from);
  if (start < 0) throw new Error(`no ${word}`);
  return spanOf(TEXT, start, start + word.length);
}

const she1 = TEXT.indexOf('She said');
const she2 = TEXT.indexOf('She said', she1 + 1);
const mara: Entity = {
  id: 'e1',
  name: 'Mara Quell',
  type: 'PERSON',
  roles: [],
  mentions: [mention('Mara Quell'), mention('She', she1 - 1)],
};
const teodor: Entity = {
  id: 'e2',
  name: 'Teodor Vance',
  type: 'PERSON',
  roles: [],
  mentions: [mention('Teodor Vance'), mention('He', TEXT.indexOf('He said'))],
};
const ostra: Entity = { id: 'e3', name: 'Ostra Freight', type: 'ORG', roles: [], mentions: [mention('Ostra Freight')] };
const entities = [mara, teodor, ostra];
const asEntity = (e: Entity) => ({ entity: e.id, name: e.name });
const prevMara: PreviousStatement = { speaker: asEntity(mara), paragraph: 0, end: she1 + 40 };

describe('speaker flow: organisation nominals', () => {
  it.each([
    ['the company', true],
    ['The social media company', true],
    ['the newspaper', true],
    ['the mayor', false],
    ['a company', false],
    ['the company’s chief executive', false],
  ])('%s is an organisation nominal: %s', (text, expected) => {
    expect(isOrganisationNominal(text)).toBe(expected);
  });

  it('resolves "The company" to the organisation mentioned last', () => {
    const source = mention('The company');
    const r = refineSpeaker({ speaker: { entity: null, name: 'The company' }, rule: 'speaker/source-text' }, source, entities, null, 0);
    expect(r).toEqual({ speaker: asEntity(ostra), rule: 'speaker/organisation-nominal' });
  });

  it('leaves "The company" as it is with no organisation before it', () => {
    const resolved = { speaker: { entity: null, name: 'The company' }, rule: 'speaker/source-text' };
    expect(refineSpeaker(resolved, mention('The company'), [mara, teodor], null, 0)).toBe(resolved);
  });
});

describe('speaker flow: he and she after a statement', () => {
  it('learns a gender from pronoun mentions only', () => {
    expect(entityGender(mara)).toBe('f');
    expect(entityGender(teodor)).toBe('m');
    expect(entityGender(ostra)).toBe('?');
  });

  it('gives "she" to the previous speaker when coreference chose somebody not mentioned since', () => {
    const source = mention('She', she2 - 1);
    const wrong = { speaker: asEntity(ostra), rule: 'speaker/entity' };
    expect(refineSpeaker(wrong, source, entities, { ...prevMara, end: she2 - 2 }, 1).rule).toBe('speaker/pronoun-continuity');
  });

  it.each([
    ['a pronoun of the other gender', 'He said', 'speaker/entity'],
    ['a statement two paragraphs back', 'She said', 'speaker/entity'],
  ])('keeps the coreference for %s', (_name, words, rule) => {
    const source = mention(words.split(' ')[0] as string, she2 - 1);
    const chosen = { speaker: asEntity(teodor), rule: 'speaker/entity' };
    const paragraph = _name.includes('two paragraphs') ? 3 : 1;
    expect(refineSpeaker(chosen, source, entities, prevMara, paragraph).rule).toBe(rule);
  });

  it('keeps the coreference when its person was named since the statement', () => {
    const source = mention('She', she2 - 1);
    const chosen = { speaker: asEntity(teodor), rule: 'speaker/entity' };
    // Teodor Vance is named between Mara Quell's statement and this "She"
    expect(refineSpeaker(chosen, source, entities, prevMara, 1)).toBe(chosen);
  });

  it('never gives a pronoun an anonymous previous speaker', () => {
    const source = mention('She', she2 - 1);
    const chosen = { speaker: asEntity(ostra), rule: 'speaker/entity' };
    const anonymous: PreviousStatement = { ...prevMara, speaker: { ...asEntity(mara), anonymous: true } };
    expect(refineSpeaker(chosen, source, entities, anonymous, 1)).toBe(chosen);
  });
});
