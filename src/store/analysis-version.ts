import type { Pipeline } from '../pipeline/pipeline.js';
import { VERSION } from '../version.js';

/**
 * The name of an analysis: the dateline version and the stages it ran
 * (`dateline 0.1.0: tokens+entities+time`). Stored with every annotation; an article
 * stored by another analysis is re-analysed on the next ingest.
 */
export function analysisVersion(pipeline: Pipeline): string {
  return `dateline ${VERSION}: ${pipeline.stages.map((s) => s.name).join('+')}`;
}
