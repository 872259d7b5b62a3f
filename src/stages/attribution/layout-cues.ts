import type { Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';
import type { TaggerInput } from './features.js';
import type { LinkedSpans } from './linked-spans.js';
import { paragraphTokens } from './paragraph-tokens.js';

const NAME_MAX = 4;
const DASHES = /^[―—–-]$/;

function isName(t: Token): boolean {
  return t.pos === 'PROPN' || (t.text.length > 1 && t.text.toUpperCase() === t.text && /[A-Z]/.test(t.text));
}

/** `[a, b)` is a short run of name tokens. */
function nameRun(tokens: readonly Token[], a: number, b: number): boolean {
  if (b <= a || b - a > NAME_MAX) return false;
  for (let i = a; i < b; i++) if (!isName(tokens[i] as Token) && (tokens[i] as Token).text !== '.') return false;
  return true;
}

/** Rules whose content boundaries the layout states: later steps leave those boundaries alone. */
export function isLaidOut(rule: string): boolean {
  return rule.startsWith('attribution/signed-quote') || rule.startsWith('attribution/transcript-colon');
}

/**
 * Attributions that layout states rather than words: a transcript line "WALLACE: …" (the
 * colon is the cue, the rest of the paragraph the content) and a quotation signed with a
 * dash, "“…” ― Jane Doe". They replace a model reading of the same content.
 */
export function layoutCues(input: TaggerInput, inside: Uint8Array, linked: readonly LinkedSpans[]): LinkedSpans[] {
  const { tokens, paragraphs } = input;
  const found: LinkedSpans[] = [];
  for (const [a, b] of paragraphTokens(tokens, paragraphs)) {
    if (b - a < 4) continue;
    const start = /^["“]$/.test((tokens[a] as Token).text) ? a + 1 : a;
    for (let c = start + 1; c <= start + NAME_MAX && c < b - 2; c++) {
      if ((tokens[c] as Token).text !== ':') continue;
      if (!nameRun(tokens, start, c)) break;
      const source: TaggedSpan = { kind: 'S', tokenStart: start, tokenEnd: c };
      found.push({
        content: { kind: 'Q', tokenStart: c + 1, tokenEnd: b },
        cue: { kind: 'C', tokenStart: c, tokenEnd: c + 1 },
        source,
        rule: 'attribution/transcript-colon',
      });
      break;
    }
    // “…” ― Name  (the quotation closes, a dash, a name, the paragraph ends)
    for (let d = a + 2; d < b - 1; d++) {
      if (!DASHES.test((tokens[d] as Token).text) || inside[d - 1] !== 1 || inside[d] === 1) continue;
      let e = d + 1;
      while (e < b && isName(tokens[e] as Token) && e - d <= NAME_MAX) e++;
      // the name ends the paragraph, its sentence, or comes before the next signed quotation
      if (e === d + 1 || (e < b && !/^[,.]$/.test((tokens[e] as Token).text) && inside[e] !== 1)) continue;
      let q = d - 1;
      while (q > a && inside[q - 1] === 1) q--;
      found.push({
        content: { kind: 'Q', tokenStart: q, tokenEnd: d },
        cue: { kind: 'C', tokenStart: d, tokenEnd: d + 1 },
        source: { kind: 'S', tokenStart: d + 1, tokenEnd: e },
        rule: 'attribution/signed-quote',
      });
    }
  }
  if (found.length === 0) return [...linked];
  const replaced = (l: LinkedSpans): boolean =>
    found.some((f) => Math.abs(f.content.tokenStart - l.content.tokenStart) <= 1 && l.content.tokenStart < f.content.tokenEnd);
  return [...linked.filter((l) => !replaced(l)), ...found].sort((x, y) => x.content.tokenStart - y.content.tokenStart);
}
