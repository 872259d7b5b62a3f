import type { Candidate } from './candidate.js';
import type { PairContext } from './context.js';
import type { Contradiction, PairSide } from './pair.js';
import type { PairParams } from './params.js';
import { butContrastPairs } from './rule-but-contrast.js';
import { contradictCuePairs } from './rule-contradict-cue.js';
import { denialPairs } from './rule-denial.js';
import { denialAnaphorPairs } from './rule-denial-anaphor.js';
import { evidencePairs } from './rule-evidence.js';
import { factCheckPairs } from './rule-fact-check.js';
import { framePairs } from './rule-frame.js';
import { markerPairs } from './rule-marker.js';
import { numberPairs } from './rule-numbers.js';
import { shiftPairs } from './rule-shift.js';
import { verdictPairs } from './rule-verdict.js';
import { verdictOnClaimPairs } from './rule-verdict-on-claim.js';
import { pairWindows } from './windows.js';

/** The pair rules, strongest evidence first: a pair two rules find keeps the first one's reading. */
export const PAIR_RULES: readonly { readonly id: string; readonly find: (ctx: PairContext, p: PairParams) => Candidate[] }[] = [
  { id: 'contradictions/marker', find: markerPairs },
  { id: 'contradictions/denial', find: denialPairs },
  { id: 'contradictions/denial-anaphor', find: denialAnaphorPairs },
  { id: 'contradictions/fact-check', find: factCheckPairs },
  { id: 'contradictions/verdict', find: verdictPairs },
  { id: 'contradictions/verdict-on-claim', find: verdictOnClaimPairs },
  { id: 'contradictions/contradict-cue', find: contradictCuePairs },
  { id: 'contradictions/evidence', find: evidencePairs },
  { id: 'contradictions/numbers', find: numberPairs },
  { id: 'contradictions/frame-polarity', find: framePairs },
  { id: 'contradictions/but-contrast', find: butContrastPairs },
  { id: 'contradictions/shift', find: shiftPairs },
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

/** Characters per bucket of the side index: two overlapping spans share a bucket. */
const BUCKET = 256;

/**
 * The pairs kept so far, indexed by their first side (its statement, and the buckets its
 * span touches), so that "is this pair kept already?" looks only at pairs with a side near
 * the candidate's (was: every kept pair, quadratic in the pairs of a long document).
 */
class KeptPairs {
  readonly list: Candidate[] = [];
  readonly #byKey = new Map<string, number[]>();

  constructor(private readonly statementOf: StatementOf) {}

  #keys(side: PairSide): string[] {
    const keys: string[] = [];
    const st = this.statementOf(side);
    if (st !== null) keys.push(`s${st}`);
    const last = Math.max(side.span.start, side.span.end - 1);
    for (let b = Math.floor(side.span.start / BUCKET); b <= Math.floor(last / BUCKET); b++) keys.push(`b${b}`);
    return keys;
  }

  /** Whether a kept pair is `c`'s pair: sameSide needs the same statement or overlapping spans, so a shared key. */
  has(c: Candidate): boolean {
    const seen = new Set<number>();
    for (const key of [...this.#keys(c.a), ...this.#keys(c.b)]) {
      for (const k of this.#byKey.get(key) ?? []) {
        if (seen.has(k)) continue;
        seen.add(k);
        if (samePair(this.list[k] as Candidate, c, this.statementOf)) return true;
      }
    }
    return false;
  }

  add(c: Candidate): void {
    const k = this.list.length;
    this.list.push(c);
    for (const key of this.#keys(c.a)) {
      const at = this.#byKey.get(key);
      if (at) at.push(k);
      else this.#byKey.set(key, [k]);
    }
  }
}

/**
 * Every divergent pair of the article, one per two statements (the strongest rule's, rules
 * tried strongest first), none inside one statement, in text order, with ids p1, p2, …
 * A long document is read in windows of claims (`windows.ts`).
 */
export function findPairs(ctx: PairContext, params: PairParams, skip: ReadonlySet<string> = new Set()): Contradiction[] {
  const statements = new Map(ctx.claims.map((c) => [c.id, c.statement]));
  const statementOf: StatementOf = (side) => (side.claim ? (statements.get(side.claim) ?? side.claim) : null);
  const kept = new KeptPairs(statementOf);
  const windows = pairWindows(ctx);
  for (const rule of PAIR_RULES) {
    if (skip.has(rule.id)) continue;
    for (const window of windows) {
      for (const c of rule.find(window, params)) {
        if (sameSide(c.a, c.b, statementOf)) continue;
        if (!kept.has(c)) kept.add(c);
      }
    }
  }
  const sorted = [...kept.list].sort((x, y) => Math.min(x.a.span.start, x.b.span.start) - Math.min(y.a.span.start, y.b.span.start));
  return sorted.map((c, i) => ({ id: `p${i + 1}`, ...c }));
}
