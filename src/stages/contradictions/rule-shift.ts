import type { Candidate } from './candidate.js';
import { narratorSide, type PairContext, sentenceSpan, trimClause } from './context.js';
import type { PairSide } from './pair.js';

/** A position taken: a verb of stance or speech ("defended the toll", "had called it a failure"). */
const STANCE = String.raw`(?:defended|supported|opposed|backed|praised|endorsed|rejected|dismissed|denied|refused|called|said|promised|pledged|vowed|insisted|argued|claimed)`;

/** "X initially defended the toll, but on Friday she announced …": the first position and, after "but", the new one. */
const INITIALLY_BUT = new RegExp(String.raw`\b(?:initially|at first|originally)\s+(?:\w+\s+){0,2}?${STANCE}\b[^.;]*?(,\s*but\b|;\s*)`, 'i');

/** The new position is a position too: a verb of stance or speech after "but" ("she announced she would repeal …"), not an outcome ("it managed to …"). */
const NEW_STANCE = new RegExp(String.raw`\b(?:${STANCE}|announced|says|saying|reversed|switched|changed)\b`, 'i');

/** "… which X had called a failure and promised to scrap. She spoke instead about improving it.": an earlier position in the past perfect. */
const HAD_STANCE = new RegExp(String.raw`\bhad\s+(?:\w+\s+)?${STANCE}\b`, 'i');

/** "instead" as the new position's word, not "instead of" (a choice, not a change). */
const INSTEAD = /\binstead\b(?!\s+of\b)/i;

/**
 * One holder changing position, said by the article: "initially … , but …" in one sentence
 * (the clause before "but" against the clause after, which takes a position too: "the agency
 * initially said it would take two months, but it managed in one" tells an outcome), or a sentence with "instead" after one
 * that gives a position in the past perfect ("had called … and promised …"). Rule
 * `contradictions/shift`.
 */
export function shiftPairs(ctx: PairContext): Candidate[] {
  const out: Candidate[] = [];
  const side = (start: number, end: number): PairSide | null => {
    const span = trimClause(ctx, start, end, true);
    return span.end - span.start >= 8 ? narratorSide(ctx, span) : null;
  };
  ctx.sentences.forEach((_s, index) => {
    const sentence = sentenceSpan(ctx, index);
    const text = sentence.text;
    const m = INITIALLY_BUT.exec(text);
    if (m) {
      const cut = sentence.start + m.index + m[0].length - (m[1] as string).length;
      const clause = text.lastIndexOf(',', m.index);
      const a = side(clause >= 0 ? sentence.start + clause + 1 : sentence.start, cut);
      const b = side(cut + (m[1] as string).length, sentence.end);
      if (a && b && NEW_STANCE.test(b.span.text)) out.push(pair(a, b, 0.6));
      return;
    }
    if (index === 0 || !INSTEAD.test(text)) return;
    const prev = sentenceSpan(ctx, index - 1);
    if (!HAD_STANCE.test(prev.text)) return;
    const a = side(prev.start, prev.end);
    const b = side(sentence.start, sentence.end);
    if (a && b) out.push(pair(a, b, 0.5));
  });
  return out;
}

function pair(a: PairSide, b: PairSide, confidence: number): Candidate {
  return {
    kind: 'flip-flop',
    a,
    b,
    reason: `a change of position: ${a.span.text.slice(0, 60)} / ${b.span.text.slice(0, 60)}`,
    confidence,
    rule: 'contradictions/shift',
  };
}
