import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeModelFile, readModelFile, tablesBuilt } from '../../learn/model-file.js';
import type { Perceptron } from '../../learn/perceptron.js';
import { perceptronArrayNames, perceptronArrays, quantisedRows, readPerceptrons } from '../../learn/sparse-model.js';

/** The taggers of the attribution model. */
export interface AttributionModel {
  readonly sourceCue: Perceptron;
  readonly content: Perceptron;
  /** Second source/cue pass with the content tags as features (absent in older files). */
  readonly sourceCue2?: Perceptron;
  /** Content-boundary rankers, one score per candidate (`boundary-ranker.ts`; absent in older files). */
  readonly contentEnd?: Perceptron;
  readonly contentStart?: Perceptron;
}

type TaggerName = 'sourceCue' | 'content' | 'sourceCue2' | 'contentEnd' | 'contentStart';
const NAMES: readonly TaggerName[] = ['sourceCue', 'content', 'sourceCue2', 'contentEnd', 'contentStart'];

/** The model name in the shared model file (`src/learn/model-file.ts`): one perceptron per tagger, named as above. */
export const ATTRIBUTION_MODEL = 'attribution';

/** `models/attribution.bin.gz` at the package root (works from src/ under tsx and from dist/). */
export const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'attribution.bin.gz');

/** The span taggers share one interleaved table (`learn/interleaved.ts`); the rankers keep their own. */
const INTERLEAVED: ReadonlySet<string> = new Set<TaggerName>(['sourceCue', 'content', 'sourceCue2']);

/** Non-zero rows of each tagger (for the model card). */
export function modelSize(model: AttributionModel): Record<TaggerName, number> {
  return Object.fromEntries(NAMES.map((name) => [name, model[name] ? quantisedRows(model[name]).rows : 0])) as Record<TaggerName, number>;
}

export function saveModel(model: AttributionModel, path = MODEL_PATH): void {
  const { arrays, info } = perceptronArrays(
    NAMES.flatMap((name) => {
      const p = model[name];
      return p ? [[name, p] as const] : [];
    }),
  );
  // `--hold-out-fold i/k --out-dir DIR`: a fresh DIR is made rather than failing after minutes of training
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, encodeModelFile(ATTRIBUTION_MODEL, arrays, info));
}

let cached: AttributionModel | null | undefined;

/** The committed model, or null when the file is missing (the stage then uses rules only). */
export function loadModel(path = MODEL_PATH): AttributionModel | null {
  if (path === MODEL_PATH && cached !== undefined) return cached;
  let model: AttributionModel | null = null;
  if (existsSync(path)) {
    const file = readModelFile(path, ATTRIBUTION_MODEL);
    const found = readPerceptrons(file, path, INTERLEAVED);
    tablesBuilt(file, perceptronArrayNames(file, path));
    if (!found.has('sourceCue') || !found.has('content')) throw new Error(`${path}: the model lacks its source/cue or content tagger`);
    model = Object.fromEntries(NAMES.flatMap((name) => (found.has(name) ? [[name, found.get(name)]] : []))) as unknown as AttributionModel;
  }
  if (path === MODEL_PATH) cached = model;
  return model;
}
