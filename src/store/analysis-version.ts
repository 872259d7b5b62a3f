import { VERSION } from '../version.js';

/** A stage as the analysis version names it (a pipeline's stage, or a worker's description of it). */
export interface StageVersion {
  readonly name: string;
  readonly version?: string | undefined;
}

/**
 * The name of an analysis: the dateline version and the stages it ran, each with its
 * version when it has one (`dateline 0.1.0: tokens+entities@3f9a0c1e+time+attribution@b2d4e6f8`,
 * the digest of the stage's model files). Stored with every annotation; an article stored
 * by another analysis is re-analysed on the next ingest or by `dateline reanalyse`.
 * Takes a Pipeline, or the stages an analysis pool reports (`pool.stages()`).
 */
export function analysisVersion(pipeline: { readonly stages: readonly StageVersion[] }): string {
  return `dateline ${VERSION}: ${pipeline.stages.map((s) => (s.version ? `${s.name}@${s.version}` : s.name)).join('+')}`;
}
