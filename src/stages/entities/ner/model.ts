import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KeyedTable } from '../../../learn/keyed-table.js';
import { tablesBuilt } from '../../../learn/model-file.js';
import { bestTag, historyRow, remember, scoreContext } from './decode.js';
import { exactSums, float32LowBound, grid } from './exact-sums.js';
import { contextFeatures, MAX_FEATURES, NGROUPS, tokenFeatures, WORD_GROUPS, wordGroupFeatures } from './features.js';
import { type ModelData, type NerInfo, readModel } from './model-file.js';
import type { DocContext, PreparedSentence } from './sentence.js';
import { NTAGS, START } from './tags.js';
import { BOS_ID, EOS_ID, type WordPool } from './word-pool.js';

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
  /**
   * Whether every score is an exact float64 sum (`exact-sums.ts`): then the weights of each
   * word group (`wordGroupFeatures`) are summed once per word of the pool and reused.
   */
  readonly #exact: boolean;
  /** The pool whose words `#sums` holds, `NGROUPS × NTAGS` a word, and which groups are summed (`#have`). */
  #pool: WordPool | undefined;
  #sums = new Float64Array(0);
  #have = new Uint8Array(0);

  constructor(data: ModelData) {
    this.header = data.header;
    this.#table = new KeyedTable(data.keys, data.weights, NTAGS, data.header.scale, data.key && `${data.key}#keyed`);
    this.#trans1 = data.trans1;
    this.#trans2 = data.trans2;
    this.#history = data.history;
    // the table's weights are float32(w / scale) for int16 w: magnitudes from float32(1 / scale) to float32(32,768 / scale)
    const scale = data.header.scale;
    const g = grid([data.trans1, data.trans2, data.history]);
    const low = Math.min(g.low, float32LowBound(Math.fround(1 / scale)));
    this.#exact = exactSums(low, g.maxSum + MAX_FEATURES * Math.fround(32768 / scale));
  }

  /** Where the feature table's first-pass reads went (see `KeyedTable.touched`). */
  get touched(): number {
    return this.#table.touched;
  }

  /**
   * Tag indices (see TAGS) for each token of the sentence. Sentences of a document must come in
   * order (history). A token's features are added one by one, or, when every score is an exact
   * sum (`#exact`), as each word group's weights summed once per word plus the rest (same scores).
   */
  tag(s: PreparedSentence, doc: DocContext): Uint8Array {
    const n = s.words.length;
    const out = new Uint8Array(n);
    const scores = this.#scores;
    const feat = this.#feat;
    if (this.#exact) this.#usePool(s.pool);
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
      if (this.#exact) this.#addSummed(scores, s, doc, i);
      else this.#table.addAll(scores, feat, tokenFeatures(s, doc, i, feat));
      const tag = bestTag(scores, p1);
      out[i] = tag;
      remember(doc.history, key, tag);
      p2 = p1;
      p1 = tag;
    }
    return out;
  }

  /** Token `i`'s feature weights: its five word groups' sums (`#addGroup`), then its context features. */
  #addSummed(scores: Float64Array, s: PreparedSentence, doc: DocContext, i: number): void {
    const n = s.words.length;
    const ids = s.ids;
    this.#addGroup(scores, ids[i]!, WORD_GROUPS.self);
    this.#addGroup(scores, i >= 1 ? ids[i - 1]! : BOS_ID, WORD_GROUPS.prev);
    this.#addGroup(scores, i + 1 < n ? ids[i + 1]! : EOS_ID, WORD_GROUPS.next);
    this.#addGroup(scores, i >= 2 ? ids[i - 2]! : BOS_ID, WORD_GROUPS.prev2);
    this.#addGroup(scores, i + 2 < n ? ids[i + 2]! : EOS_ID, WORD_GROUPS.next2);
    this.#table.addAll(scores, this.#feat, contextFeatures(s, doc, i, this.#feat));
  }

  #usePool(pool: WordPool): void {
    const cap = pool.flags.length;
    if (pool !== this.#pool) {
      this.#pool = pool;
      this.#sums = new Float64Array(cap * NGROUPS * NTAGS);
      this.#have = new Uint8Array(cap * NGROUPS);
    } else if (this.#have.length < cap * NGROUPS) {
      const sums = new Float64Array(cap * NGROUPS * NTAGS);
      sums.set(this.#sums);
      this.#sums = sums;
      const have = new Uint8Array(cap * NGROUPS);
      have.set(this.#have);
      this.#have = have;
    }
  }

  /** Adds the summed weights of word `id`'s group `group` to `scores` (summing them first if new). */
  #addGroup(scores: Float64Array, id: number, group: number): void {
    const slot = id * NGROUPS + group;
    const sums = this.#sums;
    const at = slot * NTAGS;
    if (this.#have[slot] === 0) {
      const sum = this.#groupScores;
      sum.fill(0);
      const feat = this.#groupFeat;
      this.#table.addAll(sum, feat, wordGroupFeatures(this.#pool as WordPool, id, group, feat));
      sums.set(sum, at);
      this.#have[slot] = 1;
    }
    for (let t = 0; t < NTAGS; t++) scores[t] = scores[t]! + sums[at + t]!;
  }

  readonly #groupScores = new Float64Array(NTAGS);
  readonly #groupFeat = new Uint32Array(MAX_FEATURES);
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
