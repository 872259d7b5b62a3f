import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Perceptron } from './perceptron.js';

/** The two taggers of the attribution model. */
export interface AttributionModel {
  readonly sourceCue: Perceptron;
  readonly content: Perceptron;
}

interface StoredTagger {
  readonly labels: string[];
  /** Feature name, then one weight per label, scaled by `scale` and rounded to integers. */
  readonly features: [string, ...number[]][];
  readonly scale: number;
}

interface StoredModel {
  readonly format: 'dateline-attribution/1';
  readonly sourceCue: StoredTagger;
  readonly content: StoredTagger;
}

/** `models/attribution.json.gz` at the package root (works from src/ under tsx and from dist/). */
export const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'attribution.json.gz');

function store(p: Perceptron, scale: number): StoredTagger {
  const features: [string, ...number[]][] = [];
  for (const [f, w] of p.weights) features.push([f, ...Array.from(w, (x) => Math.round(x * scale))]);
  return { labels: [...p.labels], features, scale };
}

function load(s: StoredTagger): Perceptron {
  const weights = new Map<string, Float32Array>();
  for (const [f, ...w] of s.features)
    weights.set(
      f,
      Float32Array.from(w, (x) => x / s.scale),
    );
  return new Perceptron(s.labels, weights);
}

export function saveModel(model: AttributionModel, path = MODEL_PATH): void {
  const stored: StoredModel = {
    format: 'dateline-attribution/1',
    sourceCue: store(model.sourceCue, 100),
    content: store(model.content, 100),
  };
  writeFileSync(path, gzipSync(JSON.stringify(stored), { level: 9 }));
}

let cached: AttributionModel | null | undefined;

/** The committed model, or null when the file is missing (the stage then uses rules only). */
export function loadModel(path = MODEL_PATH): AttributionModel | null {
  if (path === MODEL_PATH && cached !== undefined) return cached;
  let model: AttributionModel | null = null;
  if (existsSync(path)) {
    const stored = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as StoredModel;
    if (stored.format !== 'dateline-attribution/1') throw new Error(`${path}: unknown model format ${String(stored.format)}`);
    model = { sourceCue: load(stored.sourceCue), content: load(stored.content) };
  }
  if (path === MODEL_PATH) cached = model;
  return model;
}
