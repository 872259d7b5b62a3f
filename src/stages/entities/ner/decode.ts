import { bestAllowed } from '../../../learn/bio.js';
import { NER_ALLOWED, NTAGS, START } from './tags.js';

/** Weights a greedy tagger reads: per-feature rows, then first- and second-order tag transitions. */
export interface TaggerWeights {
  /** `rows × NTAGS` feature weights. */
  readonly features: ArrayLike<number>;
  /** `(NTAGS + 1) × NTAGS`: previous tag (or START) → tag. */
  readonly trans1: ArrayLike<number>;
  /** `(NTAGS + 1)² × NTAGS`: the two previous tags → tag. */
  readonly trans2: ArrayLike<number>;
  /** `HISTORY_ROWS × NTAGS`: what the tagger said about the same word earlier in the document. */
  readonly history: ArrayLike<number>;
}

/**
 * Prediction history (Ratinov & Roth 2009, online): for a capitalised word, the type the
 * tagger gave its last occurrence earlier in the document (none, O, PER, ORG, LOC, MISC),
 * crossed with "sentence-initial or not".
 */
export const HISTORY_ROWS = 12;

/** The history row of a token: -1 for words that keep no history (not capitalised). */
export function historyRow(history: ReadonlyMap<string, number>, key: string | undefined, first: boolean): number {
  if (key === undefined) return -1;
  return (history.get(key) ?? 0) * 2 + (first ? 1 : 0);
}

/** Records the tag given to a word: 1 for O, 2 + type index otherwise. */
export function remember(history: Map<string, number>, key: string | undefined, tag: number): void {
  if (key !== undefined) history.set(key, tag === 0 ? 1 : 2 + ((tag - 1) >> 1));
}

/**
 * The scores of one token's context, before its features: the transitions from the two
 * previous tags and the history row (−1: none). Writes into `scores` (length NTAGS).
 */
export function scoreContext(
  trans1: ArrayLike<number>,
  trans2: ArrayLike<number>,
  history: ArrayLike<number>,
  p2: number,
  p1: number,
  hrow: number,
  scores: Float64Array,
): void {
  const t1 = p1 * NTAGS;
  const t2 = (p2 * (NTAGS + 1) + p1) * NTAGS;
  for (let t = 0; t < NTAGS; t++) scores[t] = trans1[t1 + t]! + trans2[t2 + t]!;
  if (hrow >= 0) for (let t = 0; t < NTAGS; t++) scores[t]! += history[hrow * NTAGS + t]!;
}

/**
 * Tag scores of one token given its feature rows `rows[from, to)` and the two previous tags.
 * Writes into `scores` (length NTAGS).
 */
export function scoreToken(
  w: TaggerWeights,
  rows: Int32Array,
  from: number,
  to: number,
  p2: number,
  p1: number,
  hrow: number,
  scores: Float64Array,
): void {
  const f = w.features;
  scoreContext(w.trans1, w.trans2, w.history, p2, p1, hrow, scores);
  for (let k = from; k < to; k++) {
    const r = rows[k]!;
    if (r < 0) continue;
    const base = r * NTAGS;
    for (let t = 0; t < NTAGS; t++) scores[t]! += f[base + t]!;
  }
}

/** Best allowed tag after `p1` (START before the first token; IOB2: no `I-X` without `B-X`). */
export function bestTag(scores: Float64Array, p1: number): number {
  return bestAllowed(scores, NER_ALLOWED, p1 === START ? -1 : p1);
}

/**
 * Greedy left-to-right decoding of one sentence. `offsets[i]..offsets[i+1]` index the
 * feature rows of token i; `keys[i]` is its history key (see historyRow), `history` the
 * document's memory, updated as tokens are tagged. Writes tag indices into `out`.
 */
export function greedyDecode(
  w: TaggerWeights,
  rows: Int32Array,
  offsets: Int32Array,
  n: number,
  out: Uint8Array,
  keys: readonly (string | undefined)[],
  history: Map<string, number>,
): void {
  const scores = new Float64Array(NTAGS);
  let p2: number = START;
  let p1: number = START;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    scoreToken(w, rows, offsets[i]!, offsets[i + 1]!, p2, p1, historyRow(history, key, i === 0), scores);
    const t = bestTag(scores, p1);
    out[i] = t;
    remember(history, key, t);
    p2 = p1;
    p1 = t;
  }
}
