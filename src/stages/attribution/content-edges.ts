import type { Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';

/**
 * The two taggers may both claim a token: a content run on into the cue or source that
 * follows it ("“…,” said| Mr. Burman", "“…,” Ms.| Wahl told"), or a content of a word or two
 * inside a source. A content's edge tokens that lie in a tagged source or cue are left out,
 * with any punctuation they leave at that edge, and a content with nothing else left is
 * dropped. Tokens inside a content stay ("A, he said, B" is one content, as PolNeAR marks it).
 */
export function withoutTaggedEdges(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const claimed = new Uint8Array(tokens.length);
  for (const s of spans) {
    if (s.kind === 'Q') continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) claimed[i] = 1;
  }
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    if (s.kind !== 'Q') {
      out.push(s);
      continue;
    }
    let { tokenStart: a, tokenEnd: b } = s;
    if (claimed[b - 1]) {
      while (b > a && claimed[b - 1]) b--;
      while (b > a && isSeparator(tokens[b - 1] as Token)) b--;
    }
    if (claimed[a]) {
      while (a < b && claimed[a]) a++;
      while (a < b && isSeparator(tokens[a] as Token)) a++;
    }
    if (b <= a) continue;
    out.push(a === s.tokenStart && b === s.tokenEnd ? s : { ...s, tokenStart: a, tokenEnd: b });
  }
  return out;
}

/** Commas and dashes left at a trimmed edge (quotation marks stay with the quotation). */
function isSeparator(t: Token): boolean {
  return t.text === ',' || t.text === '—' || t.text === '–' || t.text === '-';
}
