import type { Sentence, Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';
import { IntervalIndex } from '../shared/interval-index.js';
import { type LinkedSpans, withoutTrailingPunct } from './linked-spans.js';

const MIN_CONTENT = 3;

/** Position of the first item in `items` under each key (what `items.find` would return). */
function firstBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T> {
  const map = new Map<number, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

/**
 * A cue the tagger found with no content: the content is taken from the sentence by the two
 * news patterns, "CONTENT, SOURCE said." (everything before the comma) and "SOURCE said
 * CONTENT." (everything after the cue, final punctuation left out). With `learned` (the
 * spans come from the learned taggers) the second pattern is kept only nested in another
 * content: on its own, after a tagger that saw the sentence and tagged no content, it is
 * right a third of the time (PolNeAR train 15 of 45, dev 3 of 8).
 */
export function orphanCues(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  spans: readonly TaggedSpan[],
  linked: readonly LinkedSpans[],
  learned = false,
): LinkedSpans[] {
  const usedCues = new Set(linked.flatMap((l) => (l.cue ? [l.cue.tokenStart] : [])));
  const contents = linked.map((l) => l.content);
  const sources = spans.filter((s) => s.kind === 'S');
  // Indexes instead of a scan of every source and content per cue (quadratic on a transcript).
  const sourceEndingAt = firstBy(sources, (s) => s.tokenEnd);
  const sourceStartingAt = firstBy(sources, (s) => s.tokenStart);
  const byContent = new IntervalIndex(contents.map((c) => ({ start: c.tokenStart, end: c.tokenEnd })));
  const out: LinkedSpans[] = [];
  for (const cue of spans) {
    if (cue.kind !== 'C' || usedCues.has(cue.tokenStart)) continue;
    const sentence = sentences[(tokens[cue.tokenStart] as Token).sentence];
    if (!sentence) continue;
    const source = sourceEndingAt.get(cue.tokenStart) ?? sourceStartingAt.get(cue.tokenEnd) ?? null;
    if (!source) continue;
    const before = Math.min(source.tokenStart, cue.tokenStart);
    const after = Math.max(source.tokenEnd, cue.tokenEnd);
    let content: TaggedSpan | null = null;
    let rule = '';
    const comma = before - 1;
    if (comma - sentence.tokenStart >= MIN_CONTENT && /^[,”"]$/.test((tokens[comma] as Token).text)) {
      let end = comma;
      // a quotation closed after its comma keeps both marks: “…,” he said
      if ((tokens[comma] as Token).text !== ',') end = comma + 1;
      content = { kind: 'Q', tokenStart: sentence.tokenStart, tokenEnd: end };
      rule = 'attribution/postposed-cue';
    } else if (source.tokenEnd <= cue.tokenStart) {
      const end = withoutTrailingPunct(tokens, after, sentence.tokenEnd);
      if (end - after >= MIN_CONTENT) {
        content = { kind: 'Q', tokenStart: after, tokenEnd: end };
        rule = 'attribution/preposed-cue';
      }
    }
    if (!content) continue;
    // nested: "X said that Y told him that Z" — an orphan cue inside another content reports
    // the rest of that content
    const outerAt = byContent.first(cue.tokenStart, cue.tokenEnd - 1);
    const outer = outerAt < 0 ? undefined : contents[outerAt];
    if (outer) {
      if (rule !== 'attribution/preposed-cue' || content.tokenStart >= outer.tokenEnd) continue;
      content = { ...content, tokenEnd: Math.min(content.tokenEnd, outer.tokenEnd) };
      out.push({ content, cue, source, rule: 'attribution/nested-cue' });
      continue;
    }
    if (byContent.first(content.tokenEnd, content.tokenStart) >= 0) continue;
    if (learned && rule === 'attribution/preposed-cue') continue;
    out.push({ content, cue, source, rule });
  }
  return out;
}
