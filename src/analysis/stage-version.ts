import { createHash } from 'node:crypto';
import { fileDigest } from '../learn/file-digest.js';
import type { Stage } from '../pipeline/stage.js';
import { MODEL_PATH as ATTRIBUTION_MODEL } from '../stages/attribution/model-file.js';
import { SUPERSENSES_PATH } from '../stages/attribution/supersenses.js';
import { SYNONYMS_PATH } from '../stages/claims/synonyms.js';
import { WORD_DF_PATH } from '../stages/contradictions/word-rarity.js';
import { DEFAULT_NER_MODEL } from '../stages/entities/ner/model.js';
import { EVENTS_MODEL_PATH } from '../stages/events/model-file.js';

/** The model files each stage of the default pipeline loads, by stage name: a stage that learns adds its files here. */
export const MODEL_FILES: Readonly<Record<string, readonly string[]>> = {
  entities: [DEFAULT_NER_MODEL],
  attribution: [ATTRIBUTION_MODEL, SUPERSENSES_PATH],
  events: [EVENTS_MODEL_PATH],
  claims: [SYNONYMS_PATH],
  contradictions: [WORD_DF_PATH],
};

/**
 * A short version of what a stage computes with: the first 8 hex digits of a SHA-256 over
 * its model files' digests, in order (`3f9a0c1e`). Retraining a model changes it.
 */
export function modelVersion(files: readonly string[]): string {
  const all = createHash('sha256');
  for (const file of files) all.update(fileDigest(file));
  return all.digest('hex').slice(0, 8);
}

/** `stage` with the version of the model files it loaded (none: the stage as it is). */
export function versioned(stage: Stage, files: readonly string[]): Stage {
  if (files.length === 0) return stage;
  const version = modelVersion(files);
  return {
    name: stage.name,
    requires: stage.requires,
    provides: stage.provides,
    ...(stage.uses ? { uses: stage.uses } : {}),
    version: stage.version ? `${stage.version}+${version}` : version,
    run: (doc, ctx) => stage.run(doc, ctx),
  };
}

/** Each stage with the version of its model files (MODEL_FILES), the others as they are. */
export function withModelVersions(stages: readonly Stage[]): Stage[] {
  return stages.map((stage) => versioned(stage, MODEL_FILES[stage.name] ?? []));
}
