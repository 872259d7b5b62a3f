import { describe, expect, it } from 'vitest';
import type { Token } from '../src/doc/layers.js';
import { isFirstNameInNamePosition } from '../src/stages/entities/first-name-position.js';

/** Tokens built by hand: each word with a part of speech, one sentence. */
function tokens(words: readonly [string, string][]): Token[] {
  let at = 0;
  return words.map(([text, pos]) => {
    const t = { text, pos, start: at, end: at + text.length, sentence: 0 } as unknown as Token;
    at += text.length + 1;
    return t;
  });
}

describe('a first name in name position, whatever its tag', () => {
  it.each([
    [
      'a first name tagged VERB before a surname',
      [
        ['Ted', 'VERB'],
        ['Okonjo', 'PROPN'],
      ],
      0,
      2,
      true,
    ],
    [
      '"Will" tagged AUX before a surname',
      [
        ['Will', 'AUX'],
        ['Okonjo', 'PROPN'],
      ],
      0,
      2,
      true,
    ],
    [
      'a verb not on the first-name list',
      [
        ['Says', 'VERB'],
        ['Okonjo', 'PROPN'],
      ],
      0,
      2,
      false,
    ],
    ['a first name alone (no name follows)', [['Will', 'AUX']], 0, 1, false],
    [
      'a lower-case word',
      [
        ['will', 'AUX'],
        ['Okonjo', 'PROPN'],
      ],
      0,
      2,
      false,
    ],
    [
      'followed by a lower-case word',
      [
        ['Will', 'AUX'],
        ['win', 'VERB'],
      ],
      0,
      2,
      false,
    ],
    [
      'the last word of the name',
      [
        ['Obama', 'PROPN'],
        ['Will', 'AUX'],
      ],
      1,
      2,
      false,
    ],
  ] as const)('%s', (_name, words, k, end, expected) => {
    expect(isFirstNameInNamePosition(tokens(words as unknown as [string, string][]), k, end)).toBe(expected);
  });
});
