import { encodeModel } from '../../src/stages/entities/ner/model-file.js';
import { NTAGS, TAGS } from '../../src/stages/entities/ner/tags.js';

/** The averaged weights of the chosen epoch. */
export interface TrainedWeights {
  readonly features: Float64Array;
  readonly trans1: Float64Array;
  readonly trans2: Float64Array;
  readonly history: Float64Array;
}

/**
 * The model file: features whose weights are all below `pruneBelow` in absolute value
 * dropped, the rest quantised to 16 bits with one scale. `keyList[r]` is the hash of row r.
 */
export function quantise(
  best: TrainedWeights,
  keyList: readonly number[],
  epochs: number,
  pruneBelow: number,
): { file: Buffer; kept: number } {
  const F = keyList.length;
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
    header: { tags: [...TAGS], features: keep.length, scale, trainedOn: 'CoNLL-2003 train', epochs },
    keys,
    weights,
    trans1: Float32Array.from(best.trans1),
    trans2: Float32Array.from(best.trans2),
    history: Float32Array.from(best.history),
  });
  return { file, kept: keep.length };
}
