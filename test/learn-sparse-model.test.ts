import { describe, expect, it } from 'vitest';
import { BUCKETS } from '../src/learn/hashing.js';
import { decodeModelFile, encodeModelFile } from '../src/learn/model-file.js';
import { Perceptron } from '../src/learn/perceptron.js';
import { ownTable, perceptronArrays, perceptronEntries, readPerceptron } from '../src/learn/sparse-model.js';

/** A perceptron with weights in a few buckets. */
function toy(labels: readonly string[], cells: readonly (readonly [number, number, number])[]): Perceptron {
  const w = new Float32Array(BUCKETS * labels.length);
  for (const [f, l, v] of cells) w[f * labels.length + l] = v;
  return new Perceptron(labels, w);
}

const tagger = toy(
  ['O', 'B-X', 'I-X'],
  [
    [0, 1, 2.5],
    [7, 0, -1],
    [BUCKETS - 1, 2, 0.25],
  ],
);
const ranker = toy(
  ['score'],
  [
    [3, 0, 4],
    [99, 0, -0.5],
  ],
);
const { arrays, info } = perceptronArrays([
  ['tagger', tagger],
  ['ranker', ranker],
]);
const file = decodeModelFile(encodeModelFile('toy', arrays, info), 'toy', 'toy');

describe('learn/sparse-model: perceptrons in the model file', () => {
  it('lists each perceptron with its labels and non-zero rows', () => {
    expect(perceptronEntries(file, 'toy').map((e) => [e.name, e.labels, e.rows])).toEqual([
      ['tagger', ['O', 'B-X', 'I-X'], 3],
      ['ranker', ['score'], 2],
    ]);
  });

  it.each([
    ['a float table of its own', undefined],
    ['an int16 table of its own', 'own'],
  ] as const)('reads the weights back (within the quantisation step) into %s', (_case, into) => {
    for (const [i, p] of [tagger, ranker].entries()) {
      const entry = perceptronEntries(file, 'toy')[i];
      if (entry === undefined) throw new Error('no entry');
      const q = readPerceptron(file, entry, into ? ownTable(entry.labels.length) : undefined);
      expect(q.labels).toEqual(p.labels);
      for (const f of [0, 3, 7, 99, 1000, BUCKETS - 1]) {
        for (let l = 0; l < p.labels.length; l++) expect(q.at(f, l)).toBeCloseTo(p.at(f, l), 3);
      }
    }
  });

  it.each([
    ['other hash bits', { ...info, hashBits: 18 }],
    ['no perceptron list', { hashBits: info.hashBits }],
  ])('refuses a file with %s', (_case, bad) => {
    const other = decodeModelFile(encodeModelFile('toy', arrays, bad), 'toy', 'toy');
    expect(() => perceptronEntries(other, 'toy.bin.gz')).toThrow(/toy.bin.gz: model toy with/);
  });
});
