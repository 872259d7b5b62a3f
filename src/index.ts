/** dateline's public API: the document model, the pipeline, the readers and the output contract. */

export { type Analysed, analyse, analyseInputs } from './analysis/analyse.js';
export { defaultPipeline, defaultStages } from './analysis/default-pipeline.js';
export { Doc, type DocMeta, type SourceDoc } from './doc/doc.js';
export { checkDoc, checkSpans, type SpanViolation } from './doc/invariants.js';
export type * from './doc/layers.js';
export { type Range, type Span, spanOf } from './doc/span.js';
export { DatelineError, ERRORS, type ErrorCode } from './errors/codes.js';
export { type ReadOptions, readInputs } from './ingest/read-inputs.js';
export type { IngestFailure, IngestResult } from './ingest/result.js';
export { type DocumentOutput, DocumentSchema, SCHEMA_VERSION } from './output/schema.js';
export { toOutput, validateOutput } from './output/to-output.js';
export { Pipeline, type StageProblem } from './pipeline/pipeline.js';
export type { Problem, Stage, StageContext } from './pipeline/stage.js';
