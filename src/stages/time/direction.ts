import type { Sentence, Token } from '../../doc/layers.js';
import { nearestVerb } from './anchor.js';
import { prepositionDirection, tenseOf } from './tense.js';
import type { Detection, Direction } from './types.js';

/** What the previous time expression left behind for the next one. */
export interface LastTimex {
  readonly end: number;
  readonly direction: Direction;
}

/** Words that join two dates into one reading: "August and September", "Feb. 15 to March 15". */
const JOINED = /^\s*(?:and|or|to|through|thru|until|till|-|–|—)\s*$/i;

/**
 * The direction an expression's open parts resolve in: its own words first ("next",
 * "ago"), then a date it is joined to, then the tense of the nearest verb, then a
 * preposition before it ("since", "by", "until").
 */
export function directionOf(
  text: string,
  tokens: readonly Token[],
  sentence: Sentence,
  covered: [number, number] | null,
  d: Detection,
  start: number,
  last: LastTimex | null,
): Direction {
  if (d.direction) return d.direction;
  if (last && start >= last.end && start - last.end <= 12 && JOINED.test(text.slice(last.end, start))) return last.direction;
  if (!covered) return 'none';
  const verb = nearestVerb(tokens, sentence.tokenStart, sentence.tokenEnd, covered[0], covered[1]);
  const tense = tenseOf(tokens, sentence.tokenStart, verb);
  return tense !== 'none' ? tense : (prepositionDirection(tokens, sentence.tokenStart, covered[0]) ?? 'none');
}
