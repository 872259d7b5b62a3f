import type { Token } from '../../doc/layers.js';

/** Index of the first token ending after `offset` (binary search); tokens.length when none. */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token range `[a, b)` covering the characters `[start, end)`. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): { a: number; b: number } {
  const a = tokenAtOrAfter(tokens, start);
  let b = a;
  while (b < tokens.length && tokens[b]!.start < end) b++;
  return { a, b };
}
