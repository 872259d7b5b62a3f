import { describe, expect, it } from 'vitest';
import { exactSums, float32LowBound, grid, lowExponent } from '../src/stages/entities/ner/exact-sums.js';
import {
  contextFeatures,
  MAX_FEATURES,
  NGROUPS,
  tokenFeatures,
  WORD_GROUPS,
  wordGroupFeatures,
} from '../src/stages/entities/ner/features.js';
import { docContext, prepareSentence } from '../src/stages/entities/ner/sentence.js';
import { BOS_ID, EOS_ID } from '../src/stages/entities/ner/word-pool.js';

const SENTENCES = [
  ['Ana', 'Ruiz', ',', 'the', 'mayor', 'of', 'Porto', 'Alegre', ',', 'said', 'on', 'Monday', '.'],
  ['“', 'We', 'won', '’', 't', 'stop', ',', '”', 'said', 'Jean-Marc', 'Dubois', 'of', 'the', 'U.S.', 'Senate', '.'],
  ['HEADLINE', 'IN', 'CAPITALS', 'FROM', 'ÉCOLE'],
];

describe('NER word pool', () => {
  it('splits the features of every token into word groups and context, as a multiset', () => {
    const prepared = SENTENCES.map((s) => prepareSentence(s));
    const ctx = docContext(prepared);
    const all = new Uint32Array(MAX_FEATURES);
    const part = new Uint32Array(MAX_FEATURES);
    for (const s of prepared) {
      const n = s.ids.length;
      for (let i = 0; i < n; i++) {
        const want = [...all.subarray(0, tokenFeatures(s, ctx, i, all))].sort();
        const got: number[] = [];
        const neighbours = [
          s.ids[i] as number,
          i >= 1 ? (s.ids[i - 1] as number) : BOS_ID,
          i + 1 < n ? (s.ids[i + 1] as number) : EOS_ID,
          i >= 2 ? (s.ids[i - 2] as number) : BOS_ID,
          i + 2 < n ? (s.ids[i + 2] as number) : EOS_ID,
        ];
        for (let g = 0; g < NGROUPS; g++) got.push(...part.subarray(0, wordGroupFeatures(s.pool, neighbours[g] as number, g, part)));
        got.push(...part.subarray(0, contextFeatures(s, ctx, i, part)));
        expect(got.sort()).toEqual(want);
      }
    }
    expect(WORD_GROUPS.self).toBe(0);
  });

  it('gives a word the same strings as before numbering (normalised, lower case, shapes)', () => {
    const s = prepareSentence(['Don’t', 'ÉCOLE', '1996-08-30']);
    expect(s.words).toEqual(["Don't", 'ÉCOLE', '1996-08-30']);
    expect(s.lowers).toEqual(["don't", 'école', '1996-08-30']);
    expect(s.shorts).toEqual(["Xx'x", 'X', 'd-d-d']);
    expect(s.historyKeys).toEqual(["don't", 'école', undefined]);
  });
});

describe('exact sums', () => {
  it('reads the lowest set bit of a float64', () => {
    expect(lowExponent(1)).toBe(0);
    expect(lowExponent(-12)).toBe(2);
    expect(lowExponent(0.375)).toBe(-3);
    expect(lowExponent(2 ** -1074)).toBe(-1074);
    expect(lowExponent(2 ** 60 + 2 ** 8)).toBe(8);
  });

  it('bounds the lowest bit of float32 values from their smallest magnitude', () => {
    expect(float32LowBound(1)).toBe(-23);
    expect(float32LowBound(0.999)).toBe(-24);
    expect(lowExponent(Math.fround(1 / 3))).toBeGreaterThanOrEqual(float32LowBound(Math.fround(1 / 3)));
  });

  it('calls sums exact only when every value sits on one grid within 53 bits', () => {
    const g = grid([new Float32Array([0.5, -0.25, 3]), [0, 8]]);
    expect(g).toEqual({ low: -2, maxSum: 11 });
    expect(exactSums(g.low, 1000)).toBe(true);
    expect(exactSums(-60, 1000)).toBe(false);
  });
});
