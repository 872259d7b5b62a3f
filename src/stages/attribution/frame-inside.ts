import type { LinkedSpans } from './link.js';

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
