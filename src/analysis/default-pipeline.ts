import { Pipeline } from '../pipeline/pipeline.js';
import type { Stage } from '../pipeline/stage.js';
import { createAttributionStage } from '../stages/attribution/attribution-stage.js';
import { MODEL_PATH as ATTRIBUTION_MODEL } from '../stages/attribution/model-file.js';
import { SUPERSENSES_PATH } from '../stages/attribution/supersenses.js';
import { createClaimsStage } from '../stages/claims/claims-stage.js';
import { SYNONYMS_PATH } from '../stages/claims/synonyms.js';
import { createContradictionsStage } from '../stages/contradictions/contradictions-stage.js';
import { createEntitiesStage } from '../stages/entities/entities-stage.js';
import { DEFAULT_NER_MODEL } from '../stages/entities/ner/model.js';
import { createEventsStage } from '../stages/events/events-stage.js';
import { EVENTS_MODEL_PATH } from '../stages/events/model-file.js';
import { createTimeStage } from '../stages/time/time-stage.js';
import { createTokensStage } from '../stages/tokens/tokens-stage.js';
import { versioned } from './stage-version.js';

/**
 * The stages `extract` runs, in order, each with the model files it loads (their digest is
 * the stage's version). Each capability adds its factory here; the runner checks the order
 * when the pipeline is built.
 */
export function defaultStages(): Stage[] {
  return [
    createTokensStage(),
    versioned(createEntitiesStage(), [DEFAULT_NER_MODEL]),
    createTimeStage(),
    versioned(createAttributionStage(), [ATTRIBUTION_MODEL, SUPERSENSES_PATH]),
    versioned(createEventsStage(), [EVENTS_MODEL_PATH]),
    versioned(createClaimsStage(), [SYNONYMS_PATH]),
    createContradictionsStage(),
  ];
}

export function defaultPipeline(): Pipeline {
  return Pipeline.build(defaultStages());
}
