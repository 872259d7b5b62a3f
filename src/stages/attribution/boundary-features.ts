import { featureFrom, templateState } from '../../learn/hashing.js';
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

/** The hash state of each template (`templateState`), so that a feature costs one mixing step fewer. */
const T = Array.from({ length: 240 }, (_, t) => templateState(t));

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
  out[k++] = featureFrom(T[100] as number, rel);
  out[k++] = featureFrom(T[103] as number, w(c, e), rel);
  out[k++] = featureFrom(T[109] as number, sentEnd, crossed, rel);
  out[k++] = featureFrom(T[110] as number, paraEnd, rel);
  out[k++] = featureFrom(T[111] as number, bal, opening, closing);
  out[k++] = featureFrom(T[112] as number, bal, sentEnd, rel);
  out[k++] = featureFrom(T[113] as number, c.inside[e - 1] as number, e < c.n ? (c.inside[e] as number) : 0, rel);
  out[k++] = featureFrom(T[114] as number, rel, toCue);
  out[k++] = featureFrom(T[115] as number, rel, toSource);
  out[k++] = featureFrom(T[117] as number, len, rel);
  out[k++] = featureFrom(T[118] as number, commas, rel);
  out[k++] = featureFrom(T[121] as number, opening, sentEnd, crossed);
  out[k++] = featureFrom(T[122] as number, rel, toCue, w(c, e));
  out[k++] = featureFrom(T[123] as number, closing, w(c, e), rel);
  out[k++] = featureFrom(T[124] as number, c.punct[e - 1] as number, sentEnd, rel);
  out[k++] = featureFrom(T[125] as number, w(c, e), w(c, e + 1), rel);
  out[k++] = featureFrom(T[126] as number, len, sentEnd, bal);
  out[k++] = featureFrom(T[129] as number, f.cue ? (c.lemma[f.cue.tokenEnd - 1] as number) : 0, sentEnd, rel);
  out[k++] = featureFrom(T[130] as number, crossed, opening, bal);
  const rest = c.wordsAfter[e] as number;
  out[k++] = featureFrom(T[132] as number, bucket(rest), rel);
  out[k++] = featureFrom(T[134] as number, f.cue ? (c.lemma[f.cue.tokenStart] as number) : 0, bucket(rest), rel);
  out[k++] = featureFrom(T[135] as number, c.inside[s] as number, c.inside[e - 1] as number, sentEnd);
  out[k++] = featureFrom(T[138] as number, w(c, s), sentEnd, rel);
  out[k++] = featureFrom(T[139] as number, bucket(e - (f.cue ? f.cue.tokenEnd : s)), rel, sentEnd);
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
  out[k++] = featureFrom(T[200] as number, rel);
  out[k++] = featureFrom(T[201] as number, w(c, s), rel);
  out[k++] = featureFrom(T[203] as number, w(c, s - 1), rel);
  out[k++] = featureFrom(T[209] as number, sentStart, crossed, rel);
  out[k++] = featureFrom(T[210] as number, paraStart, rel);
  out[k++] = featureFrom(T[211] as number, bal, opening, closing);
  out[k++] = featureFrom(T[212] as number, bal, sentStart, rel);
  out[k++] = featureFrom(T[213] as number, s > 0 ? (c.inside[s - 1] as number) : 0, c.inside[s] as number, rel);
  out[k++] = featureFrom(T[214] as number, rel, fromCue);
  out[k++] = featureFrom(T[215] as number, rel, fromSource);
  out[k++] = featureFrom(T[217] as number, len, rel);
  out[k++] = featureFrom(T[218] as number, commas, rel);
  out[k++] = featureFrom(T[221] as number, closing, sentStart, crossed);
  out[k++] = featureFrom(T[222] as number, rel, fromCue, w(c, s));
  out[k++] = featureFrom(T[223] as number, cueLast, w(c, s), fromCue);
  out[k++] = featureFrom(T[224] as number, c.punct[s] as number, sentStart, rel);
  out[k++] = featureFrom(T[225] as number, w(c, s), w(c, s + 1), rel);
  out[k++] = featureFrom(T[226] as number, len, sentStart, bal);
  out[k++] = featureFrom(T[229] as number, cueLast, sentStart, rel);
  out[k++] = featureFrom(T[230] as number, crossed, closing, bal);
  const before = c.wordsBefore[s] as number;
  out[k++] = featureFrom(T[232] as number, bucket(before), rel);
  out[k++] = featureFrom(T[234] as number, cueLast, bucket(before), rel);
  out[k++] = featureFrom(T[235] as number, c.inside[s] as number, c.inside[e - 1] as number, sentStart);
  out[k++] = featureFrom(T[237] as number, w(c, e - 1), sentStart, rel);
  out[k++] = featureFrom(T[238] as number, f.cue ? (c.lemma[f.cue.tokenStart] as number) : 0, w(c, s), rel);
  out[k++] = featureFrom(T[239] as number, bucket(f.cue ? f.cue.tokenStart - e : 0), rel, sentStart);
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
  out[k++] = featureFrom(T[101] as number, w(c, e - 1));
  out[k++] = featureFrom(T[102] as number, p(c, e - 1));
  out[k++] = featureFrom(T[104] as number, p(c, e));
  out[k++] = featureFrom(T[105] as number, w(c, e), w(c, e + 1));
  out[k++] = featureFrom(T[106] as number, p(c, e), p(c, e + 1));
  out[k++] = featureFrom(T[107] as number, p(c, e - 1), p(c, e));
  out[k++] = featureFrom(T[108] as number, w(c, e - 1), w(c, e));
  out[k++] = featureFrom(T[116] as number, bucket(nextCue), sentEnd);
  out[k++] = featureFrom(T[119] as number, p(c, e - 1), w(c, e));
  out[k++] = featureFrom(T[120] as number, w(c, e - 1), p(c, e));
  out[k++] = featureFrom(T[127] as number, w(c, e - 2), w(c, e - 1));
  out[k++] = featureFrom(T[128] as number, bucket(nextCue), w(c, e));
  out[k++] = featureFrom(T[131] as number, p(c, e), p(c, e + 1), p(c, e + 2));
  out[k++] = featureFrom(T[133] as number, bucket(rest), w(c, e), p(c, e + 1));
  out[k++] = featureFrom(T[136] as number, w(c, e), c.cue[e + 1] as number, c.cue[e + 2] as number);
  out[k++] = featureFrom(T[137] as number, p(c, e), p(c, e + 1), c.cue[e + 2] as number);
}

