import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './link.js';
import type { TaggedSpan } from './tagger.js';

const trailingPunct = (t: Token): boolean => t.pos === 'PUNCT' && !/^[”"’]$/.test(t.text);

/** The source right before a cue (touching, or one or two tokens away). */
function sourceBefore(spans: readonly TaggedSpan[], cue: TaggedSpan): TaggedSpan | null {
  return (
    spans.find((s) => s.kind === 'S' && s.tokenEnd === cue.tokenStart) ??
    spans.find((s) => s.kind === 'S' && s.tokenEnd <= cue.tokenStart && cue.tokenStart - s.tokenEnd <= 2) ??
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
      ? spans.find((s) => unused(s) && s.tokenEnd <= content.tokenStart && content.tokenStart - s.tokenEnd <= 3)
      : spans.find((s) => unused(s) && s.tokenStart >= content.tokenEnd && s.tokenStart - content.tokenEnd <= 3);
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
      out.push({ content: head, cue: other, source: sourceBefore(spans, other), rule });
      out.push({ ...l, content: tail });
    } else {
      out.push({ ...l, content: head });
      out.push({ content: tail, cue: other, source: sourceBefore(spans, other), rule });
    }
  }
  return out;
}
