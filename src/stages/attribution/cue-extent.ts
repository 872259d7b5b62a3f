import type { Token } from '../../doc/layers.js';
import { holds, type LinkedSpans } from './linked-spans.js';

const DATE_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight jan. feb. mar. apr. jun. jul. ' +
    'aug. sep. sept. oct. nov. dec. january february march april may june july august september october november ' +
    'december morning afternoon evening night week month year weekend'
  ).split(' '),
);
export function isDateToken(t: Token): boolean {
  const w = t.text.toLowerCase();
  return DATE_WORDS.has(w) || /^\d{1,4}(st|nd|rd|th)?$/.test(w) || w === ',';
}

/**
 * "will| brand", "still| supports", "refuses to| disavow": a cue that ends on an auxiliary, an
 * adverb or an infinitive's "to" runs on over the verb that follows it, outside the content.
 */
export function completeCueVerbs(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    if (!l.cue) return l;
    const last = tokens[l.cue.tokenEnd - 1] as Token;
    if (last.pos !== 'AUX' && last.pos !== 'ADV' && !(last.pos === 'PART' && last.text.toLowerCase() === 'to')) return l;
    let k = l.cue.tokenEnd;
    while (k < tokens.length && (tokens[k] as Token).pos === 'ADV' && k - l.cue.tokenEnd < 2) k++;
    const verb = tokens[k];
    if (verb?.pos !== 'VERB' || verb.sentence !== last.sentence) return l;
    for (let i = l.cue.tokenEnd; i <= k; i++) if (holds(l.content, i) || holds(l.source, i)) return l;
    return { ...l, cue: { ...l.cue, tokenEnd: k + 1 } };
  });
}

/** What opens a verb group before its verb: "was| asked", "has| said", "did not| suggest", "declined to| say". */
const VERB_GROUP = (t: Token): boolean => t.pos === 'AUX' || /^(not|n['’]t|to)$/i.test(t.text);

/**
 * "was| asked", "has| said", "did not| suggest": a cue that starts on its verb takes the
 * auxiliaries, negation and infinitive "to" right before it (at most three words), outside
 * the source and content.
 */
export function withVerbGroup(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    if (!l.cue || (tokens[l.cue.tokenStart] as Token).pos !== 'VERB') return l;
    const sentence = (tokens[l.cue.tokenStart] as Token).sentence;
    let a = l.cue.tokenStart;
    while (a > 0 && l.cue.tokenStart - a < 3) {
      const t = tokens[a - 1] as Token;
      if (t.sentence !== sentence || !VERB_GROUP(t) || holds(l.source, a - 1) || holds(l.content, a - 1)) break;
      a--;
    }
    return a === l.cue.tokenStart ? l : { ...l, cue: { ...l.cue, tokenStart: a } };
  });
}
