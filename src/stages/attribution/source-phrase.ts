import type { Token } from '../../doc/layers.js';
import { holds, type LinkedSpans } from './linked-spans.js';

/** Possessive determiners and the possessive ending: "His| campaign", "Kaine|’s full embrace". */
const POSSESSIVE = /^(his|her|its|their|our|my|your|['’]s)$/i;
const HEAD = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * A source that ends on a possessive ("His| campaign sued", "Kaine’s| full embrace") or on a
 * number before "in" ("Six| in 10 say") stops inside its noun phrase: it runs on to the
 * phrase's head, never into the content or cue (rule step `source-head`).
 */
export function completeSourceHeads(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    if (!l.source) return l;
    const sentence = (tokens[l.source.tokenStart] as Token).sentence;
    const free = (i: number): boolean =>
      i < tokens.length && (tokens[i] as Token).sentence === sentence && !holds(l.content, i) && !holds(l.cue, i);
    let b = l.source.tokenEnd;
    const last = tokens[b - 1] as Token;
    if (last.pos === 'NUM' && free(b) && free(b + 1) && (tokens[b] as Token).text === 'in' && (tokens[b + 1] as Token).pos === 'NUM')
      b += 2;
    else if (POSSESSIVE.test(last.text)) {
      while (free(b) && HEAD.has((tokens[b] as Token).pos) && b - l.source.tokenEnd < 4) b++;
      if ((tokens[b - 1] as Token).pos === 'ADJ') return l;
    }
    if (b === l.source.tokenEnd) return l;
    return { ...l, source: { ...l.source, tokenEnd: b } };
  });
}

/**
 * "Bush, Florida’s former governor, also attacked …": a source tagged on the apposition after
 * the name that opens the sentence takes the name too ("Sanders, a Vermont senator,"), with
 * the comma that closes the apposition before its cue (rule step `apposition`).
 */
export function withAppositionName(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    const { source, cue } = l;
    if (!source || !cue || source.tokenStart < 2 || cue.tokenStart < source.tokenEnd) return l;
    const comma = source.tokenStart - 1;
    if ((tokens[comma] as Token).text !== ',') return l;
    const sentence = (tokens[comma] as Token).sentence;
    let a = comma;
    while (a > 0 && (tokens[a - 1] as Token).sentence === sentence && (tokens[a - 1] as Token).pos === 'PROPN') a--;
    if (a === comma || (a > 0 && (tokens[a - 1] as Token).sentence === sentence)) return l;
    for (let i = a; i < comma; i++) if (holds(l.content, i)) return l;
    // the apposition closes with a comma right before the cue (adverbs aside): "…, a Vermont senator, has supported"
    let b = source.tokenEnd;
    if ((tokens[b] as Token | undefined)?.text === ',') b++;
    if ((tokens[b - 1] as Token).text !== ',') return l;
    for (let i = b; i < cue.tokenStart; i++) if ((tokens[i] as Token).pos !== 'ADV') return l;
    return { ...l, source: { ...source, tokenStart: a, tokenEnd: b } };
  });
}
