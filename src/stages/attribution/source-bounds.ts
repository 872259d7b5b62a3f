import type { Token } from '../../doc/layers.js';
import { holds, type LinkedSpans } from './linked-spans.js';

/**
 * Where a source's edges may lie: never inside a hyphenated or dotted word, and around the
 * bracketed party label between a name and its cue ("Rep. Ana Ortiz (D-N.M.) said").
 */

const MAX_BRACKET = 8;

/** Word-internal joints a span may not stop at: a hyphen or a full stop written without spaces ("Sixty-six", "A.F.L.-C.I.O."). */
export const JOINT = /^[-.‐–]$/;

/**
 * `[a, b)` widened to whole words: over a hyphen or full stop written without spaces on
 * both sides and the word beyond it, never into the content or cue.
 */
export function wholeWords(tokens: readonly Token[], a: number, b: number, l: LinkedSpans): [number, number] {
  const glued = (i: number): boolean => (tokens[i] as Token).end === (tokens[i + 1] as Token).start;
  const free = (i: number): boolean => !holds(l.content, i) && !holds(l.cue, i);
  while (a >= 2 && JOINT.test((tokens[a - 1] as Token).text) && glued(a - 1) && glued(a - 2) && free(a - 1) && free(a - 2)) a -= 2;
  while (
    b + 1 < tokens.length &&
    JOINT.test((tokens[b] as Token).text) &&
    glued(b - 1) &&
    glued(b) &&
    /^[\p{L}\p{N}]/u.test((tokens[b + 1] as Token).text) &&
    free(b) &&
    free(b + 1)
  )
    b += 2;
  return [a, b];
}

/** "Rep. Ana Ortiz (D-N.|M.) said": a source tagged inside the bracketed label before its cue is the name before it, label included. */
export function insideBracket(tokens: readonly Token[], l: LinkedSpans): LinkedSpans {
  if (!l.source || !l.cue) return l;
  const open = bracketBefore(tokens, l.cue.tokenStart);
  if (open < 1 || l.source.tokenStart <= open - 1 || l.source.tokenEnd > l.cue.tokenStart) return l;
  if ((tokens[open - 1] as Token).pos !== 'PROPN') return l;
  return { ...l, source: { ...l.source, tokenStart: open - 1, tokenEnd: l.cue.tokenStart } };
}

/** The index of the "(" of a bracketed label that ends right before token `at` ("(D-N.Y.)"), else −1. */
export function bracketBefore(tokens: readonly Token[], at: number): number {
  if (at < 3 || (tokens[at - 1] as Token).text !== ')') return -1;
  const sentence = (tokens[at - 1] as Token).sentence;
  for (let k = at - 2; k >= 0 && at - k <= MAX_BRACKET; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.text === ')') return -1;
    if (t.text === '(') return k;
  }
  return -1;
}
