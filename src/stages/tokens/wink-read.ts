import type { ItsFunction, WinkMethods } from 'wink-nlp';
import { alignTokens } from './align.js';
import { withFreshWink } from './wink.js';

/**
 * A run of characters without white space longer than this is cut into pieces of this
 * length before wink reads it: wink's lexical features test each new word with a regular
 * expression that is quadratic in the word's length (a 200,000-character word took 45 s).
 * A normal article has no word this long, so it is read in one piece as before.
 */
export const MAX_WORD = 500;

/** What wink says about a text: its tokens (white space included) and sentence starts. */
export interface WinkReading {
  readonly values: string[];
  readonly starts: number[];
  readonly tags: string[];
  readonly lemmas: string[];
  /** 1 at each token that opens a wink sentence (and at the first token of each piece). */
  readonly opens: Uint8Array;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

/** Offsets inside over-long runs of non-space characters where the text is cut (never inside a surrogate pair). */
export function cutPoints(text: string, maxWord: number = MAX_WORD): number[] {
  const cuts: number[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      run = 0;
      continue;
    }
    if (run >= maxWord) {
      const code = text.charCodeAt(i);
      const lowSurrogate = code >= 0xdc00 && code <= 0xdfff;
      if (!lowSurrogate) {
        cuts.push(i);
        run = 0;
      }
    }
    run++;
  }
  return cuts;
}

function readPiece(
  nlp: WinkMethods,
  piece: string,
): { values: string[]; spaces: string[]; tags: string[]; lemmas: string[]; firsts: number[] } {
  const its = nlp.its;
  const wdoc = nlp.readDoc(piece);
  const wtokens = wdoc.tokens();
  return {
    values: wtokens.out(its.value) as string[],
    spaces: wtokens.out(its.precedingSpaces) as string[],
    tags: wtokens.out(its.pos) as string[],
    // wink's typings declare `lemma` with an extra parameter; at run time it is an its-function like the others.
    lemmas: wtokens.out(its.lemma as unknown as ItsFunction<string>) as string[],
    firsts: (wdoc.sentences().out(its.span) as unknown as [number, number][]).map(([first]) => first),
  };
}

/**
 * Reads `text` with wink as if wink had read no other document (see withFreshWink), in
 * pieces cut inside over-long words, and places every token at its offset in `text`.
 */
export function readWithWink(text: string, id: string): WinkReading {
  const cuts = cutPoints(text);
  const bounds = [0, ...cuts, text.length];
  const values: string[] = [];
  const starts: number[] = [];
  const tags: string[] = [];
  const lemmas: string[] = [];
  const openAt: number[] = [];
  withFreshWink((nlp) => {
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k] as number;
      const piece = k === 0 && cuts.length === 0 ? text : text.slice(from, bounds[k + 1]);
      const r = readPiece(nlp, piece);
      const base = values.length;
      const at = alignTokens(piece, r.values, r.spaces, id);
      for (let i = 0; i < r.values.length; i++) {
        values.push(r.values[i] as string);
        starts.push(from + (at[i] as number));
        tags.push(r.tags[i] as string);
        lemmas.push(r.lemmas[i] as string);
      }
      for (const first of r.firsts) openAt.push(base + first);
      if (k > 0) openAt.push(base);
    }
  });
  const opens = new Uint8Array(values.length);
  for (const i of openAt) if (i < values.length) opens[i] = 1;
  return { values, starts, tags, lemmas, opens };
}
