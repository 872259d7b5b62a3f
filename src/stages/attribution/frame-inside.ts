import type { LinkedSpans } from './link.js';

/**
 * A content never holds its own source: "X's comments were in contrast to [a recent
 * report]source that …" is the report's that-clause, not the sentence around its source.
 * Where the source (and the cue, when there is one) lies inside the content, the content
 * starts after them; the words before belong to another statement or to none.
 */
export function contentAfterOwnFrame(linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    const { source, cue, content } = l;
    if (!source || source.tokenStart <= content.tokenStart || source.tokenEnd >= content.tokenEnd) return l;
    // a cue between source and content end is handled by the split around the cue
    if (cue && cue.tokenStart > source.tokenEnd) return l;
    const after = Math.max(source.tokenEnd, cue ? cue.tokenEnd : 0);
    if (content.tokenEnd - after < 2) return l;
    return { ...l, content: { ...content, tokenStart: after }, rule: `${l.rule}+after-frame` };
  });
}
