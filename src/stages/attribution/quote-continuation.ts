import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './link.js';
import type { QuoteState } from './quotes.js';

/**
 * "“A,” he said. “B.”": PolNeAR marks one content from A's opening mark to B's closing one
 * when B's quotation opens the next sentence of the same paragraph (train: 1,419 such
 * contents run on over B, 61 end before the cue). A content that is a quotation before its
 * cue takes the quotation that follows the cue's sentence (rule `+continued`), and a
 * cue-less content found there on its own is that same statement, so it goes.
 * `splitAroundCue` gives the dateline convention's two statements back.
 */
export function continueOverNextQuote(
  tokens: readonly Token[],
  paragraphOf: (i: number) => number,
  quotes: QuoteState,
  linked: readonly LinkedSpans[],
): LinkedSpans[] {
  const { marks, inside } = quotes;
  const absorbed = new Set<LinkedSpans>();
  const out = linked.map((l) => {
    const { cue, content } = l;
    if (!cue || marks[content.tokenStart] !== 1 || content.tokenEnd > cue.tokenStart) return l;
    const sentence = (tokens[cue.tokenStart] as Token).sentence;
    let next = cue.tokenEnd;
    while (next < tokens.length && (tokens[next] as Token).sentence === sentence) next++;
    if (next >= tokens.length || marks[next] !== 1 || (tokens[next - 1] as Token).text !== '.') return l;
    if (paragraphOf(next) !== paragraphOf(cue.tokenStart)) return l;
    // between the quotation and the full stop only the cue, its source and their words
    if (linked.some((o) => o !== l && o.cue && o.cue.tokenStart > cue.tokenStart && o.cue.tokenStart < next)) return l;
    let end = next + 1;
    while (end < tokens.length && inside[end] === 1 && marks[end] !== 1) end++;
    if (end - next < 3) return l;
    for (const o of linked) if (o !== l && !o.cue && o.content.tokenStart >= next && o.content.tokenEnd <= end) absorbed.add(o);
    return { ...l, content: { ...content, tokenEnd: end }, rule: `${l.rule}+continued` };
  });
  return out.filter((l) => !absorbed.has(l));
}
