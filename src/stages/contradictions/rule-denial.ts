import type { Entity, Token } from '../../doc/layers.js';
import { coverOf } from '../claims/arguments.js';
import type { Claim } from '../claims/claim.js';
import { tokenAtOrAfter } from '../entities/token-index.js';
import type { Candidate } from './candidate.js';
import { gist, keysOf, type PairContext, sentenceSpan, sideOf } from './context.js';
import { DENIAL_WORDS, REPORT_WORDS } from './markers.js';
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
 * X denies, rejects or disputes what another says: a claim whose cue is a verb of denial,
 * paired with the other holder's claim nearest in frame. Rule `contradictions/denial`.
 */
export function denialPairs(ctx: PairContext, params: PairParams): Candidate[] {
  const out: Candidate[] = [];
  for (const d of ctx.claims) {
    if (d.modality !== 'deny') continue;
    const report = REPORT_WORDS.test(d.span.text);
    const best = counterpart(
      ctx,
      d.keys,
      (c) => c === d || sameHolder(c, d) || overlaps(c, d) || (!report && sharedEntities(c, d).length === 0),
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
  return out.concat(denialSentences(ctx, params));
}

/**
 * The entity of the first token in [from, at) inside a mention (tokens are in text order:
 * the scan starts at the first that can start at `from`, by binary search).
 */
function subjectBefore(ctx: PairContext, from: number, at: number): Entity | undefined {
  const cover = coverOf(ctx.tokens, ctx.entities);
  let i = tokenAtOrAfter(ctx.tokens, from);
  while (i > 0 && (ctx.tokens[i - 1] as Token).start >= from) i--;
  for (; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.start < from) continue;
    if (t.start > at) break;
    if (t.end <= at && cover[i]) return cover[i];
  }
  return undefined;
}

function overlaps(a: Claim, b: Claim): boolean {
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/**
 * "The campaign denied the report." with no attribution around the verb: the entity before
 * the verb is the holder; the other holder's claim nearest to the sentence is the account.
 * Rule `contradictions/denial-sentence`.
 */
function denialSentences(ctx: PairContext, params: PairParams): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, index) => {
    const m = DENIAL_WORDS.exec(ctx.text.slice(s.start, s.end));
    if (!m) return;
    const at = s.start + m.index;
    if (ctx.claims.some((c) => c.modality === 'deny' && c.cue && c.cue.start <= at && at < c.cue.end)) return;
    if (ctx.claims.some((c) => c.span.start <= at && at < c.span.end)) return;
    const entity = subjectBefore(ctx, s.start, at);
    if (!entity) return;
    const span = sentenceSpan(ctx, index);
    const keys = keysOf(ctx, at, s.end);
    const report = REPORT_WORDS.test(ctx.text.slice(at, s.end));
    const best = counterpart(ctx, keys, (c) => c.holder?.entity === entity.id || (c.span.start < s.end && s.start < c.span.end), report);
    if (!best || best.score < params.denial) return;
    out.push({
      kind: 'denial',
      a: sideOf(best.claim),
      b: { attribution: null, claim: null, span, holder: { entity: entity.id, name: entity.name }, date: ctx.date },
      reason: `${entity.name} ${m[0]} what ${best.claim.holder?.name ?? 'another source'} says: ${gist(best.claim.span.text)}`,
      confidence: Math.min(0.9, 0.45 + best.score / 2),
      rule: 'contradictions/denial-sentence',
    });
  });
  return out;
}
