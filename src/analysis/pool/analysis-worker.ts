/**
 * The worker thread of the analysis pool (piscina loads this file). It builds its pipeline
 * once, from the recipe in `workerData`, on its first task, and then analyses one document
 * per task; it never touches a store. No top-level await: piscina first `require`s the file,
 * and a module that awaits at the top would be loaded twice (a second set of models, ~80 MB).
 */
import { parentPort } from 'node:worker_threads';
import { workerData } from 'piscina';
import type { Pipeline } from '../../pipeline/pipeline.js';
import {
  analyseForWire,
  layersForWire,
  type StartedMessage,
  type WireAnalysis,
  type WireLayers,
  type WorkerSetup,
  type WorkerTask,
} from './analysis-task.js';
import type { StageInfo } from './pool-api.js';
import { buildPipeline } from './recipe.js';
import { adoptModelTables } from './shared-models.js';

const setup = workerData as WorkerSetup;
adoptModelTables(setup.tables);
let built: Promise<Pipeline> | undefined;

function pipeline(): Promise<Pipeline> {
  built ??= buildPipeline(setup.recipe).then((p) => {
    p.budgetSeconds = setup.maxSeconds;
    return p;
  });
  return built;
}

export default async function run(task: WorkerTask): Promise<WireAnalysis | WireLayers | StageInfo[]> {
  const p = await pipeline();
  if (task.kind === 'stages') return p.stages.map((s) => (s.version ? { name: s.name, version: s.version } : { name: s.name }));
  // The document's clock starts now, with the models loaded.
  parentPort?.postMessage({ analysisStarted: task.id } satisfies StartedMessage);
  return task.kind === 'layers' ? layersForWire(p, task.source, setup.layers) : analyseForWire(p, task.source, setup.layers);
}
