/**
 * Trains the attribution span taggers on PolNeAR train (averaged perceptron, greedy BIO).
 * Usage: npx tsx scripts/train-attribution.ts [--train DIR] [--epochs N] [--min-weight W]
 * Writes models/attribution.json.gz. Deterministic: documents are shuffled with a fixed seed.
 */
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import type { Sentence, Token } from '../src/doc/layers.js';
import { readBratSplit } from '../src/eval/attribution/corpus.js';
import { goldTags } from '../src/eval/attribution/gold-tags.js';
import { contentFeatures } from '../src/stages/attribution/content-features.js';
import { staticFeatures } from '../src/stages/attribution/features.js';
import { saveModel } from '../src/stages/attribution/model-file.js';
import { PerceptronTrainer } from '../src/stages/attribution/perceptron.js';
import { quoteState } from '../src/stages/attribution/quotes.js';
import { bestAllowed, decode, historyFeatures, oracleLabel, Q_LABELS, SC_LABELS } from '../src/stages/attribution/tagger.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const trainDir = opt('train', join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear', 'train'));
const epochs = Number(opt('epochs', '6'));
const minWeight = Number(opt('min-weight', '0.05'));

interface Example {
  stat: string[][];
  statIds: number[][];
  sc: Int8Array;
  q: Int8Array;
  sentences: Sentence[];
  inside: Uint8Array;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function trainTagger(
  trainer: PerceptronTrainer,
  examples: Example[],
  goldOf: (e: Example) => Int8Array,
  extraIds: (e: Example) => number[][] | null,
): void {
  const random = rng(7);
  const labels = trainer.labels;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = examples.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let right = 0;
    let total = 0;
    for (const k of order) {
      const e = examples[k] as Example;
      const gold = goldOf(e);
      const extra = extraIds(e);
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < gold.length; i++) {
        const ids = [
          ...(e.statIds[i] as number[]),
          ...(extra ? (extra[i] as number[]) : []),
          ...historyFeatures(labels, p1, p2, e.stat[i] as string[]).map((f) => trainer.id(f)),
        ];
        const guess = bestAllowed(labels, trainer.scores(ids), p1);
        const target = oracleLabel(labels, p1, gold[i] as number);
        trainer.update(ids, target, guess);
        if (guess === target) right++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    process.stderr.write(`  epoch ${epoch + 1}: token accuracy ${((100 * right) / total).toFixed(2)}\n`);
  }
}

const t0 = Date.now();
const tokensStage = createTokensStage();
const docs = readBratSplit(trainDir);
const examples: Example[] = [];
let tokenCount = 0;
for (const g of docs) {
  const doc = new Doc({ id: g.id, date: null, text: g.text, meta: {} });
  try {
    tokensStage.run(doc, { report: () => {} });
  } catch (error) {
    process.stderr.write(`skipped ${g.id}: ${(error as Error).message}\n`);
    continue;
  }
  const tokens = doc.get('tokens') as Token[];
  const input = { tokens, sentences: doc.get('sentences'), paragraphs: doc.get('paragraphs') };
  const stat = staticFeatures(input);
  const { sc, q } = goldTags(tokens, g.attributions);
  examples.push({ stat, statIds: [], sc, q, sentences: input.sentences, inside: quoteState(tokens, input.paragraphs).inside });
  tokenCount += tokens.length;
}
process.stderr.write(`${docs.length} documents, ${tokenCount} tokens read in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

function trainSourceCue(part: Example[]) {
  const trainer = new PerceptronTrainer(SC_LABELS);
  for (const e of part) e.statIds = e.stat.map((f) => f.map((x) => trainer.id(x)));
  trainTagger(
    trainer,
    part,
    (e) => e.sc,
    () => null,
  );
  return trainer.average(minWeight);
}

// Jackknifing: the content tagger learns from source/cue tags predicted by a tagger that did
// not see the document (two folds), so that it learns to trust them as much as they deserve.
process.stderr.write('source/cue tagger, fold 1 of 2\n');
const foldA = examples.filter((_, i) => i % 2 === 0);
const foldB = examples.filter((_, i) => i % 2 === 1);
const predictedTags = new Map<Example, Int8Array>();
const modelA = trainSourceCue(foldA);
for (const e of foldB) predictedTags.set(e, decode(modelA, e.stat));
process.stderr.write('source/cue tagger, fold 2 of 2\n');
const modelB = trainSourceCue(foldB);
for (const e of foldA) predictedTags.set(e, decode(modelB, e.stat));
process.stderr.write('source/cue tagger, all documents\n');
const sourceCue = trainSourceCue(examples);

process.stderr.write('content tagger\n');
const qTrainer = new PerceptronTrainer(Q_LABELS);
const extraIds = new Map<Example, number[][]>();
for (const e of examples) {
  e.statIds = e.stat.map((f) => f.map((x) => qTrainer.id(x)));
  const predicted = predictedTags.get(e) as Int8Array;
  extraIds.set(
    e,
    contentFeatures(predicted, e.sentences, e.inside).map((f) => f.map((x) => qTrainer.id(x))),
  );
}
trainTagger(
  qTrainer,
  examples,
  (e) => e.q,
  (e) => extraIds.get(e) ?? null,
);
const content = qTrainer.average(minWeight);

saveModel({ sourceCue, content });
process.stderr.write(
  `features kept: source/cue ${sourceCue.weights.size}, content ${content.weights.size}; ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
);
