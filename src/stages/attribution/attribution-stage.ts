import type { Doc } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { dropAnonymityRequests } from './anonymity.js';
import { assemble } from './assemble.js';
import { boundaryContext } from './boundary-context.js';
import { type BoundaryBonus, DEFAULT_BOUNDARY_BONUS, rerankBoundaries } from './content-bounds.js';
import { snapContents } from './content-snap.js';
import { splitAroundCue } from './content-split.js';
import { extendCues } from './cue-extent.js';
import { separateCueFromContent } from './cue-overlap.js';
import { dropFalseAttributions } from './filters.js';
import { invertedCueContents } from './inverted-cue.js';
import { layoutCues } from './layout-cues.js';
import { lexiconSpans } from './lexicon-spans.js';
import { linkSpans } from './link.js';
import { type AttributionModel, loadModel } from './model-file.js';
import { quoteState } from './quotes.js';
import { reportUnbalanced, ruleSpans } from './rules.js';
import { extendSources } from './source-extent.js';
import { splitAcrossSentences } from './split-sentences.js';
import { DEFAULT_BOOSTS, type TagBoosts, tagAttributionSpans } from './tag.js';
import { tokenHashes } from './token-hashes.js';

export interface AttributionOptions {
  /** The learned taggers; null runs the rules alone. Default: the committed model. */
  readonly model?: AttributionModel | null;
  readonly boosts?: TagBoosts;
  /** Re-choose content boundaries with the model's rankers (default true; false scores the taggers alone). */
  readonly rankers?: boolean;
  /** Extra score the content-boundary rankers give the tagger's own boundaries. */
  readonly boundaryBonus?: BoundaryBonus;
  /**
   * `dateline` (default) reports "“A,” he said, “B.”" as two statements; `polnear` keeps
   * PolNeAR's one content around the cue (what its gold marks, for scoring).
   */
  readonly convention?: 'dateline' | 'polnear';
}

/**
 * Who said what: sources, cues and contents tagged by perceptrons learned on PolNeAR, linked
 * into attributions, with rules for what layout and conventions state (docs/attribution.md);
 * speakers resolved through the entities layer when present; dates from the cue's timex
 * when the time layer is present.
 */
export function createAttributionStage(options: AttributionOptions = {}): Stage {
  const model = options.model === undefined ? loadModel() : options.model;
  const boosts = options.boosts ?? DEFAULT_BOOSTS;
  const split = (options.convention ?? 'dateline') === 'dateline';
  const rankers =
    model?.contentEnd && model.contentStart && options.rankers !== false
      ? { end: model.contentEnd.weights, start: model.contentStart.weights }
      : null;
  const bonus = options.boundaryBonus ?? DEFAULT_BOUNDARY_BONUS;
  return {
    name: 'attribution',
    requires: ['tokens', 'sentences', 'paragraphs'],
    provides: ['attributions'],
    uses: ['entities', 'timexes'],
    run(doc: Doc, ctx) {
      const tokens = doc.get('tokens');
      const paragraphs = doc.get('paragraphs');
      const quotes = quoteState(tokens, paragraphs);
      const hashes = tokenHashes(tokens);
      const input = { tokens, sentences: doc.get('sentences'), paragraphs, quotes, hashes };
      const inside = quotes.inside;
      reportUnbalanced(input, quotes, ctx);
      const spans = model ? tagAttributionSpans(input, model, boosts).spans : lexiconSpans(tokens);
      const timexes = doc.find('timexes');
      // 1. link tagged spans into attributions
      const linked = splitAcrossSentences(tokens, spans, linkSpans(tokens, input.sentences, spans));
      // 2. rules: what the tagger missed or invented, and what layout states
      const ruled = layoutCues(input, inside, ruleSpans(input, inside, spans, linked));
      // 3. spans to PolNeAR's conventions, then false attributions out
      const shaped = separateCueFromContent(
        tokens,
        snapContents(tokens, invertedCueContents(tokens, extendSources(tokens, extendCues(tokens, ruled, timexes)))),
      );
      // 4. content boundaries re-chosen by the learned rankers
      const reranked = rankers ? rerankBoundaries(boundaryContext(tokens, paragraphs, quotes, hashes), rankers, bonus, shaped) : shaped;
      const kept = dropAnonymityRequests(tokens, dropFalseAttributions(tokens, reranked));
      const statements = split ? splitAroundCue(tokens, kept) : kept;
      doc.set('attributions', assemble({ text: doc.text, tokens, inside, entities: doc.find('entities'), timexes }, statements));
    },
  };
}
