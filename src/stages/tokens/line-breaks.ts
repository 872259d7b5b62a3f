/**
 * Where single line breaks end a sentence. A headline, a byline, a dateline, a row of a
 * results table or a list item is a line of its own, so a line break inside a paragraph
 * closes the sentence — unless the text is hard-wrapped prose: when at least a third of
 * its inner line breaks are followed by a lower-case word, lines are wrapped sentences
 * and only wink's own boundaries count there.
 */
export function lineBreakStarts(text: string): Set<number> | undefined {
  const starts: number[] = [];
  let lowerAfter = 0;
  for (const m of text.matchAll(/[^\S\n]*\n[^\S\n]*(?=\S)/g)) {
    const at = m.index + m[0].length;
    // after a blank line (or at the start): a paragraph boundary, which paragraphs handle
    if (m.index === 0 || text[m.index - 1] === '\n') continue;
    starts.push(at);
    if (/^\p{Ll}/u.test(text.slice(at, at + 1))) lowerAfter++;
  }
  if (starts.length === 0 || lowerAfter * 3 >= starts.length) return undefined;
  return new Set(starts);
}
