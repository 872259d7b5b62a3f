import { type Claim, stancePolarity } from '../claims/claim.js';
import type { Candidate } from './candidate.js';
import { gist, inContrastSentence, type PairContext, sentenceAt, sideOf } from './context.js';
import type { PairParams } from './params.js';
import { daysApart, frameSimilarity, sameHolder, sharedEntities } from './similarity.js';

/** A sentence that opens by setting itself against what came before ("But …", "However, …", "Yet …"). */
const CONTRAST_OPENING = /^\s*(?:[“"'‘]\s*)?(?:but|however|yet|still)\b/i;
/** ", but" (or "; but", "— but") and the words after it, up to the claim. */
const CONTRAST_BUT = /[,;—–]\s*but\b([^,;—–]*)$/i;

/** Whether claim `b` is set against what comes before it: its sentence opens with a contrast, or ", but" comes just before it. */
function contrasted(ctx: PairContext, b: Claim): 'opening' | 'but' | null {
  const si = sentenceAt(ctx, b.span.start);
  const s = ctx.sentences[si];
  if (!s) return null;
  if (CONTRAST_OPENING.test(ctx.text.slice(s.start, s.end))) return 'opening';
  const from = Math.min(b.span.start, b.cue?.start ?? b.span.start);
  const before = ctx.text.slice(s.start, from);
  // ", but" a few words before the claim or its source: "…, but Fiorina's team denied that …"
  const tail = CONTRAST_BUT.exec(before)?.[1];
  if (tail !== undefined && tail.split(/\s+/).filter(Boolean).length <= 8) return 'but';
  return null;
}

/**
 * Two accounts the text sets against each other with "but" / "however" / "yet": a claim whose
 * sentence opens with such a word (or that follows ", but" in its sentence) against a claim
 * before it (in its sentence, or one of the two before), of opposite polarity, sharing an
 * entity, in one frame at the lower `contrast` similarity (the connective is the evidence the
 * frame rule lacks). The nearest such claim, one pair per contrasted claim. Same holder at
 * different dates: flip-flop. Rule `contradictions/but-contrast`.
 */
export function butContrastPairs(ctx: PairContext, params: PairParams): Candidate[] {
  const claims = ctx.claims.filter((c) => c.holder && c.modality !== 'ask' && c.keys.length >= 3 && !inContrastSentence(ctx, c));
  const out: Candidate[] = [];
  for (const b of claims) {
    const how = contrasted(ctx, b);
    if (!how) continue;
    const sb = sentenceAt(ctx, b.span.start);
    const earlier = claims
      .filter((a) => a.span.end <= b.span.start && a.statement !== b.statement)
      .filter((a) => {
        const sa = sentenceAt(ctx, a.span.start);
        return how === 'but' ? sa === sb : sa >= sb - 2 && sa < sb;
      })
      .reverse();
    for (const a of earlier) {
      if (stancePolarity(a) === stancePolarity(b) || sharedEntities(a, b).length === 0) continue;
      const sim = frameSimilarity(a.keys, b.keys);
      if (sim < params.contrast) continue;
      const apart = daysApart(a.date, b.date);
      const same = sameHolder(a, b);
      if (same && !(apart !== null && apart > 0)) continue;
      if (!same && apart !== null && apart > params.windowDays) continue;
      const kind = same ? 'flip-flop' : a.holder?.outlet !== b.holder?.outlet ? 'statement-vs-report' : 'account-differs';
      out.push({
        kind,
        a: sideOf(a),
        b: sideOf(b),
        reason: `set against it ("but"): ${gist(a.span.text)} (${stancePolarity(a)}) / ${gist(b.span.text)} (${stancePolarity(b)})`,
        confidence: Math.min(0.75, 0.4 + sim * 0.5),
        rule: 'contradictions/but-contrast',
      });
      break;
    }
  }
  return out;
}
