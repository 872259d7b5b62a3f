import { feature } from '../../learn/hashing.js';
import { BOUNDARY_BOP, BOUNDARY_EOP, type BoundaryContext } from './boundary-context.js';

/** A content's frame as token ranges: the cue and source it is linked to (either may be absent). */
export interface BoundaryFrame {
  readonly cue: { readonly tokenStart: number; readonly tokenEnd: number } | null;
  readonly source: { readonly tokenStart: number; readonly tokenEnd: number } | null;
}

/** Features per candidate; unused slots are −1. */
export const BOUNDARY_K = 40;
/** Of which the first depend on the candidate's position alone (`boundary-features.ts`). */
export const END_STATIC_K = 16;
export const START_STATIC_K = 14;

/** 0 none, 1–3 exact, 4: 4–6, 5: 7–12, 6: 13–25, 7: farther. */
export function bucket(d: number): number {
  if (d <= 0) return d === 0 ? 0 : -bucket(-d);
  if (d <= 3) return d;
  if (d <= 6) return 4;
  if (d <= 12) return 5;
  return d <= 25 ? 6 : 7;
}

export const w = (c: BoundaryContext, i: number): number => (i < 0 ? BOUNDARY_BOP : i >= c.n ? BOUNDARY_EOP : (c.lower[i] as number));
export const p = (c: BoundaryContext, i: number): number => (i < 0 ? BOUNDARY_BOP : i >= c.n ? BOUNDARY_EOP : (c.pos[i] as number));

/** Where the content lies against its cue: 0 no cue, 1 after it, 2 before it, 3 around it. */
function relation(f: BoundaryFrame, s: number, e: number): number {
  if (!f.cue) return 0;
  if (f.cue.tokenEnd <= s) return 1;
  if (f.cue.tokenStart >= e) return 2;
  return 3;
}

/** Quotation marks in `[s, e)`: 0 balanced, 1 more opened, 2 more closed. */
function balance(c: BoundaryContext, s: number, e: number): number {
  const d = (c.opens[e] as number) - (c.opens[s] as number) - ((c.closes[e] as number) - (c.closes[s] as number));
  return d === 0 ? 0 : d > 0 ? 1 : 2;
}

/**
 * Features of "the content `[s, e)` ends at `e`" (the end ranker; `s` is fixed) that depend on
 * `s` and the frame: sentences and paragraphs crossed, quotation balance, where the cue
 * and source lie, cue words after the boundary.
 */
export function endFrameFeatures(c: BoundaryContext, f: BoundaryFrame, s: number, e: number, out: Int32Array, from: number): void {
  const rel = relation(f, s, e);
  const paraEnd = e >= (c.paraEnd[s] as number) ? 1 : 0;
  const sentEnd = paraEnd || c.sentence[e] !== c.sentence[e - 1] ? 1 : 0;
  const crossed = Math.min(3, (c.sentence[e - 1] as number) - (c.sentence[s] as number));
  const bal = balance(c, s, e);
  const closing = c.marks[e - 1] === 2 ? 1 : 0;
  const opening = c.marks[s] === 1 ? 1 : 0;
  const toCue = f.cue ? bucket(f.cue.tokenStart - e) : 9;
  const toSource = f.source ? bucket(f.source.tokenStart - e) : 9;
  const len = Math.min(9, Math.floor(Math.log2(e - s)));
  const commas = Math.min(4, (c.commas[e] as number) - (c.commas[s] as number));
  let k = from;
  out[k++] = feature(100, rel);
  out[k++] = feature(103, w(c, e), rel);
  out[k++] = feature(109, sentEnd, crossed, rel);
  out[k++] = feature(110, paraEnd, rel);
  out[k++] = feature(111, bal, opening, closing);
  out[k++] = feature(112, bal, sentEnd, rel);
  out[k++] = feature(113, c.inside[e - 1] as number, e < c.n ? (c.inside[e] as number) : 0, rel);
  out[k++] = feature(114, rel, toCue);
  out[k++] = feature(115, rel, toSource);
  out[k++] = feature(117, len, rel);
  out[k++] = feature(118, commas, rel);
  out[k++] = feature(121, opening, sentEnd, crossed);
  out[k++] = feature(122, rel, toCue, w(c, e));
  out[k++] = feature(123, closing, w(c, e), rel);
  out[k++] = feature(124, c.punct[e - 1] as number, sentEnd, rel);
  out[k++] = feature(125, w(c, e), w(c, e + 1), rel);
  out[k++] = feature(126, len, sentEnd, bal);
  out[k++] = feature(129, f.cue ? (c.lemma[f.cue.tokenEnd - 1] as number) : 0, sentEnd, rel);
  out[k++] = feature(130, crossed, opening, bal);
  const rest = c.wordsAfter[e] as number;
  out[k++] = feature(132, bucket(rest), rel);
  out[k++] = feature(134, f.cue ? (c.lemma[f.cue.tokenStart] as number) : 0, bucket(rest), rel);
  out[k++] = feature(135, c.inside[s] as number, c.inside[e - 1] as number, sentEnd);
  out[k++] = feature(138, w(c, s), sentEnd, rel);
  out[k++] = feature(139, bucket(e - (f.cue ? f.cue.tokenEnd : s)), rel, sentEnd);
}

