import type { Sentence } from '../../doc/layers.js';
import { featureGrid } from '../../learn/hashing.js';
import { DISTANCES, distanceBucket, TAG_VALUES } from './content-features.js';

export const STACKED_K = 8;

// every part of these features is a small integer: their buckets are computed once
const F300 = featureGrid(300, TAG_VALUES);
const F301 = featureGrid(301, TAG_VALUES);
const F302 = featureGrid(302, TAG_VALUES);
const F303 = featureGrid(303, TAG_VALUES, TAG_VALUES, TAG_VALUES);
const F304 = featureGrid(304, DISTANCES);
const F305 = featureGrid(305, DISTANCES);
const F306 = featureGrid(306, DISTANCES, DISTANCES);
const F307 = featureGrid(307, DISTANCES, TAG_VALUES);

/**
 * Features for the second source/cue pass from the content tags: the tags around the token,
 * how far the next content starts on the right ("X said [that …]") and how far the last one
 * ended on the left ("[…,] X said"). (Tags are label indices below 9.)
 */
export function stackedFeatures(qTags: Int8Array, sentences: readonly Sentence[]): Int32Array {
  const n = qTags.length;
  const out = new Int32Array(n * STACKED_K).fill(-1);
  const tag = (i: number): number => (i < 0 || i >= n ? 9 : (qTags[i] as number));
  // the next content start on the right of each token of a sentence
  const nextStart = new Int32Array(n);
  for (const s of sentences) {
    const a = s.tokenStart;
    const b = s.tokenEnd;
    for (let i = b - 1, next = -1; i >= a; i--) {
      nextStart[i] = next;
      if (qTags[i] === 1) next = i;
    }
    let lastEnd = -1;
    for (let i = a; i < b; i++) {
      const o = i * STACKED_K;
      const j = nextStart[i] as number;
      const ns = distanceBucket(j === -1 ? -1 : j - i);
      const le = distanceBucket(lastEnd === -1 ? -1 : i - lastEnd);
      const t = qTags[i] as number;
      const before = tag(i - 1);
      const after = tag(i + 1);
      out[o] = F300[t] as number;
      out[o + 1] = F301[before] as number;
      out[o + 2] = F302[after] as number;
      out[o + 3] = F303[(before * TAG_VALUES + t) * TAG_VALUES + after] as number;
      out[o + 4] = F304[ns] as number;
      out[o + 5] = F305[le] as number;
      out[o + 6] = F306[ns * DISTANCES + le] as number;
      out[o + 7] = F307[ns * TAG_VALUES + t] as number;
      // a content ends at token i when the token after it does not continue it
      if (t !== 0 && tag(i + 1) !== 2) lastEnd = i;
    }
  }
  return out;
}
