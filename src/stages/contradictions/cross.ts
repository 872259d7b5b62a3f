import { type Claim, stancePolarity } from '../claims/claim.js';
import { CONTRAST_MARKERS } from './markers.js';
import type { ContradictionKind } from './pair.js';
import { daysApart, frameSimilarity } from './similarity.js';

/** A claim with the document it comes from. */
export interface DocClaim {
  readonly doc: string;
  readonly claim: Claim;
}

/** A divergent pair across two documents. */
export interface CrossPair {
  readonly kind: ContradictionKind;
  readonly a: DocClaim;
  readonly b: DocClaim;
  readonly reason: string;
  readonly confidence: number;
  readonly rule: string;
}

export interface CrossParams {
  readonly frame: number;
  readonly windowDays: number;
}

export const DEFAULT_CROSS_PARAMS: CrossParams = { frame: 0.5, windowDays: 366 };

function holderKey(c: Claim): string | null {
  return c.holder ? (c.holder.entity ?? c.holder.name).toLowerCase() : null;
}

/** The entities a claim is about (its holder and argument entities), as cross-document keys. */
function topics(c: Claim): Set<string> {
  const out = new Set<string>();
  const h = holderKey(c);
  if (h) out.add(h);
  for (const a of c.args) if (a.entity) out.add(a.entity);
  return out;
}

/**
 * Pairs of claims from different documents: candidates share a holder or an entity and fill
 * one frame (synonyms allowed); they diverge when their polarity is opposite or their figures
 * for one quantity differ. `rank` (the stance model's disagree score) orders them.
 * Rule `contradictions/cross-frame`.
 */
export function crossPairs(
  claims: readonly DocClaim[],
  params: CrossParams = DEFAULT_CROSS_PARAMS,
  rank?: (a: DocClaim, b: DocClaim) => number,
): CrossPair[] {
  const byTopic = new Map<string, number[]>();
  const usable = claims.filter((c) => c.claim.holder && c.claim.keys.length >= 3 && !CONTRAST_MARKERS.test(c.claim.span.text));
  usable.forEach((c, i) => {
    for (const t of topics(c.claim)) byTopic.set(t, [...(byTopic.get(t) ?? []), i]);
  });
  const seen = new Set<string>();
  const out: CrossPair[] = [];
  for (const members of byTopic.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x] as number;
        const j = members[y] as number;
        const a = usable[i] as DocClaim;
        const b = usable[j] as DocClaim;
        const key = i < j ? `${i}:${j}` : `${j}:${i}`;
        if (a.doc === b.doc || seen.has(key)) continue;
        seen.add(key);
        const pair = judge(a, b, params);
        if (pair) out.push(rank ? { ...pair, confidence: Math.round(((pair.confidence + rank(a, b)) / 2) * 1000) / 1000 } : pair);
      }
    }
  }
  return out.sort((p, q) => q.confidence - p.confidence);
}

function judge(a: DocClaim, b: DocClaim, params: CrossParams): CrossPair | null {
  const sim = frameSimilarity(a.claim.keys, b.claim.keys);
  if (sim < params.frame) return null;
  const apart = daysApart(a.claim.date, b.claim.date);
  if (apart !== null && apart > params.windowDays) return null;
  const same = holderKey(a.claim) === holderKey(b.claim);
  const opposite = stancePolarity(a.claim) !== stancePolarity(b.claim);
  const figures =
    !same &&
    a.claim.quantities.some((qa) =>
      b.claim.quantities.some((qb) => qb.unit === qa.unit && Math.abs(qb.value - qa.value) > 0.1 * Math.max(qa.value, qb.value)),
    );
  if (!opposite && !figures) return null;
  if (same && !(apart !== null && apart > 0)) return null;
  const kind: ContradictionKind = figures
    ? 'numbers-differ'
    : same
      ? 'flip-flop'
      : a.claim.holder?.outlet !== b.claim.holder?.outlet
        ? 'statement-vs-report'
        : a.claim.modality === 'deny' || b.claim.modality === 'deny'
          ? 'denial'
          : 'account-differs';
  return {
    kind,
    a,
    b,
    reason: figures
      ? 'different figures for one quantity'
      : `one frame, opposite polarity (${stancePolarity(a.claim)} / ${stancePolarity(b.claim)})`,
    confidence: Math.round(Math.min(0.85, sim * 0.9) * 1000) / 1000,
    rule: 'contradictions/cross-frame',
  };
}
