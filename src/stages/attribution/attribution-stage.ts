import type { Doc } from '../../doc/doc.js';
import { quotesOf } from '../../doc/quotes.js';
import type { Stage } from '../../pipeline/stage.js';
import { type BoundaryBonus, DEFAULT_BOUNDARY_BONUS } from './content-bounds.js';
import { splitAroundCue } from './content-split.js';
import { toFound } from './found.js';
import { type AttributionModel, loadModel } from './model-file.js';
import { markNonStatements } from './non-statement.js';
import { proposeAttributions } from './propose.js';
import { reportUnbalanced } from './rules.js';
import type { StepTrail } from './steps.js';
import { loadSupersenses } from './supersenses.js';
import { DEFAULT_BOOSTS, type TagBoosts } from './tagger.js';
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
   * `dateline` (default) reports "“A,” he said, “B.”" as two statements sharing source, cue
   * and speaker (one per content fragment, as PolNeAR, citron and CofeNet score them);
   * `polnear` keeps one content around the cue (a diagnostic: not what `extract` prints).
   */
  readonly convention?: 'dateline' | 'polnear';
  /** Steps of `proposeAttributions` left out (ablations; `STEPS` in propose.ts). */
  readonly off?: ReadonlySet<string>;
  /** Where to record which steps changed each proposed attribution (`runSteps`); none by default. */
  readonly trail?: StepTrail;
}

/**
 * What was said, and by which words: sources, cues and contents tagged by perceptrons learned
 * on PolNeAR, linked into attributions, with rules for what layout and conventions state
 * (docs/attribution.md). Sets the internal layer `attributionSpans`; who the source is and
 * when it spoke is the speakers stage's (`src/stages/speakers/`).
 */
export function createAttributionStage(options: AttributionOptions = {}): Stage {
  const model = options.model === undefined ? loadModel() : options.model;
  // the taggers' supersense table, read once here rather than on the first document
  if (model) loadSupersenses();
  const boosts = options.boosts ?? DEFAULT_BOOSTS;
  const split = (options.convention ?? 'dateline') === 'dateline';
  const rankers =
    model?.contentEnd && model.contentStart && options.rankers !== false
      ? { end: model.contentEnd.ownTable(), start: model.contentStart.ownTable() }
      : null;
  const config = { model, boosts, rankers, bonus: options.boundaryBonus ?? DEFAULT_BOUNDARY_BONUS, off: options.off ?? new Set<string>() };
  return {
    name: 'attribution',
    requires: ['tokens', 'sentences', 'paragraphs'],
    provides: ['attributionSpans'],
    run(doc: Doc, ctx) {
      const tokens = doc.get('tokens');
      const quotes = quotesOf(doc);
      const input = { tokens, sentences: doc.get('sentences'), paragraphs: doc.get('paragraphs'), quotes, hashes: tokenHashes(tokens) };
      reportUnbalanced(input, quotes, ctx);
      const kept = proposeAttributions(input, config, options.trail);
      const statements = split ? splitAroundCue(tokens, kept) : kept;
      doc.set('attributionSpans', markNonStatements(tokens, toFound(doc.text, tokens, quotes.inside, statements), doc));
    },
  };
}
