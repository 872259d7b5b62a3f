import type { SpeakerScores } from './speakers-eval.js';

export interface SpeakerFold {
  readonly fold: number;
  readonly total: number;
  readonly right: number;
}

/**
 * Splits the scored articles into k folds (article ids sorted, fold = position mod k) and
 * gives each fold's accuracy. The speaker rules have no trained part, so a fold is scored as
 * is: the spread across folds shows whether a rule's gain holds across articles or comes from
 * a few (the project's "a rule earns its place across folds").
 */
export function speakerFolds(scores: SpeakerScores, k: number): SpeakerFold[] {
  const folds = Array.from({ length: k }, (_, fold) => ({ fold, total: 0, right: 0 }));
  const ids = Object.keys(scores.byDoc).sort();
  ids.forEach((id, i) => {
    const tally = scores.byDoc[id];
    const fold = folds[i % k];
    if (!tally || !fold) return;
    fold.total += tally.total;
    fold.right += tally.right;
  });
  return folds;
}

export function formatSpeakerFolds(folds: readonly SpeakerFold[]): string {
  const pct = (f: SpeakerFold): string => (f.total === 0 ? '–' : ((100 * f.right) / f.total).toFixed(1));
  return `  folds by article (sorted ids, position mod ${folds.length}): ${folds.map(pct).join(' / ')}  (rows ${folds.map((f) => f.total).join(' / ')})`;
}
