import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { greedyDecode, type TaggerWeights } from './decode.js';
import { MAX_FEATURES, tokenFeatures } from './features.js';
import { decodeModel, type ModelData, type ModelHeader } from './model-file.js';
import type { DocContext, PreparedSentence } from './sentence.js';
import { NTAGS } from './tags.js';

/** `models/ner-conll.bin.gz` at the project root (same depth from src/ and dist/). */
export const DEFAULT_NER_MODEL = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'models', 'ner-conll.bin.gz');

/**
 * A trained greedy NER tagger: feature hashes → weight rows through an open-addressing
 * table, scored with the tag transitions.
 */
export class NerModel {
  readonly header: ModelHeader;
  readonly #table: Uint32Array;
  readonly #rows: Int32Array;
  readonly #mask: number;
  readonly #weights: TaggerWeights;
  #feat = new Uint32Array(MAX_FEATURES);
  #rowBuf = new Int32Array(1024 * MAX_FEATURES);
  #offsets = new Int32Array(1025);

  constructor(data: ModelData) {
    this.header = data.header;
    const n = data.keys.length;
    let cap = 1;
    while (cap < n * 2) cap <<= 1;
    this.#mask = cap - 1;
    this.#table = new Uint32Array(cap);
    this.#rows = new Int32Array(cap).fill(-1);
    for (let r = 0; r < n; r++) {
      const key = data.keys[r]!;
      let slot = this.#slot(key);
      while (this.#rows[slot]! >= 0) slot = (slot + 1) & this.#mask;
      this.#table[slot] = key;
      this.#rows[slot] = r;
    }
    const features = new Float32Array(n * NTAGS);
    const scale = data.header.scale;
    for (let k = 0; k < features.length; k++) features[k] = data.weights[k]! / scale;
    this.#weights = { features, trans1: data.trans1, trans2: data.trans2, history: data.history };
  }

  #slot(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 0) & this.#mask;
  }

  /** The weight row of a feature hash, -1 when the model does not know it. */
  rowOf(key: number): number {
    let slot = this.#slot(key);
    for (;;) {
      const r = this.#rows[slot]!;
      if (r < 0) return -1;
      if (this.#table[slot] === key) return r;
      slot = (slot + 1) & this.#mask;
    }
  }

  /** Tag indices (see TAGS) for each token of the sentence. Sentences of a document must come in order (history). */
  tag(s: PreparedSentence, doc: DocContext): Uint8Array {
    const n = s.words.length;
    if (n + 1 > this.#offsets.length) {
      this.#offsets = new Int32Array(n + 1);
      this.#rowBuf = new Int32Array(n * MAX_FEATURES);
    }
    let k = 0;
    for (let i = 0; i < n; i++) {
      this.#offsets[i] = k;
      const m = tokenFeatures(s, doc, i, this.#feat);
      for (let j = 0; j < m; j++) this.#rowBuf[k++] = this.rowOf(this.#feat[j]!);
    }
    this.#offsets[n] = k;
    const out = new Uint8Array(n);
    greedyDecode(this.#weights, this.#rowBuf, this.#offsets, n, out, s.historyKeys, doc.history);
    return out;
  }
}

const loaded = new Map<string, NerModel>();

/** Loads (once per path) the NER model. */
export function loadNerModel(path: string = DEFAULT_NER_MODEL): NerModel {
  let m = loaded.get(path);
  if (!m) {
    m = new NerModel(decodeModel(readFileSync(path)));
    loaded.set(path, m);
  }
  return m;
}
