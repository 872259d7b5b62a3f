import type { Sentence } from '../../doc/layers.js';
import { feature } from '../../learn/hashing.js';

export const CONTENT_K = 12;

/** A token distance in buckets: 0 none, 1–3: 0–2 exact, 4: 3–5, 5: 6–10, 6: farther. */
export function distanceBucket(d: number): number {
  if (d < 0) return 0;
  if (d <= 2) return d + 1;
  if (d <= 5) return 4;
  return d <= 10 ? 5 : 6;
}

/**
 * Features for the content tagger from the source/cue tags: the tags around the token and
 * the distance to the nearest predicted cue and source on either side within the sentence.
 */
export function contentFeatures(scTags: Int8Array, sentences: readonly Sentence[], inside: Uint8Array): Int32Array {
  const n = scTags.length;
  const out = new Int32Array(n * CONTENT_K).fill(-1);
  const tag = (i: number): number => (i < 0 || i >= n ? 9 : (scTags[i] as number));
  const isCue = (i: number): boolean => scTags[i] === 3 || scTags[i] === 4;
  const isSource = (i: number): boolean => scTags[i] === 1 || scTags[i] === 2;
  for (const s of sentences) {
    const len = s.tokenEnd - s.tokenStart;
    const cueLeft = new Int32Array(len).fill(-1);
    const srcLeft = new Int32Array(len).fill(-1);
    const cueRight = new Int32Array(len).fill(-1);
    const srcRight = new Int32Array(len).fill(-1);
    let c = -1;
    let so = -1;
    for (let k = 0; k < len; k++) {
      if (c >= 0) cueLeft[k] = k - c;
      if (so >= 0) srcLeft[k] = k - so;
      if (isCue(s.tokenStart + k)) c = k;
      if (isSource(s.tokenStart + k)) so = k;
    }
    c = -1;
    so = -1;
    for (let k = len - 1; k >= 0; k--) {
      if (c >= 0) cueRight[k] = c - k;
      if (so >= 0) srcRight[k] = so - k;
      if (isCue(s.tokenStart + k)) c = k;
      if (isSource(s.tokenStart + k)) so = k;
    }
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const k = i - s.tokenStart;
      const cl = distanceBucket(cueLeft[k] as number);
      const cr = distanceBucket(cueRight[k] as number);
      out.set(
        [
          feature(100, tag(i)),
          feature(101, tag(i - 1)),
          feature(102, tag(i + 1)),
          feature(103, tag(i - 1), tag(i + 1)),
          feature(104, tag(i - 2)),
          feature(105, cl),
          feature(106, cr),
          feature(107, distanceBucket(srcLeft[k] as number)),
          feature(108, distanceBucket(srcRight[k] as number)),
          feature(109, cl, cr),
          feature(110, cl, inside[i] as number),
          feature(111, cr, inside[i] as number),
        ],
        i * CONTENT_K,
      );
    }
  }
  return out;
}
