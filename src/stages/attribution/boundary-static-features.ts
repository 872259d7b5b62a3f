import { feature } from '../../learn/hashing.js';
import type { BoundaryContext } from './boundary-context.js';
import { bucket, p, w } from './boundary-features.js';

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
