import type { Stance } from './stance.js';

/** FNC-1's weighted score: 0.25 for related/unrelated right, 0.75 more for the exact related label. */
export function fncScore(gold: readonly Stance[], predicted: readonly Stance[]): { score: number; max: number; relative: number } {
  let score = 0;
  let max = 0;
  gold.forEach((g, i) => {
    const p = predicted[i] as Stance;
    max += g === 'unrelated' ? 0.25 : 1;
    if (g === p) score += g === 'unrelated' ? 0.25 : 1;
    else if (g !== 'unrelated' && p !== 'unrelated') score += 0.25;
  });
  return { score, max, relative: max === 0 ? 0 : score / max };
}

/** F1 of one label, in percent. */
export function labelF1<T>(gold: readonly T[], predicted: readonly T[], label: T): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (p === label && g === label) tp++;
    else if (p === label) fp++;
    else if (g === label) fn++;
  });
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p: 100 * p, r: 100 * r, f1: p + r === 0 ? 0 : (200 * p * r) / (p + r) };
}
