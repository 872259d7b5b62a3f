import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './link.js';

/**
 * The cue and content taggers can both claim a word ("declined [to] say whether …"). The
 * content then starts after the cue; a verb right after a cue ending in "to" joins the cue
 * ("declined to say", content "whether …").
 */
export function separateCueFromContent(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    const { cue, content } = l;
    if (!cue || !(cue.tokenStart < content.tokenStart && content.tokenStart < cue.tokenEnd)) return l;
    let end = cue.tokenEnd;
    const last = tokens[end - 1] as Token;
    if (last.text.toLowerCase() === 'to' && end < content.tokenEnd - 1 && (tokens[end] as Token).pos === 'VERB') end++;
    if (content.tokenEnd - end < 1) return l;
    return { ...l, cue: { ...cue, tokenEnd: end }, content: { ...content, tokenStart: end } };
  });
}
