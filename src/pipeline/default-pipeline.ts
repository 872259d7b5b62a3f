import { createAttributionStage } from '../stages/attribution/attribution-stage.js';
import { createEntitiesStage } from '../stages/entities/entities-stage.js';
import { createEventsStage } from '../stages/events/events-stage.js';
import { createTimeStage } from '../stages/time/time-stage.js';
import { createTokensStage } from '../stages/tokens/tokens-stage.js';
import { Pipeline } from './pipeline.js';
import type { Stage } from './stage.js';

/**
 * The stages `extract` runs, in order. Each capability adds its factory here; the
 * runner checks the order when the pipeline is built.
 */
export function defaultStages(): Stage[] {
  return [createTokensStage(), createEntitiesStage(), createTimeStage(), createAttributionStage(), createEventsStage()];
}

export function defaultPipeline(): Pipeline {
  return Pipeline.build(defaultStages());
}
