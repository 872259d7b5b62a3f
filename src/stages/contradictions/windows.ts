import type { Sentence } from '../../doc/layers.js';
import type { PairContext } from './context.js';

/**
 * Most claims the pair rules compare at once. The rules compare every claim with every
 * other (a denial with each account, figures with figures), so a long transcript would
 * cost the square of its length: past this many claims, the document is read in windows
 * of this many claims, each overlapping the next by half, and two claims more than about
 * half a window apart are not compared. An article of normal length (the largest of
 * PolNeAR has a few hundred claims) is one window: its pairs are those of the whole.
 */
export const WINDOW_CLAIMS = 400;

/** The last index of `starts` (ascending) whose value is at most `at`; −1 when none. */
function lastAtOrBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The contexts the pair rules read: `ctx` itself when it holds at most `size` claims, else
 * windows. The text is cut into segments of `size / 2` claims each (by where claims start);
 * window k holds segments k and k + 1: their claims (in the document's order) and the
 * sentences that start in them. Tokens, entities and the text stay whole.
 */
export function pairWindows(ctx: PairContext, size: number = WINDOW_CLAIMS): PairContext[] {
  if (ctx.claims.length <= size) return [ctx];
  const half = Math.max(1, Math.floor(size / 2));
  const byStart = ctx.claims.map((c) => c.span.start).sort((x, y) => x - y);
  // segment j covers offsets [bounds[j], bounds[j + 1])
  const bounds: number[] = [Number.NEGATIVE_INFINITY];
  for (let k = half; k < byStart.length; k += half) bounds.push(byStart[k] as number);
  const segments = bounds.length;
  // claims by index into ctx.claims, so that a window keeps the document's order
  const claimsIn: number[][] = Array.from({ length: segments }, () => []);
  ctx.claims.forEach((c, i) => {
    (claimsIn[Math.max(0, lastAtOrBefore(bounds, c.span.start))] as number[]).push(i);
  });
  const sentencesIn: Sentence[][] = Array.from({ length: segments }, () => []);
  for (const s of ctx.sentences) (sentencesIn[Math.max(0, lastAtOrBefore(bounds, s.start))] as Sentence[]).push(s);
  const windows: PairContext[] = [];
  for (let k = 0; k + 1 < segments; k++) {
    const indices = [...(claimsIn[k] as number[]), ...(claimsIn[k + 1] as number[])].sort((x, y) => x - y);
    windows.push({
      ...ctx,
      claims: indices.map((i) => ctx.claims[i] as PairContext['claims'][number]),
      sentences: [...(sentencesIn[k] as Sentence[]), ...(sentencesIn[k + 1] as Sentence[])],
    });
  }
  return windows;
}
