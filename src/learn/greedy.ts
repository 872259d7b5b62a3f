import { bestAllowed } from './bio.js';
import type { LocalScores } from './viterbi.js';

/**
 * Greedy left-to-right decoding of the scores `viterbi2` decodes exactly: at each token the
 * best label allowed after the one chosen before it (`ok`: a `bioTable`, ties to the lower label).
 */
export function greedy2(n: number, L: number, ok: Uint8Array, local: LocalScores): Int8Array {
  const tags = new Int8Array(n);
  const scores = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    const p1 = i > 0 ? (tags[i - 1] as number) : -1;
    local(i, p1, i > 1 ? (tags[i - 2] as number) : -1, scores);
    tags[i] = bestAllowed(scores, ok, p1);
  }
  return tags;
}
