import type { Token } from '../../doc/layers.js';
import type { NerSpan } from './ner-spans.js';

/** A middle initial: one capital letter with its period ("J."), one token. */
function isInitial(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}\.$/u.test(t.text);
}

/**
 * "Donald J. Trump" tagged as two people, "Donald" and "J. Trump" (or "Donald" and
 * "Trump" with the initial left out): one person name split around a middle initial is
 * joined again. Only person spans in one sentence, touching or with the initial alone
 * between them, are joined.
 */
export function joinMiddleInitials(tokens: readonly Token[], spans: readonly NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'PER' && s.type === 'PER' && prev.sentence === s.sentence && splitAtInitial(tokens, prev, s)) {
      out[out.length - 1] = { ...prev, end: s.end };
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

function splitAtInitial(tokens: readonly Token[], a: NerSpan, b: NerSpan): boolean {
  // the first part is a name of its own, not an initial ("J." + "Trump" needs no join here)
  if (isInitial(tokens[a.end - 1])) return false;
  if (b.start === a.end) return isInitial(tokens[b.start]) && b.end - b.start > 1;
  return b.start === a.end + 1 && isInitial(tokens[a.end]);
}
