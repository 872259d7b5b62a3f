import type { Paragraph, Sentence, Token } from '../../doc/layers.js';
import { type QuoteState, quoteState } from '../../doc/quotes.js';
import { feature, featureFrom, featureGrid, hashLowerFrom, hashString, templateState } from '../../learn/hashing.js';
import { PRONOUNS } from './lexicon.js';
import { SENSES_PER_LEMMA } from './supersenses.js';
import { type TokenHashes, tokenHashes } from './token-hashes.js';

/** What the tagger sees of a document: tokens plus the facts features are built from. */
export interface TaggerInput {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  /** The quote state of `tokens`, when the caller has it already (else computed here). */
  readonly quotes?: QuoteState;
  /** The token hashes, when the caller has them already (else computed here). */
  readonly hashes?: TokenHashes;
}

/** Hashed features: `ids[i * STATIC_K + k]` (−1 for none), and per token the parts history features use. */
export interface StaticFeatures {
  readonly ids: Int32Array;
  /** `keys[i * KEYS + 0..3]`: hashes of the word, its part of speech, its quote state, and 0/1/2 for no break / sentence start / paragraph start. */
  readonly keys: Int32Array;
  readonly inside: Uint8Array;
}

export const STATIC_K = 63;
export const KEYS = 4;

function shape(word: string): number {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return 1;
  // ASCII words without building their upper and lower case
  let upper = false;
  let lower = false;
  for (let i = 0; i < word.length; i++) {
    const x = word.charCodeAt(i);
    if (x >= 128) return shapeOf(word);
    if (x >= 65 && x <= 90) upper = true;
    else if (x >= 97 && x <= 122) lower = true;
  }
  if (!upper) return lower ? 3 : 2;
  return !lower && word.length > 1 ? 4 : 5;
}

/** `shape` of any word, by its upper and lower case. */
function shapeOf(word: string): number {
  if (word.toLowerCase() === word) return word.toUpperCase() === word ? 2 : 3;
  return word.toUpperCase() === word && word.length > 1 ? 4 : 5;
}

