import { featureOf, mixStr, seed } from '../../../learn/feature-keys.js';
import { isAllCaps, isCapitalised, longShape, shortShape } from './shape.js';

/**
 * Everything the NER features need from one word on its own, computed once per distinct
 * word (not once per token): its normal form, lower case and shapes, its flags, and every
 * feature hash that mixes that word alone, or starts with it (`mixStr(seed(t), word)`, which
 * a pair feature then continues with the other word). The hashes are the ones
 * `features.ts` would compute token by token: same keys, same order of summing.
 *
 * Words are numbered in a pool (a `Map` from the raw word, strings and typed arrays by
 * number); ids 0 and 1 are the sentence edges `<s>` and `</s>`. A full pool is replaced by
 * a fresh one, never cleared: a prepared sentence keeps the pool its ids point into.
 */

/** Hash slots of a word (`H` offsets below). */
export const H = {
  word: 0, // featureOf(2, w)
  lower: 1, // featureOf(3, l)
  long: 2, // featureOf(4, long)
  short: 3, // featureOf(5, sh)
  affix: 4, // 8 slots: prefix 1, suffix 1, … prefix 4, suffix 4 (as many as the word has)
  prevLower: 12, // featureOf(14, l)
  nextLower: 13, // featureOf(15, l)
  prev2Lower: 14, // featureOf(16, l)
  next2Lower: 15, // featureOf(17, l)
  prev2Short: 16, // featureOf(27, sh)
  next2Short: 17, // featureOf(28, sh)
  prevWord: 18, // featureOf(38, w)
  nextWord: 19, // featureOf(39, w)
  head18: 20, // mixStr(seed(18), sh): as the previous word
  head19: 21, // mixStr(seed(19), sh)
  head20: 22, // mixStr(seed(20), sh): as the previous word
  head21: 23, // mixStr(seed(21), l): as the previous word
  head22: 24, // mixStr(seed(22), l)
  head25: 25, // mixStr(seed(25), l): as the previous word
  head26: 26, // mixStr(seed(26), sh)
  head37: 27, // mixStr(seed(37), l): as the previous word
  first23: 28, // 2 slots: pair(23, '0' | '1', sh)
  mode24: 30, // 3 slots: pair(24, 'A' | 'T' | 'n', sh)
  mode29: 33, // 3 slots: pair(29, 'A' | 'T' | 'n', l)
} as const;
/** Hashes per word. */
export const K = 36;

/** Flag bits of a word. */
export const F = { capitalised: 1, allCaps: 2, hasCase: 4 } as const;

/** Sentence modes in the order of the `mode24` / `mode29` slots. */
export const MODES = ['A', 'T', 'n'] as const;

const BOS = '<s>';
const EOS = '</s>';
/** Pools hold at most this many words (~9 MB of hashes) before a fresh one replaces them. */
const MAX_WORDS = 1 << 16;

export interface WordPool {
  readonly index: Map<string, number>;
  readonly words: string[];
  readonly lowers: string[];
  readonly longs: string[];
  readonly shorts: string[];
  flags: Uint8Array;
  /** Affix hashes the word has (0–8). */
  affixes: Uint8Array;
  /** Word-level gazetteer bits (`wordGazetteer`). */
  gaz: Uint16Array;
  hashes: Uint32Array;
}

function pair(template: number, a: string, b: string): number {
  return mixStr(mixStr(seed(template), a), b);
}

const QUOTES: Record<string, string> = { '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2014': '--', '\u2013': '-' };

/** Curly quotes and dashes as CoNLL writes them. */
export function normaliseWord(word: string): string {
  if (word.length === 1) return QUOTES[word] ?? word;
  return word.includes('\u2019') ? word.replaceAll('\u2019', "'") : word;
}

/**
 * `lower !== word.toUpperCase()` (the word has a letter with case), without making the upper
 * case copy for a word of ASCII characters: there, only A–Z and a–z have case.
 */
