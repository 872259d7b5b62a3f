import { bestAllowed, bioAllowed, bioTable } from '../../learn/bio.js';
import { feature } from '../../learn/hashing.js';
import type { Perceptron } from '../../learn/perceptron.js';
import { viterbi2 } from '../../learn/viterbi.js';
import { KEYS, STATIC_K, type StaticFeatures } from './features.js';

/** Labels of the source/cue tagger and of the content tagger (BIO). */
export const SC_LABELS = ['O', 'B-S', 'I-S', 'B-C', 'I-C'] as const;
export const Q_LABELS = ['O', 'B-Q', 'I-Q'] as const;

const TABLES = new WeakMap<readonly string[], Uint8Array>();

/** The BIO constraint of `labels` as a table (`learn/bio.ts`), made once per label list. */
export function allowedTable(labels: readonly string[]): Uint8Array {
  let ok = TABLES.get(labels);
  if (ok === undefined) {
    ok = bioTable(labels);
    TABLES.set(labels, ok);
  }
  return ok;
}

export const HISTORY_K = 6;

/** Features built from the labels already chosen for the two previous tokens (written into `out`). */
export function historyFeatures(p1: number, p2: number, keys: Int32Array, i: number, out: Int32Array): Int32Array {
  out[0] = feature(200, p1);
  out[1] = feature(201, p1, p2);
  out[2] = feature(202, p1, keys[i * KEYS] as number);
  out[3] = feature(203, p1, keys[i * KEYS + 1] as number);
  out[4] = feature(204, p1, keys[i * KEYS + 2] as number);
  out[5] = feature(205, p1, keys[i * KEYS + 3] as number, keys[i * KEYS + 2] as number);
  return out;
}

/** Static-feature scores summed beforehand (`static-scores.ts`): this tagger's labels start at `offset` in rows of `stride`. */
export interface PresummedScores {
  readonly scores: Float64Array;
  readonly stride: number;
  readonly offset: number;
}

/**
 * Greedy left-to-right tagging of a document. `extra` holds `extraK` more feature ids per
 * token; `presummed`, when given, replaces the static-feature lookups.
 */
export function decode(
  model: Perceptron,
  stat: StaticFeatures,
  extra?: Int32Array,
  extraK = 0,
  boost?: readonly number[],
  tokenBoost?: (i: number, scores: Float64Array) => void,
  presummed?: PresummedScores,
): Int8Array {
  const n = stat.ids.length / STATIC_K;
  const L = model.labels.length;
  const tags = new Int8Array(n);
  const scores = new Float64Array(L);
  const history = new Int32Array(HISTORY_K);
  const ok = allowedTable(model.labels);
  for (let i = 0; i < n; i++) {
    const p1 = i > 0 ? (tags[i - 1] as number) : -1;
    const p2 = i > 1 ? (tags[i - 2] as number) : -1;
    if (boost) for (let l = 0; l < L; l++) scores[l] = boost[l] ?? 0;
    else scores.fill(0);
    if (presummed) {
      const o = i * presummed.stride + presummed.offset;
      for (let l = 0; l < L; l++) scores[l] = (scores[l] as number) + (presummed.scores[o + l] as number);
    } else model.add(scores, stat.ids, i * STATIC_K, (i + 1) * STATIC_K);
    if (extra) model.add(scores, extra, i * extraK, (i + 1) * extraK);
    model.add(scores, historyFeatures(p1, p2, stat.keys, i, history));
    if (tokenBoost) tokenBoost(i, scores);
    tags[i] = bestAllowed(scores, ok, p1);
  }
  return tags;
}

/** Per-token scores that do not depend on the labels before it: boosts, static, extra features, token boost. */
function staticPart(
  model: Perceptron,
  stat: StaticFeatures,
  extra: Int32Array | undefined,
  extraK: number,
  boost: readonly number[] | undefined,
  tokenBoost: ((i: number, scores: Float64Array) => void) | undefined,
  presummed: PresummedScores | undefined,
): Float64Array {
  const n = stat.ids.length / STATIC_K;
  const L = model.labels.length;
  const all = new Float64Array(n * L);
  const scores = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    if (boost) for (let l = 0; l < L; l++) scores[l] = boost[l] ?? 0;
    else scores.fill(0);
    if (presummed) {
      const o = i * presummed.stride + presummed.offset;
      for (let l = 0; l < L; l++) scores[l] = (scores[l] as number) + (presummed.scores[o + l] as number);
    } else model.add(scores, stat.ids, i * STATIC_K, (i + 1) * STATIC_K);
    if (extra) model.add(scores, extra, i * extraK, (i + 1) * extraK);
    if (tokenBoost) tokenBoost(i, scores);
    all.set(scores, i * L);
  }
  return all;
}

/**
 * Exact decoding (second-order Viterbi over the BIO transitions) of the same scores `decode`
 * sums greedily: the static part once per token, the history features per pair of previous labels.
 */
export function decodeViterbi(
  model: Perceptron,
  stat: StaticFeatures,
  extra?: Int32Array,
  extraK = 0,
  boost?: readonly number[],
  tokenBoost?: (i: number, scores: Float64Array) => void,
  presummed?: PresummedScores,
): Int8Array {
  const n = stat.ids.length / STATIC_K;
  const L = model.labels.length;
  const fixed = staticPart(model, stat, extra, extraK, boost, tokenBoost, presummed);
  const keys = stat.keys;
  // the history features of one previous label (all but the label-pair one), per token, cached
  const byPrev = new Float64Array((L + 1) * L);
  const one = new Int32Array(1);
  const ids = new Int32Array(5);
  let cachedAt = -1;
  return viterbi2(
    n,
    L,
    (p, l) => bioAllowed(model.labels, p, l),
    (i, p1, p2, out) => {
      if (cachedAt !== i) {
        byPrev.fill(0);
        for (let p = -1; p < L; p++) {
          ids[0] = feature(200, p);
          ids[1] = feature(202, p, keys[i * KEYS] as number);
          ids[2] = feature(203, p, keys[i * KEYS + 1] as number);
          ids[3] = feature(204, p, keys[i * KEYS + 2] as number);
          ids[4] = feature(205, p, keys[i * KEYS + 3] as number, keys[i * KEYS + 2] as number);
          model.add(byPrev.subarray((p + 1) * L, (p + 2) * L), ids);
        }
        cachedAt = i;
      }
      for (let l = 0; l < L; l++) out[l] = (fixed[i * L + l] as number) + (byPrev[(p1 + 1) * L + l] as number);
      one[0] = feature(201, p1, p2);
      model.add(out, one);
    },
  );
}

/** A labelled run of tokens `[tokenStart, tokenEnd)`. */
export interface TaggedSpan {
  readonly kind: string;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** BIO tags to spans. */
export function tagsToSpans(labels: readonly string[], tags: Int8Array): TaggedSpan[] {
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
  const l = labels[gold] as string;
  return labels.indexOf(`B-${l.slice(2)}`);
}
