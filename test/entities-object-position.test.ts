import { describe, expect, it } from 'vitest';
import type { Token } from '../src/doc/layers.js';
import { objectPosition } from '../src/stages/entities/object-position.js';
import { analyse, entities } from './entities-support.js';

/** Tokens built by hand from `word/POS` pairs, one sentence. */
function tokens(tagged: string): Token[] {
  let at = 0;
  return tagged.split(' ').map((w) => {
    const [text, pos] = w.split('/') as [string, string];
    const t = { text, pos, start: at, end: at + text.length, sentence: 0 } as unknown as Token;
    at += text.length + 1;
    return t;
  });
}

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
    expect(objectPosition(tokens(tagged), at, 0)).toBe(expected);
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
