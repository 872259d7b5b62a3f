import { defaultStages } from '../../analysis/default-pipeline.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import { createEntitiesStage } from '../../stages/entities/entities-stage.js';
import { DEFAULT_NER_MODEL, loadNerModel } from '../../stages/entities/ner/model.js';

/**
 * The pipeline `eval ner` scores: the default one with the entities stage on `model` (a NER
 * model file; default the committed one). A pool recipe module: each worker builds it once.
 */
export function createPipeline(options: { readonly model?: string } = {}): Pipeline {
  const model = loadNerModel(options.model ?? DEFAULT_NER_MODEL);
  return Pipeline.build(defaultStages().map((s) => (s.name === 'entities' ? createEntitiesStage({ model }) : s)));
}
