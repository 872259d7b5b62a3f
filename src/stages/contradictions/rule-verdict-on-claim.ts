import { spanOf } from '../../doc/span.js';
import type { Candidate } from './candidate.js';
import { gist, narratorSide, type PairContext } from './context.js';
import type { PairSide } from './pair.js';

/**
 * "Rubio's claim that Cruz favors amnesty is simply not true": an account named with its words
 * (a possessive or determiner, an account noun, "that …") and, as its predicate, a verdict.
 * Group 1 is the account, group 2 the verdict.
 */
export const VERDICT_ON_CLAIM =
  /((?:\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*['’]s|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:claims?|assertions?|statements?|suggestions?|charges?|accusations?|allegations?|contention|insistence)\s+that\s+[^.;]{8,250}?)\s+((?:is|was|are|were)\s+["“'']*(?:just |simply |absolutely |completely |totally |flatly |patently |categorically |plainly )?(?:not true|untrue|false|a lie|wrong|baseless|unfounded|inaccurate|incorrect|nonsense)\b)/;

/**
 * An account and the verdict on it in one clause: the source whose claim holds the clause says
 * it is false (a denial), else the article does (a fact-check). Rule `contradictions/verdict-on-claim`.
 */
export function verdictOnClaimPairs(ctx: PairContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    const m = VERDICT_ON_CLAIM.exec(ctx.text.slice(s.start, s.end));
    if (!m) continue;
    const aStart = s.start + m.index;
    const aEnd = aStart + (m[1] as string).length;
    const bStart = s.start + m.index + m[0].length - (m[2] as string).length;
    const bEnd = s.start + m.index + m[0].length;
    const speaker = ctx.claims.find((c) => c.holder !== null && c.span.start <= aStart && bEnd <= c.span.end);
    const verdict = spanOf(ctx.text, bStart, bEnd);
    const b: PairSide = speaker
      ? {
          attribution: null,
          claim: null,
          span: verdict,
          holder: { entity: speaker.holder?.entity ?? null, name: speaker.holder?.name ?? 'unknown' },
          date: speaker.date,
        }
      : narratorSide(ctx, verdict);
    out.push({
      kind: speaker ? 'denial' : 'fact-check',
      a: narratorSide(ctx, spanOf(ctx.text, aStart, aEnd)),
      b,
      reason: `${b.holder.name} says it ${m[2]}: ${gist(m[1] as string)}`,
      confidence: 0.75,
      rule: 'contradictions/verdict-on-claim',
    });
  }
  return out;
}
