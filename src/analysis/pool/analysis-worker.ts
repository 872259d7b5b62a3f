/**
 * The worker thread of the analysis pool (piscina loads this file). It builds its pipeline
 * once, from the recipe in `workerData`, when the thread starts, and then analyses one
 * document per task; it never touches a store.
 */
import { parentPort } from 'node:worker_threads';
import { workerData } from 'piscina';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { analyseForWire, type StartedMessage, type WireAnalysis, type WorkerSetup, type WorkerTask } from './analysis-task.js';
import type { StageInfo } from './pool-api.js';
import { buildPipeline } from './recipe.js';

const setup = workerData as WorkerSetup;
const pipeline: Pipeline = await buildPipeline(setup.recipe);
pipeline.budgetSeconds = setup.maxSeconds;

export default function run(task: WorkerTask): WireAnalysis | StageInfo[] {
  if (task.kind === 'stages') return pipeline.stages.map((s) => (s.version ? { name: s.name, version: s.version } : { name: s.name }));
  parentPort?.postMessage({ analysisStarted: task.id } satisfies StartedMessage);
  return analyseForWire(pipeline, task.source, setup.layers);
}
