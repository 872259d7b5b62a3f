import type { Paragraph, Token } from '../../doc/layers.js';

const OPEN = new Set(['“', '‘', '«', '„']);
const CLOSE = new Set(['”', '’', '»']);
const STRAIGHT = new Set(['"']);

/** 1 opens a quotation, 2 closes one, 0 neither. Straight marks alternate within a paragraph. */
export type QuoteMark = 0 | 1 | 2;

/** Quote state per token: `marks[i]` (1 opening, 2 closing) and `inside[i]`. */
export interface QuoteState {
  readonly marks: Uint8Array;
  readonly inside: Uint8Array;
}

/**
 * Quote state per token: `marks[i]` (open/close) and `inside[i]` (1 when the token lies within
 * double quotation marks, marks included). Curly marks say which way they face; straight
 * marks alternate; every paragraph starts outside a quotation, so a paragraph that opens a
 * quotation and never closes it is inside to its end. Single curly quotes are only marks
 * when they stand alone as tokens (apostrophes are inside words).
 */
export function quoteState(tokens: readonly Token[], paragraphs: readonly Paragraph[]): QuoteState {
  const marks = new Uint8Array(tokens.length);
  const inside = new Uint8Array(tokens.length);
  let open = false;
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (p + 1 < paragraphs.length && (paragraphs[p + 1] as Paragraph).start <= t.start) {
      p++;
      open = false;
    }
    const ch = t.text;
    const isDouble = ch === '“' || ch === '”' || ch === '"' || ch === '«' || ch === '»' || ch === '„';
    if (isDouble && (OPEN.has(ch) || (STRAIGHT.has(ch) && !open))) {
      marks[i] = 1;
      open = true;
      inside[i] = 1;
      continue;
    }
    if (isDouble && (CLOSE.has(ch) || STRAIGHT.has(ch))) {
      marks[i] = 2;
      inside[i] = open ? 1 : 0;
      open = false;
      continue;
    }
    inside[i] = open ? 1 : 0;
  }
  return { marks, inside };
}
