import type { Token } from '../../doc/layers.js';
import { englishFirstNames } from './lexicon/first-names.js';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether token `k`, opening a name of two words or more (`[k, end)`), is a first name
 * whatever its part of speech: a capitalised word on the first-name list followed by a
 * capitalised word ("Ted Cruz", "Will Hurd" where the tagger reads a verb). A first name
 * inside or at the end of a name ("Obama Will Win") is not in name position.
 */
export function isFirstNameInNamePosition(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t === undefined || next === undefined || k + 1 >= end) return false;
  return CAPITALISED.test(t.text) && /^\p{Lu}/u.test(next.text) && englishFirstNames().has(t.text.toLowerCase());
}
