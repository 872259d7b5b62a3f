import type { Token } from '../../doc/layers.js';
import type { Perceptron } from '../../learn/perceptron.js';
import { EVENT_LABELS } from '../../stages/events/labels.js';
import { tagEvents } from '../../stages/events/tagger.js';
import { DEFAULT_EVENT_TRAINING, type EventTrainOptions, trainEvents } from '../../stages/events/train.js';
import type { EventDoc } from './corpus.js';
import { type EventCounts, emptyEventCounts, type ScoredTrigger, scoreEvents } from './score.js';

/** The triggers a model finds in a corpus document. */
export function predictTriggers(model: Perceptron, d: EventDoc): ScoredTrigger[] {
  const tags = tagEvents(model, d.tokens, d.features);
  const out: ScoredTrigger[] = [];
  tags.forEach((t, i) => {
    if (t === 0) return;
    const tok = d.tokens[i] as Token;
    out.push({ start: tok.start, end: tok.end, class: EVENT_LABELS[t] as string });
  });
  return out;
}

/** Fold of a document: documents in file-name order, dealt round-robin. */
export function foldOf(index: number, folds: number): number {
  return index % folds;
}

/** k-fold cross-validation by document: train on k−1 folds, score the held-out one, sum the counts. */
export function crossValidate(docs: readonly EventDoc[], folds: number, o: EventTrainOptions = DEFAULT_EVENT_TRAINING): EventCounts {
  const counts = emptyEventCounts();
  for (let k = 0; k < folds; k++) {
    const train = docs.filter((_, i) => foldOf(i, folds) !== k);
    const model = trainEvents(train, o);
    docs.forEach((d, i) => {
      if (foldOf(i, folds) === k) scoreEvents(d.events, predictTriggers(model, d), counts);
    });
  }
  return counts;
}
