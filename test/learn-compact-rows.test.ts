import { describe, expect, it } from 'vitest';
import { compactRow, fillRank, popcount32, USED_WORDS } from '../src/learn/compact-rows.js';
import { BUCKETS } from '../src/learn/hashing.js';
import { interleave, staticScores } from '../src/learn/interleaved.js';
import { decodeModelFile, encodeModelFile } from '../src/learn/model-file.js';
import { Perceptron } from '../src/learn/perceptron.js';
import { ownTable, perceptronArrays, perceptronEntries, readPerceptron, readPerceptrons, tableFor } from '../src/learn/sparse-model.js';

function toy(labels: readonly string[], cells: readonly (readonly [number, number, number])[]): Perceptron {
  const w = new Float32Array(BUCKETS * labels.length);
  for (const [f, l, v] of cells) w[f * labels.length + l] = v;
  return new Perceptron(labels, w);
}

const a = toy(
  ['O', 'B'],
  [
    [0, 1, 2.5],
    [31, 0, -1],
    [32, 1, 3],
    [BUCKETS - 1, 0, 0.25],
  ],
);
const b = toy(
  ['O', 'I', 'X'],
  [
    [31, 2, 1.5],
    [5000, 0, -2],
    [BUCKETS - 1, 1, 4],
  ],
);
const { arrays, info } = perceptronArrays([
  ['a', a],
  ['b', b],
]);
const file = decodeModelFile(encodeModelFile('toy', arrays, info), 'toy', 'toy');
const BUCKETS_SEEN = [0, 1, 5, 31, 32, 33, 5000, 70000, BUCKETS - 2, BUCKETS - 1];

describe('learn/compact-rows: tables of the used rows only', () => {
  it('popcount32 counts set bits', () => {
    for (const x of [0, 1, 0xff, 0x80000000, 0xffffffff, 0x12345678, -1]) {
      expect(popcount32(x)).toBe((x >>> 0).toString(2).replaceAll('0', '').length);
    }
  });

  it('finds each used bucket its row, in bucket order', () => {
    const used = new Uint32Array(USED_WORDS);
    for (const f of [3, 31, 32, 40, BUCKETS - 1]) used[f >>> 5] = (used[f >>> 5] as number) | (1 << (f & 31));
    const rank = new Uint32Array(USED_WORDS);
    expect(fillRank(used, rank)).toBe(5);
    expect([3, 31, 32, 40, BUCKETS - 1, 0, 33].map((f) => compactRow(used, rank, f))).toEqual([0, 1, 2, 3, 4, -1, -1]);
  });

  it('a compact shared table scores as the dense one does, to the bit', () => {
    const compact = readPerceptrons(file, 'toy', new Set(['a', 'b']));
    const entries = perceptronEntries(file, 'toy');
    for (const e of entries) {
      const dense = readPerceptron(file, e, ownTable(e.labels.length));
      const c = compact.get(e.name) as Perceptron;
      expect(c.rank).toBeDefined();
      expect(c.weights.length).toBe(5 * 5); // 5 buckets used by either, 5 labels a row
      for (const f of BUCKETS_SEEN) for (let l = 0; l < e.labels.length; l++) expect(c.at(f, l)).toBe(dense.at(f, l));
      const ids = Int32Array.from([...BUCKETS_SEEN, -1]);
      const [s, t] = [new Float64Array(e.labels.length), new Float64Array(e.labels.length)];
      c.add(s, ids);
      dense.add(t, ids);
      expect(Array.from(s)).toEqual(Array.from(t));
    }
    // the dense interleaved table the loader made before: the same static scores
    const { table: views } = tableFor(5);
    const dense = entries.map((e, k) => readPerceptron(file, e, { ...views, offset: k * 2 }));
    const ids = Int32Array.from([0, 31, 5000, -1, BUCKETS - 1, 7]);
    const scores = (ps: Perceptron[]): number[] => Array.from(staticScores(ids, 3, interleave(ps)));
    expect(scores([compact.get('a') as Perceptron, compact.get('b') as Perceptron])).toEqual(scores(dense));
  });
});
