import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './link.js';

const MIN_CONTENT = 3;

/**
 * "“This is a disgusting day,” said Rep. Jane Doe, head of …": the content tagger sometimes
 * marks the name after an inverted cue as the content. A content that overlaps the source
 * right after its cue is replaced by what comes before the cue in the sentence (up to the
 * comma; a closing quotation mark stays).
 */
export function invertedCueContents(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    const { cue, source, content } = l;
    if (!cue || !source || source.tokenStart < cue.tokenEnd) return l;
    if (content.tokenStart < cue.tokenEnd || !(content.tokenStart < source.tokenEnd && source.tokenStart < content.tokenEnd)) return l;
    const sentence = (tokens[cue.tokenStart] as Token).sentence;
    let start = cue.tokenStart;
    while (start > 0 && (tokens[start - 1] as Token).sentence === sentence) start--;
    const before = tokens[cue.tokenStart - 1];
    if (!before || before.sentence !== sentence || !/^(,|”|"|''|’)$/.test(before.text)) return l;
    const end = before.text === ',' ? cue.tokenStart - 1 : cue.tokenStart;
    if (end - start < MIN_CONTENT) return l;
    return { ...l, content: { ...content, tokenStart: start, tokenEnd: end }, rule: `${l.rule}+inverted-cue` };
  });
}
