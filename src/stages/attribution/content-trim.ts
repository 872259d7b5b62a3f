import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './linked-spans.js';

/** Words a content leaves out at its edges: a sentence's opener, a stray bracket, its own frame. */

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

/**
 * "(Her campaign later disclosed that she has pneumonia)": a closing bracket that ends a
 * content but was opened before it is the sentence's, not the content's.
 */
export function withoutStrayBracket(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    const { content } = l;
    const end = content.tokenEnd;
    if (end - content.tokenStart < 2 || (tokens[end - 1] as Token).text !== ')') return l;
    for (let i = content.tokenStart; i < end; i++) if ((tokens[i] as Token).text === '(') return l;
    return { ...l, content: { ...content, tokenEnd: end - 1 } };
  });
}

/**
 * A content never holds its own source: "X's comments were in contrast to [a recent
 * report]source that …" is the report's that-clause, not the sentence around its source.
 * Where a cue-less attribution's source lies inside its content, the content starts after
 * it; the words before belong to another statement or to none.
 */
export function contentAfterOwnFrame(linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    const { source, cue, content } = l;
    if (!source || source.tokenStart <= content.tokenStart || source.tokenEnd >= content.tokenEnd) return l;
    // a cue inside the content is the split's to handle ("“A,” he said. “B.”" is two statements)
    if (cue) return l;
    const after = source.tokenEnd;
    if (content.tokenEnd - after < 2) return l;
    return { ...l, content: { ...content, tokenStart: after }, rule: `${l.rule}+after-frame` };
  });
}
