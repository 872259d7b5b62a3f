import { bioSpans, type TaggedSpan } from '../../learn/bio.js';
import { interleave, staticScores } from '../../learn/interleaved.js';
import { CONTENT_K, contentFeatures } from './content-features.js';
import { STATIC_K, staticFeatures, type TaggerInput } from './features.js';
import { CUE_VERBS } from './lexicon.js';
import type { AttributionModel } from './model-file.js';
import { STACKED_K, stackedFeatures } from './stacked-features.js';
import { decode } from './tagger.js';

export interface TagResult {
  readonly spans: TaggedSpan[];
  /** Per token: 1 inside double quotation marks. */
  readonly inside: Uint8Array;
  readonly sourceCueTags: Int8Array;
  readonly contentTags: Int8Array;
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
  /** `greedy`: left to right, one label at a time; `viterbi`: the best whole sequence (`decodeViterbi`). */
  readonly decoding?: 'greedy' | 'viterbi';
}

export const DEFAULT_BOOSTS: TagBoosts = { sourceCue: [0, 0, 0, 8, 3], content: [0, 0, 10], speechVerbCue: 40 };

/** Runs the two learned taggers: sources and cues first, then contents with their tags as features. */
export function tagAttributionSpans(input: TaggerInput, model: AttributionModel, boosts: TagBoosts = DEFAULT_BOOSTS): TagResult {
  const stat = staticFeatures(input);
  const inside = stat.inside;
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
  const contentTags = decode(model.content, stat, contentFeatures(first, input.sentences, inside), CONTENT_K, at(1, boosts.content));
  const sourceCueTags = second
    ? decode(second, stat, stackedFeatures(contentTags, input.sentences), STACKED_K, at(2, boosts.sourceCue, verbBoost))
    : first;
  const spans = [...bioSpans((second ?? model.sourceCue).labels, sourceCueTags), ...bioSpans(model.content.labels, contentTags)];
  return { spans: spans.sort((a, b) => a.tokenStart - b.tokenStart), inside, sourceCueTags, contentTags };
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
