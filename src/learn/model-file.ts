import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sharedBuffer, sharedBuffers, sharedEntry } from './shared-buffers.js';
import { adoptCachedTables, isPackageModel, keepTables } from './table-cache.js';
import { type ThinHeader, thinModelEntry } from './thin-model.js';

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

/**
 * A decoded model file: its header and its arrays by name (in file order). `key` (files read
 * from a path) names the file's shared memory (`shared-buffers.ts`): tables built from the
 * file are shared between threads under keys that start with it.
 */
export interface ModelFile {
  readonly header: ModelHeader;
  readonly arrays: ReadonlyMap<string, ModelArray>;
  readonly key?: string;
  /** Read from the start-up cache without some arrays (`thin-model.ts`): the whole file, decoded on demand. */
  readonly full?: () => ModelFile;
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
export function decodeModelFile(gz: Buffer, model: string, where: string, key?: string): ModelFile {
  const data = gunzipSync(gz);
  const length = data.readUInt32LE(0);
  const json = data.subarray(4, 4 + length).toString('utf8');
  const header = JSON.parse(json) as ModelHeader;
  if (header.format !== MODEL_FORMAT || header.model !== model) {
    throw new Error(`${where}: a ${String(header.format)} file of model ${String(header.model)}, expected ${MODEL_FORMAT} of ${model}`);
  }
  const body = 4 + length;
  const size = header.arrays.reduce((n, a) => n + aligned(a.length * CONSTRUCTORS[a.type].BYTES_PER_ELEMENT), 0);
  // a copy into one buffer (shared between threads when the file has a key), each array 4-byte aligned
  const slot = sharedBuffer(key, size, json);
  if (!slot.fresh) return viewsOf(header, slot.buffer, key);
  const bytes = new Uint8Array(slot.buffer);
  let from = body;
  let to = 0;
  for (const a of header.arrays) {
    const n = a.length * CONSTRUCTORS[a.type].BYTES_PER_ELEMENT;
    if (from + n > data.length) throw new Error(`${where}: the file is truncated (array ${a.name})`);
    bytes.set(data.subarray(from, from + n), to);
    from += n;
    to += aligned(n);
  }
  const file = viewsOf(header, slot.buffer, key);
  const digest = createHash('sha256');
  for (const a of file.arrays.values()) digest.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  if (digest.digest('hex') !== header.digest) throw new Error(`${where}: the arrays do not match the header's digest`);
  slot.share();
  return file;
}

const aligned = (n: number): number => (n + 3) & ~3;

/** The arrays of `header` as views of `buffer`, laid out as `decodeModelFile` copies them. */
function viewsOf(header: ModelHeader, buffer: ArrayBufferLike, key: string | undefined): ModelFile {
  const arrays = new Map<string, ModelArray>();
  let at = 0;
  for (const { name, type, length: n } of header.arrays) {
    const Ctor = CONSTRUCTORS[type];
    arrays.set(name, new (Ctor as new (b: ArrayBufferLike, at: number, n: number) => ModelArray)(buffer, at, n));
    at += aligned(n * Ctor.BYTES_PER_ELEMENT);
  }
  return key === undefined ? { header, arrays } : { header, arrays, key };
}

/**
 * The one loader: the model file at `path`, which must hold model `model`. Decoded once per
 * process: a thread given the decoding thread's buffers (`shared-buffers.ts`) reads the
 * arrays from there, without unzipping or checking the digest again. The package's own model
 * files (`cache`) are read, with every table built from them, from the start-up cache when
 * an earlier run wrote it (`table-cache.ts`); the loader calls `tablesBuilt` once it has
 * built its tables, which writes them there.
 */
export function readModelFile(path: string, model: string, cache = isPackageModel(path)): ModelFile {
  const { size, mtimeMs } = statSync(path);
  const key = `model:${model}:${resolve(path)}:${size}:${mtimeMs}`;
  const shared = sharedEntry(key) ?? (cache && adoptCachedTables(path, model, key) ? sharedEntry(key) : undefined);
  if (shared === undefined) return decodeModelFile(readFileSync(path), model, path, key);
  const header = JSON.parse(shared.meta) as ModelHeader & ThinHeader;
  const file = viewsOf(header, shared.buffer, key);
  if (header.omitted === undefined) return file;
  let full: ModelFile | undefined;
  return { ...file, full: () => (full ??= decodeModelFile(readFileSync(path), model, path)) };
}

/**
 * Says that the tables of `file` are built: the first time a model file is read without the
 * cache, they are written to it, with the file's arrays but `tableOnly` (arrays only read to
 * build the tables, which later runs then do not read).
 */
export function tablesBuilt(file: Pick<ModelFile, 'key'>, tableOnly: readonly string[] = []): void {
  const { key } = file;
  if (key === undefined) return;
  const entries = new Map(sharedBuffers());
  const whole = entries.get(key);
  if (whole !== undefined && tableOnly.length > 0) entries.set(key, thinModelEntry(whole, new Set(tableOnly)));
  keepTables(key, entries);
}

/** Array `name` of `file`, which must be of `type`. */
export function arrayOf<T extends ArrayType>(file: ModelFile, name: string, type: T): InstanceType<(typeof CONSTRUCTORS)[T]> {
  const a = file.arrays.get(name) ?? file.full?.().arrays.get(name);
  if (a === undefined || typeOf(a) !== type) throw new Error(`model ${file.header.model}: no ${type} array '${name}'`);
  return a as InstanceType<(typeof CONSTRUCTORS)[T]>;
}
