import type { Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';
import type { LinkedSpans } from './link.js';

const trailingPunct = (t: Token): boolean => t.pos === 'PUNCT' && !/^[”"’]$/.test(t.text);

/** Tagged spans by where they end and where they start (list positions, ascending). */
interface SpanIndex {
  readonly byEnd: Map<number, number[]>;
  readonly byStart: Map<number, number[]>;
}

function indexSpans(spans: readonly TaggedSpan[]): SpanIndex {
  const byEnd = new Map<number, number[]>();
  const byStart = new Map<number, number[]>();
  spans.forEach((s, i) => {
    push(byEnd, s.tokenEnd, i);
    push(byStart, s.tokenStart, i);
  });
  return { byEnd, byStart };
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The first span in list order, among those ending (or starting) at `from`..`to`, that
 * passes `test`: what `spans.find` over the whole list finds when the position is part of
 * the test, reading only the spans at those positions.
 */
function firstAt(
  spans: readonly TaggedSpan[],
  at: Map<number, number[]>,
  from: number,
  to: number,
  test: (s: TaggedSpan) => boolean,
): TaggedSpan | undefined {
  let best = -1;
  for (let p = from; p <= to; p++) for (const i of at.get(p) ?? []) if ((best < 0 || i < best) && test(spans[i] as TaggedSpan)) best = i;
  return best < 0 ? undefined : spans[best];
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
  const index = indexSpans(spans);
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
    let end = cut;
    while (end > content.tokenStart + 1 && trailingPunct(tokens[end - 1] as Token)) end--;
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
