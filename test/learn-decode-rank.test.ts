import { describe, expect, it } from 'vitest';
import { bioSpans, bioTableOf, oracleLabel } from '../src/learn/bio.js';
import { greedy2 } from '../src/learn/greedy.js';
import { bestCandidate, bestShortlisted, rankScore } from '../src/learn/ranker.js';
import { viterbi2 } from '../src/learn/viterbi.js';

const LABELS = ['O', 'B-Q', 'I-Q'];
const tag = (...names: string[]): Int8Array => Int8Array.from(names, (n) => LABELS.indexOf(n));

describe('learn/bio: spans and the oracle', () => {
  it.each([
    ['one span', ['B-Q', 'I-Q', 'O'], [[0, 2]]],
    ['a span at the end', ['O', 'B-Q', 'I-Q'], [[1, 3]]],
    [
      'two touching spans',
      ['B-Q', 'B-Q', 'I-Q'],
      [
        [0, 1],
        [1, 3],
      ],
    ],
    ['an I-Q after O starts nothing', ['O', 'I-Q', 'I-Q'], []],
    ['no spans', ['O', 'O'], []],
  ] as const)('bioSpans: %s', (_case, tags, want) => {
    expect(bioSpans(LABELS, tag(...tags)).map((s) => [s.tokenStart, s.tokenEnd])).toEqual(want);
  });

  it.each([
    ['gold I-Q after B-Q stays', 1, 2, 2],
    ['gold I-Q after O becomes B-Q', 0, 2, 1],
    ['gold O stays', 1, 0, 0],
  ] as const)('oracleLabel: %s', (_case, prev, gold, want) => {
    expect(oracleLabel(LABELS, prev, gold)).toBe(want);
  });

  it('bioTableOf makes one table per label list', () => {
    expect(bioTableOf(LABELS)).toBe(bioTableOf(LABELS));
  });
});

describe('learn/greedy: greedy2 against viterbi2', () => {
  // scores that tempt greedy into a B-Q the next token regrets
  const local = (i: number, p1: number, _p2: number, out: Float64Array): void => {
    out.set(i === 0 ? [0, 1, 0] : p1 === 1 ? [0, 0, -5] : [3, 0, 0]);
  };
  it('takes the best allowed label at each token', () => {
    expect([...greedy2(2, 3, bioTableOf(LABELS), local)]).toEqual([1, 0]);
  });
  it('never decodes a forbidden I-Q', () => {
    const high = (_i: number, _p1: number, _p2: number, out: Float64Array): void => void out.set([0, 0, 9]);
    expect([...greedy2(2, 3, bioTableOf(LABELS), high)]).toEqual([0, 0]);
  });
  it('is beaten by viterbi2 where a local choice is wrong', () => {
    expect([...viterbi2(2, 3, (p, l) => bioTableOf(LABELS)[(p + 1) * 3 + l] === 1, local)]).toEqual([0, 0]);
  });
});

describe('learn/ranker', () => {
  const w = Float64Array.from([1, 2, 4, 8]);
  it.each([
    ['sums the weights of the features', [0, 2], 5],
    ['skips the −1 slots', [-1, 3, -1], 8],
    ['is 0 for none', [-1], 0],
  ] as const)('rankScore %s', (_case, ids, want) => {
    expect(rankScore(w, Int32Array.from(ids))).toBe(want);
  });

  const scores = [5, 1, 9, 9, 0, 3];
  it.each([
    ['the best candidate, the first on ties', 0, 5, -1, 0, 2],
    ['within the range only', 4, 5, -1, 0, 5],
    ['the preferred one when its bonus lifts it', 0, 5, 0, 5, 0],
    ['not the preferred one when the bonus is too small', 0, 5, 0, 3, 2],
  ] as const)('bestCandidate and bestShortlisted pick %s', (_case, lo, hi, preferred, bonus, want) => {
    expect(bestCandidate(lo, hi, (x) => scores[x] as number, preferred, bonus)).toBe(want);
    const cache = new Float64Array(scores.length).fill(Number.NaN);
    expect(
      bestShortlisted(
        lo,
        hi,
        (x) => scores[x] as number,
        () => 0,
        cache,
        preferred,
        bonus,
      ),
    ).toBe(want);
  });

  it('bestShortlisted scores the rest of the shortlisted candidates only, and caches their own scores', () => {
    const own = (x: number): number => x;
    const rested: number[] = [];
    const cache = new Float64Array(40).fill(Number.NaN);
    const rest = (x: number): number => {
      rested.push(x);
      return 0;
    };
    bestShortlisted(0, 39, own, rest, cache, 0, 0);
    expect(rested.length).toBe(11); // the 10 best and the preferred one
    expect(cache[7]).toBe(7);
  });
});
