import type { Paragraph, Sentence, Timex, Token } from '../../doc/layers.js';
import { dropAnonymityRequests } from './anonymity.js';
import { boundaryContext } from './boundary-context.js';
import { type BoundaryBonus, type BoundaryModel, rerankBoundaries } from './content-bounds.js';
import { withoutTaggedEdges } from './content-edges.js';
import { snapContents } from './content-snap.js';
import { withoutStrayBracket } from './content-trim.js';
import { cutAtCoordinatedCue } from './coordinated-cue.js';
import { extendPostposedCues } from './cue-circumstance.js';
import { extendCues } from './cue-extent.js';
import { prepositionToCue, separateCueFromContent } from './cue-overlap.js';
import { dropFalseAttributions } from './filters.js';
import { contentAfterOwnFrame } from './frame-inside.js';
import { aroundInterruptingCue } from './interrupting-cue.js';
import { invertedCueContents } from './inverted-cue.js';
import { layoutCues } from './layout-cues.js';
import { lexiconSpans } from './lexicon-spans.js';
import { type LinkedSpans, linkSpans } from './link.js';
import type { AttributionModel } from './model-file.js';
import { participleSubjects } from './participle-source.js';
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
  /** Steps left out (ablations for cross-validation, `STEPS`); default none. */
  readonly off?: ReadonlySet<string>;
}

/** The named steps of `proposeAttributions` that an ablation can leave out. */
export const STEPS = [
  'tagged-edges',
  'split-sentences',
  'rules',
  'layout',
  'cue-extent',
  'source-extent',
  'participle-subject',
  'circumstance',
  'inverted-cue',
  'snap',
  'separate-cue',
  'preposition',
  'interrupting',
  'passive',
  'opener',
  'bracket',
  'continuation',
  'coordinated',
  'filters',
  'anonymity',
  'after-frame',
] as const;

/**
 * The attributions of a document, PolNeAR-shaped (before the dateline convention splits
 * "“A,” he said, “B.”"): tagged spans linked, the rules for what layout states, spans to
 * PolNeAR's conventions, content boundaries re-chosen by the rankers, false attributions out
 * (docs/attribution.md).
 */
export function proposeAttributions(input: ProposalInput, config: ProposalConfig): LinkedSpans[] {
  const { tokens, paragraphs, quotes, hashes, timexes } = input;
  const inside = quotes.inside;
  const off = config.off;
  const on = (name: (typeof STEPS)[number]): boolean => !off?.has(name);
  const tagged = config.model ? tagAttributionSpans(input, config.model, config.boosts).spans : lexiconSpans(tokens);
  // a content does not start or end on a token the source/cue tagger claims
  const spans = on('tagged-edges') ? withoutTaggedEdges(tokens, tagged) : tagged;
  // 1. link tagged spans into attributions
  const rawLinks = linkSpans(tokens, input.sentences, spans);
  const linked = on('split-sentences') ? splitAcrossSentences(tokens, spans, rawLinks) : rawLinks;
  // 2. rules: what the tagger missed or invented, and what layout states
  const withRules = on('rules') ? ruleSpans(input, inside, spans, linked, config.model !== null) : linked;
  const ruled = on('layout') ? layoutCues(input, inside, withRules) : withRules;
  // 3. spans to PolNeAR's conventions
  const cues = on('cue-extent') ? extendCues(tokens, ruled, timexes) : ruled;
  const extended = on('source-extent') ? extendSources(tokens, cues) : cues;
  const subjects = on('participle-subject') ? participleSubjects(tokens, extended) : extended;
  const sources = on('circumstance') ? extendPostposedCues(tokens, subjects) : subjects;
  const inverted = on('inverted-cue') ? invertedCueContents(tokens, sources) : sources;
  const snapped = on('snap') ? snapContents(tokens, inverted) : inverted;
  const shaped = on('separate-cue') ? separateCueFromContent(tokens, snapped) : snapped;
  // 4. content boundaries re-chosen by the learned rankers
  const reranked = config.rankers
    ? rerankBoundaries(boundaryContext(tokens, paragraphs, quotes, hashes), config.rankers, config.bonus, shaped)
    : shaped;
  // 5. a preposition at the seam is the cue's, the content of an interrupting or a sourceless
  //    passive cue runs around it, one before its cue leaves out a sentence-opening "But" or
  //    "However," and any content a stray closing bracket, a quotation before its cue runs on
  //    over the next one
  const prep = on('preposition') ? prepositionToCue(tokens, reranked) : reranked;
  const interrupted = on('interrupting') ? aroundInterruptingCue(tokens, quotes.marks, prep) : prep;
  const aroundCues = on('passive') ? aroundPassiveCue(tokens, interrupted) : interrupted;
  const opened = on('opener') ? withoutSentenceOpener(tokens, aroundCues) : aroundCues;
  const seamed = on('bracket') ? withoutStrayBracket(tokens, opened) : opened;
  const paragraphOf = (i: number): number => (input.sentences[(tokens[i] as Token).sentence] as Sentence).paragraph;
  const continued = on('continuation') ? continueOverNextQuote(tokens, paragraphOf, quotes, seamed) : seamed;
  // 6. a content ends before a coordinated clause with a cue of its own
  const cut = on('coordinated') ? cutAtCoordinatedCue(tokens, continued) : continued;
  // 7. false attributions out
  const filtered = on('filters') ? dropFalseAttributions(tokens, cut) : cut;
  const kept = on('anonymity') ? dropAnonymityRequests(tokens, filtered) : filtered;
  // 8. a content never holds its own source
  return on('after-frame') ? contentAfterOwnFrame(kept) : kept;
}
