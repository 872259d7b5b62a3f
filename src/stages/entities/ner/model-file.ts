import { arrayOf, decodeModelFile, encodeModelFile, type ModelArray, type ModelFile, readModelFile } from '../../../learn/model-file.js';
import { HISTORY_ROWS } from './decode.js';
import { NTAGS } from './tags.js';

/**
 * The NER model in the shared model file (`src/learn/model-file.ts`, model `ner`): arrays
 * `keys` (u32 feature hashes), `weights` (i16, `keys × NTAGS`, quantised with one scale),
 * `trans1`, `trans2` and `history` (f32); the info below in the header.
 */
export interface NerInfo {
  readonly tags: readonly string[];
  readonly features: number;
  readonly scale: number;
  readonly trainedOn: string;
  readonly epochs: number;
}

export interface ModelData {
  readonly header: NerInfo;
  readonly keys: Uint32Array;
  readonly weights: Int16Array;
  readonly trans1: Float32Array;
  readonly trans2: Float32Array;
  readonly history: Float32Array;
  /** The model file's key in the memory threads share (`learn/shared-buffers.ts`), when read from a path. */
  readonly key?: string;
}

export const NER_MODEL = 'ner';

const SIZES = {
  trans1: (NTAGS + 1) * NTAGS,
  trans2: (NTAGS + 1) * (NTAGS + 1) * NTAGS,
  history: HISTORY_ROWS * NTAGS,
} as const;

export function encodeModel(m: ModelData): Buffer {
  const { tags, features, scale, trainedOn, epochs } = m.header;
  const arrays = new Map<string, ModelArray>([
    ['keys', m.keys],
    ['weights', m.weights],
    ['trans1', m.trans1],
    ['trans2', m.trans2],
    ['history', m.history],
  ]);
  return encodeModelFile(NER_MODEL, arrays, { tags: [...tags], features, scale, trainedOn, epochs });
}

export function decodeModel(gz: Buffer, where = 'NER model'): ModelData {
  return modelData(decodeModelFile(gz, NER_MODEL, where), where);
}

/** The NER model file at `path` (decoded once per process: `readModelFile`). */
export function readModel(path: string): ModelData {
  return modelData(readModelFile(path, NER_MODEL), path);
}

function modelData(file: ModelFile, where: string): ModelData {
  const header = file.header.info as unknown as NerInfo;
  const data: ModelData = {
    header,
    keys: arrayOf(file, 'keys', 'u32'),
    weights: arrayOf(file, 'weights', 'i16'),
    trans1: arrayOf(file, 'trans1', 'f32'),
    trans2: arrayOf(file, 'trans2', 'f32'),
    history: arrayOf(file, 'history', 'f32'),
    ...(file.key === undefined ? {} : { key: file.key }),
  };
  const wrong =
    data.keys.length !== header.features ||
    data.weights.length !== header.features * NTAGS ||
    (Object.keys(SIZES) as (keyof typeof SIZES)[]).some((k) => data[k].length !== SIZES[k]);
  if (wrong) throw new Error(`${where}: arrays of the wrong size for ${NTAGS} tags`);
  return data;
}
