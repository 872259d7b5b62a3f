import type { Attribution, NonStatement, Token } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';

const NEGATION = new Set(['not', "n't", 'n’t', 'never']);
/** States of mind, not sayings: "X thought …", "X knows nothing", "X needed …", "X no doubt …". */
const MENTAL = new Set(['think', 'know', 'need', 'doubt']);
/** Words before or inside a cue that are not its verb: "has", "also", "n't". */
const LEAD = new Set(['AUX', 'ADV', 'PART', 'DET']);

/**
 * Whether an attribution's cue says that nothing was said: a negated cue ("has not
 * mentioned", "did n't address", "never commented") or a state of mind ("thought",
 * "knows"). `tokens` are in text order; the cue's tokens are found by binary search.
 */
export function nonStatement(tokens: readonly Token[], cue: Span | null): NonStatement | null {
  if (!cue) return null;
  const from = firstAtOrAfter(tokens, cue.start);
  let head: Token | undefined;
  for (let i = from; i < tokens.length && (tokens[i] as Token).start < cue.end; i++) {
    const t = tokens[i] as Token;
    if (NEGATION.has(t.text.toLowerCase())) return 'negated';
    if (!head && !LEAD.has(t.pos)) head = t;
  }
  // "has not mentioned": the negation just before the cue, after at most one auxiliary
  const first = tokens[from];
  for (let i = from - 1; first && i >= Math.max(0, from - 2); i--) {
    const t = tokens[i] as Token;
    if (t.sentence !== first.sentence) break;
    if (NEGATION.has(t.text.toLowerCase())) return 'negated';
    if (t.pos !== 'AUX') break;
  }
  return head && MENTAL.has(head.lemma) ? 'mental-state' : null;
}

function firstAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The attributions, each whose cue says nothing was said marked with `nonStatement`. */
export function markNonStatements(tokens: readonly Token[], attributions: readonly Attribution[]): Attribution[] {
  return attributions.map((a) => {
    const why = nonStatement(tokens, a.cue);
    return why ? { ...a, nonStatement: why } : a;
  });
}
