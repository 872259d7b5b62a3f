import { NerScorer, prf } from '../../src/eval/ner/span-scorer.js';
import {
  bestTag,
  greedyDecode,
  HISTORY_ROWS,
  historyRow,
  remember,
  scoreToken,
  type TaggerWeights,
} from '../../src/stages/entities/ner/decode.js';
import { NTAGS, START, TAGS } from '../../src/stages/entities/ner/tags.js';
import { Averaged } from './averaged.js';
import type { Featurised } from './featurise.js';
import type { TrainedWeights } from './quantise.js';

/** Feature rows of a featurised corpus: hashes seen at least `minCount` times in `train` get a row. */
export interface FeatureTable {
  readonly ids: Map<number, number>;
  readonly keyList: number[];
}

export function featureTable(train: Featurised, minCount: number): FeatureTable {
  const counts = new Map<number, number>();
  for (const h of train.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const ids = new Map<number, number>();
  const keyList: number[] = [];
  for (const [h, c] of counts) if (c >= minCount) ids.set(h, keyList.push(h) - 1);
  return { ids, keyList };
}

export function rowsOf(f: Featurised, table: FeatureTable): Int32Array {
  return Int32Array.from(f.hashes, (h) => table.ids.get(h) ?? -1);
}

/** Exact-span scores of greedy decoding with weights `w` on a featurised corpus. */
export function evaluateRows(rows: Int32Array, f: Featurised, w: TaggerWeights): NerScorer {
  const scorer = new NerScorer();
  for (let d = 0; d + 1 < f.docStart.length; d++) {
    const history = new Map<string, number>();
    for (let s = f.docStart[d]!; s < f.docStart[d + 1]!; s++) {
      const a = f.sentStart[s]!;
      const n = f.sentStart[s + 1]! - a;
      const out = new Uint8Array(n);
      greedyDecode(w, rows, f.offsets.subarray(a, a + n + 1), n, out, f.keys.slice(a, a + n), history);
      scorer.add(
        f.gold_tags[s]!,
        Array.from(out, (t) => TAGS[t]!),
      );
    }
  }
  return scorer;
}

/** PER/ORG/LOC micro F1 of a scorer. */
export const coreF1 = (s: NerScorer): number => prf(s.micro(['PER', 'ORG', 'LOC'])).f1;

/**
 * Averaged-perceptron training with the prediction history (documents shuffled with an
 * LCG seeded by `seed`, sentences in order). `onEpoch` gets the averaged weights after
 * every epoch.
 */
export function trainPerceptron(
  train: Featurised,
  trainRows: Int32Array,
  features: number,
  epochs: number,
  seed: number,
  onEpoch: (epoch: number, avg: TrainedWeights, errors: number) => void,
): void {
  const feat = new Averaged(features * NTAGS);
  const trans1 = new Averaged((NTAGS + 1) * NTAGS);
  const trans2 = new Averaged((NTAGS + 1) * (NTAGS + 1) * NTAGS);
  const hist = new Averaged(HISTORY_ROWS * NTAGS);
  let rng = seed;
  const random = (): number => {
    rng = (Math.imul(rng, 1103515245) + 12345) >>> 0;
    return rng / 2 ** 32;
  };
  const nDocs = train.docStart.length - 1;
  const order = Int32Array.from({ length: nDocs }, (_, i) => i);
  const scores = new Float64Array(NTAGS);
  for (let epoch = 1; epoch <= epochs; epoch++) {
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
          const guess = bestTag(scores, p1);
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
    onEpoch(epoch, { features: feat.averaged(), trans1: trans1.averaged(), trans2: trans2.averaged(), history: hist.averaged() }, errors);
  }
}
