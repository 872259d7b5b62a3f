/**
 * Trains the attribution span taggers on PolNeAR train (averaged perceptron over hashed
 * features, greedy BIO decoding) and the content-boundary rankers, and writes
 * models/attribution.bin.gz.
 * Usage: npx tsx scripts/train-attribution.ts [--train DIR] [--epochs N] [--min-weight W]
 *   [--ranker-epochs N] [--first-annotator] [--rankers-only] [--hold-out-fold i/k --out-dir DIR]
 *   [--structured]
 * (`--structured` trains the taggers as structured perceptrons, src/learn/structured.ts: each
 * sentence decoded with Viterbi, updated on the whole-sequence difference; decode them with
 * `--decoding viterbi`.)
 * (`--hold-out-fold i/k` trains on every article outside fold i of k, src/eval/attribution/folds.ts,
 * and writes DIR/attribution-fold{i}of{k}.bin.gz: the models `eval attribution --folds k` scores.)
 * (`--rankers-only` keeps the committed taggers and retrains the rankers: seconds, not minutes.)
 * Deterministic: documents are shuffled with a fixed seed. One core; a few minutes.
 */
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import type { Sentence } from '../src/doc/layers.js';
import { readBratSplit } from '../src/eval/attribution/corpus.js';
import { foldModelPath, foldOf, parseFold } from '../src/eval/attribution/folds.js';
import { goldTags } from '../src/eval/attribution/gold-tags.js';
import { bestAllowed, bioTableOf, oracleLabel } from '../src/learn/bio.js';
import { type Perceptron, PerceptronTrainer } from '../src/learn/perceptron.js';
import { type FeatureList, structuredStep } from '../src/learn/structured.js';
import { CONTENT_K, contentFeatures } from '../src/stages/attribution/content-features.js';
import { STATIC_K, type StaticFeatures, staticFeatures } from '../src/stages/attribution/features.js';
import { type AttributionModel, loadModel, MODEL_PATH, modelSize, saveModel } from '../src/stages/attribution/model-file.js';
import { STACKED_K, stackedFeatures } from '../src/stages/attribution/stacked-features.js';
import { attributionHistory, decode, HISTORY_K, historyFeatures, Q_LABELS, SC_LABELS } from '../src/stages/attribution/tagger.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';
import { type BoundaryExample, boundaryExamples, trainBoundaryRanker } from './boundary-training.js';
import { rng, shuffledOrder } from './seeded-order.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const trainDir = opt('train', join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear', 'train'));
const epochs = Number(opt('epochs', '16'));
const minWeight = Number(opt('min-weight', '2'));
// every annotator's file of an article is a training document (838 + 79 on PolNeAR train)
const allAnnotators = !args.includes('--first-annotator');
const rankerEpochs = Number(opt('ranker-epochs', '4'));
const rankersOnly = args.includes('--rankers-only');
const structured = args.includes('--structured');
const heldOut = args.includes('--hold-out-fold') ? parseFold(opt('hold-out-fold', '')) : null;
const outPath = heldOut ? foldModelPath(opt('out-dir', '.folds'), heldOut.index, heldOut.k) : MODEL_PATH;

interface Example {
  /** The article (an article annotated twice gives two examples with one id). */
  readonly id: string;
  readonly stat: StaticFeatures;
  readonly sc: Int8Array;
  readonly q: Int8Array;
  readonly sentences: Sentence[];
  extra: Int32Array | null;
  stacked: Int32Array | null;
}

