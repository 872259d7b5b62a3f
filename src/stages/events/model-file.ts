import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeModelFile, type Json, readModelFile, tablesBuilt } from '../../learn/model-file.js';
import type { Perceptron } from '../../learn/perceptron.js';
import { perceptronArrayNames, perceptronArrays, readPerceptrons } from '../../learn/sparse-model.js';

/** `models/events.bin.gz` at the package root (works from src/ under tsx and from dist/). */
export const EVENTS_MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'events.bin.gz');

/** The model name in the shared model file (`src/learn/model-file.ts`); one perceptron, `trigger`. */
export const EVENTS_MODEL = 'events';

export function saveEventsModel(p: Perceptron, info: { readonly [key: string]: Json }, path = EVENTS_MODEL_PATH): void {
  const { arrays, info: rows } = perceptronArrays([['trigger', p]]);
  writeFileSync(path, encodeModelFile(EVENTS_MODEL, arrays, { ...rows, training: info }));
}

const TRIGGER: ReadonlySet<string> = new Set(['trigger']);
let cached: Perceptron | null | undefined;

/** The committed trigger tagger, or null when the file is missing (the stage then finds no events). */
export function loadEventsModel(path = EVENTS_MODEL_PATH): Perceptron | null {
  if (path === EVENTS_MODEL_PATH && cached !== undefined) return cached;
  let model: Perceptron | null = null;
  if (existsSync(path)) {
    // an int16 table of its own (`shared` of one)
    const file = readModelFile(path, EVENTS_MODEL);
    model = readPerceptrons(file, path, TRIGGER).get('trigger') ?? null;
    tablesBuilt(file, perceptronArrayNames(file, path));
    if (model === null) throw new Error(`${path}: the events model holds no trigger perceptron`);
  }
  if (path === EVENTS_MODEL_PATH) cached = model;
  return model;
}
