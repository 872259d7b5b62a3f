import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BITS, BUCKETS } from './hashing.js';
import { Perceptron } from './perceptron.js';

/** The two taggers of the attribution model. */
export interface AttributionModel {
  readonly sourceCue: Perceptron;
  readonly content: Perceptron;
  /** Second source/cue pass with the content tags as features (absent in older files). */
  readonly sourceCue2?: Perceptron;
}

interface StoredTagger {
  readonly labels: string[];
  /** Hash buckets with a non-zero row, ascending. */
  readonly buckets: number[];
  /** One row of weights per bucket (labels.length each), scaled by `scale` and rounded. */
  readonly weights: number[];
  readonly scale: number;
}

interface StoredModel {
  readonly format: 'dateline-attribution/2';
  readonly hashBits: number;
  readonly sourceCue: StoredTagger;
  readonly content: StoredTagger;
  readonly sourceCue2?: StoredTagger;
}

/** `models/attribution.json.gz` at the package root (works from src/ under tsx and from dist/). */
export const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'attribution.json.gz');

function store(p: Perceptron, scale: number): StoredTagger {
  const L = p.labels.length;
  const buckets: number[] = [];
  const weights: number[] = [];
  for (let f = 0; f < BUCKETS; f++) {
    const row = Array.from(p.weights.subarray(f * L, f * L + L), (x) => Math.round(x * scale));
    if (row.every((x) => x === 0)) continue;
    buckets.push(f);
    weights.push(...row);
  }
  return { labels: [...p.labels], buckets, weights, scale };
}

function load(s: StoredTagger): Perceptron {
  const L = s.labels.length;
  const table = new Float32Array(BUCKETS * L);
  s.buckets.forEach((f, r) => {
    for (let l = 0; l < L; l++) table[f * L + l] = (s.weights[r * L + l] as number) / s.scale;
  });
  return new Perceptron(s.labels, table);
}

/** Non-zero rows of each tagger (for the model card). */
export function modelSize(model: AttributionModel): { sourceCue: number; content: number; sourceCue2: number } {
  const rows = (p: Perceptron | undefined): number => (p ? store(p, 100).buckets.length : 0);
  return { sourceCue: rows(model.sourceCue), content: rows(model.content), sourceCue2: rows(model.sourceCue2) };
}

export function saveModel(model: AttributionModel, path = MODEL_PATH): void {
  const stored: StoredModel = {
    format: 'dateline-attribution/2',
    hashBits: BITS,
    sourceCue: store(model.sourceCue, 100),
    content: store(model.content, 100),
    ...(model.sourceCue2 ? { sourceCue2: store(model.sourceCue2, 100) } : {}),
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
    if (stored.format !== 'dateline-attribution/2' || stored.hashBits !== BITS) {
      throw new Error(
        `${path}: model format ${String(stored.format)} with ${stored.hashBits} hash bits; retrain with npm run train:attribution`,
      );
    }
    model = {
      sourceCue: load(stored.sourceCue),
      content: load(stored.content),
      ...(stored.sourceCue2 ? { sourceCue2: load(stored.sourceCue2) } : {}),
    };
  }
  if (path === MODEL_PATH) cached = model;
  return model;
}
