import type { Token } from '../../../doc/layers.js';

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** The words the NER model reads for a sentence, and the token range each one covers. */
export interface NerWords {
  readonly words: string[];
  /** Token index of each word's first token, and one past the last word's end (length words + 1). */
  readonly tokenOf: number[];
}

/**
 * Tokens `[from, to)` as the NER model's words. CoNLL-2003 keeps a hyphenated compound
 * as one token ("Jean-Marc", "Aix-en-Provence", "New York-based") where the tokenizer
 * splits it at each hyphen; the model was trained on CoNLL's tokens, so the pieces are
 * joined again: a hyphen touching a word on both sides glues them into one word.
 */
export function nerWords(tokens: readonly Token[], from: number, to: number): NerWords {
  const words: string[] = [];
  const tokenOf: number[] = [];
  let i = from;
  while (i < to) {
    let j = i + 1;
    let word = tokens[i]!.text;
    while (
      j + 1 < to &&
      HYPHENS.has(tokens[j]!.text) &&
      tokens[j]!.start === tokens[j - 1]!.end &&
      tokens[j + 1]!.start === tokens[j]!.end &&
      /[\p{L}\p{N}.]$/u.test(tokens[j - 1]!.text) &&
      /^[\p{L}\p{N}]/u.test(tokens[j + 1]!.text)
    ) {
      word += `-${tokens[j + 1]!.text}`;
      j += 2;
    }
    words.push(word);
    tokenOf.push(i);
    i = j;
  }
  tokenOf.push(to);
  return { words, tokenOf };
}
