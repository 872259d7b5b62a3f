import type { Pipeline } from '../../pipeline/pipeline.js';
import { type NerReport, pipelineReport } from './evaluate.js';
import { parseConll } from './iob-reader.js';
import { type NerError, scorePipeline } from './pipeline-eval.js';

/** Scores what `pipeline` states about each document of a CoNLL-2003 file (exact spans). */
export function evaluateConllPipeline(text: string, pipeline: Pipeline, errors?: NerError[]): NerReport {
  const docs = parseConll(text);
  const { scorer, tokens, seconds } = scorePipeline(docs, pipeline, errors);
  return pipelineReport(docs, scorer, tokens, seconds);
}
