import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './linked-spans.js';

const REQUEST = new Set(['ask', 'request', 'demand']);

/** "asked not to be named", "requested anonymity", "asked to remain anonymous": a condition of sourcing, no statement ("asked to describe …" is left alone). */
function anonymityRequest(tokens: readonly Token[], l: LinkedSpans): boolean {
  if (!l.cue) return false;
  const last = tokens[l.cue.tokenEnd - 1] as Token;
  if (!REQUEST.has(last.lemma)) return false;
  const words = tokens.slice(l.content.tokenStart, l.content.tokenStart + 4).map((t) => t.text.toLowerCase());
  if (words[0] === 'anonymity') return true;
  if (words[0] === 'not' && words[1] === 'to') return true;
  return words[0] === 'to' && words[1] === 'remain' && words[2] === 'anonymous';
}

/**
 * "One of them, who asked not to be named because …, said …": the request is dropped, and
 * its source (the relative pronoun, or the phrase) goes to the sourceless cue that follows it
 * in the same sentence, whose subject it is.
 */
export function dropAnonymityRequests(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  const out: LinkedSpans[] = [];
  let handOver: LinkedSpans | null = null;
  for (const l of [...linked].sort((a, b) => (a.cue?.tokenStart ?? a.content.tokenStart) - (b.cue?.tokenStart ?? b.content.tokenStart))) {
    if (anonymityRequest(tokens, l)) {
      handOver = l.source ? l : handOver;
      continue;
    }
    const from = handOver;
    if (from?.source && l.cue && !l.source && l.cue.tokenStart > from.content.tokenStart) {
      const sameSentence = (tokens[l.cue.tokenStart] as Token).sentence === (tokens[from.source.tokenStart] as Token).sentence;
      if (sameSentence) {
        out.push({ ...l, source: from.source, rule: `${l.rule}+request-subject` });
        handOver = null;
        continue;
      }
    }
    out.push(l);
  }
  return out.sort((x, y) => x.content.tokenStart - y.content.tokenStart);
}
