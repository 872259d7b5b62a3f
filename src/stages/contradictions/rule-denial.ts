import type { Claim } from '../claims/claim.js';
import { ACCOUNT_MIN_WORDS, words } from './account-words.js';
import type { Candidate } from './candidate.js';
import { gist, type PairContext, sideOf } from './context.js';
import { deniesNamedObject } from './denied-object.js';
import { REPORT_WORDS } from './markers.js';
import type { PairParams } from './params.js';
import { frameSimilarity, type KeyBag, sameHolder, sharedEntities } from './similarity.js';

/** The other holder's claim nearest to `keys` (an outlet's when the denial names a report). */
function counterpart(ctx: PairContext, keys: KeyBag, not: (c: Claim) => boolean, report: boolean): { claim: Claim; score: number } | null {
  let out: { claim: Claim; score: number } | null = null;
  for (const c of ctx.claims) {
    if (not(c) || c.modality === 'deny') continue;
    const score = frameSimilarity(c.keys, keys) + (report && c.holder?.outlet ? 0.3 : 0);
    if (!out || score > out.score) out = { claim: c, score };
  }
  return out;
}

/**
 * X denies, rejects or disputes what another says: a claim whose cue is a verb of denial (not
 * under negation: "did not dispute" grants), paired with the other holder's claim before it
 * nearest in frame (an account comes before its denial). A denial of a named account or of a
 * request ("denied the reports", "rejected a request to …") is left out: `deniesNamedObject`.
 * Rule `contradictions/denial`.
 */
export function denialPairs(ctx: PairContext, params: PairParams): Candidate[] {
  const out: Candidate[] = [];
  for (const d of ctx.claims) {
    if (d.modality !== 'deny' || negatedCue(ctx, d) || deniesNamedObject(d.span.text)) continue;
    const report = REPORT_WORDS.test(d.span.text);
    const best = counterpart(
      ctx,
      d.keys,
      (c) =>
        c === d ||
        sameHolder(c, d) ||
        overlaps(c, d) ||
        c.span.start >= d.span.end ||
        words(c.span.text) < ACCOUNT_MIN_WORDS ||
        (!report && sharedEntities(c, d).length === 0),
      report,
    );
    if (!best || best.score < params.denial) continue;
    out.push({
      kind: 'denial',
      a: sideOf(best.claim),
      b: sideOf(d),
      reason: `${d.holder?.name ?? 'a source'} denies (${d.cue?.text ?? 'denial'}) what ${best.claim.holder?.name ?? 'another source'} says: ${gist(best.claim.span.text)}`,
      confidence: Math.min(0.95, 0.5 + best.score / 2),
      rule: 'contradictions/denial',
    });
  }
  return out;
}

/** "he did not dispute that …": a denial verb under negation grants the content. */
function negatedCue(ctx: PairContext, d: Claim): boolean {
  if (!d.cue) return false;
  return /\b(?:not|n['’]t|never)\s+(?:\w+\s+)?$/i.test(ctx.text.slice(Math.max(0, d.cue.start - 20), d.cue.start));
}

function overlaps(a: Claim, b: Claim): boolean {
  return a.span.start < b.span.end && b.span.start < a.span.end;
}
