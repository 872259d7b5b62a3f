import type { AnalysisPool } from '../../analysis/pool/analysis-pool.js';
import { mapOrdered } from '../../analysis/pool/ordered-map.js';
import type { ResolvedEntity } from '../../stages/entities/build-entities.js';
import { conllText } from './conll-text.js';
import { type NerReport, pipelineReport } from './evaluate.js';
import { parseConll } from './iob-reader.js';
import { collectErrors, type NerError, predictedChunks } from './pipeline-eval.js';
import { addChunks, NerScorer } from './span-scorer.js';

/**
 * `evaluateConllPipeline` on a pool's threads (`eval ner --jobs N`): the same documents, texts
 * and scores, documents scored in input order; tokens per second are per wall-clock second.
 * The pool must return the `entities` layer.
 */
export async function evaluateConllOnPool(text: string, pool: AnalysisPool, errors?: NerError[]): Promise<NerReport> {
  const docs = parseConll(text);
  const scorer = new NerScorer();
  let tokens = 0;
  const started = performance.now();
  const run = async (i: number) => {
    const { text: docText, gold } = conllText(docs[i] as (typeof docs)[number]);
    const result = await pool.runLayers({ id: `conll-${i}`, date: null, text: docText, meta: { kind: 'plain-text' } });
    return { i, docText, gold, result };
  };
  for await (const { i, docText, gold, result } of mapOrdered(docs.keys(), run, 2 * pool.jobs)) {
    if (!result.ok) throw result.error;
    tokens += (docs[i] as (typeof docs)[number]).sentences.reduce((n, s) => n + s.words.length, 0);
    const predicted = predictedChunks((result.layers.entities as ResolvedEntity[] | undefined) ?? []);
    addChunks(scorer, gold, predicted);
    if (errors) collectErrors(i, docText, gold, predicted, errors);
  }
  const seconds = (performance.now() - started) / 1000;
  return pipelineReport(docs, scorer, tokens, seconds);
}
