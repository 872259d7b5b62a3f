import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bestAllowed, historyRow, remember } from './decode.js';
import { MAX_FEATURES, tokenFeatures } from './features.js';
import { decodeModel, type ModelData, type NerInfo } from './model-file.js';
import type { DocContext, PreparedSentence } from './sentence.js';
import { NTAGS, START } from './tags.js';

/** `models/ner-perceptron.bin.gz` at the project root (same depth from src/ and dist/). */
export const DEFAULT_NER_MODEL = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'models', 'ner-perceptron.bin.gz');

/** Marks that are tagged O without scoring. */
const PLAIN_PUNCTUATION = '.,;:!?"()';

/** One table slot: the feature hash, then its NTAGS weights (4-byte units). */
const STRIDE = 1 + NTAGS;

/**
 * A trained greedy NER tagger. Feature hashes live in an open-addressing table whose
 * slots hold the hash and its weights side by side, so scoring a feature costs one
 * memory access; scores add the tag transitions and the document's prediction history.
 */
export class NerModel {
  readonly header: NerInfo;
  readonly #keys: Uint32Array;
  readonly #weights: Float32Array;
  readonly #mask: number;
  readonly #trans1: Float32Array;
  readonly #trans2: Float32Array;
  readonly #history: Float32Array;
  readonly #feat = new Uint32Array(MAX_FEATURES);
  /** The first slot probed for each of a token's features (see `tag`). */
  readonly #slots = new Int32Array(MAX_FEATURES);
  readonly #scores = new Float64Array(NTAGS);
  /** Where the first pass's reads go, so that the engine cannot leave them out. */
  touched = 0;

  constructor(data: ModelData) {
    this.header = data.header;
    const n = data.keys.length;
    let cap = 1;
    while (cap < n * 2) cap <<= 1;
    this.#mask = cap - 1;
    const buffer = new ArrayBuffer(cap * STRIDE * 4);
    this.#keys = new Uint32Array(buffer);
    this.#weights = new Float32Array(buffer);
    const scale = data.header.scale;
    for (let r = 0; r < n; r++) {
      const key = data.keys[r]! || 1; // 0 marks an empty slot
      let slot = this.#slot(key);
      while (this.#keys[slot * STRIDE] !== 0) slot = (slot + 1) & this.#mask;
      this.#keys[slot * STRIDE] = key;
      for (let t = 0; t < NTAGS; t++) this.#weights[slot * STRIDE + 1 + t] = data.weights[r * NTAGS + t]! / scale;
    }
    this.#trans1 = data.trans1;
    this.#trans2 = data.trans2;
    this.#history = data.history;
  }

  #slot(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 0) & this.#mask;
  }

  /** Adds the weights of feature `key` (if the model knows it, probing from `slot`) to `scores`. */
  #add(key: number, slot: number, scores: Float64Array): void {
    const k = key || 1;
    const keys = this.#keys;
    for (;;) {
      const base = slot * STRIDE;
      const found = keys[base]!;
      if (found === 0) return;
      if (found === k) {
        const w = this.#weights;
        for (let t = 0; t < NTAGS; t++) scores[t]! += w[base + 1 + t]!;
        return;
      }
      slot = (slot + 1) & this.#mask;
    }
  }

  /** Tag indices (see TAGS) for each token of the sentence. Sentences of a document must come in order (history). */
  tag(s: PreparedSentence, doc: DocContext): Uint8Array {
    const n = s.words.length;
    const out = new Uint8Array(n);
    const scores = this.#scores;
    const feat = this.#feat;
    let p2: number = START;
    let p1: number = START;
    for (let i = 0; i < n; i++) {
      const w = s.words[i]!;
      if (w.length === 1 && PLAIN_PUNCTUATION.includes(w)) {
        // never part of a name in CoNLL-style tagging: O without scoring
        out[i] = 0;
        p2 = p1;
        p1 = 0;
        continue;
      }
      const t1 = p1 * NTAGS;
      const t2 = (p2 * (NTAGS + 1) + p1) * NTAGS;
      for (let t = 0; t < NTAGS; t++) scores[t] = this.#trans1[t1 + t]! + this.#trans2[t2 + t]!;
      const key = s.historyKeys[i];
      const hrow = historyRow(doc.history, key, i === 0);
      if (hrow >= 0) for (let t = 0; t < NTAGS; t++) scores[t]! += this.#history[hrow * NTAGS + t]!;
      const m = tokenFeatures(s, doc, i, feat);
      // Two passes: the first reads each feature's first slot so that the processor fetches
      // them from memory side by side (the reads do not wait on each other); the second
      // probes, now in the cache. Same sums in the same order as one pass.
      const slots = this.#slots;
      const keys = this.#keys;
      let touched = 0;
      for (let j = 0; j < m; j++) {
        const slot = this.#slot(feat[j]! || 1);
        slots[j] = slot;
        touched ^= keys[slot * STRIDE]!;
      }
      this.touched = touched;
      for (let j = 0; j < m; j++) this.#add(feat[j]!, slots[j]!, scores);
      const tag = bestAllowed(scores, p1);
      out[i] = tag;
      remember(doc.history, key, tag);
      p2 = p1;
      p1 = tag;
    }
    return out;
  }
}

const loaded = new Map<string, NerModel>();

/** Loads (once per path) the NER model. */
export function loadNerModel(path: string = DEFAULT_NER_MODEL): NerModel {
  let m = loaded.get(path);
  if (!m) {
    m = new NerModel(decodeModel(readFileSync(path), path));
    loaded.set(path, m);
  }
  return m;
}
