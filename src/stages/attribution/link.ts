import type { Sentence, Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';
import { IntervalIndex } from '../shared/interval-index.js';
import { isDateToken } from './cue-extent.js';
import { RELATIVE_PRONOUNS } from './lexicon.js';
import { beforeName, type LinkedSpans, within } from './linked-spans.js';

/** Tokens between two spans (0 when they touch or nest). */
function gap(a: TaggedSpan, b: TaggedSpan): number {
  if (a.tokenEnd <= b.tokenStart) return b.tokenStart - a.tokenEnd;
  if (b.tokenEnd <= a.tokenStart) return a.tokenStart - b.tokenEnd;
  return 0;
}

function sentenceOf(tokens: readonly Token[], i: number): number {
  return (tokens[i] as Token).sentence;
}

/** Within a sentence of the content, and in one of its paragraphs. */
function near(tokens: readonly Token[], sentences: readonly Sentence[], content: TaggedSpan, other: TaggedSpan): boolean {
  const paragraph = (i: number): number => (sentences[sentenceOf(tokens, i)] as Sentence).paragraph;
  const p = paragraph(other.tokenStart);
  if (p < paragraph(content.tokenStart) || p > paragraph(content.tokenEnd - 1)) return false;
  const first = sentenceOf(tokens, content.tokenStart) - 1;
  const last = sentenceOf(tokens, content.tokenEnd - 1) + 1;
  const s = sentenceOf(tokens, other.tokenStart);
  return s >= first && s <= last;
}

const MAX_CUE_GAP = 12;

const MAX_FRAGMENT_GAP = 4;
const MAX_SOURCE_GAP = 10;

/**
 * Links tagged spans into attributions: each content takes the nearest free cue (one to one,
 * nearest pairs first, within a sentence of the content), and each cue the nearest source in
 * its own sentence outside the content. Contents left without a cue are returned with cue null.
 */
export function linkSpans(tokens: readonly Token[], sentences: readonly Sentence[], spans: readonly TaggedSpan[]): LinkedSpans[] {
  const contents = mergeFragments(tokens, spans);
  const cues = spans.filter((s) => s.kind === 'C');
  const sources = spans.filter((s) => s.kind === 'S');
  // the sources of each sentence, in their order (was: every source for every content)
  const sourcesIn = new Map<number, TaggedSpan[]>();
  for (const s of sources) {
    const k = sentenceOf(tokens, s.tokenStart);
    const list = sourcesIn.get(k);
    if (list) list.push(s);
    else sourcesIn.set(k, [s]);
  }
  const pairs: { q: number; c: number; d: number }[] = [];
  const nearby = new IntervalIndex(cues.map((c) => ({ start: c.tokenStart, end: c.tokenEnd })));
  contents.forEach((q, qi) => {
    // only cues within MAX_CUE_GAP tokens can pair (was: every cue for every content)
    for (const ci of nearby.all(q.tokenEnd + MAX_CUE_GAP + 1, q.tokenStart - MAX_CUE_GAP - 1)) {
      const c = cues[ci] as TaggedSpan;
      const inside = within(c, q);
      // a cue before its content is the commoner order (PolNeAR train: about five to one)
      const d = inside ? 4 : gap(q, c) + (c.tokenStart >= q.tokenEnd ? 1.5 : 0);
      if (d <= MAX_CUE_GAP && near(tokens, sentences, q, c) && !insideSubject(tokens, sourcesIn, q, c)) pairs.push({ q: qi, c: ci, d });
    }
  });
  pairs.sort((a, b) => a.d - b.d || a.q - b.q || a.c - b.c);
  const cueOf = new Map<number, number>();
  const usedCue = new Set<number>();
  for (const p of pairs) {
    if (cueOf.has(p.q) || usedCue.has(p.c)) continue;
    cueOf.set(p.q, p.c);
    usedCue.add(p.c);
  }
  return contents.map((found, qi) => {
    const ci = cueOf.get(qi);
    if (ci === undefined) return { content: found, cue: null, source: null, rule: 'attribution/model-content-only' };
    const cue = cues[ci] as TaggedSpan;
    // a content run on over its own cue to the sentence's end ("…, Okafor said on Thursday"): the cue ends it
    const q = endsWithCue(tokens, found, cue) ? { ...found, tokenEnd: cue.tokenStart } : found;
    let content = q;
    let source: TaggedSpan | null = null;
    let best = Number.POSITIVE_INFINITY;
    const cueInside = within(cue, q);
    for (const s of sourcesIn.get(sentenceOf(tokens, cue.tokenStart)) ?? []) {
      const inside = within(s, q);
      // a source at the very end of a content before its cue ("…, Ortiz said") bounds the content
      const closesContent = inside && s.tokenEnd === q.tokenEnd && cue.tokenStart === s.tokenEnd;
      if (inside && !cueInside && !closesContent) continue;
      const d = gap(s, cue) + (s.tokenStart > cue.tokenStart ? 0.5 : 0);
      if (d < best && d <= MAX_SOURCE_GAP) {
        best = d;
        source = s;
      }
    }
    const runsIntoSource = source !== null && (source.tokenEnd === q.tokenEnd || source.tokenStart === q.tokenEnd);
    if (source && runsIntoSource && source.tokenStart > q.tokenStart && !cueInside) {
      // "…, Harbor Commissioner Dana| Ortiz said", "…, union leader Teresa| Okafor said":
      // the name phrase back to the comma is the source's
      let end = source.tokenStart;
      const k = beforeName(tokens, q.tokenStart, end - 1);
      if (k > q.tokenStart && (tokens[k] as Token).text === ',' && end - k <= 8) end = k;
      content = { ...q, tokenEnd: end };
    }
    return { content, cue, source, rule: 'attribution/model' };
  });
}

/**
 * "S, which represents 40,000 farms, said …": a content in a relative clause between a
 * source and its cue (only punctuation between the content and the cue, a relative pronoun
 * between the source and the content) sits inside the subject's phrase and is not what the
 * cue attributes.
 */
function insideSubject(
  tokens: readonly Token[],
  sourcesIn: ReadonlyMap<number, readonly TaggedSpan[]>,
  q: TaggedSpan,
  c: TaggedSpan,
): boolean {
  if (c.tokenStart < q.tokenEnd) return false;
  for (let i = q.tokenEnd; i < c.tokenStart; i++) if ((tokens[i] as Token).pos !== 'PUNCT') return false;
  const sentence = sentenceOf(tokens, q.tokenStart);
  return (sourcesIn.get(sentence) ?? []).some((s) => {
    if (s.tokenEnd > q.tokenStart) return false;
    for (let i = s.tokenEnd; i < q.tokenStart; i++) if (RELATIVE_PRONOUNS.has((tokens[i] as Token).text.toLowerCase())) return true;
    return false;
  });
}

/** The cue lies inside the content and only the time of saying and final punctuation (or nothing) follow it there. */
function endsWithCue(tokens: readonly Token[], q: TaggedSpan, cue: TaggedSpan): boolean {
  if (cue.tokenStart <= q.tokenStart || cue.tokenEnd > q.tokenEnd) return false;
  for (let i = cue.tokenEnd; i < q.tokenEnd; i++) {
    const t = tokens[i] as Token;
    const timeOfSaying = isDateToken(t) || /^(on|last|this|earlier)$/i.test(t.text);
    if ((t.pos !== 'PUNCT' && !timeOfSaying) || /^[“"‘]$/.test(t.text)) return false;
  }
  return true;
}

/**
 * Content fragments the tagger broke apart by a few stray O tags ("that taxes | will fall") are
 * joined when at most four tokens, none of them a source or cue, lie between them in one
 * sentence.
 */
function mergeFragments(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const others = spans.filter((s) => s.kind !== 'Q');
  const out: TaggedSpan[] = [];
  for (const q of spans.filter((s) => s.kind === 'Q')) {
    const prev = out[out.length - 1];
    if (
      prev &&
      q.tokenStart - prev.tokenEnd <= MAX_FRAGMENT_GAP &&
      sentenceOf(tokens, prev.tokenEnd - 1) === sentenceOf(tokens, q.tokenStart) &&
      !others.some((o) => o.tokenStart < q.tokenStart && prev.tokenEnd < o.tokenEnd)
    ) {
      out[out.length - 1] = { ...prev, tokenEnd: q.tokenEnd };
      continue;
    }
    out.push(q);
  }
  return out;
}
