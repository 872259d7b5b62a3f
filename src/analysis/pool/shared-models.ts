import { adoptSharedBuffers, type SharedEntry, sharedBuffers } from '../../learn/shared-buffers.js';
import { loadModel as loadAttributionModel } from '../../stages/attribution/model-file.js';
import { loadNerModel } from '../../stages/entities/ner/model.js';
import { loadEventsModel } from '../../stages/events/model-file.js';

/**
 * The model tables of the default pipeline (NER, attribution, events), loaded in this
 * thread into memory that threads share (`learn/shared-buffers.ts`), and handed to the
 * workers: each worker then reads the same tables instead of unzipping and building its
 * own copy (time at start, ~70 MB a worker, and room in the processor's caches). A recipe
 * that loads other model files builds those in each worker, as before.
 */
export function sharedModelTables(): ReadonlyMap<string, SharedEntry> {
  loadNerModel();
  loadAttributionModel();
  loadEventsModel();
  return sharedBuffers();
}

/** In a worker: takes the tables its pool loaded (before the pipeline is built). */
export function adoptModelTables(tables: ReadonlyMap<string, SharedEntry> | undefined): void {
  if (tables !== undefined) adoptSharedBuffers(tables);
}
