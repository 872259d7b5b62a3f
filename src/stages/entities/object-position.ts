import type { Token } from '../../doc/layers.js';

/** Words a name's own phrase may open with: its title, honorific or a determiner ("the", "Senator", "Mr."). */
const PHRASE_POS = new Set(['PROPN', 'DET']);

/**
 * Whether the name at tokens `[tokStart, …)` stands after a verb or a preposition of its
 * sentence ("supporting Mr. Cruz", "a letter to Ms. Ruiz"): an object, not a subject. A
 * verb that opens the sentence or follows punctuation does not count: that is the
 * inverted "…,'' said J. Berger", whose name is the subject.
 */
export function objectPosition(tokens: readonly Token[], tokStart: number, sentenceStart: number): boolean {
  let k = tokStart - 1;
  while (k >= sentenceStart && PHRASE_POS.has(tokens[k]!.pos)) k--;
  if (k < sentenceStart) return false;
  const before = tokens[k]!;
  if (before.pos === 'ADP') return true;
  if (before.pos !== 'VERB') return false;
  return k > sentenceStart && tokens[k - 1]!.pos !== 'PUNCT';
}
