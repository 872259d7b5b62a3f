import type { Paragraph, Token } from '../../doc/layers.js';

/** Token range `[a, b)` of each paragraph. */
export function paragraphTokens(tokens: readonly Token[], paragraphs: readonly Paragraph[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  for (const para of paragraphs) {
    while (i < tokens.length && (tokens[i] as Token).start < para.start) i++;
    const a = i;
    while (i < tokens.length && (tokens[i] as Token).start < para.end) i++;
    out.push([a, i]);
  }
  return out;
}
