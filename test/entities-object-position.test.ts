import { describe, expect, it } from 'vitest';
import { objectPosition } from '../src/stages/entities/object-position.js';
import { analyse, entities, taggedTokens } from './entities-support.js';

describe('a name after a verb or preposition is no subject', () => {
  it.each([
    ['after a verb', 'One/NUM pastor/NOUN supporting/VERB Mr./PROPN Cruz/PROPN', 4, true],
    ['after a preposition', 'a/DET letter/NOUN to/ADP Ruiz/PROPN', 3, true],
    ['after a preposition and a title', 'a/DET letter/NOUN to/ADP Senator/PROPN Ruiz/PROPN', 4, true],
    ['opening the sentence', 'Ruiz/PROPN said/VERB', 0, false],
    ['after a comma', 'In/ADP May/PROPN ,/PUNCT Ruiz/PROPN said/VERB', 3, false],
    ['after a verb that follows punctuation (inverted "said X")', "''/PUNCT said/VERB J.M./PROPN Berger/PROPN", 3, false],
    ['after a verb that opens the sentence', 'Said/VERB Ruiz/PROPN', 1, false],
    ['after a conjunction', 'Okafor/PROPN and/CCONJ Ruiz/PROPN said/VERB', 2, false],
  ])('%s', (_name, tagged, at, expected) => {
    expect(objectPosition(taggedTokens(tagged), at, 0)).toBe(expected);
  });
});

// Texts written for these tests.
describe('a pronoun prefers the subject to a name after a verb', () => {
  it('he is the speaker introduced in apposition, not the person he supports', () => {
    const doc = analyse(
      'Mr. Halvorsen spoke in Ames on Monday. One farmer backing Mr. Halvorsen, Dale Prewitt of Story County, said he had called 40 neighbours.',
    );
    const he = entities(doc).find((e) => e.mentions.some((m) => m.text === 'he'));
    expect(he?.name).toBe('Dale Prewitt');
  });
});
