import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './linked-spans.js';

/** Words before the interrupting source for the part before it to count as said. */
const MIN_BEFORE = 3;
/** Parts of speech that open an adverbial clause rather than the statement: "As …", "During …", "Asked …". */
const ADVERBIAL_OPENERS = new Set(['SCONJ', 'ADP', 'VERB']);

/**
 * "But to prevent problems, he said, local officials should be vigilant": a source and cue
 * set off by commas inside a sentence interrupt one statement. PolNeAR marks the content
 * around them (train: 238 such contents around, 99 after only), so a content that starts
 * after the interruption takes the sentence's start as its own (rule `+interrupted`).
 */
export function aroundInterruptingCue(tokens: readonly Token[], marks: Uint8Array, linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    const { cue, source, content } = l;
    if (!cue || !source || source.tokenEnd !== cue.tokenStart) return l;
    const comma = (i: number): boolean => (tokens[i] as Token | undefined)?.text === ',';
    if (!comma(source.tokenStart - 1) || !comma(cue.tokenEnd) || content.tokenStart !== cue.tokenEnd + 1) return l;
    const sentence = (tokens[cue.tokenStart] as Token).sentence;
    let start = source.tokenStart - 1;
    while (start > 0 && (tokens[start - 1] as Token).sentence === sentence) start--;
    let words = 0;
    for (let i = start; i < source.tokenStart - 1; i++) if ((tokens[i] as Token).pos !== 'PUNCT') words++;
    if (words < MIN_BEFORE) return l;
    // "As a phone rang, the announcer said, “…”", "Asked about it, she said, …": a quotation after
    // the cue, or a sentence that opens with a subordinate or participle clause, is said after it
    if (marks[content.tokenStart] === 1) return l;
    if (ADVERBIAL_OPENERS.has((tokens[start] as Token).pos)) return l;
    return { ...l, content: { ...content, tokenStart: start }, rule: `${l.rule}+interrupted` };
  });
}
