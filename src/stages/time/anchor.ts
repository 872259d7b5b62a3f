import type { Token } from '../../doc/layers.js';
import type { Range } from '../../doc/span.js';

/** Token indices `[first, last]` of the tokens a character range covers, within `[from, to)`. */
export function tokensOf(tokens: readonly Token[], from: number, to: number, range: Range): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.end <= range.start) continue;
    if (t.start >= range.end) break;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last];
}

const NOMINAL = new Set(['NOUN', 'PROPN']);
const SKIP_AFTER = new Set(["'s", '’s', "'", '’']);

/**
 * The token that governs a time expression: the noun it modifies when it stands before one
 * ("the Nov. 1 murder", "Friday's vote"), else the nearest verb in its sentence
 * ("said on Thursday"). Returns a token index or -1.
 */
export function governorOf(tokens: readonly Token[], from: number, to: number, first: number, last: number): number {
  const noun = modifiedNoun(tokens, to, first, last);
  return noun >= 0 ? noun : nearestVerb(tokens, from, to, first, last);
}

/** The noun right after a time expression that it modifies ("the Nov. 1 murder"), or -1. */
export function modifiedNoun(tokens: readonly Token[], to: number, first: number, last: number): number {
  let next = last + 1;
  while (next < to && SKIP_AFTER.has((tokens[next] as Token).text)) next++;
  if (next < to && NOMINAL.has((tokens[next] as Token).pos) && (tokens[next] as Token).pos !== 'PROPN') {
    const between = next - last - 1;
    const firstToken = tokens[first] as Token;
    // A timex that opens with a determiner ("the third quarter results") still modifies the noun.
    if (between <= 1 && !/^(ago|earlier|later)$/i.test((tokens[last] as Token).text) && firstToken.pos !== 'ADP') return next;
  }
  return -1;
}

/** Tokens that close the clause a time expression stands in, on its right ("…Tuesday night and will travel"). */
const CLAUSE_END = new Set(['CCONJ', 'PUNCT']);

/**
 * The verb nearest a time expression in its sentence, the left one on a tie; an auxiliary only
 * when there is no verb. A verb in the same clause is preferred: the search to the right stops
 * at a conjunction or punctuation, unless no verb is found that way.
 */
export function nearestVerb(tokens: readonly Token[], from: number, to: number, first: number, last: number): number {
  const inClause = searchVerb(tokens, from, to, first, last, true);
  return inClause >= 0 ? inClause : searchVerb(tokens, from, to, first, last, false);
}

function searchVerb(tokens: readonly Token[], from: number, to: number, first: number, last: number, clause: boolean): number {
  let best = -1;
  let bestAux = -1;
  let rightOpen = true;
  for (let d = 1; first - d >= from || last + d < to; d++) {
    const left = first - d;
    const right = last + d;
    if (clause && right < to && CLAUSE_END.has((tokens[right] as Token).pos)) rightOpen = false;
    for (const i of [left, right]) {
      if (i < from || i >= to || (i > first && i <= last)) continue;
      if (i === right && !rightOpen) continue;
      const pos = (tokens[i] as Token).pos;
      if (pos === 'VERB') {
        best = i;
        break;
      }
      if (pos === 'AUX' && bestAux < 0) bestAux = i;
    }
    if (best >= 0) break;
  }
  return best >= 0 ? best : bestAux;
}
