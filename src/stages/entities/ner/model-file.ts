import { gunzipSync, gzipSync } from 'node:zlib';
import { HISTORY_ROWS } from './decode.js';
import { NTAGS } from './tags.js';

/**
 * The NER model on disk: gzip of `[u32 header length][JSON header][keys u32 × n]
 * [weights i16 × n·NTAGS][trans1 f32][trans2 f32][history f32]`. Weights are quantised to 16 bits
 * with one scale; keys are the feature hashes.
 */
export interface ModelHeader {
  readonly format: 'dateline-ner/2';
  readonly tags: readonly string[];
  readonly features: number;
  readonly scale: number;
  readonly trainedOn: string;
  readonly epochs: number;
}

export interface ModelData {
  readonly header: ModelHeader;
  readonly keys: Uint32Array;
  readonly weights: Int16Array;
  readonly trans1: Float32Array;
  readonly trans2: Float32Array;
  readonly history: Float32Array;
}

const TRANS1 = (NTAGS + 1) * NTAGS;
const TRANS2 = (NTAGS + 1) * (NTAGS + 1) * NTAGS;

export function encodeModel(m: ModelData): Buffer {
  const head = Buffer.from(JSON.stringify(m.header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  const parts = [len, head, m.keys, m.weights, m.trans1, m.trans2, m.history].map((p) =>
    Buffer.isBuffer(p) ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength),
  );
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

function take(buf: Buffer, at: number, bytes: number): ArrayBuffer {
  if (at + bytes > buf.length) throw new Error('NER model file is truncated');
  const out = new ArrayBuffer(bytes);
  new Uint8Array(out).set(buf.subarray(at, at + bytes));
  return out;
}

export function decodeModel(gz: Buffer): ModelData {
  const buf = gunzipSync(gz);
  const headLen = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + headLen).toString('utf8')) as ModelHeader;
  if (header.format !== 'dateline-ner/2') throw new Error(`unknown NER model format '${header.format}'`);
  let at = 4 + headLen;
  const n = header.features;
  const keys = new Uint32Array(take(buf, at, n * 4));
  at += n * 4;
  const weights = new Int16Array(take(buf, at, n * NTAGS * 2));
  at += n * NTAGS * 2;
  const trans1 = new Float32Array(take(buf, at, TRANS1 * 4));
  at += TRANS1 * 4;
  const trans2 = new Float32Array(take(buf, at, TRANS2 * 4));
  at += TRANS2 * 4;
  const history = new Float32Array(take(buf, at, HISTORY_ROWS * NTAGS * 4));
  return { header, keys, weights, trans1, trans2, history };
}