function trainTagger(
  labels: readonly string[],
  examples: readonly Example[],
  goldOf: (e: Example) => Int8Array,
  extraK: number,
): Perceptron {
  if (structured) return trainStructured(labels, examples, goldOf, extraK);
  const trainer = new PerceptronTrainer(labels);
  const random = rng(7);
  const scores = new Float64Array(labels.length);
  const history = new Int32Array(HISTORY_K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = shuffledOrder(examples.length, random);
    let right = 0;
    let total = 0;
    for (const k of order) {
      const e = examples[k] as Example;
      const gold = goldOf(e);
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < gold.length; i++) {
        scores.fill(0);
        const lists: [ArrayLike<number>, number, number][] = [[e.stat.ids, i * STATIC_K, (i + 1) * STATIC_K]];
        if (e.extra && extraK > 0) lists.push([e.extra, i * extraK, (i + 1) * extraK]);
        lists.push([historyFeatures(p1, p2, e.stat.keys, i, history), 0, HISTORY_K]);
        for (const [ids, from, to] of lists) trainer.add(scores, ids, from, to);
        const guess = bestAllowed(scores, bioTableOf(labels), p1);
        const target = oracleLabel(labels, p1, gold[i] as number);
        trainer.update(lists, target, guess);
        if (guess === target) right++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    process.stderr.write(`  epoch ${epoch + 1}: token accuracy ${((100 * right) / total).toFixed(2)}\n`);
  }
  return trainer.average(minWeight);
}

/** `trainTagger` as a structured perceptron: one Viterbi decoding and update per sentence, given the gold labels before it. */
function trainStructured(
  labels: readonly string[],
  examples: readonly Example[],
  goldOf: (e: Example) => Int8Array,
  extraK: number,
): Perceptron {
  const trainer = new PerceptronTrainer(labels);
  const ok = bioTableOf(labels);
  const random = rng(7);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = shuffledOrder(examples.length, random);
    let right = 0;
    let total = 0;
    for (const k of order) {
      const e = examples[k] as Example;
      const gold = validGold(labels, goldOf(e));
      const cuts = [...new Set([0, ...e.sentences.map((s) => s.tokenStart), gold.length])]
        .filter((c) => c >= 0 && c <= gold.length)
        .sort((a, b) => a - b);
      for (let c = 0; c + 1 < cuts.length; c++) {
        const a = cuts[c] as number;
        const n = (cuts[c + 1] as number) - a;
        const lists = (i: number): FeatureList[] => {
          const t = a + i;
          const out: FeatureList[] = [[e.stat.ids, t * STATIC_K, (t + 1) * STATIC_K]];
          if (e.extra && extraK > 0) out.push([e.extra, t * extraK, (t + 1) * extraK]);
          return out;
        };
        const start: [number, number] = [a > 0 ? (gold[a - 1] as number) : -1, a > 1 ? (gold[a - 2] as number) : -1];
        right += structuredStep(trainer, ok, {
          n,
          gold: gold.subarray(a, a + n),
          start,
          lists,
          history: attributionHistory(e.stat.keys, a),
        });
        total += n;
      }
    }
    process.stderr.write(`  epoch ${epoch + 1}: token accuracy ${((100 * right) / total).toFixed(2)} (structured)\n`);
  }
  return trainer.average(minWeight);
}

/** Gold tags every transition of which BIO allows (an `I-X` that continues nothing becomes `B-X`). */
function validGold(labels: readonly string[], gold: Int8Array): Int8Array {
  const out = Int8Array.from(gold);
  for (let i = 0; i < out.length; i++) out[i] = oracleLabel(labels, i > 0 ? (out[i - 1] as number) : -1, out[i] as number);
  return out;
}

