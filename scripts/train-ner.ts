/**
 * Trains the NER tagger: an averaged perceptron with greedy decoding over hashed
 * features and the document's prediction history (documents shuffled, sentences in order), on CoNLL-2003 train, picking the epoch by the PER/ORG/LOC F1 on valid.
 * Writes models/ner-conll.bin.gz.
 *
 *   npm run train:ner [-- --train FILE --valid FILE --epochs N --min-count N --out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll } from '../src/eval/ner/conll.js';
import { NerScorer, prf } from '../src/eval/ner/conlleval.js';
import {
  bestAllowed,
  greedyDecode,
  HISTORY_ROWS,
  historyRow,
  remember,
  scoreToken,
  type TaggerWeights,
} from '../src/stages/entities/ner/decode.js';
import { MAX_FEATURES, tokenFeatures } from '../src/stages/entities/ner/features.js';
import { encodeModel } from '../src/stages/entities/ner/model-file.js';
import { docContext, prepareSentence } from '../src/stages/entities/ner/sentence.js';
import { NTAGS, START, TAGS, tagIndex } from '../src/stages/entities/ner/tags.js';
import { Averaged } from './train-ner/averaged.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'conll2003');
const trainPath = args.get('train') ?? join(corpus, 'train.txt');
const validPath = args.get('valid') ?? join(corpus, 'valid.txt');
const maxEpochs = Number(args.get('epochs') ?? 20);
const minCount = Number(args.get('min-count') ?? 1);
const outPath = args.get('out') ?? join(import.meta.dirname, '..', 'models', 'ner-conll.bin.gz');
const pruneBelow = Number(args.get('prune') ?? 0.02);

/** Sentences as feature hashes, flat: hashes[offsets[i]..offsets[i+1]] for token i. */
interface Featurised {
  hashes: Uint32Array;
  offsets: Int32Array;
  sentStart: Int32Array;
  gold: Uint8Array;
  gold_tags: string[][];
  /** History key per token (lower-cased capitalised word). */
  keys: (string | undefined)[];
  /** Sentence index where each document starts, and one past the last. */
  docStart: Int32Array;
}

function featurise(path: string): Featurised {
  const docs = parseConll(readFileSync(path, 'utf8'));
  const hashes: number[] = [];
  const offsets: number[] = [];
  const sentStart: number[] = [0];
  const gold: number[] = [];
  const goldTags: string[][] = [];
  const keys: (string | undefined)[] = [];
  const docStart: number[] = [0];
  const buf = new Uint32Array(MAX_FEATURES);
  for (const d of docs) {
    const prepared = d.sentences.map((s) => prepareSentence(s.words));
    const ctx = docContext(prepared);
    prepared.forEach((p, si) => {
      const tags = d.sentences[si]!.tags;
      for (let i = 0; i < p.words.length; i++) {
        offsets.push(hashes.length);
        const n = tokenFeatures(p, ctx, i, buf);
        for (let k = 0; k < n; k++) hashes.push(buf[k]!);
        gold.push(tagIndex(tags[i]!));
        keys.push(p.historyKeys[i]);
      }
      goldTags.push(tags);
      sentStart.push(gold.length);
    });
    docStart.push(goldTags.length);
  }
  offsets.push(hashes.length);
  return {
    hashes: Uint32Array.from(hashes),
    offsets: Int32Array.from(offsets),
    sentStart: Int32Array.from(sentStart),
    gold: Uint8Array.from(gold),
    gold_tags: goldTags,
    keys,
    docStart: Int32Array.from(docStart),
  };
}

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

// Prune features whose weights are all near zero, quantise to 16 bits.
let maxAbs = 0;
for (const v of best.features) maxAbs = Math.max(maxAbs, Math.abs(v));
const keep: number[] = [];
for (let r = 0; r < F; r++) {
  let m = 0;
  for (let t = 0; t < NTAGS; t++) m = Math.max(m, Math.abs(best.features[r * NTAGS + t]!));
  if (m >= pruneBelow) keep.push(r);
}
const scale = 32767 / maxAbs;
const keys = Uint32Array.from(keep, (r) => keyList[r]!);
const weights = new Int16Array(keep.length * NTAGS);
keep.forEach((r, i) => {
  for (let t = 0; t < NTAGS; t++) weights[i * NTAGS + t] = Math.round(best.features[r * NTAGS + t]! * scale);
});
const file = encodeModel({
  header: { format: 'dateline-ner/2', tags: [...TAGS], features: keep.length, scale, trainedOn: 'CoNLL-2003 train', epochs: best.epoch },
  keys,
  weights,
  trans1: Float32Array.from(best.trans1),
  trans2: Float32Array.from(best.trans2),
  history: Float32Array.from(best.history),
});
writeFileSync(outPath, file);
console.log(
  `best epoch ${best.epoch} (valid PER/ORG/LOC F1 ${best.f1.toFixed(2)}); kept ${keep.length}/${F} features; wrote ${outPath} (${(file.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
