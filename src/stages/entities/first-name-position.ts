import type { Token } from '../../doc/layers.js';
import { englishFirstNames } from './lexicon/first-names.js';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether token `k`, opening a name of two words or more (`[k, end)`), is a first name
 * whatever its part of speech: a capitalised word on the first-name list, inside its
 * sentence, followed only by proper nouns ("Senator Ted Cruz", "… said Will Hurd", where
 * the tagger reads a verb). Not in name position: a first name inside or at the end of a
 * name ("Obama Will Win"), one opening the sentence ("Imagine Brad Thor …": the list holds
 * words that are verbs too), one before a conjunction ("Ted Cruz or Donald Trump").
 */
export function isFirstNameInNamePosition(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (t === undefined || before === undefined || before.sentence !== t.sentence || k + 1 >= end) return false;
  for (let j = k + 1; j < end; j++) if (tokens[j]?.pos !== 'PROPN') return false;
  return CAPITALISED.test(t.text) && englishFirstNames().has(t.text.toLowerCase());
}
