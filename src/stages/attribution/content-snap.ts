import type { Token } from '../../doc/layers.js';
import { isLaidOut } from './layout-cues.js';
import { type LinkedSpans, withoutTrailingPunct } from './linked-spans.js';

/**
 * A content that follows its cue within one sentence is snapped to PolNeAR's most common
 * shape: from the token after the cue to the end of the sentence (or to a coordinated verb
 * phrase, ", and has called for …", which PolNeAR attributes apart), final punctuation left
 * out (unless it closes a quotation). Multi-sentence contents and contents before their cue
 * are left as tagged, and so are those whose boundaries the layout states.
 */
export function snapContents(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map(withOpeningQuote(tokens)).map((l) => {
    if (!l.cue || isLaidOut(l.rule)) return l;
    if (l.content.tokenEnd <= l.cue.tokenStart) return snapBefore(tokens, l);
    if (l.content.tokenStart < l.cue.tokenEnd) return l;
    const start = l.content.tokenStart;
    const sentence = (tokens[start] as Token).sentence;
    if ((tokens[l.content.tokenEnd - 1] as Token).sentence !== sentence) return l;
    if (start - l.cue.tokenEnd > 0 && !(l.source && l.source.tokenStart === l.cue.tokenEnd)) return l;
    let end = l.content.tokenEnd;
    while (end < tokens.length && (tokens[end] as Token).sentence === sentence && !coordinatedVerb(tokens, end)) end++;
    end = withoutTrailingPunct(tokens, start + 1, end, /^[”"’)]$/);
    if (end <= l.content.tokenEnd) return l;
    return { ...l, content: { ...l.content, tokenEnd: end }, rule: `${l.rule}+snapped` };
  });
}

/** "CONTENT, SOURCE said": a content before its cue starts where its sentence starts. */
function snapBefore(tokens: readonly Token[], l: LinkedSpans): LinkedSpans {
  const sentence = (tokens[l.content.tokenEnd - 1] as Token).sentence;
  let start = l.content.tokenStart;
  if ((tokens[start] as Token).sentence !== sentence) return l;
  while (start > 0 && (tokens[start - 1] as Token).sentence === sentence) start--;
  // …and runs up to the comma before the source (or the cue)
  const head = Math.min(l.cue ? l.cue.tokenStart : Number.POSITIVE_INFINITY, l.source ? l.source.tokenStart : Number.POSITIVE_INFINITY);
  let end = l.content.tokenEnd;
  if (Number.isFinite(head) && (tokens[head - 1] as Token | undefined)?.sentence === sentence && head - end <= 6) {
    end = (tokens[head - 1] as Token).text === ',' ? head - 1 : head;
  }
  if (start === l.content.tokenStart && end === l.content.tokenEnd) return l;
  if (end <= start) return l;
  return { ...l, content: { ...l.content, tokenStart: start, tokenEnd: end }, rule: `${l.rule}+snapped` };
}

/** A content that starts right after an opening quotation mark takes the mark (PolNeAR keeps it: "“We will …"). */
function withOpeningQuote(tokens: readonly Token[]): (l: LinkedSpans) => LinkedSpans {
  return (found) => {
    let l = found;
    const z = l.content.tokenEnd - 1;
    // a final full stop is the sentence's, not the statement's
    if (z > l.content.tokenStart && /^[.;]$/.test((tokens[z] as Token).text)) l = { ...l, content: { ...l.content, tokenEnd: z } };
    const a = l.content.tokenStart;
    const before = tokens[a - 1];
    if (!before || !/^[“"]$/.test(before.text) || before.sentence !== (tokens[a] as Token).sentence) return l;
    if (l.cue && l.cue.tokenEnd > a - 1 && l.cue.tokenStart <= a - 1) return l;
    return { ...l, content: { ...l.content, tokenStart: a - 1 } };
  };
}

/** ", and has called for": "and"/"but" (after a comma or not) opening a verb phrase of its own. */
function coordinatedVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const w = t.text.toLowerCase();
  if (w !== 'and' && w !== 'but') return false;
  let k = i + 1;
  if (tokens[k]?.pos === 'ADV') k++;
  const v = tokens[k];
  return v !== undefined && (v.pos === 'VERB' || v.pos === 'AUX') && !/ing$/.test(v.text);
}
