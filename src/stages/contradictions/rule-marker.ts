import { coverOf } from '../claims/arguments.js';
import { type Claim, stancePolarity } from '../claims/claim.js';
import { tokenAtOrAfter } from '../entities/token-index.js';
import type { Candidate } from './candidate.js';
import { gist, keysOf, narratorSide, type PairContext, sideOf } from './context.js';
import { CONTRAST_MARKERS, REPORT_WORDS } from './markers.js';
import type { PairParams } from './params.js';
import { frameSimilarity, type KeyBag } from './similarity.js';

/** A cue that reports ("reported", "reports"): its claim stands for a report even when the holder is not known as an outlet. */
const REPORT_CUE = /\breport(?:s|ed|ing)?\b/i;

/** A claim that is a report: an outlet's, or one whose cue reports. */
function isReport(c: Claim): boolean {
  return c.holder?.outlet === true || (c.cue !== null && REPORT_CUE.test(c.cue.text));
}

/** The first entity mentioned in [start, end) that holds a claim. */
function holderIn(ctx: PairContext, start: number, end: number): string | null {
  const cover = coverOf(ctx.tokens, ctx.entities);
  // from the first token that can lie in [start, end) (binary search, not every token)
  let i = tokenAtOrAfter(ctx.tokens, start);
  while (i > 0 && (ctx.tokens[i - 1] as (typeof ctx.tokens)[number]).end >= start) i--;
  for (; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i] as (typeof ctx.tokens)[number];
    if (t.start > end) break;
    if (t.start < start || t.end > end) continue;
    const e = cover[i];
    if (e && ctx.claims.some((c) => c.holder?.entity === e.id)) return e.id;
  }
  return null;
}

function best(claims: readonly Claim[], keys: KeyBag, bonus: (c: Claim) => number): { claim: Claim; score: number } | null {
  let out: { claim: Claim; score: number } | null = null;
  for (const c of claims) {
    const score = frameSimilarity(c.keys, keys) + bonus(c);
    if (!out || score > out.score) out = { claim: c, score };
  }
  return out;
}

/** "in contrast to the report": the right side names the report only, so its claim is the one nearest any claim of the left side. */
function bestAgainst(sideB: readonly Claim[], sideA: readonly Claim[]): { claim: Claim; score: number } | null {
  let out: { claim: Claim; score: number } | null = null;
  for (const b of sideB)
    for (const a of sideA) {
      if (a.holder?.entity && a.holder.entity === b.holder?.entity) continue;
      const score = frameSimilarity(a.keys, b.keys) + (stancePolarity(a) !== stancePolarity(b) ? 0.2 : 0);
      if (!out || score > out.score) out = { claim: b, score };
    }
  return out;
}

/**
 * "X's comments were in contrast to a recent report that Y": the left side names one holder,
 * the right side another holder or a report. Of each holder's claims outside the sentence, the
 * one nearest to what the right side says stands for its account. Rule `contradictions/marker`.
 */
export function markerPairs(ctx: PairContext, params: PairParams): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    const sentence = ctx.text.slice(s.start, s.end);
    const m = CONTRAST_MARKERS.exec(sentence);
    if (!m) continue;
    const at = s.start + m.index;
    const after = at + m[0].length;
    const rightKeys = keysOf(ctx, after, s.end);
    const outside = ctx.claims.filter((c) => c.span.end <= s.start || c.span.start >= s.end);
    const leftHolder = holderIn(ctx, s.start, at);
    const rightIsReport = REPORT_WORDS.test(ctx.text.slice(after, s.end));
    const rightHolder = holderIn(ctx, after, s.end);
    const sideA = outside.filter((c) => (leftHolder ? c.holder?.entity === leftHolder : !c.holder?.outlet));
    const sideB = outside.filter(
      (c) => c.holder && (rightIsReport ? isReport(c) : rightHolder !== null && c.holder.entity === rightHolder),
    );
    let b = best(sideB, rightKeys, (c) => (c.date ? 0.05 : 0));
    if (b && b.score < params.marker) b = bestAgainst(sideB, sideA);
    const a = best(
      sideA.filter((c) => !b || c.holder?.entity !== b.claim.holder?.entity),
      rightKeys,
      (c) => (b ? frameSimilarity(c.keys, b.claim.keys) / 2 + (stancePolarity(c) !== stancePolarity(b.claim) ? 0.2 : 0) : 0),
    );
    if (!a || a.score < params.marker) continue;
    // the right side must be a claim of its own: a bare phrase after the marker is no account
    if (!b || b.score < params.marker) continue;
    const bSide =
      b && b.score >= params.marker ? sideOf(b.claim) : narratorSide(ctx, { start: after, end: s.end, text: ctx.text.slice(after, s.end) });
    const report = rightIsReport || (b !== null && isReport(b.claim));
    const kind = report !== isReport(a.claim) ? 'statement-vs-report' : 'account-differs';
    out.push({
      kind,
      a: sideOf(a.claim),
      b: bSide,
      reason: `the article sets them apart ("${m[0]}"): ${a.claim.holder?.name ?? 'one side'} — ${gist(a.claim.span.text)} / ${bSide.holder.name} — ${gist(bSide.span.text)}`,
      confidence: 0.9,
      rule: 'contradictions/marker',
    });
  }
  return out;
}