const t0 = Date.now();
const tokensStage = createTokensStage();
const examples: Example[] = [];
const boundaries: BoundaryExample[] = [];
let tokenCount = 0;
for (const g of readBratSplit(trainDir, Number.POSITIVE_INFINITY, allAnnotators)) {
  if (heldOut && foldOf(g.id, heldOut.k) === heldOut.index) continue;
  const doc = new Doc({ id: g.id, date: null, text: g.text, meta: {} });
  try {
    tokensStage.run(doc, { report: () => {} });
  } catch (error) {
    process.stderr.write(`skipped ${g.id}: ${(error as Error).message}\n`);
    continue;
  }
  const tokens = doc.get('tokens');
  const input = { tokens, sentences: doc.get('sentences'), paragraphs: doc.get('paragraphs') };
  boundaries.push(...boundaryExamples(tokens, input.paragraphs, g.attributions));
  if (rankersOnly) continue;
  const { sc, q } = goldTags(tokens, g.attributions);
  examples.push({ id: g.id, stat: staticFeatures(input), sc, q, sentences: input.sentences, extra: null, stacked: null });
  tokenCount += tokens.length;
}
process.stderr.write(`${examples.length} documents, ${tokenCount} tokens read in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};
const taggers = rankersOnly ? loadModel() : trainTaggers();
if (!taggers) throw new Error('--rankers-only: no committed model to keep the taggers of');
const model: AttributionModel = {
  ...taggers,
  contentEnd: trainBoundaryRanker(boundaries, 'end', rankerEpochs, log),
  contentStart: trainBoundaryRanker(boundaries, 'start', rankerEpochs, log),
};
saveModel(model, outPath);
process.stderr.write(`wrote ${outPath}\n`);
const size = modelSize(model);
process.stderr.write(
  `non-zero rows: source/cue ${size.sourceCue}, content ${size.content}, second source/cue ${size.sourceCue2}, ` +
    `content end ${size.contentEnd}, content start ${size.contentStart}; ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
);

/** The three span taggers (the rankers are trained apart). */
function trainTaggers(): AttributionModel {
  // Jackknifing: the content tagger learns from source/cue tags predicted by a tagger that did
  // not see the document (two folds), so that it trusts them as much as they deserve.
  // folds by article, so that no article's second annotation sits in the other fold
  const articles = [...new Set(examples.map((e) => e.id))];
  const foldOf = new Map(articles.map((id, i) => [id, i % 2]));
  const foldA = examples.filter((e) => foldOf.get(e.id) === 0);
  const foldB = examples.filter((e) => foldOf.get(e.id) === 1);
  process.stderr.write('source/cue tagger, fold 1 of 2\n');
  let held = trainTagger(SC_LABELS, foldA, (e) => e.sc, 0);
  for (const e of foldB) e.extra = contentFeatures(decode(held, e.stat, undefined, 0, { exact: structured }), e.sentences, e.stat.inside);
  process.stderr.write('source/cue tagger, fold 2 of 2\n');
  held = trainTagger(SC_LABELS, foldB, (e) => e.sc, 0);
  for (const e of foldA) e.extra = contentFeatures(decode(held, e.stat, undefined, 0, { exact: structured }), e.sentences, e.stat.inside);
  process.stderr.write('source/cue tagger, all documents\n');
  const sourceCue = trainTagger(SC_LABELS, examples, (e) => e.sc, 0);
  // The second source/cue pass learns from content tags predicted (two folds again) by a
  // content tagger that did not see the document.
  process.stderr.write('content tagger, fold 1 of 2\n');
  let heldContent = trainTagger(Q_LABELS, foldA, (e) => e.q, CONTENT_K);
  for (const e of foldB)
    e.stacked = stackedFeatures(decode(heldContent, e.stat, e.extra ?? undefined, CONTENT_K, { exact: structured }), e.sentences);
  process.stderr.write('content tagger, fold 2 of 2\n');
  heldContent = trainTagger(Q_LABELS, foldB, (e) => e.q, CONTENT_K);
  for (const e of foldA)
    e.stacked = stackedFeatures(decode(heldContent, e.stat, e.extra ?? undefined, CONTENT_K, { exact: structured }), e.sentences);
  process.stderr.write('content tagger, all documents\n');
  const content = trainTagger(Q_LABELS, examples, (e) => e.q, CONTENT_K);
  process.stderr.write('second source/cue tagger\n');
  for (const e of examples) e.extra = e.stacked;
  const sourceCue2 = trainTagger(SC_LABELS, examples, (e) => e.sc, STACKED_K);
  return { sourceCue, content, sourceCue2 };
}
