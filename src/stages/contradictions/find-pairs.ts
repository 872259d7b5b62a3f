import type { Candidate } from './candidate.js';
import type { PairContext } from './context.js';
import type { Contradiction } from './pair.js';
import type { PairParams } from './params.js';
import { denialPairs } from './rule-denial.js';
import { factCheckPairs } from './rule-fact-check.js';
import { framePairs } from './rule-frame.js';
import { markerPairs } from './rule-marker.js';
import { numberPairs } from './rule-numbers.js';

/** The pair rules, strongest evidence first: a pair two rules find keeps the first one's reading. */
export const PAIR_RULES: readonly { readonly id: string; readonly find: (ctx: PairContext, p: PairParams) => Candidate[] }[] = [
  { id: 'contradictions/marker', find: markerPairs },
  { id: 'contradictions/denial', find: denialPairs },
  { id: 'contradictions/fact-check', find: factCheckPairs },
  { id: 'contradictions/numbers', find: numberPairs },
  { id: 'contradictions/frame-polarity', find: framePairs },
];

function overlap(x: { start: number; end: number }, y: { start: number; end: number }): boolean {
  return x.start < y.end && y.start < x.end;
}

/** The same two accounts, in either order. */
function samePair(x: Candidate, y: Candidate): boolean {
  return (overlap(x.a.span, y.a.span) && overlap(x.b.span, y.b.span)) || (overlap(x.a.span, y.b.span) && overlap(x.b.span, y.a.span));
}

/** Every divergent pair of the article, one per two accounts, in text order, with ids p1, p2, … */
export function findPairs(ctx: PairContext, params: PairParams, skip: ReadonlySet<string> = new Set()): Contradiction[] {
  const kept: Candidate[] = [];
  for (const rule of PAIR_RULES) {
    if (skip.has(rule.id)) continue;
    for (const c of rule.find(ctx, params)) if (!kept.some((k) => samePair(k, c))) kept.push(c);
  }
  kept.sort((x, y) => Math.min(x.a.span.start, x.b.span.start) - Math.min(y.a.span.start, y.b.span.start));
  return kept.map((c, i) => ({ id: `p${i + 1}`, ...c }));
}
