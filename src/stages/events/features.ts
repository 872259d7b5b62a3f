import type { Token } from '../../doc/layers.js';
import type { Range } from '../../doc/span.js';
import { feature, hashString } from '../../learn/hashing.js';
import { loadSupersenses, SENSES_PER_LEMMA, type Supersenses } from '../attribution/supersenses.js';
import { isCandidate } from './labels.js';

/**
 * Most features one token has: the width of a row of `EventFeatures.ids`. A token with many
 * supersenses can have more; the last ones (after the sixth sense) are then left out, as in
 * the training of the committed model.
 */
export const EVENT_K = 32;

/** Per-token feature ids of a document, `EVENT_K` a token (−1 = none). */
export interface EventFeatures {
  readonly ids: Int32Array;
  readonly n: number;
  /** 1 for the tokens that may be triggers (`isCandidate`), when known: only they are scored. */
  readonly candidate?: Uint8Array;
}

/** `hashString(s.slice(s.length - k))` without making the slice: FNV-1a over the last `k` code units. */
function hashSuffix(s: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = s.length - k; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SENSE_SHIFT = 6;

function senses(table: Supersenses | null, lemma: string, verb: boolean): number {
  if (table === null) return 0;
  return (verb ? table.verbs.get(lemma) : table.nouns.get(lemma)) ?? 0;
}

function shapeOf(w: string): number {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return 1;
  if (w !== w.toLowerCase()) return w === w.toUpperCase() && w.length > 1 ? 2 : 3;
  return 0;
}

/** Marks (1) the tokens inside any of `ranges` (sorted or not). */
export function insideRanges(tokens: readonly Token[], ranges: readonly Range[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  if (ranges.length === 0) return out;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (r < sorted.length && (sorted[r] as Range).end <= t.start) r++;
    const cur = sorted[r];
    if (cur !== undefined && cur.start <= t.start && t.end <= cur.end) out[i] = 1;
  }
  return out;
}

const SKIP_BACK = new Set(['ADV', 'PART']);

/**
 * The tag-independent features of every token: word, lemma, part of speech, suffixes,
 * neighbours, the nearest function word before it, WordNet supersenses of its lemma as a
 * verb and as a noun, and whether it lies in a name or a time expression.
 */
export function eventFeatures(tokens: readonly Token[], inName: Uint8Array, inTimex: Uint8Array): EventFeatures {
  const n = tokens.length;
  const table = loadSupersenses();
  const lower = new Int32Array(n + 4);
  const lemma = new Int32Array(n + 4);
  const pos = new Int32Array(n + 4);
  const BOS = hashString('<s>');
  const EOS = hashString('</s>');
  const idx = (i: number): number => i + 2;
  lower.fill(BOS, 0, 2).fill(EOS, n + 2);
  lemma.fill(BOS, 0, 2).fill(EOS, n + 2);
  pos.fill(BOS, 0, 2).fill(EOS, n + 2);
  const words: string[] = new Array(n);
  // a document has a dozen parts of speech: each hashed once
  const posHashes = new Map<string, number>();
  const candidate = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const lw = t.text.toLowerCase();
    words[i] = lw;
    lower[idx(i)] = hashString(lw);
    lemma[idx(i)] = hashString(t.lemma);
    let ph = posHashes.get(t.pos);
    if (ph === undefined) {
      ph = hashString(t.pos);
      posHashes.set(t.pos, ph);
    }
    pos[idx(i)] = ph;
    candidate[i] = isCandidate(t) ? 1 : 0;
  }
  const ids = new Int32Array(n * EVENT_K).fill(-1);
  let o = 0;
  let k = 0;
  const put = (id: number): void => {
    if (k < EVENT_K) ids[o + k++] = id;
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (candidate[i] === 0) continue; // never scored: no features
    const lw = words[i] as string;
    const I = idx(i);
    const p = pos[I] as number;
    o = i * EVENT_K;
    k = 0;
    put(feature(1));
    put(feature(2, lower[I]));
    put(feature(3, lemma[I]));
    put(feature(4, p));
    put(feature(5, lemma[I], p));
    for (let s = 2; s <= 4; s++) if (lw.length > s) put(feature(4 + s, hashSuffix(lw, s), p));
    put(feature(9, lower[I - 1]));
    put(feature(10, lower[I + 1]));
    put(feature(11, pos[I - 1], p));
    put(feature(12, p, pos[I + 1]));
    put(feature(13, pos[I - 2], pos[I - 1], p));
    put(feature(14, lemma[I - 1], p));
    put(feature(15, lemma[I + 1], p));
    put(feature(16, shapeOf(t.text), p, i > 0 && (tokens[i - 1] as Token).sentence === t.sentence ? 1 : 0));
    put(feature(17, lower[I - 1], lower[I]));
    put(feature(18, lemma[I], pos[I + 1]));
    put(feature(19, p, pos[I + 1], pos[I + 2]));
    put(feature(20, inName[i] as number, p));
    put(feature(21, inTimex[i] as number, p));
    // the nearest word before it that is not an adverb or particle ("has not yet *gone*")
    let b = i - 1;
    while (b >= 0 && b > i - 4 && SKIP_BACK.has((tokens[b] as Token).pos) && words[b] !== 'to') b--;
    put(feature(22, b >= 0 ? (lower[idx(b)] as number) : BOS, p));
    const vs = senses(table, t.lemma, true);
    const ns = senses(table, t.lemma, false);
    put(feature(23, vs === 0 ? 0 : 1, ns === 0 ? 0 : 1, p));
    for (let s = 0; s < SENSES_PER_LEMMA; s++) {
      const v = (vs >>> (SENSE_SHIFT * s)) & 63;
      const m = (ns >>> (SENSE_SHIFT * s)) & 63;
      if (v !== 0) put(feature(24 + (s === 0 ? 0 : 1), v, p));
      if (m !== 0) put(feature(26 + (s === 0 ? 0 : 1), m, p));
    }
    put(feature(28, lower[I - 2], lower[I - 1], p));
    put(feature(29, lower[I + 1], lower[I + 2]));
    put(feature(30, lemma[I], lower[I + 1]));
    // a complement after it ("agreed to", "said that"): what an intensional class takes
    let comp = 0;
    for (let j = i + 1; j <= i + 3 && j < n; j++) {
      const w = words[j] as string;
      if (w === 'to') comp |= 1;
      else if (w === 'that') comp |= 2;
      else if (w === 'for' || w === 'on') comp |= 4;
    }
    put(feature(31, lemma[I], comp));
  }
  return { ids, n, candidate };
}
