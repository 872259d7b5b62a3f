import { bestAllowed, bioAllowed, bioSpans, bioTableOf, type TaggedSpan } from '../../learn/bio.js';
import { feature, finish, mix, templateState } from '../../learn/hashing.js';
import { type History, historyLocal } from '../../learn/history.js';
import { interleave, staticScores } from '../../learn/interleaved.js';
import type { Perceptron } from '../../learn/perceptron.js';
import { viterbi2 } from '../../learn/viterbi.js';
import { CONTENT_K, contentFeatures } from './content-features.js';
import { KEYS, STATIC_K, type StaticFeatures, staticFeatures, type TaggerInput } from './features.js';
import { CUE_VERBS } from './lexicon.js';
import type { AttributionModel } from './model-file.js';
import { STACKED_K, stackedFeatures } from './stacked-features.js';

/** Labels of the source/cue tagger and of the content tagger (BIO). */
export const SC_LABELS = ['O', 'B-S', 'I-S', 'B-C', 'I-C'] as const;
export const Q_LABELS = ['O', 'B-Q', 'I-Q'] as const;

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

/**
 * `historyFeatures` split for exact decoding (`learn/history.ts`), the same ids: those of the
 * previous label with token `offset + i`, and the one of the previous two labels.
 */
export function attributionHistory(keys: Int32Array, offset = 0): History {
  return {
    previousK: HISTORY_K - 1,
    pairK: 1,
    previous(i, p1, out) {
      const t = (offset + i) * KEYS;
      out[0] = feature(200, p1);
      out[1] = feature(202, p1, keys[t] as number);
      out[2] = feature(203, p1, keys[t + 1] as number);
      out[3] = feature(204, p1, keys[t + 2] as number);
      out[4] = feature(205, p1, keys[t + 3] as number, keys[t + 2] as number);
    },
    pair(p1, p2, out) {
      out[0] = feature(201, p1, p2);
    },
  };
}

/** Static-feature scores summed beforehand (`learn/interleaved.ts`): this tagger's labels start at `offset` in rows of `stride`. */
export interface PresummedScores {
  readonly scores: Float64Array;
  readonly stride: number;
  readonly offset: number;
}

/** How a tagger's scores are made beyond its features: per-label boosts, a per-token boost, presummed static scores. */
export interface DecodeOptions {
  readonly boost?: readonly number[];
  readonly tokenBoost?: (i: number, scores: Float64Array) => void;
  readonly presummed?: PresummedScores;
  /** The best whole sequence (`viterbi2`) rather than greedy left to right (`greedy2`). */
  readonly exact?: boolean;
}

/**
 * Tags a document with `model`: per token the boosts, the static features (or their presummed
 * scores), `extraK` more feature ids from `extra`, then the history features of the two labels
 * before it and the token boost; BIO-constrained.
 */
export function decode(model: Perceptron, stat: StaticFeatures, extra?: Int32Array, extraK = 0, options: DecodeOptions = {}): Int8Array {
  const { boost, tokenBoost, presummed } = options;
  const n = stat.ids.length / STATIC_K;
  const L = model.labels.length;
  const fixed = new Float64Array(n * L);
  const start = Float64Array.from({ length: L }, (_, l) => boost?.[l] ?? 0);
  const scores = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    if (presummed) {
      const o = i * presummed.stride + presummed.offset;
      for (let l = 0; l < L; l++) scores[l] = (start[l] as number) + (presummed.scores[o + l] as number);
    } else {
      scores.set(start);
      model.add(scores, stat.ids, i * STATIC_K, (i + 1) * STATIC_K);
    }
    if (extra) model.add(scores, extra, i * extraK, (i + 1) * extraK);
    fixed.set(scores, i * L);
  }
  if (options.exact) {
    const cached = historyLocal(model, L, fixed, attributionHistory(stat.keys), tokenBoost);
    return viterbi2(n, L, (p, l) => bioAllowed(model.labels, p, l), cached);
  }
  return greedyDecode(model, fixed, stat.keys, tokenBoost);
}

/** The hash states of the history templates after the previous label (`[p1 + 1]`), and the ids of the label-only ones. */
interface HistoryStates {
  /** `feature(200, p1)` at `[p1 + 1]`; `feature(201, p1, p2)` at `[(p1 + 1) * (L + 1) + p2 + 1]`. */
  readonly f200: Int32Array;
  readonly f201: Int32Array;
  /** `mix(templateState(t), p1)` at `[p1 + 1]`, for t = 202 … 205. */
  readonly s202: Int32Array;
  readonly s203: Int32Array;
  readonly s204: Int32Array;
  readonly s205: Int32Array;
}

const HISTORY_STATES = new Map<number, HistoryStates>();

/** `HistoryStates` for `L` labels, made once. */
function historyStates(L: number): HistoryStates {
  let found = HISTORY_STATES.get(L);
  if (found === undefined) {
    const states = (t: number): Int32Array => Int32Array.from({ length: L + 1 }, (_, a) => mix(templateState(t), a - 1));
    const f201 = new Int32Array((L + 1) * (L + 1));
    for (let a = 0; a <= L; a++) for (let b = 0; b <= L; b++) f201[a * (L + 1) + b] = feature(201, a - 1, b - 1);
    found = {
      f200: Int32Array.from({ length: L + 1 }, (_, a) => feature(200, a - 1)),
      f201,
      s202: states(202),
      s203: states(203),
      s204: states(204),
      s205: states(205),
    };
    HISTORY_STATES.set(L, found);
  }
  return found;
}

