import type { Range } from '../../doc/span.js';

/**
 * The stretches of text inside quotation marks: “…” pairs, and straight quotes taken in
 * turns. A paragraph break closes a quote left open (news style reopens it).
 */
export function quotedRanges(text: string): Range[] {
  const out: Range[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || (c === 34 && open < 0)) {
      if (open < 0) open = i;
    } else if (c === 0x201d || c === 34) {
      if (open >= 0) out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === 10 && open >= 0 && text.charCodeAt(i + 1) === 10) {
      out.push({ start: open, end: i });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}

/** A test "is this offset quoted?" over sorted ranges. */
export function quotedTest(ranges: readonly Range[]): (offset: number) => boolean {
  return (offset) => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ranges[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const r = ranges[lo];
    return r !== undefined && r.start <= offset && offset < r.end;
  };
}
