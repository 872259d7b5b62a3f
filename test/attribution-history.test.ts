import { describe, expect, it } from 'vitest';
import { KEYS } from '../src/stages/attribution/features.js';
import { attributionHistory, HISTORY_K, historyFeatures } from '../src/stages/attribution/tagger.js';

describe('attributionHistory: the history features split for exact decoding', () => {
  it('gives the ids of historyFeatures, per previous label and per label pair', () => {
    const keys = Int32Array.from({ length: 5 * KEYS }, (_, k) => 1000 + 7 * k);
    const offset = 2;
    const history = attributionHistory(keys, offset);
    const prev = new Int32Array(history.previousK);
    const pair = new Int32Array(history.pairK);
    for (let i = 0; i < 3; i++) {
      for (const [p1, p2] of [
        [-1, -1],
        [0, -1],
        [3, 4],
        [1, 0],
      ] as const) {
        history.previous(i, p1, prev);
        history.pair(p1, p2, pair);
        const whole = historyFeatures(p1, p2, keys, offset + i, new Int32Array(HISTORY_K));
        expect([...prev, ...pair].sort()).toEqual([...whole].sort());
      }
    }
  });
});
