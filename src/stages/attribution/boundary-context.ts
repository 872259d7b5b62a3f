import type { Paragraph, Token } from '../../doc/layers.js';
import type { QuoteState } from '../../doc/quotes.js';
import { hashString } from '../../learn/hashing.js';
import { paragraphTokens } from './paragraph-tokens.js';
import { type TokenHashes, tokenHashes } from './token-hashes.js';

/** Per-token facts the content-boundary rankers read, computed once per document. */
export interface BoundaryContext {
  readonly n: number;
  readonly lower: Int32Array;
  readonly pos: Int32Array;
  readonly lemma: Int32Array;
  /** 1 where the token is a cue-lexicon word ("said", "according", "report"). */
  readonly cue: Uint8Array;
  readonly punct: Uint8Array;
  readonly sentence: Int32Array;
  /** `[a, b)` token range of the paragraph holding each token. */
  readonly paraStart: Int32Array;
  readonly paraEnd: Int32Array;
  readonly marks: Uint8Array;
  readonly inside: Uint8Array;
  /** Prefix counts: opening and closing quotation marks, commas, before token i. */
  readonly opens: Int32Array;
  readonly closes: Int32Array;
  readonly commas: Int32Array;
  /** At boundary e: words (not punctuation) left in the sentence of token e−1 from e on (at most 30). */
  readonly wordsAfter: Int32Array;
  /** At boundary s: words in the sentence of token s before s (at most 30). */
  readonly wordsBefore: Int32Array;
  /** At boundary e: 1 + how far the next cue word lies in the sentence of e−1 (within 12 tokens; 0 none). */
  readonly cueAfter: Int32Array;
  /** At boundary s: how far back the last cue word lies in the sentence of s (within 12 tokens; 0 none). */
  readonly cueBefore: Int32Array;
}

export const BOUNDARY_BOP = hashString('<p>');
export const BOUNDARY_EOP = hashString('</p>');

export function boundaryContext(
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  quotes: QuoteState,
  hashes: TokenHashes = tokenHashes(tokens),
): BoundaryContext {
  const n = tokens.length;
  const { lower, pos, lemma, cue } = hashes;
  const punct = new Uint8Array(n);
  const sentence = new Int32Array(n);
  const paraStart = new Int32Array(n);
  const paraEnd = new Int32Array(n).fill(n);
  const opens = new Int32Array(n + 1);
  const closes = new Int32Array(n + 1);
  const commas = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    punct[i] = t.pos === 'PUNCT' ? 1 : 0;
    sentence[i] = t.sentence;
    opens[i + 1] = (opens[i] as number) + (quotes.marks[i] === 1 ? 1 : 0);
    closes[i + 1] = (closes[i] as number) + (quotes.marks[i] === 2 ? 1 : 0);
    commas[i + 1] = (commas[i] as number) + (t.text === ',' ? 1 : 0);
  }
  for (const [a, b] of paragraphTokens(tokens, paragraphs)) {
    for (let i = a; i < b; i++) {
      paraStart[i] = a;
      paraEnd[i] = b;
    }
  }
  // Prefix counts of words (not punctuation), and each token's sentence as a token range.
  const words = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) words[i + 1] = (words[i] as number) + (punct[i] ? 0 : 1);
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  for (let a = 0; a < n; ) {
    let b = a + 1;
    while (b < n && sentence[b] === sentence[a]) b++;
    sentStart.fill(a, a, b);
    sentEnd.fill(b, a, b);
    a = b;
  }
  const wordsAfter = new Int32Array(n + 1);
  const wordsBefore = new Int32Array(n + 1);
  const cueAfter = new Int32Array(n + 1);
  const cueBefore = new Int32Array(n + 1);
  for (let e = 1; e <= n; e++) {
    const sent = sentence[e - 1];
    // Words left in the sentence, at most 30: by prefix counts (a sentence of punctuation alone
    // made the word-by-word count quadratic).
    wordsAfter[e] = Math.min(30, (words[sentEnd[e - 1] as number] as number) - (words[e] as number));
    for (let i = e; i < n && i < e + 12 && sentence[i] === sent; i++) {
      if (cue[i]) {
        cueAfter[e] = i - e + 1;
        break;
      }
    }
  }
  for (let s = 0; s < n; s++) {
    const sent = sentence[s];
    wordsBefore[s] = Math.min(30, (words[s] as number) - (words[sentStart[s] as number] as number));
    for (let i = s - 1; i >= 0 && i >= s - 12 && sentence[i] === sent; i--) {
      if (cue[i]) {
        cueBefore[s] = s - i;
        break;
      }
    }
  }
  return {
    wordsAfter,
    wordsBefore,
    cueAfter,
    cueBefore,
    n,
    lower,
    pos,
    lemma,
    cue,
    punct,
    sentence,
    paraStart,
    paraEnd,
    marks: quotes.marks,
    inside: quotes.inside,
    opens,
    closes,
    commas,
  };
}
