import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc/doc.js';
import { BUCKETS } from '../src/learn/hashing.js';
import { interleave, lastTouchedSum, staticScores } from '../src/learn/interleaved.js';
import { Perceptron } from '../src/learn/perceptron.js';
import { STATIC_K, staticFeatures } from '../src/stages/attribution/features.js';
import { loadModel } from '../src/stages/attribution/model-file.js';
import { loadSupersenses, SENSES_PER_LEMMA, tokenSupersenses } from '../src/stages/attribution/supersenses.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';
import { tokensOf } from './support/attribution-tokens.js';

const VERB_COMMUNICATION = 32;
const VERB_COGNITION = 31;
const NOUN_PERSON = 18;

describe('WordNet supersenses of token lemmas', () => {
  const table = loadSupersenses();
  const tokens = tokensOf('The official said he believes the chronicle.');
  const senses = tokenSupersenses(tokens, table);
  const first = (word: string): number => senses[tokens.findIndex((t) => t.text === word) * SENSES_PER_LEMMA] as number;

  it('loads the committed table', () => {
    expect(table).not.toBeNull();
    expect(table?.verbs.size).toBeGreaterThan(8000);
  });
  it.each([
    ['said', VERB_COMMUNICATION],
    ['believes', VERB_COGNITION],
    ['official', NOUN_PERSON],
    // negative: words that are neither verbs nor nouns get none
    ['The', 0],
    ['.', 0],
  ])('%s → %i', (word, sense) => {
    expect(first(word)).toBe(sense);
  });
  it('negative: no table, no senses', () => {
    expect([...tokenSupersenses(tokens, null)].every((x) => x === 0)).toBe(true);
  });
});

/** A perceptron with small pseudo-random weights on a few buckets. */
function randomPerceptron(labels: string[], seed: number): Perceptron {
  const w = new Float32Array(BUCKETS * labels.length);
  let x = seed;
  for (let k = 0; k < 4000; k++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    w[x % w.length] = ((x >>> 8) % 200) / 10 - 10;
  }
  return new Perceptron(labels, w);
}

describe('static features scored once for several taggers', () => {
  const doc = new Doc({ id: 't', date: null, text: 'Officials said the port would reopen. “It is over,” she said.', meta: {} });
  createTokensStage().run(doc, { report: () => {} });
  const stat = staticFeatures({ tokens: doc.get('tokens'), sentences: doc.get('sentences'), paragraphs: doc.get('paragraphs') });
  const n = stat.ids.length / STATIC_K;

  it('gives each tagger the sums its own table gives', () => {
    const taggers = [randomPerceptron(['a', 'b', 'c'], 1), randomPerceptron(['x', 'y'], 2)];
    const table = interleave(taggers);
    const sums = staticScores(stat.ids, STATIC_K, table);
    taggers.forEach((t, k) => {
      for (let i = 0; i < n; i++) {
        const own = new Float64Array(t.labels.length);
        t.add(own, stat.ids, i * STATIC_K, (i + 1) * STATIC_K);
        for (let l = 0; l < t.labels.length; l++) {
          expect(sums[i * table.stride + (table.offsets[k] as number) + l]).toBeCloseTo(own[l] as number, 4);
        }
      }
    });
  });

  it("the committed model's span taggers are views into one int16 table, read as their own", () => {
    const model = loadModel();
    if (!model?.sourceCue2) throw new Error('no committed model');
    const table = interleave([model.sourceCue, model.content, model.sourceCue2]);
    expect(table.weights).toBe(model.sourceCue.weights);
    expect(table.weights).toBeInstanceOf(Int16Array);
    expect(table.offsets).toEqual([0, 5, 8]);
    const sums = staticScores(stat.ids, STATIC_K, table);
    // the first pass read one weight of every row that holds weights: their sum is a number
    expect(Number.isFinite(lastTouchedSum())).toBe(true);
    const own = new Float64Array(3);
    model.content.add(own, stat.ids, 0, STATIC_K);
    for (let l = 0; l < 3; l++) expect(sums[5 + l]).toBeCloseTo(own[l] as number, 6);
  });

  it('negative: a view into a shared table has no table of its own for the rankers', () => {
    const model = loadModel();
    expect(() => model?.sourceCue.ownTable()).toThrow(/shared table/);
    expect(model?.contentEnd?.ownTable()).toBeInstanceOf(Float32Array);
  });
});
