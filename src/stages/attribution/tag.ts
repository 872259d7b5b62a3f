import { contentFeatures } from './content-features.js';
import { staticFeatures, type TaggerInput } from './features.js';
import type { AttributionModel } from './model-file.js';
import { quoteState } from './quotes.js';
import { decode, type TaggedSpan, tagsToSpans } from './tagger.js';

export interface TagResult {
  readonly spans: TaggedSpan[];
  /** Per token: 1 inside double quotation marks. */
  readonly inside: Uint8Array;
  readonly sourceCueTags: Int8Array;
  readonly contentTags: Int8Array;
}

/** Runs the two learned taggers: sources and cues first, then contents with their tags as features. */
export function tagAttributionSpans(input: TaggerInput, model: AttributionModel): TagResult {
  const stat = staticFeatures(input);
  const { inside } = quoteState(input.tokens, input.paragraphs);
  const sourceCueTags = decode(model.sourceCue, stat);
  const extra = contentFeatures(sourceCueTags, input.sentences, inside);
  const contentTags = decode(model.content, stat, extra);
  const spans = [...tagsToSpans(model.sourceCue.labels, sourceCueTags), ...tagsToSpans(model.content.labels, contentTags)].sort(
    (a, b) => a.tokenStart - b.tokenStart,
  );
  return { spans, inside, sourceCueTags, contentTags };
}
