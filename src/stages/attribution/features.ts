import type { Paragraph, Sentence, Token } from '../../doc/layers.js';
import { type QuoteState, quoteState } from '../../doc/quotes.js';
import { feature, hashString } from '../../learn/hashing.js';
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

/** Per position `k < len`, the last position before it where `hit` holds (−1: none). */
export function lastBefore(len: number, hit: (k: number) => boolean): Int32Array {
  const out = new Int32Array(len);
  for (let k = 0, last = -1; k < len; k++) {
    out[k] = last;
    if (hit(k)) last = k;
  }
  return out;
}

/** Per position `k < len`, the next position after it where `hit` holds (−1: none). */
export function nextAfter(len: number, hit: (k: number) => boolean): Int32Array {
  const out = new Int32Array(len);
  for (let k = len - 1, next = -1; k >= 0; k--) {
    out[k] = next;
    if (hit(k)) next = k;
  }
  return out;
}

/** How far `nearest[k]` (`lastBefore`, `nextAfter`) lies from `k`; 0 for none. */
function distance(nearest: Int32Array, k: number): number {
  const j = nearest[k] as number;
  return j < 0 ? 0 : Math.abs(k - j);
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');

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
  const sense = (i: number): number => (i < 0 || i >= n ? 0 : (senses[i * S] as number));
  // a verb with a speech or thought sense among its first ones (verb.cognition, verb.communication)
  const saying = (i: number): boolean => {
    if (tokens[i]?.pos !== 'VERB') return false;
    for (let k = 0; k < S; k++) {
      const f = senses[i * S + k] as number;
      if (f === 31 || f === 32) return true;
    }
    return false;
  };
  const w = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (lower[i] as number));
  const p = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (pos[i] as number));
  const q = (i: number): number => (i < 0 || i >= n ? 0 : (inside[i] as number) * 4 + (marks[i] as number));
  const ids = new Int32Array(n * STATIC_K).fill(-1);
  const keys = new Int32Array(n * KEYS);
  for (const s of sentences) {
    const len = s.tokenEnd - s.tokenStart;
    let sentHasCue = 0;
    let sentHasQuote = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (cue[i]) sentHasCue = 1;
      if (marks[i] !== 0 || inside[i]) sentHasQuote = 1;
    }
    const para = paragraphs[s.paragraph] as Paragraph | undefined;
    const firstInPara = (tokens[s.tokenStart] as Token).start === (para?.start ?? 0) ? 1 : 0;
    const lastInPara = para === undefined || s.end >= para.end - 1 ? 1 : 0;
    const paraQuote = /^["“«„]/.test((tokens[s.tokenStart] as Token).text) ? 1 : 0;
    const at = (k: number): number => s.tokenStart + k;
    const isCue = (k: number): boolean => cue[at(k)] === 1;
    const isSaying = (k: number): boolean => saying(at(k));
    const lCue = lastBefore(len, isCue);
    const rCue = nextAfter(len, isCue);
    const lSay = lastBefore(len, isSaying);
    const rSay = nextAfter(len, isSaying);
    const lVerb = lastBefore(len, (k) => tokens[at(k)]?.pos === 'VERB');
    // the next complementiser or colon, the next opening quote, the last closing quote ("…,” he said")
    const rThat = nextAfter(len, (k) => /^(?:that|:)$/.test((tokens[at(k)] as Token).text));
    const rOpen = nextAfter(len, (k) => marks[at(k)] === 1);
    const lClose = lastBefore(len, (k) => marks[at(k)] === 2);
    const lem = (j: number): number => (j < 0 ? 0 : (lemma[at(j)] as number));
    let verbsBefore = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const k = i - s.tokenStart;
      const t = tokens[i] as Token;
      const lw = w(i);
      const cl = bucket(distance(lCue, k));
      const cr = bucket(distance(rCue, k));
      const sl = bucket(distance(lSay, k));
      const sr = bucket(distance(rSay, k));
      const v = lVerb[k] as number;
      const lastVerb = v < 0 ? 0 : sense(at(v)) * 8 + bucket(k - v);
      const s0 = sense(i);
      const f = [
        feature(0),
        feature(1, lw),
        feature(2, lemma[i] as number),
        feature(3, p(i)),
        feature(4, shape(t.text)),
        feature(5, hashString(t.text.slice(-3).toLowerCase())),
        feature(6, w(i - 1)),
        feature(7, w(i + 1)),
        feature(8, w(i - 2)),
        feature(9, w(i + 2)),
        feature(10, p(i - 1)),
        feature(11, p(i + 1)),
        feature(12, p(i - 2)),
        feature(13, p(i + 2)),
        feature(14, p(i - 1), p(i)),
        feature(15, p(i), p(i + 1)),
        feature(16, w(i - 1), lw),
        feature(17, lw, w(i + 1)),
        feature(18, cue[i] as number, p(i)),
        feature(19, cl),
        feature(20, cr),
        feature(21, cl, cr),
        feature(22, q(i)),
        feature(23, q(i - 1)),
        feature(24, q(i + 1)),
        feature(25, inside[i] as number, lw),
        feature(26, sentHasCue, sentHasQuote),
        feature(27, k === 0 ? 1 : 0, firstInPara),
        feature(28, k === len - 1 ? 1 : k === len - 2 ? 2 : 0),
        feature(29, Math.floor((4 * k) / len)),
        feature(30, bucket(len - 1 - k), lastInPara),
        feature(31, paraQuote, inside[i] as number),
        feature(37, lem(lCue[k] as number), Math.min(cl, 4)),
        feature(38, lem(rCue[k] as number), Math.min(cr, 4)),
        feature(39, i > 0 ? (lemma[i - 1] as number) : BOS),
        feature(40, i + 1 < n ? (lemma[i + 1] as number) : EOS),
        feature(41, p(i - 1), p(i), p(i + 1)),
        feature(42, lemma[i] as number, w(i + 1)),
        feature(43, lemma[i] as number, p(i + 1)),
        feature(44, w(i - 1), lemma[i] as number),
        feature(45, p(i), cr),
        feature(46, p(i), cl, inside[i] as number),
        feature(47, bucket(distance(rThat, k)), p(i)),
        feature(48, bucket(distance(rOpen, k)), p(i)),
        feature(49, bucket(distance(lClose, k)), p(i)),
        feature(50, Math.min(verbsBefore, 2), p(i), cue[i] as number),
        feature(51, s0),
        senses[i * S + 1] ? feature(52, senses[i * S + 1] as number) : -1,
        senses[i * S + 2] ? feature(52, senses[i * S + 2] as number) : -1,
        feature(53, s0, bucket(distance(rThat, k))),
        feature(54, s0, bucket(distance(rOpen, k))),
        feature(55, sense(i - 1), s0),
        feature(56, s0, sense(i + 1)),
        feature(57, sl, sr),
        feature(58, p(i), Math.min(sl, 4) * 8 + Math.min(sr, 4), inside[i] as number),
        feature(59, lem(lSay[k] as number), Math.min(sl, 4)),
        feature(60, lem(rSay[k] as number), Math.min(sr, 4)),
        feature(61, lastVerb, p(i)),
        PRONOUNS.has(t.text.toLowerCase()) ? feature(32) : -1,
        cue[i - 1] ? feature(33, w(i - 1)) : -1,
        cue[i + 1] ? feature(34, w(i + 1)) : -1,
        cue[i - 2] ? feature(35, w(i - 2)) : -1,
        cue[i + 2] ? feature(36, w(i + 2)) : -1,
      ];
      ids.set(f, i * STATIC_K);
      if (t.pos === 'VERB') verbsBefore++;
      keys[i * KEYS] = lw;
      keys[i * KEYS + 1] = p(i);
      keys[i * KEYS + 2] = q(i);
      keys[i * KEYS + 3] = k === 0 ? 1 + firstInPara : 0;
    }
  }
  return { ids, keys, inside };
}
