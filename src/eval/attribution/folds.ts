/**
 * k-fold cross-validation by article on a training split: every article (with all its
 * annotators' files) lies in exactly one fold, chosen from its id alone, so the training
 * script and the scorer agree on the folds without sharing state.
 */

import { DatelineError } from '../../errors/codes.js';

/** FNV-1a over the id: a stable fold that does not depend on the order files are read in. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The fold (0 … k−1) an article belongs to. */
export function foldOf(id: string, k: number): number {
  if (!Number.isInteger(k) || k < 2) throw new DatelineError('E_USAGE', `folds: k must be a whole number ≥ 2, got ${k}`);
  return idHash(id) % k;
}

/** Parses `i/k` (fold i of k, counted from 0). */
export function parseFold(spec: string): { index: number; k: number } {
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  if (!m) throw new DatelineError('E_USAGE', `a fold is written i/k, e.g. 0/5; got ${spec}`);
  const index = Number(m[1]);
  const k = Number(m[2]);
  if (k < 2 || index >= k) throw new DatelineError('E_USAGE', `fold ${spec}: need k ≥ 2 and 0 ≤ i < k`);
  return { index, k };
}

/** Where the training script writes the model that leaves fold `index` of `k` out. */
export function foldModelPath(dir: string, index: number, k: number): string {
  return `${dir.replace(/\/$/, '')}/attribution-fold${index}of${k}.bin.gz`;
}
