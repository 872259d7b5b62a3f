import { Doc } from '../../src/doc/doc.js';
import type { Token } from '../../src/doc/layers.js';
import { type QuoteState, quotesOf as quotesOfDoc } from '../../src/doc/quotes.js';
import type { LinkedSpans } from '../../src/stages/attribution/linked-spans.js';
import { createTokensStage } from '../../src/stages/tokens/tokens-stage.js';

const tokensStage = createTokensStage();

/** A document of `text` through the tokens stage (tokens, sentences, paragraphs). */
export function tokenizedDoc(text: string): Doc {
  const doc = new Doc({ id: 't', date: null, text, meta: {} });
  tokensStage.run(doc, { report: () => {} });
  return doc;
}

/** The tokens the tokens stage makes of `text`. */
export function tokensOf(text: string): Token[] {
  return tokenizedDoc(text).get('tokens') as Token[];
}

/** The tokens of `text` and their quote state, as the attribution stage computes it. */
export function quotesOf(text: string): { tokens: Token[]; quotes: QuoteState } {
  const doc = tokenizedDoc(text);
  return { tokens: doc.get('tokens') as Token[], quotes: quotesOfDoc(doc) };
}

/** Token range of the first occurrence of `words` (space-separated tokens) in `tokens`. */
export function find(tokens: readonly Token[], words: string): { tokenStart: number; tokenEnd: number } {
  const w = words.split(' ');
  for (let i = 0; i + w.length <= tokens.length; i++) {
    if (w.every((x, k) => (tokens[i + k] as Token).text === x)) return { tokenStart: i, tokenEnd: i + w.length };
  }
  throw new Error(`"${words}" not found`);
}

/** An attribution over `text` with the given source, cue and content words (source may be null). */
export function attribution(text: string, source: string | null, cue: string, content: string): { tokens: Token[]; l: LinkedSpans } {
  const tokens = tokensOf(text);
  const span = (kind: string, words: string) => ({ kind, ...find(tokens, words) });
  return {
    tokens,
    l: { source: source ? span('S', source) : null, cue: span('C', cue), content: span('Q', content), rule: 'attribution/model' },
  };
}

/** The words of a token range, space-separated (null for none). */
export const words = (tokens: readonly Token[], s: { tokenStart: number; tokenEnd: number } | null): string | null =>
  s
    ? tokens
        .slice(s.tokenStart, s.tokenEnd)
        .map((t) => t.text)
        .join(' ')
    : null;
