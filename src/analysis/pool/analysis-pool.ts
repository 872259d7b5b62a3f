import type { LayerName } from '../../doc/layers.js';
import { DatelineError } from '../../errors/codes.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { analyse } from '../analyse.js';
import { pickLayers, runLayers } from './analysis-task.js';
import type { AnalysisPool } from './pool-api.js';
import { buildPipeline, type PipelineRecipe } from './recipe.js';

export type { AnalysisPool, LayersOutcome, PooledAnalysis, ReturnedLayers, StageInfo } from './pool-api.js';
export type { PipelineRecipe } from './recipe.js';

export interface AnalysisPoolOptions {
  /** Threads that analyse (default 1). 1: in this thread, no worker. More: worker threads, one pipeline each. */
  readonly jobs?: number;
  /** `--max-seconds`: most seconds of analysis for one document (E_TOO_SLOW); undefined: no limit. */
  readonly maxSeconds?: number | undefined;
  /** The pipeline each thread builds (default: the default pipeline). */
  readonly recipe?: PipelineRecipe;
  /** Layers to send back beside each output (eval scores them). */
  readonly layers?: readonly LayerName[];
  /**
   * Seconds past `maxSeconds` after which a worker still busy with one document is stopped
   * and replaced, and the document fails with E_TOO_SLOW (default 30: room for a fresh
   * worker to load its models). A document that is slow but moving fails at `maxSeconds`
   * already, checked after each stage as in one thread.
   */
  readonly graceSeconds?: number;
}

/** A pool of `jobs` analysing threads, or this thread alone for `jobs: 1`. */
export async function createAnalysisPool(options: AnalysisPoolOptions = {}): Promise<AnalysisPool> {
  const jobs = options.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1) throw new DatelineError('E_USAGE', `--jobs takes a whole number ≥ 1, not ${jobs}`);
  if (jobs === 1) {
    const pipeline = await buildPipeline(options.recipe);
    pipeline.budgetSeconds = options.maxSeconds;
    return pipelinePool(pipeline, options.layers ?? []);
  }
  // loaded only for threads: one thread (one input, or --jobs 1) never loads piscina
  const [{ createWorkerPool }, { sharedModelTables }] = await Promise.all([import('./worker-pool.js'), import('./shared-models.js')]);
  return createWorkerPool({
    jobs,
    setup: { recipe: options.recipe ?? {}, maxSeconds: options.maxSeconds, layers: options.layers ?? [], tables: sharedModelTables() },
    graceSeconds: options.graceSeconds ?? 30,
  });
}

/** `pipeline` as a pool of one: documents are analysed in this thread, one at a time, as they are asked for. */
export function pipelinePool(pipeline: Pipeline, layers: readonly LayerName[] = []): AnalysisPool {
  return {
    jobs: 1,
    analyse: async (source) => {
      const result = analyse(pipeline, source);
      return result.ok ? { ok: true, output: result.output, layers: pickLayers(result.doc, layers), doc: result.doc } : result;
    },
    runLayers: async (source) => runLayers(pipeline, source, layers),
    stages: async () => pipeline.stages,
    close: async () => {},
  };
}
