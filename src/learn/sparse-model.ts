import { gunzipSync, gzipSync } from 'node:zlib';
import { BITS, BUCKETS } from './hashing.js';
import { Perceptron } from './perceptron.js';

/**
 * One perceptron on disk: gzip of `[u32 header length][JSON header][u32 bucket deltas × rows]
 * [i16 weights × rows·labels]`. Only rows holding a non-zero weight are written; weights are
 * int16 of `weight · scale`. The header carries the caller's own metadata (`info`).
 */
interface SparseHeader {
  readonly format: string;
  readonly hashBits: number;
  readonly labels: string[];
  readonly rows: number;
  readonly scale: number;
  readonly info: Record<string, unknown>;
}

/** A perceptron's non-zero rows, quantised: bucket deltas and int16 weights of `weight · scale` (one row of labels each). */
export interface QuantisedRows {
  readonly scale: number;
  readonly rows: number;
  readonly deltas: Uint32Array;
  readonly weights: Int16Array;
}

export function quantisedRows(p: Perceptron): QuantisedRows {
  const L = p.labels.length;
  let max = 0;
  for (let f = 0; f < BUCKETS; f++) for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(p.at(f, l)));
  const scale = max === 0 ? 1 : 32000 / max;
  const buckets: number[] = [];
  const values: number[] = [];
  for (let f = 0; f < BUCKETS; f++) {
    const row = Array.from({ length: L }, (_, l) => Math.round(p.at(f, l) * scale));
    if (row.every((x) => x === 0)) continue;
    buckets.push(f);
    values.push(...row);
  }
  const deltas = Uint32Array.from(buckets, (b, i) => b - (i > 0 ? (buckets[i - 1] as number) : 0));
  return { scale, rows: buckets.length, deltas, weights: Int16Array.from(values) };
}

export function encodePerceptron(format: string, p: Perceptron, info: Record<string, unknown> = {}): Buffer {
  const { scale, rows, deltas, weights } = quantisedRows(p);
  const header: SparseHeader = { format, hashBits: BITS, labels: [...p.labels], rows, scale, info };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([length, json, Buffer.from(deltas.buffer), Buffer.from(weights.buffer)]), { level: 9 });
}

export interface DecodedPerceptron {
  readonly perceptron: Perceptron;
  readonly rows: number;
  readonly info: Record<string, unknown>;
}

/** Reads what `encodePerceptron` wrote: an int16 table (half the memory traffic) with a bit per used row. */
export function decodePerceptron(format: string, gz: Buffer, where: string): DecodedPerceptron {
  const data = gunzipSync(gz);
  const length = data.readUInt32LE(0);
  const h = JSON.parse(data.subarray(4, 4 + length).toString('utf8')) as SparseHeader;
  if (h.format !== format || h.hashBits !== BITS) {
    throw new Error(`${where}: model format ${String(h.format)} with ${h.hashBits} hash bits, expected ${format} with ${BITS}`);
  }
  const L = h.labels.length;
  const at = 4 + length;
  const deltas = new Uint32Array(data.buffer.slice(data.byteOffset + at, data.byteOffset + at + 4 * h.rows));
  const wAt = at + 4 * h.rows;
  const weights = new Int16Array(data.buffer.slice(data.byteOffset + wAt, data.byteOffset + wAt + 2 * h.rows * L));
  const table = new Int16Array(BUCKETS * L);
  const used = new Uint32Array(BUCKETS >>> 5);
  let f = 0;
  for (let r = 0; r < h.rows; r++) {
    f += deltas[r] as number;
    used[f >>> 5] = (used[f >>> 5] as number) | (1 << (f & 31));
    for (let l = 0; l < L; l++) table[f * L + l] = weights[r * L + l] as number;
  }
  return { perceptron: new Perceptron(h.labels, table, L, 0, 1 / h.scale, used), rows: h.rows, info: h.info };
}
