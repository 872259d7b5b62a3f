import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './linked-spans.js';

const DATE_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight jan. feb. mar. apr. jun. jul. ' +
    'aug. sep. sept. oct. nov. dec. january february march april may june july august september october november ' +
    'december morning afternoon evening night week month year weekend'
  ).split(' '),
);
const LEADS = new Set(['on', 'last', 'this', 'earlier', 'late', 'early']);

export function isDateToken(t: Token): boolean {
  const w = t.text.toLowerCase();
  return DATE_WORDS.has(w) || /^\d{1,4}(st|nd|rd|th)?$/.test(w) || w === ',';
}

/**
 * PolNeAR cues include the time of saying: "said on Thursday", "reported on Nov. 3". A cue
 * followed by such words is extended over them (not over any adjacent timex: that lost exact
 * cues on PolNeAR dev and train).
 */
export function extendCues(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    if (!l.cue) return l;
    let end = l.cue.tokenEnd;
    if (end > 0 && (tokens[end - 1] as Token).text.toLowerCase() === 'on') end--;
    let j = end;
    if (j < tokens.length && LEADS.has((tokens[j] as Token).text.toLowerCase())) j++;
    let k = j;
    while (k < tokens.length && isDateToken(tokens[k] as Token) && k - j < 4) k++;
    while (k > j && (tokens[k - 1] as Token).text === ',') k--;
    if (k === j) return l;
    const cue = { ...l.cue, tokenEnd: k };
    if (l.content.tokenStart < k && cue.tokenStart < l.content.tokenEnd && l.content.tokenStart >= l.cue.tokenEnd) {
      // "reported on Nov.| 3 that …": a content that opens with the rest of its cue's date
      // (an abbreviation's full stop read as a boundary) starts after it
      if (l.content.tokenStart < j || k >= l.content.tokenEnd - 1) return l;
      return { ...l, cue, content: { ...l.content, tokenStart: k } };
    }
    return { ...l, cue };
  });
}
