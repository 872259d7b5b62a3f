import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './link.js';

/** Parts of speech that may open a noun phrase before its head: "The", "four", "former", "U.S.". */
const NP_LEFT = new Set(['DET', 'NUM', 'ADJ', 'PROPN', 'NOUN']);
/** What may follow a cut-short source up to its cue: the rest of a noun phrase with its prepositional phrases. */
const NP_RIGHT = new Set(['DET', 'NUM', 'ADJ', 'PROPN', 'NOUN', 'ADP', 'PART']);
const POSSESSIVE = /^['’]s$/;
const MAX_RIGHT = 8;

/**
 * PolNeAR sources are whole noun phrases. A source the tagger cut short ("mayor" for "The
 * mayor") is extended leftwards over determiners, numbers, adjectives and nouns in its
 * sentence, stopping at anything already part of the attribution.
 */
export function extendSources(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((found) => {
    const l = found.source ? found : withSubject(tokens, found);
    if (!l.source) return l;
    let a = l.source.tokenStart;
    const sentence = (tokens[a] as Token).sentence;
    const pronoun = (tokens[a] as Token).pos === 'PRON';
    while (a > 0 && !pronoun) {
      const t = tokens[a - 1] as Token;
      if (t.sentence !== sentence) break;
      // "secretary of state", "current and former officials": of/and inside the phrase
      const inner = (t.text === 'of' || t.pos === 'CCONJ') && a > 1 && NP_LEFT.has((tokens[a - 2] as Token).pos);
      if (!NP_LEFT.has(t.pos) && !inner) break;
      if (l.content.tokenStart < a && a - 1 < l.content.tokenEnd) break;
      if (l.cue && l.cue.tokenStart < a && a - 1 < l.cue.tokenEnd) break;
      a--;
    }
    // "Rival Hillary| Clinton said", "The city| of Phoenix said": a gap of name-phrase words up to the cue joins the source
    let b = l.source.tokenEnd;
    if (l.cue && l.cue.tokenStart > b && l.cue.tokenStart - b <= MAX_RIGHT) {
      let ok = true;
      for (let i = b; i < l.cue.tokenStart; i++) if (!NP_RIGHT.has((tokens[i] as Token).pos) && !POSSESSIVE.test((tokens[i] as Token).text)) ok = false;
      // the gap must end in a noun: "A new| ad from Donald Trump’s presidential campaign said"
      const lastPos = (tokens[l.cue.tokenStart - 1] as Token).pos;
      if (ok && (lastPos === 'NOUN' || lastPos === 'PROPN')) b = l.cue.tokenStart;
    }
    if (a === l.source.tokenStart && b === l.source.tokenEnd) return l;
    return { ...l, source: { ...l.source, tokenStart: a, tokenEnd: b } };
  });
}

const SUBJECT_HEAD = new Set(['NOUN', 'PROPN', 'PRON']);

/** A cue the tagger left without a source: the noun or pronoun right before it is its subject ("The secretary voiced…"). */
function withSubject(tokens: readonly Token[], l: LinkedSpans): LinkedSpans {
  if (!l.cue || l.cue.tokenStart === 0) return l;
  const i = l.cue.tokenStart - 1;
  const t = tokens[i] as Token;
  if (!SUBJECT_HEAD.has(t.pos) || t.sentence !== (tokens[l.cue.tokenStart] as Token).sentence) return l;
  if (l.content.tokenStart <= i && i < l.content.tokenEnd) return l;
  if (t.pos === 'PRON' && !/^(he|she|they|we|i|you|it)$/i.test(t.text)) return l;
  return { ...l, source: { kind: 'S', tokenStart: i, tokenEnd: i + 1 }, rule: `${l.rule}+subject` };
}
