import type { Paragraph, Sentence, Token } from '../../doc/layers.js';
import { CUE_MARKERS, isCueLemma, PRONOUNS } from './lexicon.js';
import { quoteState } from './quotes.js';

/** What the tagger sees of a document: tokens plus the facts features are built from. */
export interface TaggerInput {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
}

function shape(word: string): string {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'd';
  if (word.toLowerCase() === word) return word.toUpperCase() === word ? 'p' : 'x';
  return word.toUpperCase() === word && word.length > 1 ? 'XX' : 'Xx';
}

function bucket(d: number): string {
  if (d <= 0) return 'none';
  if (d <= 3) return String(d);
  if (d <= 6) return '4-6';
  if (d <= 12) return '7-12';
  return 'far';
}

/**
 * Token features that do not depend on predicted labels: word, lemma, part of speech and
 * shape in a window, cue-lexicon hits and distances within the sentence, quote state,
 * sentence and paragraph position. One string array per token.
 */
export function staticFeatures(input: TaggerInput): string[][] {
  const { tokens, sentences, paragraphs } = input;
  const n = tokens.length;
  const { marks, inside } = quoteState(tokens, paragraphs);
  const lower = tokens.map((t) => t.text.toLowerCase());
  const cue = tokens.map((t, i) => isCueLemma(t.lemma) || CUE_MARKERS.has(lower[i] as string));
  const w = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : (lower[i] as string));
  const pos = (i: number): string => (i < 0 || i >= n ? '-' : (tokens[i] as Token).pos);
  const out: string[][] = new Array(n);
  for (const s of sentences) {
    const len = s.tokenEnd - s.tokenStart;
    let sentHasCue = false;
    let sentHasQuote = false;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (cue[i]) sentHasCue = true;
      if (marks[i] !== 0 || inside[i]) sentHasQuote = true;
    }
    const para = paragraphs[s.paragraph] as Paragraph | undefined;
    const paraStart = para?.start ?? 0;
    const lastInPara = para === undefined || s.end >= para.end - 1;
    const paraQuote = /^["“«„]/.test((tokens[s.tokenStart] as Token).text) ? 1 : 0;
    const firstInPara = (tokens[s.tokenStart] as Token).start === paraStart;
    // distance to the nearest cue word on the left / right within the sentence
    const left = new Int32Array(len);
    const right = new Int32Array(len);
    let last = -1;
    for (let k = 0; k < len; k++) {
      left[k] = last < 0 ? 0 : k - last;
      if (cue[s.tokenStart + k]) last = k;
    }
    last = -1;
    for (let k = len - 1; k >= 0; k--) {
      right[k] = last < 0 ? 0 : last - k;
      if (cue[s.tokenStart + k]) last = k;
    }
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const k = i - s.tokenStart;
      const t = tokens[i] as Token;
      const lw = lower[i] as string;
      const f = [
        'b',
        `w=${lw}`,
        `l=${t.lemma}`,
        `p=${t.pos}`,
        `sh=${shape(t.text)}`,
        `s3=${lw.slice(-3)}`,
        `w-1=${w(i - 1)}`,
        `w+1=${w(i + 1)}`,
        `w-2=${w(i - 2)}`,
        `w+2=${w(i + 2)}`,
        `p-1=${pos(i - 1)}`,
        `p+1=${pos(i + 1)}`,
        `p-2=${pos(i - 2)}`,
        `p+2=${pos(i + 2)}`,
        `pp=${pos(i - 1)}|${t.pos}`,
        `pn=${t.pos}|${pos(i + 1)}`,
        `ww=${w(i - 1)}|${lw}`,
        `wn=${lw}|${w(i + 1)}`,
        `cue=${cue[i] ? 1 : 0}|${t.pos}`,
        `cl=${bucket(left[k] as number)}`,
        `cr=${bucket(right[k] as number)}`,
        `clr=${bucket(left[k] as number)}|${bucket(right[k] as number)}`,
        `q=${inside[i]}|${marks[i]}`,
        `q-1=${i > 0 ? inside[i - 1] : 0}|${i > 0 ? marks[i - 1] : 0}`,
        `q+1=${i + 1 < n ? inside[i + 1] : 0}|${i + 1 < n ? marks[i + 1] : 0}`,
        `qw=${inside[i]}|${lw}`,
        `sc=${sentHasCue ? 1 : 0}|${sentHasQuote ? 1 : 0}`,
        `first=${k === 0 ? 1 : 0}|${firstInPara ? 1 : 0}`,
        `last=${k === len - 1 ? 1 : k === len - 2 ? 2 : 0}`,
        `rel=${Math.floor((4 * k) / len)}`,
        `end=${bucket(len - 1 - k)}|${lastInPara ? 1 : 0}`,
        `sq=${paraQuote}|${inside[i]}`,
      ];
      if (PRONOUNS.has(lw)) f.push('pron');
      if (cue[i - 1]) f.push(`cue-1=${w(i - 1)}`);
      if (cue[i + 1]) f.push(`cue+1=${w(i + 1)}`);
      if (cue[i - 2]) f.push(`cue-2=${w(i - 2)}`);
      if (cue[i + 2]) f.push(`cue+2=${w(i + 2)}`);
      out[i] = f;
    }
  }
  return out;
}
