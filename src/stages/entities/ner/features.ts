import { mixInt, mixStr, seed } from '../../../learn/feature-keys.js';
import type { DocContext, PreparedSentence } from './sentence.js';
import { BOS_ID, EOS_ID, F, H, K } from './word-pool.js';

/** Most features one token has: the size of the buffer `tokenFeatures` fills. */
export const MAX_FEATURES = 64;

/** `first + mode` (template 30) without making the string: index `first * 3 + mode`. */
const FIRST_MODE = ['0A', '0T', '0n', '1A', '1T', '1n'] as const;
const SEED30 = seed(30);
const SEED31 = seed(31);
const SEED32 = seed(32);
const SEED33 = seed(33);
const SEED34 = seed(34);
const SEED35 = seed(35);
const SEED1 = seed(1);

/**
 * The tag-independent features of token `i`, as hashes written into `out`; returns how
 * many. Only what exists when tagging new text: words, shapes, affixes, neighbours, the
 * sentence's casing, gazetteer flags and how the document writes the word elsewhere.
 * A neighbour past the sentence's edge is `<s>` or `</s>`. Every hash of one word alone
 * comes from the sentence's word pool (`word-pool.ts`); a pair feature continues the first
 * word's pooled start with the second word.
 */
export function tokenFeatures(s: PreparedSentence, doc: DocContext, i: number, out: Uint32Array): number {
  let n = 0;
  const { ids, pool } = s;
  const h = pool.hashes;
  const shorts = pool.shorts;
  const lowers = pool.lowers;
  const len = ids.length;
  const id = ids[i]!;
  const p1 = i >= 1 ? ids[i - 1]! : BOS_ID;
  const p2 = i >= 2 ? ids[i - 2]! : BOS_ID;
  const n1 = i + 1 < len ? ids[i + 1]! : EOS_ID;
  const n2 = i + 2 < len ? ids[i + 2]! : EOS_ID;
  const o = id * K;
  const op = p1 * K;
  const on = n1 * K;
  const sh = shorts[id]!;
  const l = lowers[id]!;
  const shNext = shorts[n1]!;
  const lNext = lowers[n1]!;
  const mode = s.allCaps ? 0 : s.titleCase ? 1 : 2;
  const first = i === 0 ? 1 : 0;
  out[n++] = SEED1;
  out[n++] = h[o + H.word]!;
  out[n++] = h[o + H.lower]!;
  out[n++] = h[o + H.long]!;
  out[n++] = h[o + H.short]!;
  const affixes = pool.affixes[id]!;
  for (let a = 0; a < affixes; a++) out[n++] = h[o + H.affix + a]!;
  out[n++] = h[op + H.prevLower]!;
  out[n++] = h[on + H.nextLower]!;
  out[n++] = h[p2 * K + H.prev2Lower]!;
  out[n++] = h[n2 * K + H.next2Lower]!;
  out[n++] = mixStr(h[op + H.head18]!, sh);
  out[n++] = mixStr(h[o + H.head19]!, shNext);
  out[n++] = mixStr(mixStr(h[op + H.head20]!, sh), shNext);
  out[n++] = mixStr(h[op + H.head21]!, l);
  out[n++] = mixStr(h[o + H.head22]!, lNext);
  out[n++] = h[o + H.first23 + first]!;
  out[n++] = h[o + H.mode24 + mode]!;
  out[n++] = mixStr(h[op + H.head25]!, sh);
  out[n++] = mixStr(h[o + H.head26]!, lNext);
  out[n++] = h[p2 * K + H.prev2Short]!;
  out[n++] = h[n2 * K + H.next2Short]!;
  out[n++] = h[o + H.mode29 + mode]!;
  out[n++] = mixStr(h[op + H.head37]!, lNext);
  out[n++] = h[op + H.prevWord]!;
  out[n++] = h[on + H.nextWord]!;
  return documentFeatures(s, doc, i, first * 3 + mode, out, n);
}

/**
 * The features of `tokenFeatures` that depend on one word of the pool alone, in five groups
 * (see `WORD_GROUPS`): the word itself (template 1, word, lower case, shapes, affixes), and
 * the word as the previous, next, second previous and second next neighbour. Together with
 * `contextFeatures` they are the features of `tokenFeatures`, as a multiset.
 */
