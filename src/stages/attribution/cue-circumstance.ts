import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './linked-spans.js';

/** Prepositions that open the circumstance of a saying: "at the time", "on Facebook", "during the debate". */
const CIRCUMSTANCE = new Set(['on', 'at', 'in', 'during', 'per', 'before', 'after', 'from', 'via', 'through', 'while']);
const MAX_CIRCUMSTANCE = 12;
/** What closes a sentence after its last word. */
const CLOSING = /^[.!?;:'"’”)\]]+$|^''$/;

/**
 * "“…,” Ortiz said at the time.": after a content and its source, PolNeAR's cue runs on over
 * the circumstance of the saying to the sentence's end ("said at one point during the
 * campaign", "said on Facebook", "wrote in an email"), when nothing else follows (rule
 * `+circumstance`).
 */
export function extendPostposedCues(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  const taken = new Uint8Array(tokens.length);
  for (const l of linked) for (const s of [l.content, l.cue, l.source]) if (s) taken.fill(1, s.tokenStart, s.tokenEnd);
  return linked.map((l) => {
    const cue = l.cue;
    if (!cue || !l.source || l.content.tokenEnd > cue.tokenStart || l.source.tokenEnd > cue.tokenStart) return l;
    const last = tokens[cue.tokenEnd - 1] as Token;
    const next = tokens[cue.tokenEnd];
    if (!next || next.sentence !== last.sentence) return l;
    // "said| at the time" or a cue that took the preposition already, "said at| the time"
    const opens =
      (last.pos === 'VERB' && CIRCUMSTANCE.has(next.text.toLowerCase())) ||
      (cue.tokenEnd - cue.tokenStart > 1 &&
        CIRCUMSTANCE.has(last.text.toLowerCase()) &&
        (tokens[cue.tokenEnd - 2] as Token).pos === 'VERB');
    if (!opens) return l;
    let end = cue.tokenEnd;
    while (end < tokens.length && (tokens[end] as Token).sentence === last.sentence && !CLOSING.test((tokens[end] as Token).text)) {
      if (taken[end] || (tokens[end] as Token).text === ',' || end - cue.tokenEnd >= MAX_CIRCUMSTANCE) return l;
      end++;
    }
    // only closing punctuation may follow to the sentence's end
    for (let k = end; k < tokens.length && (tokens[k] as Token).sentence === last.sentence; k++)
      if (!CLOSING.test((tokens[k] as Token).text)) return l;
    return { ...l, cue: { ...cue, tokenEnd: end }, rule: `${l.rule}+circumstance` };
  });
}
