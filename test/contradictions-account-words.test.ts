import { describe, expect, it } from 'vitest';
import { ACCOUNT_MIN_WORDS, words } from '../src/stages/contradictions/account-words.js';

describe('account words: a denial or fact-check answers an account of at least four words', () => {
  it.each([
    ['the Harbor Bridge had been repaired in March', 8, true],
    ['the bridge was repaired', 4, true],
    ['much labor history', 3, false],
    ['Varga', 1, false],
    ['“ — 300 , ”', 0, false],
  ] as const)('%s: %i words, an account: %s', (text, n, account) => {
    expect(words(text)).toBe(n);
    expect(words(text) >= ACCOUNT_MIN_WORDS).toBe(account);
  });
});
