import type { Doc } from './doc.js';
import type { Paragraph, Token } from './layers.js';

const OPEN = new Set(['“', '‘', '«', '„', '``']);
const CLOSE = new Set(['”', '’', '»']);
const STRAIGHT = new Set(['"', "''"]);

/** 1 opens a quotation, 2 closes one, 0 neither. Straight marks alternate within a paragraph. */
export type QuoteMark = 0 | 1 | 2;

/** Quote state per token: `marks[i]` (1 opening, 2 closing) and `inside[i]`. */
export interface QuoteState {
  readonly marks: Uint8Array;
  readonly inside: Uint8Array;
}

/**
 * Quote state per token: `marks[i]` (open/close) and `inside[i]` (1 when the token lies
 * within double quotation marks, marks included). Curly marks say which way they face; straight
 * marks alternate; every paragraph starts outside a quotation, so a paragraph that opens a
 * quotation and never closes it is inside to its end. Single curly quotes are only marks
 * when they stand alone as tokens (apostrophes are inside words). Typewriter doubles, ``…'' and
 * ''…'', count as double marks.
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
    const pair = doubledMark(tokens, i);
    const ch = pair ? pair.mark : t.text;
    const isDouble = pair !== null || ch === '“' || ch === '”' || ch === '"' || ch === '«' || ch === '»' || ch === '„';
    const width = pair ? pair.width : 1;
    if (isDouble && (OPEN.has(ch) || (STRAIGHT.has(ch) && !open))) {
      marks.fill(1, i, i + width);
      inside.fill(1, i, i + width);
      open = true;
      i += width - 1;
      continue;
    }
    if (isDouble && (CLOSE.has(ch) || STRAIGHT.has(ch))) {
      marks.fill(2, i, i + width);
      inside.fill(open ? 1 : 0, i, i + width);
      open = false;
      i += width - 1;
      continue;
    }
    inside[i] = open ? 1 : 0;
  }
  return { marks, inside };
}

/** Each document's quote state, computed once from the tokens and paragraphs layers it was made from. */
const perDoc = new WeakMap<readonly Token[], { paragraphs: readonly Paragraph[]; state: QuoteState }>();

/**
 * The one quotation layer of a document (`quoteState` of its tokens and paragraphs), computed
 * once however many stages read it (entities, attribution); a new tokens or paragraphs layer
 * makes it again.
 */
export function quotesOf(doc: Doc): QuoteState {
  const tokens = doc.get('tokens');
  const paragraphs = doc.get('paragraphs');
  const known = perDoc.get(tokens);
  if (known && known.paragraphs === paragraphs) return known.state;
  const state = quoteState(tokens, paragraphs);
  perDoc.set(tokens, { paragraphs, state });
  return state;
}

/**
 * "''" and "``" written as two touching marks (typewriter style, as some newspapers print
 * them): the mark and how many tokens it takes (2; 1 when the tokenizer glued the second
 * mark to the word after it, "'" + "'a"), else null.
 */
function doubledMark(tokens: readonly Token[], i: number): { mark: string; width: number } | null {
  const a = tokens[i] as Token;
  const b = tokens[i + 1];
  if (!b || b.start !== a.end || (a.text !== "'" && a.text !== '`') || !b.text.startsWith(a.text)) return null;
  return { mark: a.text + a.text, width: b.text === a.text ? 2 : 1 };
}

/**
 * "Is this character offset inside quotation marks?" over `quoteState`'s `inside`: the offset
 * counts as the token that starts at or before it.
 */
export function quotedAt(tokens: readonly Token[], inside: Uint8Array): (offset: number) => boolean {
  return (offset) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((tokens[mid] as Token).start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && inside[lo - 1] === 1;
  };
}
