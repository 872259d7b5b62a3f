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
    if (!verb || verb.pos !== 'VERB' || verb.sentence !== last.sentence) return l;
    for (let i = l.cue.tokenEnd; i <= k; i++) if (holds(l.content, i) || holds(l.source, i)) return l;
    return { ...l, cue: { ...l.cue, tokenEnd: k + 1 } };
  });
}
