/**
 * A half-open range `[start, end)` of UTF-16 code units into a document's text,
 * carrying the text it covers so that a reader never needs the offsets to see it.
 * Invariant: `doc.text.slice(start, end) === span.text`.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A bare range, for positions that are computed and not shown (token boundaries, problems). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Builds the span `[start, end)` over `text`. Throws on a range that is not inside the text. */
export function spanOf(text: string, start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`span [${start}, ${end}) is not inside a text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}

/** True when `inner` lies within `outer` (both half-open). */
export function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when the two ranges share at least one code unit. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Number of code units the two ranges share. */
export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Shrinks `[start, end)` past white space at both ends. */
export function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x2028 || code === 0x2029;
}

/** Orders ranges by start, then longer first: the order every layer is kept in. */
export function byPosition(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end;
}
