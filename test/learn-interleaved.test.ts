import { describe, expect, it } from 'vitest';
import { BUCKETS } from '../src/learn/hashing.js';
import { type InterleavedTaggers, staticScores } from '../src/learn/interleaved.js';

/** A table of `stride` labels a row with weights in a few rows, as int16 and as float32 (the two paths of staticScores). */
function tables(stride: number): { int16: InterleavedTaggers; float32: InterleavedTaggers } {
  const w16 = new Int16Array(BUCKETS * stride);
  const used = new Uint32Array(BUCKETS >>> 5);
  const rows = [3, 40, 41, 999, BUCKETS - 1];
  rows.forEach((f, r) => {
    for (let l = 0; l < stride; l++)
      w16[f * stride + l] = ((r + 1) * 7919 * (l + 3)) % 65536 > 32767 ? -(l + r + 1) * 1000 : (l + 1) * (r + 2) * 911;
    used[f >>> 5] = (used[f >>> 5] as number) | (1 << (f & 31));
  });
  w16[40 * stride] = 32767; // the extremes of int16
  w16[41 * stride] = -32768;
  const scales = Float64Array.from({ length: stride }, (_, l) => 1 / (317 + l * 13));
  const common = { scales, stride, offsets: [0], used };
  return { int16: { ...common, weights: w16 }, float32: { ...common, weights: Float32Array.from(w16) } };
}

const K = 4;
const ids = Int32Array.from([
  // token 0: rows with weights
  3,
  40,
  41,
  999,
  // token 1: none (−1), a row without a weight, the last bucket
  -1,
  7,
  BUCKETS - 1,
  -1,
  // token 2: nothing at all
  -1,
  -1,
  -1,
  -1,
  // token 3: the same row twice
  40,
  40,
  12345,
  3,
]);

describe('learn/interleaved: staticScores sums int16 rows in integers, the same numbers as in floats', () => {
  it.each([1, 2, 3, 4, 5, 8, 9, 13, 16])('stride %i', (stride) => {
    const { int16, float32 } = tables(stride);
    const a = staticScores(ids, K, int16);
    const b = staticScores(ids, K, float32);
    expect(a.length).toBe(4 * stride);
    for (let i = 0; i < a.length; i++) expect(Object.is(a[i], b[i])).toBe(true);
    // a token with no row that holds weights scores +0 everywhere
    for (let l = 0; l < stride; l++) expect(Object.is(a[2 * stride + l], 0)).toBe(true);
  });

  it('label 0 of token 3 is twice row 40 plus row 3, scaled', () => {
    const { int16 } = tables(5);
    const w = int16.weights;
    const want = (2 * (w[40 * 5] as number) + (w[3 * 5] as number)) * (int16.scales[0] as number);
    expect(staticScores(ids, K, int16)[3 * 5]).toBe(want);
  });
});
