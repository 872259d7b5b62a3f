import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BITS, BUCKETS } from '../../learn/hashing.js';
import { Perceptron } from '../../learn/perceptron.js';
import { quantisedRows } from '../../learn/sparse-model.js';

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

interface TaggerHeader {
  readonly name: TaggerName;
  readonly labels: string[];
  /** Rows with a non-zero weight. */
  readonly rows: number;
  /** Weights are stored as int16 of `weight * scale`. */
  readonly scale: number;
}

interface Header {
  readonly format: 'dateline-attribution/3';
  readonly hashBits: number;
  readonly taggers: TaggerHeader[];
}

/** `models/attribution.bin.gz` at the package root (works from src/ under tsx and from dist/). */
export const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'attribution.bin.gz');

/**
 * File layout (then gzip): uint32 header length, the JSON header, then per tagger its
 * non-zero rows as uint32 bucket deltas followed by int16 weights (one row of labels each).
 */
function encode(name: TaggerName, p: Perceptron): { header: TaggerHeader; body: Buffer } {
  const { scale, rows, deltas, weights } = quantisedRows(p);
  return {
    header: { name, labels: [...p.labels], rows, scale },
    body: Buffer.concat([Buffer.from(deltas.buffer), Buffer.from(weights.buffer)]),
  };
}

/**
 * One tagger's rows, written into `table` at `offset` in rows of `stride` (a table of its
 * own when absent), each row written marked in `used` (the file holds no all-zero row).
 */
function decode(
  h: TaggerHeader,
  data: Buffer,
  at: number,
  shared?: { table: Int16Array; stride: number; offset: number; used: Uint32Array },
): { perceptron: Perceptron; next: number } {
  const L = h.labels.length;
  const deltas = new Uint32Array(data.buffer.slice(data.byteOffset + at, data.byteOffset + at + 4 * h.rows));
  const wStart = at + 4 * h.rows;
  const weights = new Int16Array(data.buffer.slice(data.byteOffset + wStart, data.byteOffset + wStart + 2 * h.rows * L));
  const next = wStart + 2 * h.rows * L;
  let f = 0;
  if (shared) {
    // the file's int16 weights as they are, read with the tagger's scale
    const { table, stride, offset, used } = shared;
    for (let r = 0; r < h.rows; r++) {
      f += deltas[r] as number;
      used[f >>> 5] = (used[f >>> 5] as number) | (1 << (f & 31));
      for (let l = 0; l < L; l++) table[f * stride + offset + l] = weights[r * L + l] as number;
    }
    return { perceptron: new Perceptron(h.labels, table, stride, offset, 1 / h.scale, used), next };
  }
  const table = new Float32Array(BUCKETS * L);
  for (let r = 0; r < h.rows; r++) {
    f += deltas[r] as number;
    for (let l = 0; l < L; l++) table[f * L + l] = (weights[r * L + l] as number) / h.scale;
  }
  return { perceptron: new Perceptron(h.labels, table), next };
}

/** The span taggers share one interleaved table (static-scores.ts); the rankers keep their own. */
const INTERLEAVED: ReadonlySet<TaggerName> = new Set(['sourceCue', 'content', 'sourceCue2']);

/** Non-zero rows of each tagger (for the model card). */
export function modelSize(model: AttributionModel): Record<TaggerName, number> {
  const rows = (p: Perceptron | undefined): number => (p ? encode('content', p).header.rows : 0);
  return {
    sourceCue: rows(model.sourceCue),
    content: rows(model.content),
    sourceCue2: rows(model.sourceCue2),
    contentEnd: rows(model.contentEnd),
    contentStart: rows(model.contentStart),
  };
}

export function saveModel(model: AttributionModel, path = MODEL_PATH): void {
  const parts = NAMES.flatMap((name) => {
    const p = model[name];
    return p ? [encode(name, p)] : [];
  });
  const header: Header = { format: 'dateline-attribution/3', hashBits: BITS, taggers: parts.map((x) => x.header) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  // `--hold-out-fold i/k --out-dir DIR`: a fresh DIR is made rather than failing after minutes of training
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, gzipSync(Buffer.concat([length, json, ...parts.map((x) => x.body)]), { level: 9 }));
}

let cached: AttributionModel | null | undefined;

/** The committed model, or null when the file is missing (the stage then uses rules only). */
export function loadModel(path = MODEL_PATH): AttributionModel | null {
  if (path === MODEL_PATH && cached !== undefined) return cached;
  let model: AttributionModel | null = null;
  if (existsSync(path)) {
    const data = gunzipSync(readFileSync(path));
    const length = data.readUInt32LE(0);
    const header = JSON.parse(data.subarray(4, 4 + length).toString('utf8')) as Header;
    if (header.format !== 'dateline-attribution/3' || header.hashBits !== BITS) {
      throw new Error(
        `${path}: model format ${String(header.format)} with ${header.hashBits} hash bits; retrain with npm run train:attribution`,
      );
    }
    let offset = 4 + length;
    const found = new Map<TaggerName, Perceptron>();
    const interleaved = header.taggers.filter((h) => INTERLEAVED.has(h.name));
    const stride = interleaved.reduce((n, h) => n + h.labels.length, 0);
    const table = new Int16Array(BUCKETS * stride);
    // the span taggers' views share the table and the bits of its rows that hold weights
    const used = new Uint32Array(BUCKETS >>> 5);
    let shared = 0;
    for (const h of header.taggers) {
      const into = INTERLEAVED.has(h.name) ? { table, stride, offset: shared, used } : undefined;
      if (into) shared += h.labels.length;
      const { perceptron, next } = decode(h, data, offset, into);
      found.set(h.name, perceptron);
      offset = next;
    }
    const sourceCue = found.get('sourceCue');
    const content = found.get('content');
    if (!sourceCue || !content) throw new Error(`${path}: the model lacks its source/cue or content tagger`);
    const optional: Partial<Record<TaggerName, Perceptron>> = {};
    for (const name of ['sourceCue2', 'contentEnd', 'contentStart'] as const) {
      const p = found.get(name);
      if (p) optional[name] = p;
    }
    model = { sourceCue, content, ...optional };
  }
  if (path === MODEL_PATH) cached = model;
  return model;
}
