import type { Sentence } from '../../doc/layers.js';
import { feature } from '../../learn/hashing.js';
import { lastBefore, nextAfter } from './features.js';

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
    const cue = (k: number): boolean => isCue(s.tokenStart + k);
    const source = (k: number): boolean => isSource(s.tokenStart + k);
    const [cueLeft, srcLeft] = [lastBefore(len, cue), lastBefore(len, source)];
    const [cueRight, srcRight] = [nextAfter(len, cue), nextAfter(len, source)];
    const d = (nearest: Int32Array, k: number): number => distanceBucket(nearest[k] === -1 ? -1 : Math.abs(k - (nearest[k] as number)));
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const k = i - s.tokenStart;
      const cl = d(cueLeft, k);
      const cr = d(cueRight, k);
      out.set(
        [
          feature(100, tag(i)),
          feature(101, tag(i - 1)),
          feature(102, tag(i + 1)),
          feature(103, tag(i - 1), tag(i + 1)),
          feature(104, tag(i - 2)),
          feature(105, cl),
          feature(106, cr),
          feature(107, d(srcLeft, k)),
          feature(108, d(srcRight, k)),
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
