import { defaultStages } from '../../analysis/default-pipeline.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import { createAttributionStage } from '../../stages/attribution/attribution-stage.js';
import type { BoundaryBonus } from '../../stages/attribution/content-bounds.js';
import { loadModel } from '../../stages/attribution/model-file.js';
import { DEFAULT_BOOSTS } from '../../stages/attribution/tagger.js';

/** What `eval attribution` varies in the attribution stage; plain data, so that a worker can build it. */
export interface AttributionEvalPipeline {
  readonly convention: 'dateline' | 'polnear';
  readonly rankers: boolean;
  readonly off: readonly string[];
  readonly bonus?: BoundaryBonus;
  /** The taggers' decoding (default: the stage's). */
  readonly decoding?: 'greedy' | 'viterbi';
  /** false: rules only; true: the model at `modelPath` (default: the committed model). */
  readonly model: boolean;
  readonly modelPath?: string;
}

/** The default pipeline with the attribution stage as `options` say. A pool recipe module. */
export function createPipeline(options: AttributionEvalPipeline): Pipeline {
  const model = !options.model ? null : options.modelPath === undefined ? undefined : loadModel(options.modelPath);
  return Pipeline.build(
    defaultStages().map((s) =>
      s.name === 'attribution'
        ? createAttributionStage({
            convention: options.convention,
            rankers: options.rankers,
            off: new Set(options.off),
            ...(options.bonus ? { boundaryBonus: options.bonus } : {}),
            ...(options.decoding ? { boosts: { ...DEFAULT_BOOSTS, decoding: options.decoding } } : {}),
            ...(model === undefined ? {} : { model }),
          })
        : s,
    ),
  );
}
