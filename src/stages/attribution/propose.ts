import type { Paragraph, Sentence, Token } from '../../doc/layers.js';
import type { QuoteState } from '../../doc/quotes.js';
import type { TaggedSpan } from '../../learn/bio.js';
import { dropAnonymityRequests } from './anonymity.js';
import { boundaryContext } from './boundary-context.js';
import { coordinatedSubjects } from './clause-subject.js';
import { type BoundaryBonus, type BoundaryModel, rerankBoundaries } from './content-bounds.js';
import { withoutTaggedEdges } from './content-edges.js';
import { snapContents } from './content-snap.js';
import { contentAfterOwnFrame, withoutStrayBracket } from './content-trim.js';
import { cutAtCoordinatedCue } from './coordinated-cue.js';
import { completeCueVerbs, withVerbGroup } from './cue-extent.js';
import { prepositionToCue } from './cue-overlap.js';
import { dropFalseAttributions, FILTERS } from './filters.js';
import { aroundInterruptingCue } from './interrupting-cue.js';
import { layoutCues } from './layout-cues.js';
import { lexiconSpans } from './lexicon-spans.js';
import { linkSpans } from './link.js';
import type { LinkedSpans } from './linked-spans.js';
import type { AttributionModel } from './model-file.js';
import { participleSubjects } from './participle-source.js';
import { aroundPassiveCue } from './passive-cue.js';
import { continueOverNextQuote } from './quote-continuation.js';
import { RULE_PARTS, ruleSpans } from './rules.js';
import { extendSources } from './source-extent.js';
import { completeSourceHeads, withAppositionName } from './source-phrase.js';
import { splitAcrossSentences } from './split-sentences.js';
import { runSteps, type Step, type StepTrail } from './steps.js';
import { type TagBoosts, tagAttributionSpans } from './tagger.js';
import type { TokenHashes } from './token-hashes.js';

/** One document as the attribution steps read it. */
export interface ProposalInput {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly quotes: QuoteState;
  readonly hashes: TokenHashes;
}

export interface ProposalConfig {
  /** The learned taggers; null: the cue lexicon alone. */
  readonly model: AttributionModel | null;
  readonly boosts: TagBoosts;
  readonly rankers: BoundaryModel | null;
  readonly bonus: BoundaryBonus;
  /** Steps left out by name (ablations for cross-validation, `STEPS`); default none. */
  readonly off?: ReadonlySet<string>;
}

/** What the steps read of a document: the tagger's spans (after `tagged-edges`) and the configuration. */
interface StepInput extends ProposalInput {
  readonly spans: readonly TaggedSpan[];
  readonly config: ProposalConfig;
  readonly paragraphOf: (i: number) => number;
}

/** A step that reads the tokens alone. */
const byTokens = (name: string, run: (tokens: readonly Token[], linked: readonly LinkedSpans[]) => LinkedSpans[]): Step<StepInput> => ({
  name,
  run: (x, linked) => run(x.tokens, linked),
});

/**
 * The steps of `proposeAttributions`, in order (docs/attribution.md): tagged spans linked;
 * rules for what the tagger missed or invented and what layout states; spans to PolNeAR's
 * conventions; content boundaries re-chosen by the learned rankers; seams between content and
 * cue; false attributions out; a content never holds its own source.
 */
const PIPELINE: readonly Step<StepInput>[] = [
  { name: 'link', run: (x) => linkSpans(x.tokens, x.sentences, x.spans) },
  { name: 'split-sentences', run: (x, l) => splitAcrossSentences(x.tokens, x.spans, l) },
  { name: 'rules', run: (x, l) => ruleSpans(x, x.quotes.inside, x.spans, l, x.config.model !== null, x.config.off) },
  { name: 'layout', run: (x, l) => layoutCues(x, x.quotes.inside, l) },
  byTokens('source-extent', extendSources),
  byTokens('participle-subject', participleSubjects),
  byTokens('clause-subject', coordinatedSubjects),
  byTokens('source-head', completeSourceHeads),
  byTokens('apposition', withAppositionName),
  byTokens('cue-verb', completeCueVerbs),
  byTokens('verb-group', withVerbGroup),
  byTokens('snap', snapContents),
  {
    name: 'rerank',
    run: (x, l) => {
      const { rankers, bonus } = x.config;
      return rankers ? rerankBoundaries(boundaryContext(x.tokens, x.paragraphs, x.quotes, x.hashes), rankers, bonus, l) : l;
    },
  },
  byTokens('preposition', prepositionToCue),
  { name: 'interrupting', run: (x, l) => aroundInterruptingCue(x.tokens, x.quotes.marks, l) },
  byTokens('passive', aroundPassiveCue),
  byTokens('bracket', withoutStrayBracket),
  { name: 'continuation', run: (x, l) => continueOverNextQuote(x.tokens, x.paragraphOf, x.quotes, l) },
  byTokens('coordinated', cutAtCoordinatedCue),
  { name: 'filters', run: (x, l) => dropFalseAttributions(x.tokens, l, x.config.off) },
  byTokens('anonymity', dropAnonymityRequests),
  { name: 'after-frame', run: (_, l) => contentAfterOwnFrame(l) },
];

/** The names of the steps an ablation can leave out (`tagged-edges` acts on the tagged spans before linking), then the parts of two steps. */
export const STEPS: readonly string[] = [
  'tagged-edges',
  ...PIPELINE.map((s) => s.name),
  // the parts of the `rules` and `filters` steps, each left out alone
  ...RULE_PARTS.map((p) => `rules:${p}`),
  ...FILTERS.map((f) => `filters:${f}`),
];

/**
 * The attributions of a document, PolNeAR-shaped (before the dateline convention splits
 * "“A,” he said, “B.”"): the tagger's spans (or the cue lexicon's without a model) run through
 * the steps; `trail`, when given, records which steps changed each attribution.
 */
export function proposeAttributions(input: ProposalInput, config: ProposalConfig, trail?: StepTrail): LinkedSpans[] {
  const tagged = config.model ? tagAttributionSpans(input, config.model, config.boosts) : lexiconSpans(input.tokens);
  return proposeFromTagged(input, config, tagged, trail);
}

/** `proposeAttributions` from spans already tagged (the taggers' or the lexicon's), so that ablations can tag a document once. */
export function proposeFromTagged(
  input: ProposalInput,
  config: ProposalConfig,
  tagged: readonly TaggedSpan[],
  trail?: StepTrail,
): LinkedSpans[] {
  const { tokens, sentences } = input;
  // a content does not start or end on a token the source/cue tagger claims
  const spans = config.off?.has('tagged-edges') ? tagged : withoutTaggedEdges(tokens, tagged);
  const paragraphOf = (i: number): number => (sentences[(tokens[i] as Token).sentence] as Sentence).paragraph;
  return [...runSteps(PIPELINE, { ...input, spans, config, paragraphOf }, config.off, trail)];
}
