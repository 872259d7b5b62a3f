import type { Doc } from '../../doc/doc.js';
import { quotesOf } from '../../doc/quotes.js';
import type { Stage } from '../../pipeline/stage.js';
import { assemble } from './assemble.js';
import { type BoundaryBonus, DEFAULT_BOUNDARY_BONUS } from './content-bounds.js';
import { splitAroundCue } from './content-split.js';
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
 * Who said what: sources, cues and contents tagged by perceptrons learned on PolNeAR, linked
 * into attributions, with rules for what layout and conventions state (docs/attribution.md);
 * speakers resolved through the entities layer when present; dates from the cue's timex
 * when the time layer is present.
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
    provides: ['attributions'],
    uses: ['entities', 'timexes'],
    run(doc: Doc, ctx) {
      const tokens = doc.get('tokens');
      const paragraphs = doc.get('paragraphs');
      const quotes = quotesOf(doc);
      const timexes = doc.find('timexes');
      const input = { tokens, sentences: doc.get('sentences'), paragraphs, quotes, hashes: tokenHashes(tokens) };
      reportUnbalanced(input, quotes, ctx);
      const kept = proposeAttributions(input, config, options.trail);
      const statements = split ? splitAroundCue(tokens, kept) : kept;
      doc.set(
        'attributions',
        markNonStatements(
          tokens,
          assemble(
            {
              text: doc.text,
              tokens,
              inside: quotes.inside,
              entities: doc.find('entities'),
              timexes,
              sentences: input.sentences,
              published: doc.date,
            },
            statements,
          ),
          doc,
        ),
      );
    },
  };
}
