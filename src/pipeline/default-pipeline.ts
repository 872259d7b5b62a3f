import { createAttributionStage } from '../stages/attribution/attribution-stage.js';
import { createTokensStage } from '../stages/tokens/tokens-stage.js';
import { Pipeline } from './pipeline.js';
import type { Stage } from './stage.js';

/**
 * The stages `extract` runs, in order. Each capability adds its factory here; the
 * runner checks the order when the pipeline is built.
 */
export function defaultStages(): Stage[] {
  return [createTokensStage(), createAttributionStage()];
}

export function defaultPipeline(): Pipeline {
  return Pipeline.build(defaultStages());
}