/**
 * Greedy decoding (`greedy2`) of the fixed scores plus the history features (`historyFeatures`,
 * the same ids added in the same order), written out for speed: the history ids are finished
 * from per-label hash states rather than hashed whole.
 */
function greedyDecode(
  model: Perceptron,
  fixed: Float64Array,
  keys: Int32Array,
  tokenBoost: ((i: number, scores: Float64Array) => void) | undefined,
): Int8Array {
  const L = model.labels.length;
  const n = fixed.length / L;
  const ok = bioTableOf(model.labels);
  const { f200, f201, s202, s203, s204, s205 } = historyStates(L);
  const tags = new Int8Array(n);
  const out = new Float64Array(L);
  const ids = new Int32Array(HISTORY_K);
  // The rows of the word's history feature after O, read ahead for every token side by side:
  // in the loop below each token waits on the one before it, and so would each memory fetch.
  let touched = 0;
  for (let i = 0; i < n; i++) touched += model.at(finish(mix(mix(s202[1] as number, keys[i * KEYS] as number), 0)), 0);
  touchedSink = touched;
  for (let i = 0; i < n; i++) {
    const p1 = i > 0 ? (tags[i - 1] as number) : -1;
    const p2 = i > 1 ? (tags[i - 2] as number) : -1;
    for (let l = 0; l < L; l++) out[l] = fixed[i * L + l] as number;
    const t = i * KEYS;
    ids[0] = f200[p1 + 1] as number;
    ids[1] = f201[(p1 + 1) * (L + 1) + p2 + 1] as number;
    ids[2] = finish(mix(mix(s202[p1 + 1] as number, keys[t] as number), 0));
    ids[3] = finish(mix(mix(s203[p1 + 1] as number, keys[t + 1] as number), 0));
    ids[4] = finish(mix(mix(s204[p1 + 1] as number, keys[t + 2] as number), 0));
    ids[5] = finish(mix(mix(s205[p1 + 1] as number, keys[t + 3] as number), keys[t + 2] as number));
    model.add(out, ids, 0, HISTORY_K);
    tokenBoost?.(i, out);
    tags[i] = bestAllowed(out, ok, p1);
  }
  return tags;
}

/** Where the read-ahead goes, so that the engine cannot leave it out. */
let touchedSink = 0;

/** The sum of the weights the last greedy decoding read ahead (a number). */
export function lastReadAhead(): number {
  return touchedSink;
}

/**
 * Score added to each label before the greedy choice, per tagger (O, B-…, I-…): the
 * perceptron favours O on this sparse task, so starting a span is made a little cheaper.
 * Tuned on PolNeAR dev (docs/attribution.md).
 */
export interface TagBoosts {
  readonly sourceCue: readonly number[];
  readonly content: readonly number[];
  /** Added to B-C on a verb whose lemma is in the core speech lexicon (CUE_VERBS). */
  readonly speechVerbCue?: number;
  /** `greedy`: left to right, one label at a time; `viterbi`: the best whole sequence (`viterbi2`). */
  readonly decoding?: 'greedy' | 'viterbi';
}

export const DEFAULT_BOOSTS: TagBoosts = { sourceCue: [0, 0, 0, 8, 3], content: [0, 0, 10], speechVerbCue: 40 };

/** Runs the two learned taggers: sources and cues first, then contents with their tags as features. */
export function tagAttributionSpans(input: TaggerInput, model: AttributionModel, boosts: TagBoosts = DEFAULT_BOOSTS): TaggedSpan[] {
  const stat = staticFeatures(input);
  // the static features of every tagger are scored in one pass over one interleaved table
  const second = model.sourceCue2;
  const table = interleave(second ? [model.sourceCue, model.content, second] : [model.sourceCue, model.content]);
  const scores = staticScores(stat.ids, STATIC_K, table);
  const exact = boosts.decoding === 'viterbi';
  const at = (k: number, boost: readonly number[], tokenBoost?: (i: number, s: Float64Array) => void) => ({
    boost,
    exact,
    presummed: { scores, stride: table.stride, offset: table.offsets[k] as number },
    ...(tokenBoost ? { tokenBoost } : {}),
  });
  const verbBoost = speechVerbBoost(input, boosts.speechVerbCue ?? 0);
  const first = decode(model.sourceCue, stat, undefined, 0, at(0, boosts.sourceCue, verbBoost));
  const contentTags = decode(model.content, stat, contentFeatures(first, input.sentences, stat.inside), CONTENT_K, at(1, boosts.content));
  const sourceCueTags = second
    ? decode(second, stat, stackedFeatures(contentTags, input.sentences), STACKED_K, at(2, boosts.sourceCue, verbBoost))
    : first;
  const spans = [...bioSpans((second ?? model.sourceCue).labels, sourceCueTags), ...bioSpans(model.content.labels, contentTags)];
  return spans.sort((a, b) => a.tokenStart - b.tokenStart);
}

const B_CUE = 3;
/** Lexicon verbs too often used otherwise ("seemed timed", "known as", "called off") to be pushed. */
const UNBOOSTED = new Set(['seem', 'know', 'call']);

/** A per-token boost of B-C on speech verbs ("said", "warned"): the tagger misses more cues than it invents. */
function speechVerbBoost(input: TaggerInput, amount: number): ((i: number, scores: Float64Array) => void) | undefined {
  if (amount === 0) return undefined;
  const speech = input.tokens.map((t) => t.pos === 'VERB' && CUE_VERBS.has(t.lemma) && !UNBOOSTED.has(t.lemma));
  return (i, scores) => {
    if (speech[i]) scores[B_CUE] = (scores[B_CUE] as number) + amount;
  };
}
