import type { Paragraph } from '../../doc/layers.js';
import { trimRange } from '../../doc/span.js';

const BLANK_LINE = /\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/g;

/**
 * Paragraphs are the runs of text between blank lines, trimmed of surrounding white
 * space. A text without blank lines is one paragraph.
 */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    const r = trimRange(text, start, end);
    if (r.end > r.start) out.push({ start: r.start, end: r.end, index: out.length });
  };
  for (const m of text.matchAll(BLANK_LINE)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}
