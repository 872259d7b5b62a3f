import type { Claim } from './claim.js';
import { selfReference } from './self-reference.js';

/**
 * The key of the entity that does what the predicate says, when the content shows it: its
 * holder for a first-person subject ("I pay"), else the last entity argument before the
 * predicate in the predicate's own clause ("Clinton so far has won", "he's not winning"); null
 * when none stands there. Rule `claims/subject`.
 */
export function subjectKey(c: Pick<Claim, 'span' | 'predicate' | 'holder' | 'args'>): string | null {
  const self = selfReference(c);
  if (self) return self;
  const p = c.predicate;
  if (!p) return null;
  let out: string | null = null;
  for (const a of c.args) {
    if (a.end > p.start) break;
    // a noun phrase between the entity and the predicate is the subject instead ("Clinton's emails were")
    out = a.key;
  }
  if (out === null) return null;
  const between = c.span.text.slice(Math.max(0, lastArgEnd(c, p.start) - c.span.start), p.start - c.span.start);
  return /[,;:—–]|\b(?:that|who|which|while|when|because)\b/.test(between) ? null : out;
}

function lastArgEnd(c: Pick<Claim, 'args'>, before: number): number {
  let end = -1;
  for (const a of c.args) if (a.end <= before) end = a.end;
  return end;
}
