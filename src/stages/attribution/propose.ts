import type { Paragraph, Sentence, Timex, Token } from '../../doc/layers.js';
import { dropAnonymityRequests } from './anonymity.js';
import { boundaryContext } from './boundary-context.js';
import { type BoundaryBonus, type BoundaryModel, rerankBoundaries } from './content-bounds.js';
import { withoutTaggedEdges } from './content-edges.js';
import { snapContents } from './content-snap.js';
import { withoutStrayBracket } from './content-trim.js';
import { cutAtCoordinatedCue } from './coordinated-cue.js';
import { extendCues } from './cue-extent.js';
import { prepositionToCue, separateCueFromContent } from './cue-overlap.js';
import { dropFalseAttributions } from './filters.js';
import { aroundInterruptingCue } from './interrupting-cue.js';
import { invertedCueContents } from './inverted-cue.js';
import { layoutCues } from './layout-cues.js';
import { lexiconSpans } from './lexicon-spans.js';
import { type LinkedSpans, linkSpans } from './link.js';
import type { AttributionModel } from './model-file.js';
import { aroundPassiveCue } from './passive-cue.js';
import { continueOverNextQuote } from './quote-continuation.js';
import type { QuoteState } from './quotes.js';
import { ruleSpans } from './rules.js';
import { withoutSentenceOpener } from './sentence-openers.js';
import { extendSources } from './source-extent.js';
import { splitAcrossSentences } from './split-sentences.js';
import { type TagBoosts, tagAttributionSpans } from './tag.js';
import type { TokenHashes } from './token-hashes.js';

/** One document as the attribution steps read it. */
export interface ProposalInput {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly quotes: QuoteState;
  readonly hashes: TokenHashes;
  readonly timexes: readonly Timex[] | undefined;
}

export interface ProposalConfig {
  /** The learned taggers; null: the cue lexicon alone. */
  readonly model: AttributionModel | null;
  readonly boosts: TagBoosts;
  readonly rankers: BoundaryModel | null;
  readonly bonus: BoundaryBonus;
}

/**
 * The attributions of a document, PolNeAR-shaped (before the dateline convention splits
 * "“A,” he said, “B.”"): tagged spans linked, the rules for what layout states, spans to
 * PolNeAR's conventions, content boundaries re-chosen by the rankers, false attributions out
 * (docs/attribution.md).
 */
export function proposeAttributions(input: ProposalInput, config: ProposalConfig): LinkedSpans[] {
  const { tokens, paragraphs, quotes, hashes, timexes } = input;
  const inside = quotes.inside;
  const tagged = config.model ? tagAttributionSpans(input, config.model, config.boosts).spans : lexiconSpans(tokens);
  // a content does not start or end on a token the source/cue tagger claims
  const spans = withoutTaggedEdges(tokens, tagged);
  // 1. link tagged spans into attributions
  const linked = splitAcrossSentences(tokens, spans, linkSpans(tokens, input.sentences, spans));
  // 2. rules: what the tagger missed or invented, and what layout states
  const ruled = layoutCues(input, inside, ruleSpans(input, inside, spans, linked, config.model !== null));
  // 3. spans to PolNeAR's conventions
  const shaped = separateCueFromContent(
    tokens,
    snapContents(tokens, invertedCueContents(tokens, extendSources(tokens, extendCues(tokens, ruled, timexes)))),
  );
  // 4. content boundaries re-chosen by the learned rankers
  const reranked = config.rankers
    ? rerankBoundaries(boundaryContext(tokens, paragraphs, quotes, hashes), config.rankers, config.bonus, shaped)
    : shaped;
  // 5. a preposition at the seam is the cue's, the content of an interrupting or a sourceless
  //    passive cue runs around it, one before its cue leaves out a sentence-opening "But" or
  //    "However," and any content a stray closing bracket, a quotation before its cue runs on
  //    over the next one
  const aroundCues = aroundPassiveCue(tokens, aroundInterruptingCue(tokens, quotes.marks, prepositionToCue(tokens, reranked)));
  const seamed = withoutStrayBracket(tokens, withoutSentenceOpener(tokens, aroundCues));
  const paragraphOf = (i: number): number => (input.sentences[(tokens[i] as Token).sentence] as Sentence).paragraph;
  const continued = continueOverNextQuote(tokens, paragraphOf, quotes, seamed);
  // 6. a content ends before a coordinated clause with a cue of its own
  const cut = cutAtCoordinatedCue(tokens, continued);
  // 7. false attributions out
  return dropAnonymityRequests(tokens, dropFalseAttributions(tokens, cut));
}
