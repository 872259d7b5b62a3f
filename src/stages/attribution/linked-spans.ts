import type { Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';

/** A content with the cue and source linked to it, as token ranges. */
export interface LinkedSpans {
  readonly content: TaggedSpan;
  readonly cue: TaggedSpan | null;
  readonly source: TaggedSpan | null;
  readonly rule: string;
}

/** A token range `[tokenStart, tokenEnd)`. */
type Tokens = Pick<TaggedSpan, 'tokenStart' | 'tokenEnd'>;

/** Whether `inner` lies within `outer`. */
export const within = (inner: Tokens, outer: Tokens): boolean => inner.tokenStart >= outer.tokenStart && inner.tokenEnd <= outer.tokenEnd;

/** Whether token `i` lies in `s`. */
export const holds = (s: Tokens | null, i: number): boolean => s !== null && s.tokenStart <= i && i < s.tokenEnd;

/** Whether two ranges share a token. */
export const crosses = (a: Tokens, b: Tokens): boolean => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;

/** `end` moved back over punctuation, not below `min`, except what `keep` matches (by default a closing quotation mark). */
export function withoutTrailingPunct(tokens: readonly Token[], min: number, end: number, keep = /^[”"’]$/): number {
  let e = end;
  while (e > min && (tokens[e - 1] as Token).pos === 'PUNCT' && !keep.test((tokens[e - 1] as Token).text)) e--;
  return e;
}

/** Parts of speech of a name phrase ("Harbor Commissioner Dana Ortiz", "the city of Phoenix"). */
const NAME_PHRASE = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'ADP', 'PART']);

/** Back from `last` over a name phrase, no further than `floor`: the index of the first token before it (or `floor`). */
export function beforeName(tokens: readonly Token[], floor: number, last: number): number {
  let k = last;
  while (k > floor && NAME_PHRASE.has((tokens[k] as Token).pos)) k--;
  return k;
}
