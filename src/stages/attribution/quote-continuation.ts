import type { Token } from '../../doc/layers.js';
import type { QuoteState } from '../../doc/quotes.js';
import { type LinkedSpans, within } from './linked-spans.js';

/**
 * "“A,” he said. “B.”": PolNeAR marks one content from A's opening mark to B's closing one
 * when B's quotation opens the next sentence of the same paragraph (train: 1,419 such
 * contents run on over B, 61 end before the cue). A content that is a quotation before its
 * cue takes the quotation that follows the cue's sentence (rule `+continued`). A cue-less
 * content inside another statement's content (B found on its own as a continuing quote) is
 * part of that statement, so it goes. `splitAroundCue` gives the dateline convention's two
 * statements back.
 */
export function continueOverNextQuote(
  tokens: readonly Token[],
  paragraphOf: (i: number) => number,
  quotes: QuoteState,
  linked: readonly LinkedSpans[],
): LinkedSpans[] {
  const { marks, inside } = quotes;
  const out = linked.map((l) => {
    const { cue, content } = l;
    if (!cue || marks[content.tokenStart] !== 1 || content.tokenEnd > cue.tokenStart) return l;
    // the cue's sentence ends with a full stop, and a quotation opens right after it (wink-nlp
    // sometimes counts a straight opening mark into the sentence before)
    const sentence = (tokens[cue.tokenStart] as Token).sentence;
    let stop = cue.tokenEnd;
    while (stop < tokens.length && (tokens[stop] as Token).sentence === sentence && (tokens[stop] as Token).text !== '.') stop++;
    const next = stop + 1;
    if (next >= tokens.length || (tokens[stop] as Token).text !== '.' || marks[next] !== 1) return l;
    if (paragraphOf(next) !== paragraphOf(cue.tokenStart)) return l;
    let end = next + 1;
    while (end < tokens.length && inside[end] === 1 && marks[end] !== 1) end++;
    if (end - next < 3) return l;
    return { ...l, content: { ...content, tokenEnd: end }, rule: `${l.rule}+continued` };
  });
  const held = (l: LinkedSpans): boolean => !l.cue && out.some((o) => o !== l && o.cue !== null && within(l.content, o.content));
  return out.filter((l) => !held(l));
}
