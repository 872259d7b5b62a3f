import { describe, expect, it } from 'vitest';
import { isFirstNameInNamePosition } from '../src/stages/entities/first-name-position.js';
import { taggedTokens } from './entities-support.js';

describe('a first name in name position, whatever its tag', () => {
  it.each([
    ['a first name tagged VERB after a title', 'Senator/PROPN Ted/VERB Okonjo/PROPN', 1, 3, true],
    ['"Will" tagged AUX after a verb', 'said/VERB Will/AUX Okonjo/PROPN', 1, 3, true],
    ['a verb not on the first-name list', 'Obama/PROPN Says/VERB Okonjo/PROPN', 1, 3, false],
    ['a first name alone (no name follows)', 'said/VERB Will/AUX', 1, 2, false],
    ['a lower-case word', 'he/PRON will/AUX Okonjo/PROPN', 1, 3, false],
    ['followed by a word that is no proper noun', 'Okonjo/PROPN Will/AUX win/VERB', 1, 3, false],
    ['the last word of the name', 'Obama/PROPN Will/AUX', 1, 2, false],
    ['opening the sentence', 'Imagine/VERB Brad/PROPN Okonjo/PROPN', 0, 3, false],
    ['a name holding a conjunction', 'Senator/PROPN Ted/VERB Okonjo/PROPN or/CCONJ Ana/PROPN Ruiz/PROPN', 1, 6, false],
  ])('%s', (_name, tagged, k, end, expected) => {
    expect(isFirstNameInNamePosition(taggedTokens(tagged), k, end)).toBe(expected);
  });
});
