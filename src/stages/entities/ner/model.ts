import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KeyedTable } from '../../../learn/keyed-table.js';
import { tablesBuilt } from '../../../learn/model-file.js';
import { bestTag, historyRow, remember, scoreContext } from './decode.js';
import { MAX_FEATURES, tokenFeatures } from './features.js';
import { type ModelData, type NerInfo, readModel } from './model-file.js';
import type { DocContext, PreparedSentence } from './sentence.js';
import { NTAGS, START } from './tags.js';

/** `models/ner-perceptron.bin.gz` at the project root (same depth from src/ and dist/). */
export const DEFAULT_NER_MODEL = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'models', 'ner-perceptron.bin.gz');

/** Marks that are tagged O without scoring. */
const PLAIN_PUNCTUATION = '.,;:!?"()';

/**
 * A trained greedy NER tagger: the feature weights in a `KeyedTable` (learn/), scores that
 * add the tag transitions and the document's prediction history, BIO-constrained choice
 * (`bestAllowed`, learn/).
 */
export class NerModel {
  readonly header: NerInfo;
  readonly #table: KeyedTable;
  readonly #trans1: Float32Array;
  readonly #trans2: Float32Array;
  readonly #history: Float32Array;
  readonly #feat = new Uint32Array(MAX_FEATURES);
  readonly #scores = new Float64Array(NTAGS);

  constructor(data: ModelData) {
    this.header = data.header;
    this.#table = new KeyedTable(data.keys, data.weights, NTAGS, data.header.scale, data.key && `${data.key}#keyed`);
    this.#trans1 = data.trans1;
    this.#trans2 = data.trans2;
    this.#history = data.history;
  }

  /** Where the feature table's first-pass reads went (see `KeyedTable.touched`). */
  get touched(): number {
    return this.#table.touched;
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
      const key = s.historyKeys[i];
      scoreContext(this.#trans1, this.#trans2, this.#history, p2, p1, historyRow(doc.history, key, i === 0), scores);
      this.#table.addAll(scores, feat, tokenFeatures(s, doc, i, feat));
      const tag = bestTag(scores, p1);
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
    const data = readModel(path);
    m = new NerModel(data);
    tablesBuilt(data);
    loaded.set(path, m);
  }
  return m;
}
