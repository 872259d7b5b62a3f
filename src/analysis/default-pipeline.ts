import { Pipeline } from '../pipeline/pipeline.js';
import type { Stage } from '../pipeline/stage.js';
import { createAttributionStage } from '../stages/attribution/attribution-stage.js';
import { createClaimsStage } from '../stages/claims/claims-stage.js';
import { createContradictionsStage } from '../stages/contradictions/contradictions-stage.js';
import { createEntitiesStage } from '../stages/entities/entities-stage.js';
import { createEventsStage } from '../stages/events/events-stage.js';
import { createSpeakersStage } from '../stages/speakers/speakers-stage.js';
import { createTimeStage } from '../stages/time/time-stage.js';
import { createTokensStage } from '../stages/tokens/tokens-stage.js';
import { withModelVersions } from './stage-version.js';

/**
 * The stages `extract` runs, in order. Each capability adds its factory here; the
 * runner checks the order when the pipeline is built.
 */
export function defaultStages(): Stage[] {
  return [
    createTokensStage(),
    createEntitiesStage(),
    createTimeStage(),
    createAttributionStage(),
    createSpeakersStage(),
    createEventsStage(),
    createClaimsStage(),
    createContradictionsStage(),
  ];
}

export function defaultPipeline(): Pipeline {
  return Pipeline.build(withModelVersions(defaultStages()));
}
