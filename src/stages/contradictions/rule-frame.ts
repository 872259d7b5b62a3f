import { type Claim, stancePolarity } from '../claims/claim.js';
import type { Candidate } from './candidate.js';
import { gist, inContrastSentence, type PairContext, sideOf } from './context.js';
import { deniesNamedObject } from './denied-object.js';
import { CONTRAST_MARKERS } from './markers.js';
import type { PairParams } from './params.js';
import { daysApart, frameSimilarity, sameHolder, samePredicate, sharedEntities } from './similarity.js';

/** A pair the rule would make, with its frame similarity. */
interface Scored {
  readonly a: Claim;
  readonly b: Claim;
  readonly sim: number;
}

/**
 * Two claims in one frame (the same predicate, synonyms allowed, and a shared entity) with
 * opposite polarity, whose time windows overlap: two holders' accounts differ (an official's
 * statement against a report when one holder is an outlet), or one holder said both at
 * different times (flip-flop). A claim enters one such pair at most, its most similar one:
 * a negated claim is otherwise paired with every affirmed claim on its topic. A denial of a
 * named account or action ("dismissed the mayor's actions to close the road") negates no
 * proposition and takes no part (`deniesNamedObject`). Rule `contradictions/frame-polarity`.
 */
export function framePairs(ctx: PairContext, params: PairParams): Candidate[] {
  const claims = ctx.claims.filter(
    (c) =>
      c.holder &&
      c.modality !== 'ask' &&
      c.keys.length >= 3 &&
      !CONTRAST_MARKERS.test(c.span.text) &&
      !inContrastSentence(ctx, c) &&
      !(c.modality === 'deny' && deniesNamedObject(c.span.text)),
  );
  const scored: Scored[] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i] as Claim;
      const b = claims[j] as Claim;
      if (a.statement === b.statement || (a.span.start < b.span.end && b.span.start < a.span.end)) continue;
      if (stancePolarity(a) === stancePolarity(b) || !samePredicate(a, b, ctx.synonyms)) continue;
      const sim = frameSimilarity(a.keys, b.keys);
      if (sim < params.frame || sharedEntities(a, b).length === 0) continue;
      const apart = daysApart(a.date, b.date);
      const same = sameHolder(a, b);
      if (same && !(apart !== null && apart > 0)) continue;
      if (!same && apart !== null && apart > params.windowDays) continue;
      scored.push({ a, b, sim });
    }
  }
  const used = new Set<string>();
  const out: Candidate[] = [];
  for (const { a, b, sim } of scored.sort((x, y) => y.sim - x.sim)) {
    if (used.has(a.id) || used.has(b.id)) continue;
    used.add(a.id);
    used.add(b.id);
    const kind = sameHolder(a, b) ? 'flip-flop' : a.holder?.outlet !== b.holder?.outlet ? 'statement-vs-report' : 'account-differs';
    out.push({
      kind,
      a: sideOf(a),
      b: sideOf(b),
      reason: `${kind === 'flip-flop' ? `${a.holder?.name} said both` : 'one frame, opposite polarity'}: ${gist(a.span.text)} (${stancePolarity(a)}) / ${gist(b.span.text)} (${stancePolarity(b)})`,
      confidence: Math.min(0.85, sim * 0.9),
      rule: 'contradictions/frame-polarity',
    });
  }
  return out;
}