/**
 * Features of "the content `[s, e)` starts at `s`" (the start ranker; `e` is fixed) that depend
 * on `e` and the frame: the cue's last word against the first word, distances to cue and
 * source, sentences crossed, quotation balance.
 */
export function startFrameFeatures(c: BoundaryContext, f: BoundaryFrame, s: number, e: number, out: Int32Array, from: number): void {
  const rel = relation(f, s, e);
  const paraStart = s <= (c.paraStart[e - 1] as number) ? 1 : 0;
  const sentStart = paraStart || s === 0 || c.sentence[s] !== c.sentence[s - 1] ? 1 : 0;
  const crossed = Math.min(3, (c.sentence[e - 1] as number) - (c.sentence[s] as number));
  const bal = balance(c, s, e);
  const closing = c.marks[e - 1] === 2 ? 1 : 0;
  const opening = c.marks[s] === 1 ? 1 : 0;
  const fromCue = f.cue ? bucket(s - f.cue.tokenEnd) : 9;
  const fromSource = f.source ? bucket(s - f.source.tokenEnd) : 9;
  const cueLast = f.cue ? (c.lemma[f.cue.tokenEnd - 1] as number) : 0;
  const len = Math.min(9, Math.floor(Math.log2(e - s)));
  const commas = Math.min(4, (c.commas[e] as number) - (c.commas[s] as number));
  let k = from;
  out[k++] = feature(200, rel);
  out[k++] = feature(201, w(c, s), rel);
  out[k++] = feature(203, w(c, s - 1), rel);
  out[k++] = feature(209, sentStart, crossed, rel);
  out[k++] = feature(210, paraStart, rel);
  out[k++] = feature(211, bal, opening, closing);
  out[k++] = feature(212, bal, sentStart, rel);
  out[k++] = feature(213, s > 0 ? (c.inside[s - 1] as number) : 0, c.inside[s] as number, rel);
  out[k++] = feature(214, rel, fromCue);
  out[k++] = feature(215, rel, fromSource);
  out[k++] = feature(217, len, rel);
  out[k++] = feature(218, commas, rel);
  out[k++] = feature(221, closing, sentStart, crossed);
  out[k++] = feature(222, rel, fromCue, w(c, s));
  out[k++] = feature(223, cueLast, w(c, s), fromCue);
  out[k++] = feature(224, c.punct[s] as number, sentStart, rel);
  out[k++] = feature(225, w(c, s), w(c, s + 1), rel);
  out[k++] = feature(226, len, sentStart, bal);
  out[k++] = feature(229, cueLast, sentStart, rel);
  out[k++] = feature(230, crossed, closing, bal);
  const before = c.wordsBefore[s] as number;
  out[k++] = feature(232, bucket(before), rel);
  out[k++] = feature(234, cueLast, bucket(before), rel);
  out[k++] = feature(235, c.inside[s] as number, c.inside[e - 1] as number, sentStart);
  out[k++] = feature(237, w(c, e - 1), sentStart, rel);
  out[k++] = feature(238, f.cue ? (c.lemma[f.cue.tokenStart] as number) : 0, w(c, s), rel);
  out[k++] = feature(239, bucket(f.cue ? f.cue.tokenStart - e : 0), rel, sentStart);
}

