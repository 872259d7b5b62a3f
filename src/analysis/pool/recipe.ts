import { Pipeline } from '../../pipeline/pipeline.js';
import { defaultPipeline } from '../default-pipeline.js';

/**
 * How a worker builds its pipeline: by default the one `extract` runs; otherwise the
 * `createPipeline(options)` export of a module (a file URL), for evaluations that swap a
 * model or leave rules out. Plain data, so that it can be sent to a worker thread.
 */
export interface PipelineRecipe {
  /** File URL of a module exporting `createPipeline(options): Pipeline | Promise<Pipeline>`. */
  readonly module?: string;
  /** Passed to `createPipeline`: JSON-like data only (it is structured-cloned to the worker). */
  readonly options?: unknown;
}

interface PipelineModule {
  createPipeline(options: unknown): Pipeline | Promise<Pipeline>;
}

/** The pipeline a recipe describes, built once per thread by its caller. */
export async function buildPipeline(recipe: PipelineRecipe = {}): Promise<Pipeline> {
  if (recipe.module === undefined) return defaultPipeline();
  const loaded = (await import(recipe.module)) as Partial<PipelineModule>;
  if (typeof loaded.createPipeline !== 'function') {
    throw new TypeError(`pipeline module ${recipe.module} exports no createPipeline(options) function`);
  }
  const pipeline = await loaded.createPipeline(recipe.options);
  if (!(pipeline instanceof Pipeline)) throw new TypeError(`createPipeline of ${recipe.module} did not return a Pipeline`);
  return pipeline;
}
