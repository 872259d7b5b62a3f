import type { Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';
import { IntervalIndex } from '../shared/interval-index.js';
import { type LinkedSpans, withoutTrailingPunct } from './linked-spans.js';

/** Tagged spans by where they end and where they start, each as a one-token interval. */
interface SpanIndex {
  readonly byEnd: IntervalIndex;
  readonly byStart: IntervalIndex;
}

/**
 * The first span in list order, among those ending (or starting) at `from`..`to`, that
 * passes `test`: what `spans.find` over the whole list finds when the position is part of
 * the test, reading only the spans at those positions.
 */
function firstAt(
  spans: readonly TaggedSpan[],
  at: IntervalIndex,
  from: number,
  to: number,
  test: (s: TaggedSpan) => boolean,
): TaggedSpan | undefined {
  const i = at.first(to + 1, from, (k) => test(spans[k] as TaggedSpan));
  return i < 0 ? undefined : spans[i];
}

/** The source right before a cue (touching, or one or two tokens away). */
function sourceBefore(spans: readonly TaggedSpan[], index: SpanIndex, cue: TaggedSpan): TaggedSpan | null {
  const source = (s: TaggedSpan): boolean => s.kind === 'S';
  return (
    firstAt(spans, index.byEnd, cue.tokenStart, cue.tokenStart, source) ??
    firstAt(spans, index.byEnd, cue.tokenStart - 2, cue.tokenStart, source) ??
    null
  );
}

/**
 * "X said on Monday that A. “B,” she said.": when the tagger runs one content over two
 * sentences, linked to one cue, while another unused cue sits right at its other end, the
 * content is cut at the first sentence break: A goes to the earlier cue, B to the later one.
 */
export function splitAcrossSentences(
  tokens: readonly Token[],
  spans: readonly TaggedSpan[],
  linked: readonly LinkedSpans[],
): LinkedSpans[] {
  const used = new Set(linked.flatMap((l) => (l.cue ? [l.cue.tokenStart] : [])));
  const unused = (s: TaggedSpan): boolean => s.kind === 'C' && !used.has(s.tokenStart);
  const out: LinkedSpans[] = [];
  const index = {
    byEnd: new IntervalIndex(spans.map((s) => ({ start: s.tokenEnd, end: s.tokenEnd + 1 }))),
    byStart: new IntervalIndex(spans.map((s) => ({ start: s.tokenStart, end: s.tokenStart + 1 }))),
  };
  for (const l of linked) {
    const { content, cue } = l;
    const first = tokens[content.tokenStart] as Token;
    const last = tokens[content.tokenEnd - 1] as Token;
    if (!cue || first.sentence === last.sentence) {
      out.push(l);
      continue;
    }
    const cueAfter = cue.tokenStart >= content.tokenEnd;
    const other = cueAfter
      ? firstAt(spans, index.byEnd, content.tokenStart - 3, content.tokenStart, unused)
      : firstAt(spans, index.byStart, content.tokenEnd, content.tokenEnd + 3, unused);
    const otherSentence = other ? (tokens[other.tokenStart] as Token).sentence : -1;
    if (!other || otherSentence !== (cueAfter ? first.sentence : last.sentence)) {
      out.push(l);
      continue;
    }
    let cut = content.tokenStart;
    while (cut < content.tokenEnd && (tokens[cut] as Token).sentence === first.sentence) cut++;
    const end = withoutTrailingPunct(tokens, content.tokenStart + 1, cut);
    used.add(other.tokenStart);
    const head = { ...content, tokenEnd: end };
    const tail = { ...content, tokenStart: cut };
    const rule = 'attribution/model+sentence-split';
    if (cueAfter) {
      out.push({ content: head, cue: other, source: sourceBefore(spans, index, other), rule });
      out.push({ ...l, content: tail });
    } else {
      out.push({ ...l, content: head });
      out.push({ content: tail, cue: other, source: sourceBefore(spans, index, other), rule });
    }
  }
  return out;
}