function hasCase(word: string, lower: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return lower !== word.toUpperCase();
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

function fill(p: WordPool, id: number, w: string, l: string, long: string, sh: string): void {
  const h = p.hashes;
  const o = id * K;
  h[o + H.word] = featureOf(2, w);
  h[o + H.lower] = featureOf(3, l);
  h[o + H.long] = featureOf(4, long);
  h[o + H.short] = featureOf(5, sh);
  const len = l.length;
  let a = 0;
  for (let k = 1; k <= 4 && k < len; k++) {
    h[o + H.affix + a++] = mixStr(seed(5 + k), l, 0, k);
    h[o + H.affix + a++] = mixStr(seed(9 + k), l, len - k, len);
  }
  p.affixes[id] = a;
  h[o + H.prevLower] = featureOf(14, l);
  h[o + H.nextLower] = featureOf(15, l);
  h[o + H.prev2Lower] = featureOf(16, l);
  h[o + H.next2Lower] = featureOf(17, l);
  h[o + H.prev2Short] = featureOf(27, sh);
  h[o + H.next2Short] = featureOf(28, sh);
  h[o + H.prevWord] = featureOf(38, w);
  h[o + H.nextWord] = featureOf(39, w);
  h[o + H.head18] = mixStr(seed(18), sh);
  h[o + H.head19] = mixStr(seed(19), sh);
  h[o + H.head20] = mixStr(seed(20), sh);
  h[o + H.head21] = mixStr(seed(21), l);
  h[o + H.head22] = mixStr(seed(22), l);
  h[o + H.head25] = mixStr(seed(25), l);
  h[o + H.head26] = mixStr(seed(26), sh);
  h[o + H.head37] = mixStr(seed(37), l);
  h[o + H.first23] = pair(23, '0', sh);
  h[o + H.first23 + 1] = pair(23, '1', sh);
  for (let m = 0; m < 3; m++) {
    h[o + H.mode24 + m] = pair(24, MODES[m] as string, sh);
    h[o + H.mode29 + m] = pair(29, MODES[m] as string, l);
  }
}

function push(p: WordPool, w: string, l: string, long: string, sh: string, flags: number, gaz: number): number {
  const id = p.words.length;
  if (id >= p.flags.length) {
    const cap = p.flags.length * 2;
    const flagsNext = new Uint8Array(cap);
    flagsNext.set(p.flags);
    p.flags = flagsNext;
    const affixesNext = new Uint8Array(cap);
    affixesNext.set(p.affixes);
    p.affixes = affixesNext;
    const gazNext = new Uint16Array(cap);
    gazNext.set(p.gaz);
    p.gaz = gazNext;
    const hashesNext = new Uint32Array(cap * K);
    hashesNext.set(p.hashes);
    p.hashes = hashesNext;
  }
  p.words.push(w);
  p.lowers.push(l);
  p.longs.push(long);
  p.shorts.push(sh);
  p.flags[id] = flags;
  p.gaz[id] = gaz;
  fill(p, id, w, l, long, sh);
  return id;
}

function freshPool(): WordPool {
  const cap = 4096;
  const p: WordPool = {
    index: new Map(),
    words: [],
    lowers: [],
    longs: [],
    shorts: [],
    flags: new Uint8Array(cap),
    affixes: new Uint8Array(cap),
    gaz: new Uint16Array(cap),
    hashes: new Uint32Array(cap * K),
  };
  // the sentence edges: `at()` of features.ts gives the same string for words, lowers and shapes
  push(p, BOS, BOS, BOS, BOS, 0, 0);
  push(p, EOS, EOS, EOS, EOS, 0, 0);
  return p;
}

export const BOS_ID = 0;
export const EOS_ID = 1;

let pool: WordPool | undefined;

/** The pool to number the `n` words of a new sentence in (a fresh one when the current one is full). */
export function poolFor(n: number): WordPool {
  if (pool === undefined || pool.words.length + n > MAX_WORDS) pool = freshPool();
  return pool;
}

/** The id of raw word `raw` in `p`, numbered now if new (`gazetteer` gives its word-level bits from its lower case). */
export function wordId(p: WordPool, raw: string, gazetteer: (lower: string) => number): number {
  const known = p.index.get(raw);
  if (known !== undefined) return known;
  const w = normaliseWord(raw);
  const l = w.toLowerCase();
  let flags = 0;
  if (hasCase(w, l)) flags |= F.hasCase;
  if (isAllCaps(w)) flags |= F.allCaps;
  if (isCapitalised(w)) flags |= F.capitalised;
  const id = push(p, w, l, longShape(w), shortShape(w), flags, gazetteer(l));
  p.index.set(raw, id);
  return id;
}
