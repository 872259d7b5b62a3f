import type { Sentence } from '../../doc/layers.js';
import { feature } from '../../learn/hashing.js';
import { distanceBucket } from './content-features.js';
import { lastBefore, nextAfter } from './features.js';

export const STACKED_K = 8;

/**
 * Features for the second source/cue pass from the content tags: the tags around the token,
 * how far the next content starts on the right ("X said [that …]") and how far the last one
 * ended on the left ("[…,] X said").
 */
export function stackedFeatures(qTags: Int8Array, sentences: readonly Sentence[]): Int32Array {
  const n = qTags.length;
  const out = new Int32Array(n * STACKED_K).fill(-1);
  const tag = (i: number): number => (i < 0 || i >= n ? 9 : (qTags[i] as number));
  for (const s of sentences) {
    const len = s.tokenEnd - s.tokenStart;
    const nextStart = nextAfter(len, (k) => qTags[s.tokenStart + k] === 1);
    const lastEnd = lastBefore(len, (k) => qTags[s.tokenStart + k] !== 0 && tag(s.tokenStart + k + 1) !== 2);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const k = i - s.tokenStart;
      const ns = distanceBucket(nextStart[k] === -1 ? -1 : (nextStart[k] as number) - k);
      const le = distanceBucket(lastEnd[k] === -1 ? -1 : k - (lastEnd[k] as number));
      out.set(
        [
          feature(300, tag(i)),
          feature(301, tag(i - 1)),
          feature(302, tag(i + 1)),
          feature(303, tag(i - 1), tag(i), tag(i + 1)),
          feature(304, ns),
          feature(305, le),
          feature(306, ns, le),
          feature(307, ns, tag(i)),
        ],
        i * STACKED_K,
      );
    }
  }
  return out;
}
