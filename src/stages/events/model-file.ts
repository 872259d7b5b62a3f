import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Perceptron } from '../../learn/perceptron.js';
import { decodePerceptron, encodePerceptron } from '../../learn/sparse-model.js';

/** `models/events.bin.gz` at the package root (works from src/ under tsx and from dist/). */
export const EVENTS_MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'events.bin.gz');

const FORMAT = 'dateline-events/1';

export function saveEventsModel(p: Perceptron, info: Record<string, unknown>, path = EVENTS_MODEL_PATH): void {
  writeFileSync(path, encodePerceptron(FORMAT, p, info));
}

let cached: Perceptron | null | undefined;

/** The committed trigger tagger, or null when the file is missing (the stage then finds no events). */
export function loadEventsModel(path = EVENTS_MODEL_PATH): Perceptron | null {
  if (path === EVENTS_MODEL_PATH && cached !== undefined) return cached;
  const model = existsSync(path) ? decodePerceptron(FORMAT, readFileSync(path), path).perceptron : null;
  if (path === EVENTS_MODEL_PATH) cached = model;
  return model;
}
