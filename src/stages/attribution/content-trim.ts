import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './linked-spans.js';

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
