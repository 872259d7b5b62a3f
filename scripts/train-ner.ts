/**
 * Trains the NER tagger: an averaged perceptron with greedy decoding over hashed
 * features and the document's prediction history (documents shuffled, sentences in
 * order), on CoNLL-2003 train, picking the epoch by the PER/ORG/LOC F1 on valid.
 * Writes models/ner-perceptron.bin.gz.
 *
 *   npm run train:ner [-- --train FILE --valid FILE --epochs N --min-count N --prune W --seed N --out FILE]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NerScorer, prf } from '../src/eval/ner/span-scorer.js';
import {
  bestAllowed,
  greedyDecode,
  HISTORY_ROWS,
  historyRow,
  remember,
  scoreToken,
  type TaggerWeights,
} from '../src/stages/entities/ner/decode.js';
import { NTAGS, START, TAGS } from '../src/stages/entities/ner/tags.js';
import { Averaged } from './train-ner/averaged.js';
import { type Featurised, featurise } from './train-ner/featurise.js';
import { quantise } from './train-ner/quantise.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'conll2003');
const trainPath = args.get('train') ?? join(corpus, 'train.txt');
const validPath = args.get('valid') ?? join(corpus, 'valid.txt');
const maxEpochs = Number(args.get('epochs') ?? 20);
const minCount = Number(args.get('min-count') ?? 1);
const outPath = args.get('out') ?? join(import.meta.dirname, '..', 'models', 'ner-perceptron.bin.gz');
const pruneBelow = Number(args.get('prune') ?? 0.02);

const t0 = Date.now();
const train = featurise(trainPath);
const valid = featurise(validPath);
console.log(`featurised ${train.gold.length} train / ${valid.gold.length} valid tokens in ${Date.now() - t0} ms`);

const counts = new Map<number, number>();
for (const h of train.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
const ids = new Map<number, number>();
const keyList: number[] = [];
for (const [h, c] of counts) if (c >= minCount) ids.set(h, keyList.push(h) - 1);
counts.clear();
console.log(`${ids.size} features kept (count ≥ ${minCount})`);
const trainRows = Int32Array.from(train.hashes, (h) => ids.get(h) ?? -1);
const validRows = Int32Array.from(valid.hashes, (h) => ids.get(h) ?? -1);

const F = ids.size;
const feat = new Averaged(F * NTAGS);
const trans1 = new Averaged((NTAGS + 1) * NTAGS);
const trans2 = new Averaged((NTAGS + 1) * (NTAGS + 1) * NTAGS);
const hist = new Averaged(HISTORY_ROWS * NTAGS);

function evaluate(rows: Int32Array, f: Featurised, w: TaggerWeights) {
  const scorer = new NerScorer();
  for (let d = 0; d + 1 < f.docStart.length; d++) {
    const history = new Map<string, number>();
    for (let s = f.docStart[d]!; s < f.docStart[d + 1]!; s++) {
      const a = f.sentStart[s]!;
      const n = f.sentStart[s + 1]! - a;
      const offs = f.offsets.subarray(a, a + n + 1);
      const out = new Uint8Array(n);
      greedyDecode(w, rows, offs, n, out, f.keys.slice(a, a + n), history);
      scorer.add(
        f.gold_tags[s]!,
        Array.from(out, (t) => TAGS[t]!),
      );
    }
  }
  return scorer;
}

let rng = Number(args.get('seed') ?? 12345);
const random = (): number => {
  rng = (Math.imul(rng, 1103515245) + 12345) >>> 0;
  return rng / 2 ** 32;
};
const nDocs = train.docStart.length - 1;
const order = Int32Array.from({ length: nDocs }, (_, i) => i);
const scores = new Float64Array(NTAGS);
interface Best {
  f1: number;
  epoch: number;
  features: Float64Array;
  trans1: Float64Array;
  trans2: Float64Array;
  history: Float64Array;
}
let best: Best = {
  f1: -1,
  epoch: 0,
  features: new Float64Array(0),
  trans1: new Float64Array(0),
  trans2: new Float64Array(0),
  history: new Float64Array(0),
};
for (let epoch = 1; epoch <= maxEpochs; epoch++) {
  const te = Date.now();
  for (let i = nDocs - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0;
  const live = { features: feat.w, trans1: trans1.w, trans2: trans2.w, history: hist.w };
  for (const d of order) {
    const history = new Map<string, number>();
    for (let s = train.docStart[d]!; s < train.docStart[d + 1]!; s++) {
      let p2: number = START;
      let p1: number = START;
      const first = train.sentStart[s]!;
      for (let i = first; i < train.sentStart[s + 1]!; i++) {
        const from = train.offsets[i]!;
        const to = train.offsets[i + 1]!;
        const key = train.keys[i];
        const hrow = historyRow(history, key, i === first);
        scoreToken(live, trainRows, from, to, p2, p1, hrow, scores);
        const guess = bestAllowed(scores, p1);
        const truth = train.gold[i]!;
        feat.tick();
        trans1.tick();
        trans2.tick();
        hist.tick();
        if (guess !== truth) {
          errors++;
          for (let k = from; k < to; k++) {
            const r = trainRows[k]!;
            if (r < 0) continue;
            feat.add(r * NTAGS + truth, 1);
            feat.add(r * NTAGS + guess, -1);
          }
          trans1.add(p1 * NTAGS + truth, 1);
          trans1.add(p1 * NTAGS + guess, -1);
          const t2 = (p2 * (NTAGS + 1) + p1) * NTAGS;
          trans2.add(t2 + truth, 1);
          trans2.add(t2 + guess, -1);
          if (hrow >= 0) {
            hist.add(hrow * NTAGS + truth, 1);
            hist.add(hrow * NTAGS + guess, -1);
          }
        }
        remember(history, key, guess);
        p2 = p1;
        p1 = guess;
      }
    }
  }
  const avg = { features: feat.averaged(), trans1: trans1.averaged(), trans2: trans2.averaged(), history: hist.averaged() };
  const scorer = evaluate(validRows, valid, avg);
  const core = prf(scorer.micro(['PER', 'ORG', 'LOC']));
  const all = prf(scorer.micro());
  console.log(
    `epoch ${epoch}: ${errors} train errors, valid PER/ORG/LOC F1 ${core.f1.toFixed(2)}, all F1 ${all.f1.toFixed(2)} (${Date.now() - te} ms)`,
  );
  if (core.f1 > best.f1) best = { f1: core.f1, epoch, ...avg };
}

const { file, kept } = quantise(best, keyList, best.epoch, pruneBelow);
writeFileSync(outPath, file);
console.log(
  `best epoch ${best.epoch} (valid PER/ORG/LOC F1 ${best.f1.toFixed(2)}); kept ${kept}/${F} features; wrote ${outPath} (${(file.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
