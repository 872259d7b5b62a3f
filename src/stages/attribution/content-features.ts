import type { Sentence } from '../../doc/layers.js';
import { featureGrid } from '../../learn/hashing.js';

export const CONTENT_K = 12;

/** A token distance in buckets: 0 none, 1–3: 0–2 exact, 4: 3–5, 5: 6–10, 6: farther. */
export function distanceBucket(d: number): number {
  if (d < 0) return 0;
  if (d <= 2) return d + 1;
  if (d <= 5) return 4;
  return d <= 10 ? 5 : 6;
}

/** Tags as feature parts: a label index, or 9 beyond the document. */
export const TAG_VALUES = 10;
/** `distanceBucket` values. */
export const DISTANCES = 7;

// every part of these features is a small integer: their buckets are computed once
const F100 = featureGrid(100, TAG_VALUES);
const F101 = featureGrid(101, TAG_VALUES);
const F102 = featureGrid(102, TAG_VALUES);
const F103 = featureGrid(103, TAG_VALUES, TAG_VALUES);
const F104 = featureGrid(104, TAG_VALUES);
const F105 = featureGrid(105, DISTANCES);
const F106 = featureGrid(106, DISTANCES);
const F107 = featureGrid(107, DISTANCES);
const F108 = featureGrid(108, DISTANCES);
const F109 = featureGrid(109, DISTANCES, DISTANCES);
const F110 = featureGrid(110, DISTANCES, 2);
const F111 = featureGrid(111, DISTANCES, 2);

/** `distanceBucket` of how far `j` (−1: none) lies from `i`. */
function away(j: number, i: number): number {
  return j === -1 ? 0 : distanceBucket(j > i ? j - i : i - j);
}

/**
 * Features for the content tagger from the source/cue tags: the tags around the token and
 * the distance to the nearest predicted cue and source on either side within the sentence.
 * (Tags are label indices below 9; `inside` is 0 or 1.)
 */
export function contentFeatures(scTags: Int8Array, sentences: readonly Sentence[], inside: Uint8Array): Int32Array {
  const n = scTags.length;
  const out = new Int32Array(n * CONTENT_K).fill(-1);
  const tag = (i: number): number => (i < 0 || i >= n ? 9 : (scTags[i] as number));
  // the nearest cue and source on the right of each token of a sentence
  const cueRight = new Int32Array(n);
  const srcRight = new Int32Array(n);
  for (const s of sentences) {
    const a = s.tokenStart;
    const b = s.tokenEnd;
    for (let i = b - 1, cue = -1, src = -1; i >= a; i--) {
      cueRight[i] = cue;
      srcRight[i] = src;
      const t = scTags[i] as number;
      if (t === 3 || t === 4) cue = i;
      else if (t === 1 || t === 2) src = i;
    }
    let cueLeft = -1;
    let srcLeft = -1;
    for (let i = a; i < b; i++) {
      const o = i * CONTENT_K;
      const cl = away(cueLeft, i);
      const cr = away(cueRight[i] as number, i);
      const before = tag(i - 1);
      const after = tag(i + 1);
      const ins = inside[i] as number;
      const t = scTags[i] as number;
      out[o] = F100[t] as number;
      out[o + 1] = F101[before] as number;
      out[o + 2] = F102[after] as number;
      out[o + 3] = F103[before * TAG_VALUES + after] as number;
      out[o + 4] = F104[tag(i - 2)] as number;
      out[o + 5] = F105[cl] as number;
      out[o + 6] = F106[cr] as number;
      out[o + 7] = F107[away(srcLeft, i)] as number;
      out[o + 8] = F108[away(srcRight[i] as number, i)] as number;
      out[o + 9] = F109[cl * DISTANCES + cr] as number;
      out[o + 10] = F110[cl * 2 + ins] as number;
      out[o + 11] = F111[cr * 2 + ins] as number;
      if (t === 3 || t === 4) cueLeft = i;
      else if (t === 1 || t === 2) srcLeft = i;
    }
  }
  return out;
}
