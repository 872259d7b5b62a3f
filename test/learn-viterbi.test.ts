import { describe, expect, it } from 'vitest';
import { viterbi2 } from '../src/learn/viterbi.js';

// BIO over one kind: O=0, B=1, I=2; I only after B or I.
const L = 3;
const allowed = (prev: number, next: number): boolean => next !== 2 || prev === 1 || prev === 2;

/** A deterministic pseudo-random local score table, keyed by position and the two previous labels. */
function table(seed: number): (i: number, p1: number, p2: number, out: Float64Array) => void {
  return (i, p1, p2, out) => {
    for (let l = 0; l < L; l++) {
      const x = Math.sin(seed * 12.9898 + i * 78.233 + (p1 + 1) * 37.719 + (p2 + 1) * 11.13 + l * 3.7) * 43758.5453;
      out[l] = (x - Math.floor(x)) * 10 - 5;
    }
  };
}

function total(seq: readonly number[], local: ReturnType<typeof table>): number {
  const out = new Float64Array(L);
  let s = 0;
  for (let i = 0; i < seq.length; i++) {
    const p1 = i > 0 ? (seq[i - 1] as number) : -1;
    const p2 = i > 1 ? (seq[i - 2] as number) : -1;
    if (!allowed(p1, seq[i] as number)) return Number.NEGATIVE_INFINITY;
    local(i, p1, p2, out);
    s += out[seq[i] as number] as number;
  }
  return s;
}

describe('viterbi2: second-order exact decoding with forbidden transitions', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('finds the best of all sequences (seed %i)', (seed) => {
    const n = 6;
    const local = table(seed);
    let best = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < L ** n; c++) {
      const seq: number[] = [];
      for (let i = 0, x = c; i < n; i++, x = Math.floor(x / L)) seq.push(x % L);
      best = Math.max(best, total(seq, local));
    }
    expect(total(Array.from(viterbi2(n, L, allowed, local)), local)).toBeCloseTo(best, 9);
  });

  it('never starts with I or puts I after O, even when I scores best everywhere', () => {
    const tags = viterbi2(5, L, allowed, (_i, _p1, _p2, out) => out.set([0, -1, 5]));
    expect(Array.from(tags)).toEqual([1, 2, 2, 2, 2]);
  });

  it('starts after the given labels: I may open a segment that continues a span', () => {
    const iBest = (_i: number, _p1: number, _p2: number, out: Float64Array) => out.set([0, -1, 5]);
    expect(Array.from(viterbi2(3, L, allowed, iBest, [1, -1]))).toEqual([2, 2, 2]);
    expect(Array.from(viterbi2(3, L, allowed, iBest, [0, 2]))).toEqual([1, 2, 2]);
  });

  it('decodes an empty sequence', () => {
    expect(viterbi2(0, L, allowed, table(1)).length).toBe(0);
  });
});
