import { describe, expect, it } from 'vitest';
import { bioTable } from '../src/learn/bio.js';
import { feature } from '../src/learn/hashing.js';
import type { History } from '../src/learn/history.js';
import { PerceptronTrainer } from '../src/learn/perceptron.js';
import { type FeatureList, structuredStep } from '../src/learn/structured.js';
import { viterbi2 } from '../src/learn/viterbi.js';

// One kind of span: O=0, B=1, I=2. A word's label is its own only where no history decides:
// word 3 ("and") is I inside a span and O outside it, which only the history features can tell.
const LABELS = ['O', 'B-X', 'I-X'];
const ok = bioTable(LABELS);
const sentences: number[][] = [
  [0, 1, 2, 3, 2, 0],
  [0, 3, 0, 1, 3, 2],
  [1, 2, 2, 3, 2, 0, 3],
  [0, 0, 3, 1, 2, 0],
];
const goldOf = (words: readonly number[]): Int8Array => {
  const tags = new Int8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as number;
    const inside = i > 0 && (tags[i - 1] as number) > 0;
    tags[i] = w === 1 ? 1 : w === 2 || (w === 3 && inside) ? 2 : 0;
  }
  return tags;
};
const history = (words: readonly number[]): History => ({
  previousK: 2,
  pairK: 1,
  previous(i, p1, out) {
    out[0] = feature(200, p1);
    out[1] = feature(202, p1, words[i] as number);
  },
  pair(p1, p2, out) {
    out[0] = feature(201, p1, p2);
  },
});

describe('structuredStep: a structured perceptron decoded with viterbi2', () => {
  it('learns a sequence that the history features alone can tag, then decodes it exactly', () => {
    const trainer = new PerceptronTrainer(LABELS);
    const ids = sentences.map((words) => Int32Array.from(words, (w) => feature(1, w)));
    const segment = (k: number) => {
      const words = sentences[k] as number[];
      const lists = (i: number): FeatureList[] => [[ids[k] as Int32Array, i, i + 1]];
      return { n: words.length, gold: goldOf(words), start: [-1, -1] as const, lists, history: history(words) };
    };
    let right = 0;
    for (let epoch = 0; epoch < 10; epoch++) {
      right = 0;
      for (let k = 0; k < sentences.length; k++) right += structuredStep(trainer, ok, segment(k));
    }
    expect(right).toBe(sentences.flat().length);
    const model = trainer.average(0);
    for (let k = 0; k < sentences.length; k++) {
      const words = sentences[k] as number[];
      const h = history(words);
      const buf = new Int32Array(2);
      const tags = viterbi2(
        words.length,
        3,
        (p, l) => ok[(p + 1) * 3 + l] === 1,
        (i, p1, p2, out) => {
          out.fill(0);
          model.add(out, ids[k] as Int32Array, i, i + 1);
          h.previous(i, p1, buf);
          model.add(out, buf, 0, 2);
          h.pair(p1, p2, buf);
          model.add(out, buf, 0, 1);
        },
      );
      expect(Array.from(tags)).toEqual(Array.from(goldOf(words)));
    }
  });

  it('makes no update when the decoded sequence is the gold one', () => {
    const trainer = new PerceptronTrainer(LABELS);
    const words = [0, 0, 0];
    const lists = (i: number): FeatureList[] => [[Int32Array.of(feature(1, words[i] as number)), 0, 1]];
    expect(structuredStep(trainer, ok, { n: 3, gold: new Int8Array(3), start: [-1, -1], lists, history: history(words) })).toBe(3);
    expect(trainer.weights.some((w) => w !== 0)).toBe(false);
  });
});
