import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './link.js';

/**
 * "But taxes will rise, she said", "However, taxes will rise, she said", "But in recent days,
 * advisers say, …": a content that starts before its cue leaves out the conjunction or the
 * adverb with its comma that opens the sentence
 * (PolNeAR train, such contents at a sentence's start: "But" left out 31 times, taken in 9;
 * "And" 12 to 2; an adverb and comma 14 to 3).
 */
export function withoutSentenceOpener(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    const { cue, content } = l;
    if (!cue || content.tokenStart >= cue.tokenStart) return l;
    const first = tokens[content.tokenStart] as Token;
    const previous = tokens[content.tokenStart - 1];
    if (previous && previous.sentence === first.sentence) return l;
    let skip = 0;
    if (first.pos === 'CCONJ') skip = 1;
    else if (first.pos === 'ADV' && (tokens[content.tokenStart + 1] as Token | undefined)?.text === ',') skip = 2;
    if (skip === 0 || content.tokenEnd - content.tokenStart - skip < 3) return l;
    return { ...l, content: { ...content, tokenStart: content.tokenStart + skip } };
  });
}
