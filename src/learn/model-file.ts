import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The one model-file format of every tagger (NER, attribution, events): gzip of
 * `[u32 header length][JSON header][arrays]`. The header names the model, lists the typed
 * arrays that follow (name, element type, length, in file order), carries the SHA-256 of
 * their bytes (`digest`, checked at load) and the model's own metadata (`info`).
 */
export const MODEL_FORMAT = 'dateline-model/1';

/** Element types of the arrays a model file holds (little-endian). */
export type ArrayType = 'u32' | 'i32' | 'i16' | 'f32';
export type ModelArray = Uint32Array | Int32Array | Int16Array | Float32Array;

/** A JSON value, as `info` holds. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export interface ArrayEntry {
  readonly name: string;
  readonly type: ArrayType;
  readonly length: number;
}

export interface ModelHeader {
  readonly format: typeof MODEL_FORMAT;
  /** What the file holds (`ner`, `attribution`, `events`): a loader refuses another model's file. */
  readonly model: string;
  /** SHA-256 (hex) of the arrays' bytes, in file order. */
  readonly digest: string;
  readonly arrays: readonly ArrayEntry[];
  readonly info: { readonly [key: string]: Json };
}

/** A decoded model file: its header and its arrays by name (in file order). */
export interface ModelFile {
  readonly header: ModelHeader;
  readonly arrays: ReadonlyMap<string, ModelArray>;
}

const CONSTRUCTORS = {
  u32: Uint32Array,
  i32: Int32Array,
  i16: Int16Array,
  f32: Float32Array,
} as const;

function typeOf(a: ModelArray): ArrayType {
  if (a instanceof Uint32Array) return 'u32';
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Int16Array) return 'i16';
  return 'f32';
}

function bytesOf(a: ModelArray): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/** The file bytes of model `model` with `arrays` (written in the map's order) and `info`. */
export function encodeModelFile(model: string, arrays: ReadonlyMap<string, ModelArray>, info: ModelHeader['info'] = {}): Buffer {
  const bodies = [...arrays.values()].map(bytesOf);
  const digest = createHash('sha256');
  for (const b of bodies) digest.update(b);
  const header: ModelHeader = {
    format: MODEL_FORMAT,
    model,
    digest: digest.digest('hex'),
    arrays: [...arrays].map(([name, a]) => ({ name, type: typeOf(a), length: a.length })),
    info,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([length, json, ...bodies]), { level: 9 });
}

/** Reads what `encodeModelFile` wrote, checking the format, the model name and the digest. `where` names the file in errors. */
export function decodeModelFile(gz: Buffer, model: string, where: string): ModelFile {
  const data = gunzipSync(gz);
  const length = data.readUInt32LE(0);
  const header = JSON.parse(data.subarray(4, 4 + length).toString('utf8')) as ModelHeader;
  if (header.format !== MODEL_FORMAT || header.model !== model) {
    throw new Error(`${where}: a ${String(header.format)} file of model ${String(header.model)}, expected ${MODEL_FORMAT} of ${model}`);
  }
  const arrays = new Map<string, ModelArray>();
  const digest = createHash('sha256');
  let at = 4 + length;
  for (const { name, type, length: n } of header.arrays) {
    const Ctor = CONSTRUCTORS[type];
    const bytes = n * Ctor.BYTES_PER_ELEMENT;
    if (at + bytes > data.length) throw new Error(`${where}: the file is truncated (array ${name})`);
    // a copy: the arrays start 4-byte aligned whatever comes before them
    const copy = data.buffer.slice(data.byteOffset + at, data.byteOffset + at + bytes);
    digest.update(new Uint8Array(copy));
    arrays.set(name, new Ctor(copy));
    at += bytes;
  }
  if (digest.digest('hex') !== header.digest) throw new Error(`${where}: the arrays do not match the header's digest`);
  return { header, arrays };
}

/** The one loader: the model file at `path`, which must hold model `model`. */
export function readModelFile(path: string, model: string): ModelFile {
  return decodeModelFile(readFileSync(path), model, path);
}

/** Array `name` of `file`, which must be of `type`. */
export function arrayOf<T extends ArrayType>(file: ModelFile, name: string, type: T): InstanceType<(typeof CONSTRUCTORS)[T]> {
  const a = file.arrays.get(name);
  if (a === undefined || typeOf(a) !== type) throw new Error(`model ${file.header.model}: no ${type} array '${name}'`);
  return a as InstanceType<(typeof CONSTRUCTORS)[T]>;
}
