import type { Token } from '../../doc/layers.js';

/** Quotation marks and brackets that may close a sentence after its last punctuation. */
const CLOSERS = new Set(['"', '”', '’', "'", "''", ')', '»']);

/**
 * Whether the sentence that holds the predicate (token `head`) asks rather than asserts: its last
 * mark, past closing quotes, is "?" ("So why didn't Donald Trump pay his?", "Why won't he release
 * his tax returns?"). A question commits its holder to neither polarity. Rule `claims/question`.
 */
export function asksAt(tokens: readonly Token[], head: number): boolean {
  const h = tokens[head];
  if (!h) return false;
  let last = head;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).sentence === h.sentence) last++;
  while (last > head && CLOSERS.has((tokens[last] as Token).text)) last--;
  return (tokens[last] as Token).text === '?';
}
