import type { Claim } from '../claims/claim.js';
import { frameKeys } from '../claims/synonyms.js';
import type { Candidate } from './candidate.js';
import { gist, inContrastSentence, type PairContext, sentenceAt, sideOf } from './context.js';
import { CONTRAST_MARKERS } from './markers.js';
import type { PairParams } from './params.js';
import { frameSimilarity, sameHolder, samePredicate } from './similarity.js';

/** How much more frame a percentage or a points figure needs than a counted unit. */
const GENERIC_UNIT_MARGIN = 0.2;

/** Words by which a source puts a figure on something ("estimates", "calculates", "put the number at"). */
const ESTIMATE_CUE =
  /\b(?:estimat\w*|calculat\w*|put(?:s)? the (?:number|figure|total|cost|count)|projected|projects|tall(?:y|ied)|according to|analysis|study)\b/i;

/** Most sentences between two figures that answer each other. */
const NEAR_SENTENCES = 2;

/** The same predicate about the same entities ("300 workers were repairing the bridge" / "120 workers were repairing the bridge"). */
function sameSubject(a: Claim, b: Claim, ctx: PairContext): boolean {
  const ea = new Set(a.args.flatMap((x) => (x.key ? [x.key] : [])));
  const eb = new Set(b.args.flatMap((x) => (x.key ? [x.key] : [])));
  return ea.size > 0 && ea.size === eb.size && [...ea].every((e) => eb.has(e)) && samePredicate(a, b, ctx.synonyms);
}

/** The sentence index of a claim, and whether its sentence puts a figure on something. */
function figureContext(ctx: PairContext, c: Claim): { index: number; estimate: boolean } {
  const index = sentenceAt(ctx, c.span.start);
  const s = ctx.sentences[index];
  return { index, estimate: s !== undefined && ESTIMATE_CUE.test(ctx.text.slice(s.start, s.end)) };
}

/**
 * Two holders give different figures for one quantity: the units are the same word or
 * synonyms, the values differ by more than a tenth, the claims share their frame, lie within
 * two sentences, and one of them estimates ("X estimates that it would cost …") or both say the
 * same predicate of the same entities: figures of different things (two candidates' delegates,
 * two donors' gifts) are otherwise paired.
 * Rule `contradictions/numbers`.
 */
export function numberPairs(ctx: PairContext, params: PairParams): Candidate[] {
  const out: Candidate[] = [];
  const claims = ctx.claims.filter((c) => c.quantities.length > 0 && !CONTRAST_MARKERS.test(c.span.text) && !inContrastSentence(ctx, c));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i] as (typeof claims)[number];
      const b = claims[j] as (typeof claims)[number];
      if (sameHolder(a, b) || !a.holder || !b.holder) continue;
      const fa = figureContext(ctx, a);
      const fb = figureContext(ctx, b);
      if (Math.abs(fa.index - fb.index) > NEAR_SENTENCES) continue;
      if (!(fa.estimate || fb.estimate || sameSubject(a, b, ctx))) continue;
      const sim = frameSimilarity(a.keys, b.keys);
      if (sim < params.numbers) continue;
      for (const qa of a.quantities) {
        // a share or a score says little of what it measures: its claims must share more of their frame
        if ((qa.unit === 'percent' || qa.unit === 'point') && sim < params.numbers + GENERIC_UNIT_MARGIN) continue;
        const unit = new Set(frameKeys(ctx.synonyms, qa.unit));
        const qb = b.quantities.find(
          (q) =>
            frameKeys(ctx.synonyms, q.unit).some((k) => unit.has(k)) && Math.abs(q.value - qa.value) > 0.1 * Math.max(q.value, qa.value),
        );
        if (!qb) continue;
        out.push({
          kind: 'numbers-differ',
          a: sideOf(a),
          b: sideOf(b),
          reason: `${a.holder.name} gives ${qa.span.text}, ${b.holder.name} ${qb.span.text} (${gist(a.span.text, 6)})`,
          confidence: Math.min(0.85, 0.3 + sim / 2),
          rule: 'contradictions/numbers',
        });
        break;
      }
    }
  }
  return out;
}
