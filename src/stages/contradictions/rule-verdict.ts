import { type Span, spanOf } from '../../doc/span.js';
import type { Claim } from '../claims/claim.js';
import type { Candidate } from './candidate.js';
import { gist, narratorSide, type PairContext, sentenceAt, sideOf } from './context.js';
import { sameHolder } from './similarity.js';

/**
 * A verdict said on its own: "That comment is a lie.", "It's just not true.", "Nice try, not
 * true", "Pants on fire". The whole statement (quotes and punctuation aside) is the verdict: an
 * optional opener, an optional pointer back ("that", "it", "the claim"), the verdict words.
 */
export const VERDICT =
  /^(?:(?:nice try|no|nope|sorry|well|again|frankly)\s*,?\s*)*(?:(?:that|this|it|which|that (?:comment|claim|statement|story|report|charge|accusation)|the (?:claim|charge|story|report|accusation))\s*(?:['’]s|is|was|are|were)\s+)?(?:just |simply |absolutely |completely |totally |flatly |patently |categorically |plainly |100 percent )?(?:not true|untrue|false|a lie|a flat lie|an outright lie|a falsehood|a total lie|wrong|nonsense|fiction|pants on fire)(?:\s*,?\s*(?:period|again))?$/i;

/** Most sentences back from a verdict to the account it answers. */
export const VERDICT_SENTENCES = 4;

/** The statement's words without quotation marks, closing punctuation and white space at either end. */
function bare(text: string): string {
  return text
    .replace(/''|[“”"]/g, '')
    .replace(/^[\s‘’',]+|[\s.,!?;:‘’'—–-]+$/g, '')
    .trim();
}

/** Whether `text` is a verdict standing alone. */
export function isVerdict(text: string): boolean {
  return VERDICT.test(bare(text));
}

/** The claim's span, cut before `at` (and its last comma) when it runs into the verdict ("…, to which X interjected: "). */
function cutBefore(ctx: PairContext, c: Claim, at: number): Span {
  if (c.span.end <= at) return c.span;
  const raw = ctx.text.slice(c.span.start, at);
  const comma = raw.lastIndexOf(',');
  const end = c.span.start + (comma > 0 ? comma : raw.trimEnd().length);
  return spanOf(ctx.text, c.span.start, end);
}

/**
 * The account a verdict answers: the nearest claim before it, within VERDICT_SENTENCES sentences,
 * of a named holder other than the verdict's (not an unattributed sentence, not the verdict's own
 * statement).
 */
function answered(ctx: PairContext, verdictStart: number, holder: Claim | null): Claim | null {
  const index = sentenceAt(ctx, verdictStart);
  const from = ctx.sentences[Math.max(0, index - VERDICT_SENTENCES)]?.start ?? 0;
  let out: Claim | null = null;
  for (const c of ctx.claims) {
    if (c.span.start < from || c.span.start >= verdictStart || !c.holder) continue;
    if (holder && (c.statement === holder.statement || sameHolder(c, holder))) continue;
    if (!out || c.span.start > out.span.start) out = c;
  }
  return out;
}

/**
 * A verdict standing alone against the account before it: a source's ("'Nice try, not true,'
 * she said") is a denial, the article's own sentence ("That comment is a lie.") a fact-check.
 * Rule `contradictions/verdict`.
 */
export function verdictPairs(ctx: PairContext): Candidate[] {
  const out: Candidate[] = [];
  for (const v of ctx.claims) {
    if (!v.holder || !isVerdict(v.span.text)) continue;
    const target = answered(ctx, v.span.start, v);
    if (!target) continue;
    out.push({
      kind: 'denial',
      a: { ...sideOf(target), span: cutBefore(ctx, target, v.span.start) },
      b: sideOf(v),
      reason: `${v.holder.name} calls it ${bare(v.span.text)}: ${gist(target.span.text)}`,
      confidence: 0.7,
      rule: 'contradictions/verdict',
    });
  }
  for (const s of ctx.sentences) {
    const text = ctx.text.slice(s.start, s.end);
    if (!isVerdict(text) || ctx.claims.some((c) => c.span.start < s.end && s.start < c.span.end && c.holder)) continue;
    const target = answered(ctx, s.start, null);
    if (!target) continue;
    const trimmed = text.trimEnd();
    out.push({
      kind: 'fact-check',
      a: sideOf(target),
      b: narratorSide(ctx, spanOf(ctx.text, s.start, s.start + trimmed.length)),
      reason: `the article calls it ${bare(text)}: ${gist(target.span.text)}`,
      confidence: 0.65,
      rule: 'contradictions/verdict',
    });
  }
  return out;
}
