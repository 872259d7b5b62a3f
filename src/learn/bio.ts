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

const TABLES = new WeakMap<readonly string[], Uint8Array>();

/** `bioTable(labels)`, made once per label list. */
export function bioTableOf(labels: readonly string[]): Uint8Array {
  let ok = TABLES.get(labels);
  if (ok === undefined) {
    ok = bioTable(labels);
    TABLES.set(labels, ok);
  }
  return ok;
}

/** A labelled run of tokens `[tokenStart, tokenEnd)`. */
export interface TaggedSpan {
  readonly kind: string;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** BIO tags (indices into `labels`) to spans; an `I-X` that continues no `X` is dropped. */
export function bioSpans(labels: readonly string[], tags: ArrayLike<number>): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: { kind: string; start: number } | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const l = i < tags.length ? (labels[tags[i] as number] as string) : 'O';
    if (open && !(l.startsWith('I-') && l.slice(2) === open.kind)) {
      spans.push({ kind: open.kind, tokenStart: open.start, tokenEnd: i });
      open = null;
    }
    if (l.startsWith('B-')) open = { kind: l.slice(2), start: i };
  }
  return spans;
}

/**
 * The label to learn after the history actually predicted: a gold `I-X` that cannot follow
 * the previous guess becomes `B-X` (a simple dynamic oracle for greedy BIO decoding).
 */
export function oracleLabel(labels: readonly string[], prev: number, gold: number): number {
  if (bioAllowed(labels, prev, gold)) return gold;
  return labels.indexOf(`B-${(labels[gold] as string).slice(2)}`);
}
