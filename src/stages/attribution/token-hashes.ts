import type { Token } from '../../doc/layers.js';
import { hashLowerFrom, hashString } from '../../learn/hashing.js';
import { CUE_MARKERS, isCueLemma } from './lexicon.js';
import { loadSupersenses, tokenSupersenses } from './supersenses.js';

/** Per-token hashes the taggers and the boundary rankers build their features from. */
export interface TokenHashes {
  /** Hash of the lower-cased word. */
  readonly lower: Int32Array;
  readonly pos: Int32Array;
  readonly lemma: Int32Array;
  /** 1 where the token is a cue-lexicon word ("said", "according", "report"). */
  readonly cue: Uint8Array;
  /** WordNet supersenses of each token's lemma (`supersenses.ts`): SENSES_PER_LEMMA per token, 0 for none. */
  readonly senses: Uint8Array;
}

const MARKER_HASHES = new Set([...CUE_MARKERS].map(hashString));

/** The hashes of `tokens`, computed once per document and shared by every learned step. */
export function tokenHashes(tokens: readonly Token[]): TokenHashes {
  const n = tokens.length;
  const lower = new Int32Array(n);
  const pos = new Int32Array(n);
  const lemma = new Int32Array(n);
  const cue = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const lw = hashLowerFrom(t.text);
    lower[i] = lw;
    pos[i] = hashString(t.pos);
    lemma[i] = hashString(t.lemma);
    // the lower-cased word is built only when its hash is a marker's
    cue[i] = isCueLemma(t.lemma) || (MARKER_HASHES.has(lw) && CUE_MARKERS.has(t.text.toLowerCase())) ? 1 : 0;
  }
  return {
    lower,
    pos,
    lemma,
    cue,
    senses: tokenSupersenses(tokens, loadSupersenses()),
  };
}
