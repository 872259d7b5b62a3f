/**
 * Re-encodes the committed model files from their old private formats into the one model
 * file of `src/learn/model-file.ts` (no retraining: the same numbers, bit for bit). A file
 * already in the new format is left as it is.
 *
 *   npx tsx scripts/convert-models.ts            # models/ner-perceptron.bin.gz
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { MODEL_FORMAT } from '../src/learn/model-file.js';
import { DEFAULT_NER_MODEL } from '../src/stages/entities/ner/model.js';
import { encodeModel, type ModelData, type NerInfo } from '../src/stages/entities/ner/model-file.js';

/** The uncompressed bytes and JSON header of a `[u32 length][JSON][body]` file. */
function open(path: string): { data: Buffer; header: Record<string, unknown>; body: number } {
  const data = gunzipSync(readFileSync(path));
  const length = data.readUInt32LE(0);
  return { data, header: JSON.parse(data.subarray(4, 4 + length).toString('utf8')) as Record<string, unknown>, body: 4 + length };
}

/** Reads consecutive typed arrays from `data` starting at `at`. */
function reader(data: Buffer, at: number) {
  const take = (bytes: number): ArrayBuffer => {
    if (at + bytes > data.length) throw new Error('old model file is truncated');
    const out = new ArrayBuffer(bytes);
    new Uint8Array(out).set(data.subarray(at, at + bytes));
    at += bytes;
    return out;
  };
  return {
    u32: (n: number) => new Uint32Array(take(4 * n)),
    i16: (n: number) => new Int16Array(take(2 * n)),
    f32: (n: number) => new Float32Array(take(4 * n)),
    end: () => at,
  };
}

/** `dateline-ner/2`: keys u32 × n, weights i16 × n·9, trans1, trans2, history f32. */
function convertNer(path: string): void {
  const { data, header, body } = open(path);
  if (header.format === MODEL_FORMAT) {
    console.log(`${path}: already ${MODEL_FORMAT}`);
    return;
  }
  if (header.format !== 'dateline-ner/2') throw new Error(`${path}: format ${String(header.format)}`);
  const info = header as unknown as NerInfo;
  const T = info.tags.length;
  const r = reader(data, body);
  const m: ModelData = {
    header: { tags: info.tags, features: info.features, scale: info.scale, trainedOn: info.trainedOn, epochs: info.epochs },
    keys: r.u32(info.features),
    weights: r.i16(info.features * T),
    trans1: r.f32((T + 1) * T),
    trans2: r.f32((T + 1) * (T + 1) * T),
    history: r.f32(12 * T),
  };
  if (r.end() !== data.length) throw new Error(`${path}: ${data.length - r.end()} bytes left over`);
  writeFileSync(path, encodeModel(m));
  console.log(`${path}: dateline-ner/2 -> ${MODEL_FORMAT}`);
}

convertNer(DEFAULT_NER_MODEL);