/**
 * Features of a content ending at boundary `e` that depend on `e` alone (the words around it,
 * cue words after it): the same for every start, so a document's scores of them are cached.
 */
export function endStaticFeatures(c: BoundaryContext, e: number, out: Int32Array): void {
  const paraEnd = e >= (c.paraEnd[e - 1] as number) ? 1 : 0;
  const sentEnd = paraEnd || c.sentence[e] !== c.sentence[e - 1] ? 1 : 0;
  const nextCue = c.cueAfter[e] as number;
  const rest = c.wordsAfter[e] as number;
  let k = 0;
  out[k++] = feature(101, w(c, e - 1));
  out[k++] = feature(102, p(c, e - 1));
  out[k++] = feature(104, p(c, e));
  out[k++] = feature(105, w(c, e), w(c, e + 1));
  out[k++] = feature(106, p(c, e), p(c, e + 1));
  out[k++] = feature(107, p(c, e - 1), p(c, e));
  out[k++] = feature(108, w(c, e - 1), w(c, e));
  out[k++] = feature(116, bucket(nextCue), sentEnd);
  out[k++] = feature(119, p(c, e - 1), w(c, e));
  out[k++] = feature(120, w(c, e - 1), p(c, e));
  out[k++] = feature(127, w(c, e - 2), w(c, e - 1));
  out[k++] = feature(128, bucket(nextCue), w(c, e));
  out[k++] = feature(131, p(c, e), p(c, e + 1), p(c, e + 2));
  out[k++] = feature(133, bucket(rest), w(c, e), p(c, e + 1));
  out[k++] = feature(136, w(c, e), c.cue[e + 1] as number, c.cue[e + 2] as number);
  out[k++] = feature(137, p(c, e), p(c, e + 1), c.cue[e + 2] as number);
}

/** Features of a content starting at boundary `s` that depend on `s` alone (the words around it, cue words before it). */
export function startStaticFeatures(c: BoundaryContext, s: number, out: Int32Array): void {
  const paraStart = s <= (c.paraStart[s] as number) ? 1 : 0;
  const sentStart = paraStart || s === 0 || c.sentence[s] !== c.sentence[s - 1] ? 1 : 0;
  const prevCue = c.cueBefore[s] as number;
  const before = c.wordsBefore[s] as number;
  let k = 0;
  out[k++] = feature(202, p(c, s));
  out[k++] = feature(204, p(c, s - 1));
  out[k++] = feature(205, w(c, s - 2), w(c, s - 1));
  out[k++] = feature(206, p(c, s - 2), p(c, s - 1));
  out[k++] = feature(207, p(c, s - 1), p(c, s));
  out[k++] = feature(208, w(c, s - 1), w(c, s));
  out[k++] = feature(216, bucket(prevCue), sentStart);
  out[k++] = feature(219, p(c, s - 1), w(c, s));
  out[k++] = feature(220, w(c, s - 1), p(c, s));
  out[k++] = feature(227, w(c, s), w(c, s + 1));
  out[k++] = feature(228, bucket(prevCue), w(c, s));
  out[k++] = feature(231, p(c, s), p(c, s + 1), p(c, s - 1));
  out[k++] = feature(233, bucket(before), w(c, s - 1), p(c, s));
  out[k++] = feature(236, w(c, s - 1), c.cue[s - 2] as number, c.cue[s - 3] as number);
}
