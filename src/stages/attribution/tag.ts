import { CONTENT_K, contentFeatures } from './content-features.js';
import { staticFeatures, type TaggerInput } from './features.js';
import { CUE_VERBS } from './lexicon.js';
import type { AttributionModel } from './model-file.js';
import { STACKED_K, stackedFeatures } from './stacked-features.js';
import { interleave, staticScores } from './static-scores.js';
import { decode as decodeGreedy, decodeViterbi, type TaggedSpan, tagsToSpans } from './tagger.js';

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
  const table = interleave(model.sourceCue2 ? [model.sourceCue, model.content, model.sourceCue2] : [model.sourceCue, model.content]);
  const presummed = staticScores(stat, table);
  const at = (k: number) => ({ scores: presummed, stride: table.stride, offset: table.offsets[k] as number });
  const verbBoost = speechVerbBoost(input, boosts.speechVerbCue ?? 0);
  const decode = boosts.decoding === 'viterbi' ? decodeViterbi : decodeGreedy;
  const sourceCueTags = decode(model.sourceCue, stat, undefined, 0, boosts.sourceCue, verbBoost, at(0));
  const extra = contentFeatures(sourceCueTags, input.sentences, inside);
  const contentTags = decode(model.content, stat, extra, CONTENT_K, boosts.content, undefined, at(1));
  if (model.sourceCue2) {
    const second = decode(
      model.sourceCue2,
      stat,
      stackedFeatures(contentTags, input.sentences),
      STACKED_K,
      boosts.sourceCue,
      verbBoost,
      at(2),
    );
    const spans = [...tagsToSpans(model.sourceCue2.labels, second), ...tagsToSpans(model.content.labels, contentTags)];
    return { spans: spans.sort((a, b) => a.tokenStart - b.tokenStart), inside, sourceCueTags: second, contentTags };
  }
  const spans = [...tagsToSpans(model.sourceCue.labels, sourceCueTags), ...tagsToSpans(model.content.labels, contentTags)].sort(
    (a, b) => a.tokenStart - b.tokenStart,
  );
  return { spans, inside, sourceCueTags, contentTags };
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
