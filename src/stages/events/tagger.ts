import type { Token } from '../../doc/layers.js';
import type { Perceptron } from '../../learn/perceptron.js';
import { EVENT_K, type EventFeatures } from './features.js';
import { isCandidate } from './labels.js';

/**
 * One label index per token (0 = no event), each token classified on its own features:
 * TimeBank's triggers are single tokens, so no sequence model is needed.
 */
export function tagEvents(model: Perceptron, tokens: readonly Token[], f: EventFeatures): Uint8Array {
  const L = model.labels.length;
  const out = new Uint8Array(f.n);
  const scores = new Float64Array(L);
  for (let i = 0; i < f.n; i++) {
    if (f.candidate ? f.candidate[i] === 0 : !isCandidate(tokens[i] as Token)) continue;
    scores.fill(0);
    model.add(scores, f.ids, i * EVENT_K, (i + 1) * EVENT_K);
    let best = 0;
    for (let l = 1; l < L; l++) if ((scores[l] as number) > (scores[best] as number)) best = l;
    out[i] = best;
  }
  return out;
}