export function wordGroupFeatures(pool: PreparedSentence['pool'], id: number, group: number, out: Uint32Array): number {
  const h = pool.hashes;
  const o = id * K;
  let n = 0;
  switch (group) {
    case WORD_GROUPS.self: {
      out[n++] = SEED1;
      out[n++] = h[o + H.word]!;
      out[n++] = h[o + H.lower]!;
      out[n++] = h[o + H.long]!;
      out[n++] = h[o + H.short]!;
      const affixes = pool.affixes[id]!;
      for (let a = 0; a < affixes; a++) out[n++] = h[o + H.affix + a]!;
      break;
    }
    case WORD_GROUPS.prev:
      out[n++] = h[o + H.prevLower]!;
      out[n++] = h[o + H.prevWord]!;
      break;
    case WORD_GROUPS.next:
      out[n++] = h[o + H.nextLower]!;
      out[n++] = h[o + H.nextWord]!;
      break;
    case WORD_GROUPS.prev2:
      out[n++] = h[o + H.prev2Lower]!;
      out[n++] = h[o + H.prev2Short]!;
      break;
    default:
      out[n++] = h[o + H.next2Lower]!;
      out[n++] = h[o + H.next2Short]!;
  }
  return n;
}

/** The word groups of `wordGroupFeatures`. */
export const WORD_GROUPS = { self: 0, prev: 1, next: 2, prev2: 3, next2: 4 } as const;
export const NGROUPS = 5;

/** The features of token `i` that are in no word group (`wordGroupFeatures`): pairs, the sentence's mode, document evidence, gazetteers. */
export function contextFeatures(s: PreparedSentence, doc: DocContext, i: number, out: Uint32Array): number {
  let n = 0;
  const { ids, pool } = s;
  const h = pool.hashes;
  const shorts = pool.shorts;
  const lowers = pool.lowers;
  const len = ids.length;
  const id = ids[i]!;
  const p1 = i >= 1 ? ids[i - 1]! : BOS_ID;
  const n1 = i + 1 < len ? ids[i + 1]! : EOS_ID;
  const o = id * K;
  const op = p1 * K;
  const sh = shorts[id]!;
  const l = lowers[id]!;
  const shNext = shorts[n1]!;
  const lNext = lowers[n1]!;
  const mode = s.allCaps ? 0 : s.titleCase ? 1 : 2;
  const first = i === 0 ? 1 : 0;
  out[n++] = mixStr(h[op + H.head18]!, sh);
  out[n++] = mixStr(h[o + H.head19]!, shNext);
  out[n++] = mixStr(mixStr(h[op + H.head20]!, sh), shNext);
  out[n++] = mixStr(h[op + H.head21]!, l);
  out[n++] = mixStr(h[o + H.head22]!, lNext);
  out[n++] = h[o + H.first23 + first]!;
  out[n++] = h[o + H.mode24 + mode]!;
  out[n++] = mixStr(h[op + H.head25]!, sh);
  out[n++] = mixStr(h[o + H.head26]!, lNext);
  out[n++] = h[o + H.mode29 + mode]!;
  out[n++] = mixStr(h[op + H.head37]!, lNext);
  return documentFeatures(s, doc, i, first * 3 + mode, out, n);
}

/**
 * The features both `tokenFeatures` and `contextFeatures` end with, written from `out[n]` on:
 * how the document writes a capitalised word elsewhere (in lower case, capitalised
 * mid-sentence, its evidence bits) and the gazetteer flags of the word and its neighbours.
 * `firstMode` is sentence-initial × 3 + the sentence's casing. Returns the new count.
 */
function documentFeatures(s: PreparedSentence, doc: DocContext, i: number, firstMode: number, out: Uint32Array, n: number): number {
  const { ids, pool } = s;
  const id = ids[i]!;
  const l = pool.lowers[id]!;
  if ((pool.flags[id]! & F.capitalised) !== 0) {
    const lowerSeen = doc.lowerSeen.has(l);
    const capsMid = doc.capsMid.has(l);
    out[n++] = mixStr(mixInt(SEED30, (lowerSeen ? 1 : 0) | (capsMid ? 2 : 0)), FIRST_MODE[firstMode]!);
    const ev = doc.evidence.get(l) ?? 0;
    for (let bit = 1; bit <= 256; bit <<= 1) if ((ev & bit) !== 0) out[n++] = mixInt(SEED35, bit);
  }
  const g = s.gaz[i]!;
  if (g !== 0) {
    out[n++] = mixInt(SEED31, g);
    out[n++] = mixStr(mixInt(SEED32, g), pool.shorts[id]!);
  }
  const gp = i > 0 ? s.gaz[i - 1]! : 0;
  const gn = i + 1 < ids.length ? s.gaz[i + 1]! : 0;
  if (gp !== 0) out[n++] = mixInt(SEED33, gp);
  if (gn !== 0) out[n++] = mixInt(SEED34, gn);
  return n;
}
