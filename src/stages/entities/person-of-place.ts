import type { Token } from '../../doc/layers.js';
import type { NerSpan } from './ner-spans.js';

/**
 * "Senator Ted Cruz of Texas", "Pastor Joseph Brown of Marion Avenue Baptist Church" read
 * as one person name: the person ends before "of"; what follows names where the person is
 * from or whom they serve, a name of its own (typed LOC, the usual "of <state>"). A person
 * name rarely holds a lower-case "of" between two capitalised names.
 */
export function cutPersonOfPlace(tokens: readonly Token[], spans: readonly NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of spans) {
    const cut = s.type === 'PER' ? ofInside(tokens, s) : undefined;
    if (cut === undefined) {
      out.push({ ...s });
      continue;
    }
    out.push({ ...s, end: cut });
    out.push({ start: cut + 1, end: s.end, type: 'LOC', sentence: s.sentence });
  }
  return out;
}

/** A capitalised word or an initial ("D."). */
const CAPITALISED = /^\p{Lu}[\p{L}.]/u;

/** The token index of "of" when two capitalised names of two words or more before it and one after it surround it. */
function ofInside(tokens: readonly Token[], s: NerSpan): number | undefined {
  for (let k = s.start + 2; k < s.end - 1; k++) {
    if (tokens[k]!.text !== 'of') continue;
    const before = tokens.slice(s.start, k);
    const after = tokens.slice(k + 1, s.end);
    if (before.every((t) => CAPITALISED.test(t.text)) && CAPITALISED.test(after[0]!.text)) return k;
    return undefined;
  }
  return undefined;
}
