import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './link.js';

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