/** 0 none, 1–3 exact, 4: 4–6, 5: 7–12, 6: farther. */
function bucket(d: number): number {
  if (d <= 0) return 0;
  if (d <= 3) return d;
  if (d <= 6) return 4;
  return d <= 12 ? 5 : 6;
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');
// as `lower` holds them (int32)
const PRONOUN_HASHES = new Set([...PRONOUNS].map((p) => hashString(p) | 0));

// Token facts as bits (`facts`), and the nearest token with each in the sentence (`nearest`).
const CUE = 1;
const SAYING = 2;
const VERB = 4;
const THAT = 8;
const OPEN = 16;
const CLOSE = 32;
/** Nearest-token tables, `nearest[j * n + i]`: the last cue before, the next cue after, and so on. */
const L_CUE = 0;
const R_CUE = 1;
const L_SAY = 2;
const R_SAY = 3;
const L_VERB = 4;
const R_THAT = 5;
const R_OPEN = 6;
const L_CLOSE = 7;

// Buckets of the templates whose parts are small integers, and the states of the others.
const F0 = feature(0);
const F4 = featureGrid(4, 6);
const F19 = featureGrid(19, 7);
const F20 = featureGrid(20, 7);
const F21 = featureGrid(21, 7, 7);
const F22 = featureGrid(22, 7);
const F23 = featureGrid(23, 7);
const F24 = featureGrid(24, 7);
const F26 = featureGrid(26, 2, 2);
const F27 = featureGrid(27, 2, 2);
const F28 = featureGrid(28, 3);
const F29 = featureGrid(29, 4);
const F30 = featureGrid(30, 7, 2);
const F31 = featureGrid(31, 2, 2);
const F32 = feature(32);
const F51 = featureGrid(51, 64);
const F52 = featureGrid(52, 64);
const F53 = featureGrid(53, 64, 7);
const F54 = featureGrid(54, 64, 7);
const F57 = featureGrid(57, 7, 7);
const T = Array.from({ length: 62 }, (_, t) => templateState(t));

/**
 * Token features that do not depend on predicted labels: word, lemma, part of speech and
 * shape in a window, cue-lexicon hits and distances within the sentence, quote state,
 * sentence and paragraph position.
 */
export function staticFeatures(input: TaggerInput): StaticFeatures {
  const { tokens, sentences, paragraphs } = input;
  const n = tokens.length;
  const { marks, inside } = input.quotes ?? quoteState(tokens, paragraphs);
  const { lower, pos, lemma, cue, senses } = input.hashes ?? tokenHashes(tokens);
  const S = SENSES_PER_LEMMA;
  const facts = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    let f = cue[i] === 1 ? CUE : 0;
    if (t.pos === 'VERB') {
      f |= VERB;
      // a verb with a speech or thought sense among its first ones (verb.cognition, verb.communication)
      for (let k = 0; k < S; k++) {
        const x = senses[i * S + k] as number;
        if (x === 31 || x === 32) {
          f |= SAYING;
          break;
        }
      }
    }
    // the complementiser or a colon, opening and closing quotes
    if (t.text === 'that' || t.text === ':') f |= THAT;
    if (marks[i] === 1) f |= OPEN;
    if (marks[i] === 2) f |= CLOSE;
    facts[i] = f;
  }
  const nearest = new Int32Array(8 * n);
  const ids = new Int32Array(n * STATIC_K).fill(-1);
  const keys = new Int32Array(n * KEYS);
  const w = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (lower[i] as number));
  const p = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (pos[i] as number));
  const q = (i: number): number => (i < 0 || i >= n ? 0 : (inside[i] as number) * 4 + (marks[i] as number));
  const sense = (i: number): number => (i < 0 || i >= n ? 0 : (senses[i * S] as number));
  const lem = (j: number): number => (j < 0 ? 0 : (lemma[j] as number));
  // how far the nearest token `nearest[j]` lies from `i`, bucketed (0: none)
  const near = (table: number, i: number): number => {
    const j = nearest[table * n + i] as number;
    return j < 0 ? 0 : bucket(j > i ? j - i : i - j);
  };
  for (const s of sentences) {
    const a = s.tokenStart;
    const b = s.tokenEnd;
    const len = b - a;
    let sentHasCue = 0;
    let sentHasQuote = 0;
    for (let i = a; i < b; i++) {
      if (cue[i]) sentHasCue = 1;
      if (marks[i] !== 0 || inside[i]) sentHasQuote = 1;
    }
    // the nearest tokens with each fact within the sentence (−1: none)
    let lCue = -1;
    let lSay = -1;
    let lVerb = -1;
    let lClose = -1;
    for (let i = a; i < b; i++) {
      nearest[L_CUE * n + i] = lCue;
      nearest[L_SAY * n + i] = lSay;
      nearest[L_VERB * n + i] = lVerb;
      nearest[L_CLOSE * n + i] = lClose;
      const f = facts[i] as number;
      if (f & CUE) lCue = i;
      if (f & SAYING) lSay = i;
      if (f & VERB) lVerb = i;
      if (f & CLOSE) lClose = i;
    }
    let rCue = -1;
    let rSay = -1;
    let rThat = -1;
    let rOpen = -1;
    for (let i = b - 1; i >= a; i--) {
      nearest[R_CUE * n + i] = rCue;
      nearest[R_SAY * n + i] = rSay;
      nearest[R_THAT * n + i] = rThat;
      nearest[R_OPEN * n + i] = rOpen;
      const f = facts[i] as number;
      if (f & CUE) rCue = i;
      if (f & SAYING) rSay = i;
      if (f & THAT) rThat = i;
      if (f & OPEN) rOpen = i;
    }
    const para = paragraphs[s.paragraph] as Paragraph | undefined;
    const first = tokens[a] as Token;
    const firstInPara = first.start === (para?.start ?? 0) ? 1 : 0;
    const lastInPara = para === undefined || s.end >= para.end - 1 ? 1 : 0;
    const paraQuote = /^["“«„]/.test(first.text) ? 1 : 0;
    let verbsBefore = 0;
    for (let i = a; i < b; i++) {
      const k = i - a;
      const t = tokens[i] as Token;
      const o = i * STATIC_K;
      const lw = lower[i] as number;
      const lm = lemma[i] as number;
      const p0 = pos[i] as number;
      const pm1 = p(i - 1);
      const pp1 = p(i + 1);
      const wm1 = w(i - 1);
      const wp1 = w(i + 1);
      const wm2 = w(i - 2);
      const wp2 = w(i + 2);
      const ins = inside[i] as number;
      const ci = cue[i] as number;
      const cl = near(L_CUE, i);
      const cr = near(R_CUE, i);
      const sl = near(L_SAY, i);
      const sr = near(R_SAY, i);
      const dThat = near(R_THAT, i);
      const dOpen = near(R_OPEN, i);
      const v = nearest[L_VERB * n + i] as number;
      const lastVerb = v < 0 ? 0 : sense(v) * 8 + bucket(i - v);
      const s0 = sense(i);
      const s1 = senses[i * S + 1] as number;
      const s2 = senses[i * S + 2] as number;
      ids[o] = F0;
      ids[o + 1] = featureFrom(T[1] as number, lw);
      ids[o + 2] = featureFrom(T[2] as number, lm);
      ids[o + 3] = featureFrom(T[3] as number, p0);
      ids[o + 4] = F4[shape(t.text)] as number;
      ids[o + 5] = featureFrom(T[5] as number, hashLowerFrom(t.text, Math.max(0, t.text.length - 3)));
      ids[o + 6] = featureFrom(T[6] as number, wm1);
      ids[o + 7] = featureFrom(T[7] as number, wp1);
      ids[o + 8] = featureFrom(T[8] as number, wm2);
      ids[o + 9] = featureFrom(T[9] as number, wp2);
      ids[o + 10] = featureFrom(T[10] as number, pm1);
      ids[o + 11] = featureFrom(T[11] as number, pp1);
      ids[o + 12] = featureFrom(T[12] as number, p(i - 2));
      ids[o + 13] = featureFrom(T[13] as number, p(i + 2));
      ids[o + 14] = featureFrom(T[14] as number, pm1, p0);
      ids[o + 15] = featureFrom(T[15] as number, p0, pp1);
      ids[o + 16] = featureFrom(T[16] as number, wm1, lw);
      ids[o + 17] = featureFrom(T[17] as number, lw, wp1);
      ids[o + 18] = featureFrom(T[18] as number, ci, p0);
      ids[o + 19] = F19[cl] as number;
      ids[o + 20] = F20[cr] as number;
      ids[o + 21] = F21[cl * 7 + cr] as number;
      ids[o + 22] = F22[q(i)] as number;
      ids[o + 23] = F23[q(i - 1)] as number;
      ids[o + 24] = F24[q(i + 1)] as number;
      ids[o + 25] = featureFrom(T[25] as number, ins, lw);
      ids[o + 26] = F26[sentHasCue * 2 + sentHasQuote] as number;
      ids[o + 27] = F27[(k === 0 ? 2 : 0) + firstInPara] as number;
      ids[o + 28] = F28[k === len - 1 ? 1 : k === len - 2 ? 2 : 0] as number;
      ids[o + 29] = F29[Math.floor((4 * k) / len)] as number;
      ids[o + 30] = F30[bucket(len - 1 - k) * 2 + lastInPara] as number;
      ids[o + 31] = F31[paraQuote * 2 + ins] as number;
      ids[o + 32] = featureFrom(T[37] as number, lem(nearest[L_CUE * n + i] as number), Math.min(cl, 4));
      ids[o + 33] = featureFrom(T[38] as number, lem(nearest[R_CUE * n + i] as number), Math.min(cr, 4));
      ids[o + 34] = featureFrom(T[39] as number, i > 0 ? (lemma[i - 1] as number) : BOS);
      ids[o + 35] = featureFrom(T[40] as number, i + 1 < n ? (lemma[i + 1] as number) : EOS);
      ids[o + 36] = featureFrom(T[41] as number, pm1, p0, pp1);
      ids[o + 37] = featureFrom(T[42] as number, lm, wp1);
      ids[o + 38] = featureFrom(T[43] as number, lm, pp1);
      ids[o + 39] = featureFrom(T[44] as number, wm1, lm);
      ids[o + 40] = featureFrom(T[45] as number, p0, cr);
      ids[o + 41] = featureFrom(T[46] as number, p0, cl, ins);
      ids[o + 42] = featureFrom(T[47] as number, dThat, p0);
      ids[o + 43] = featureFrom(T[48] as number, dOpen, p0);
      ids[o + 44] = featureFrom(T[49] as number, near(L_CLOSE, i), p0);
      ids[o + 45] = featureFrom(T[50] as number, Math.min(verbsBefore, 2), p0, ci);
      ids[o + 46] = F51[s0] as number;
      if (s1) ids[o + 47] = F52[s1] as number;
      if (s2) ids[o + 48] = F52[s2] as number;
      ids[o + 49] = F53[s0 * 7 + dThat] as number;
      ids[o + 50] = F54[s0 * 7 + dOpen] as number;
      ids[o + 51] = featureFrom(T[55] as number, sense(i - 1), s0);
      ids[o + 52] = featureFrom(T[56] as number, s0, sense(i + 1));
      ids[o + 53] = F57[sl * 7 + sr] as number;
      ids[o + 54] = featureFrom(T[58] as number, p0, Math.min(sl, 4) * 8 + Math.min(sr, 4), ins);
      ids[o + 55] = featureFrom(T[59] as number, lem(nearest[L_SAY * n + i] as number), Math.min(sl, 4));
      ids[o + 56] = featureFrom(T[60] as number, lem(nearest[R_SAY * n + i] as number), Math.min(sr, 4));
      ids[o + 57] = featureFrom(T[61] as number, lastVerb, p0);
      if (PRONOUN_HASHES.has(lw) && PRONOUNS.has(t.text.toLowerCase())) ids[o + 58] = F32;
      if (i > 0 && cue[i - 1]) ids[o + 59] = featureFrom(T[33] as number, wm1);
      if (i + 1 < n && cue[i + 1]) ids[o + 60] = featureFrom(T[34] as number, wp1);
      if (i > 1 && cue[i - 2]) ids[o + 61] = featureFrom(T[35] as number, wm2);
      if (i + 2 < n && cue[i + 2]) ids[o + 62] = featureFrom(T[36] as number, wp2);
      if (t.pos === 'VERB') verbsBefore++;
      keys[i * KEYS] = lw;
      keys[i * KEYS + 1] = p0;
      keys[i * KEYS + 2] = q(i);
      keys[i * KEYS + 3] = k === 0 ? 1 + firstInPara : 0;
    }
  }
  return { ids, keys, inside };
}
