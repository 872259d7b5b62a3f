/**
 * The BIO constraint every tagger decodes under: an `I-X` label only after `B-X` or `I-X`.
 * Tables are indexed `[(prev + 1) * L + next]`, `prev` −1 before the first token (as
 * `viterbi2` reads them).
 */

/** False for an `I-X` label that does not continue an `X` (`prev` −1: the start). */
export function bioAllowed(labels: readonly string[], prev: number, next: number): boolean {
  const l = labels[next] as string;
  if (!l.startsWith('I-')) return true;
  const p = prev < 0 ? 'O' : (labels[prev] as string);
  return p !== 'O' && p.slice(2) === l.slice(2);
}

/** `bioAllowed` of every (previous, next) pair: 1 where allowed. */
export function bioTable(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const ok = new Uint8Array((L + 1) * L);
  for (let p = -1; p < L; p++) for (let l = 0; l < L; l++) ok[(p + 1) * L + l] = bioAllowed(labels, p, l) ? 1 : 0;
  return ok;
}

/** The best-scoring label allowed after `prev` (−1: the start) by `ok` (`bioTable`); ties go to the lower label. */
export function bestAllowed(scores: ArrayLike<number>, ok: Uint8Array, prev: number): number {
  const L = scores.length;
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  const row = (prev + 1) * L;
  for (let l = 0; l < L; l++) {
    if (ok[row + l] === 1 && (scores[l] as number) > bestScore) {
      bestScore = scores[l] as number;
      best = l;
    }
  }
  return best;
}
