import type { Candidate } from './candidate.js';
import type { PairContext } from './context.js';
import type { Contradiction, PairSide } from './pair.js';
import type { PairParams } from './params.js';
import { denialPairs } from './rule-denial.js';
import { denialAnaphorPairs } from './rule-denial-anaphor.js';
import { factCheckPairs } from './rule-fact-check.js';
import { framePairs } from './rule-frame.js';
import { markerPairs } from './rule-marker.js';
import { numberPairs } from './rule-numbers.js';

/** The pair rules, strongest evidence first: a pair two rules find keeps the first one's reading. */
export const PAIR_RULES: readonly { readonly id: string; readonly find: (ctx: PairContext, p: PairParams) => Candidate[] }[] = [
  { id: 'contradictions/marker', find: markerPairs },
  { id: 'contradictions/denial', find: denialPairs },
  { id: 'contradictions/denial-anaphor', find: denialAnaphorPairs },
  { id: 'contradictions/fact-check', find: factCheckPairs },
  { id: 'contradictions/numbers', find: numberPairs },
  { id: 'contradictions/frame-polarity', find: framePairs },
];

function overlap(x: { start: number; end: number }, y: { start: number; end: number }): boolean {
  return x.start < y.end && y.start < x.end;
}

/** The statement a side belongs to (fragments of one quotation share it); null for a side without a claim. */
type StatementOf = (side: PairSide) => string | null;

/** One account: the same statement, else overlapping words. */
function sameSide(x: PairSide, y: PairSide, statementOf: StatementOf): boolean {
  const sx = statementOf(x);
  const sy = statementOf(y);
  if (sx !== null && sx === sy) return true;
  return overlap(x.span, y.span);
}

/** The same two accounts, in either order. */
function samePair(x: Candidate, y: Candidate, st: StatementOf): boolean {
  return (sameSide(x.a, y.a, st) && sameSide(x.b, y.b, st)) || (sameSide(x.a, y.b, st) && sameSide(x.b, y.a, st));
}

/**
 * Every divergent pair of the article, one per two statements (the strongest rule's, rules
 * tried strongest first), none inside one statement, in text order, with ids p1, p2, …
 */
export function findPairs(ctx: PairContext, params: PairParams, skip: ReadonlySet<string> = new Set()): Contradiction[] {
  const statements = new Map(ctx.claims.map((c) => [c.id, c.statement]));
  const statementOf: StatementOf = (side) => (side.claim ? (statements.get(side.claim) ?? side.claim) : null);
  const kept: Candidate[] = [];
  for (const rule of PAIR_RULES) {
    if (skip.has(rule.id)) continue;
    for (const c of rule.find(ctx, params)) {
      if (sameSide(c.a, c.b, statementOf)) continue;
      if (!kept.some((k) => samePair(k, c, statementOf))) kept.push(c);
    }
  }
  kept.sort((x, y) => Math.min(x.a.span.start, x.b.span.start) - Math.min(y.a.span.start, y.b.span.start));
  return kept.map((c, i) => ({ id: `p${i + 1}`, ...c }));
}
