import type { Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';
import { crosses, type LinkedSpans } from './linked-spans.js';

/** Fewest tokens for a cue-less quotation to count as speech rather than a title or scare quote. */
export const MIN_CUELESS_QUOTE = 6;

/** Maximal runs `[a, b)` of tokens inside double quotation marks. */
export function quoteRuns(inside: Uint8Array): [number, number][] {
  const runs: [number, number][] = [];
  let a = -1;
  for (let i = 0; i <= inside.length; i++) {
    const on = i < inside.length && inside[i] === 1;
    if (on && a < 0) a = i;
    if (!on && a >= 0) {
      runs.push([a, i]);
      a = -1;
    }
  }
  return runs;
}

/**
 * A quotation that makes up whole sentences, with no cue in them, continues the previous
 * speaker (news style: "“…,” he said. “…”"). Returns such quotations as cue-less contents,
 * skipping any that overlap a content already found.
 */
export function continuingQuotes(tokens: readonly Token[], inside: Uint8Array, covered: readonly TaggedSpan[]): LinkedSpans[] {
  const out: LinkedSpans[] = [];
  for (const [a, b] of quoteRuns(inside)) {
    if (b - a < MIN_CUELESS_QUOTE || !/^["“«„]$/.test((tokens[a] as Token).text)) continue;
    const first = tokens[a] as Token;
    const opensSentence = a === 0 || (tokens[a - 1] as Token).sentence !== first.sentence || /^[.?!:]$/.test((tokens[a - 1] as Token).text);
    if (!opensSentence) continue;
    // after the quotation only punctuation may close its sentence
    let k = b;
    const lastSentence = (tokens[b - 1] as Token).sentence;
    while (k < tokens.length && (tokens[k] as Token).sentence === lastSentence && (tokens[k] as Token).pos === 'PUNCT') k++;
    if (k < tokens.length && (tokens[k] as Token).sentence === lastSentence) continue;
    const content = { kind: 'Q', tokenStart: a, tokenEnd: b };
    if (covered.some((c) => crosses(c, content))) continue;
    out.push({ content, cue: null, source: null, rule: 'attribution/continuing-quote' });
  }
  return out;
}
