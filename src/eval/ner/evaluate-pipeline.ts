import type { Pipeline } from '../../pipeline/pipeline.js';
import type { NerReport } from './evaluate.js';
import { reportRows } from './evaluate.js';
import { parseConll } from './iob-reader.js';
import { type NerError, scorePipeline } from './pipeline-eval.js';

/** Scores what `pipeline` states about each document of a CoNLL-2003 file (exact spans). */
export function evaluateConllPipeline(text: string, pipeline: Pipeline, errors?: NerError[]): NerReport {
  const docs = parseConll(text);
  const { scorer, tokens, seconds } = scorePipeline(docs, pipeline, errors);
  return {
    scope: 'pipeline',
    documents: docs.length,
    sentences: docs.reduce((n, d) => n + d.sentences.length, 0),
    tokens,
    rows: reportRows(scorer),
    tokensPerSecond: Math.round(tokens / seconds),
  };
}