/** Features of a content starting at boundary `s` that depend on `s` alone (the words around it, cue words before it). */
export function startStaticFeatures(c: BoundaryContext, s: number, out: Int32Array): void {
  const paraStart = s <= (c.paraStart[s] as number) ? 1 : 0;
  const sentStart = paraStart || s === 0 || c.sentence[s] !== c.sentence[s - 1] ? 1 : 0;
  const prevCue = c.cueBefore[s] as number;
  const before = c.wordsBefore[s] as number;
  let k = 0;
  out[k++] = featureFrom(T[202] as number, p(c, s));
  out[k++] = featureFrom(T[204] as number, p(c, s - 1));
  out[k++] = featureFrom(T[205] as number, w(c, s - 2), w(c, s - 1));
  out[k++] = featureFrom(T[206] as number, p(c, s - 2), p(c, s - 1));
  out[k++] = featureFrom(T[207] as number, p(c, s - 1), p(c, s));
  out[k++] = featureFrom(T[208] as number, w(c, s - 1), w(c, s));
  out[k++] = featureFrom(T[216] as number, bucket(prevCue), sentStart);
  out[k++] = featureFrom(T[219] as number, p(c, s - 1), w(c, s));
  out[k++] = featureFrom(T[220] as number, w(c, s - 1), p(c, s));
  out[k++] = featureFrom(T[227] as number, w(c, s), w(c, s + 1));
  out[k++] = featureFrom(T[228] as number, bucket(prevCue), w(c, s));
  out[k++] = featureFrom(T[231] as number, p(c, s), p(c, s + 1), p(c, s - 1));
  out[k++] = featureFrom(T[233] as number, bucket(before), w(c, s - 1), p(c, s));
  out[k++] = featureFrom(T[236] as number, w(c, s - 1), c.cue[s - 2] as number, c.cue[s - 3] as number);
}
