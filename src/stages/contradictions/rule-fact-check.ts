import type { Span } from '../../doc/span.js';
import type { Claim } from '../claims/claim.js';
import { ACCOUNT_MIN_WORDS, words } from './account-words.js';
import type { Candidate } from './candidate.js';
import { gist, keysOf, narratorSide, type PairContext, sentenceSpan, sideOf, trimClause } from './context.js';
import { FACT_CHECK_MARKERS } from './markers.js';
import type { PairParams } from './params.js';
import { frameSimilarity, sameHolder, sharedEntities } from './similarity.js';
import { saidSide, speechVerdict } from './speech-verdict.js';

/** Nouns for an account a source can call false ("the report", "his claim", "Trump's tweet"). */
const ACCOUNT_NOUNS =
  /\b(?:reports?|claims?|tweets?|stor(?:y|ies)|statements?|numbers|figures|assertions?|allegations?|account|remarks|comments|charges?|accusations?|notion|suggestions?)\b/i;

/**
 * The article's own words in a sentence that calls its claim false: the part before the claim
 * when the verdict comes first ("falsely suggesting that …"), else the part after it ("…, but
 * offered no proof"); the whole sentence when that part is empty.
 */
function verdictPart(ctx: PairContext, sentence: Span, claim: Claim, at: number): Span {
  const [start, end] = at < claim.span.start ? [sentence.start, claim.span.start] : [claim.span.end, sentence.end];
  const span = trimClause(ctx, start, end);
  return span.end - span.start >= 3 ? span : sentence;
}

/** The nearest claim starting in [from, end) within a few words of `from` (the verdict word's end). Rule `contradictions/fact-check-opens`. */
function claimAfter(ctx: PairContext, from: number, end: number): Claim | undefined {
  let out: Claim | undefined;
  for (const c of ctx.claims)
    if (c.span.start >= from && c.span.start < end && c.span.start - from <= 30 && (!out || c.span.start < out.span.start)) out = c;
  return out;
}

/**
 * The article calls a claim false, misleading or unsupported ("falsely claimed that …", "there
 * is no evidence that …"): the claim in that sentence, else the nearest one in the two before,
 * against the article's own words. A source calling another's claim false is a denial.
 * Rule `contradictions/fact-check`.
 */
export function factCheckPairs(ctx: PairContext, params: PairParams): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, index) => {
    // the article's verdict on a verb of saying ("erroneously suggested …", "alleging - falsely - that …", "claimed …, but offered no proof")
    const onSpeech = speechVerdict(ctx, s);
    if (onSpeech) {
      const a = saidSide(ctx, s, onSpeech.said, onSpeech.at);
      out.push({
        kind: 'fact-check',
        a,
        b: narratorSide(ctx, onSpeech.verdict),
        reason: `the article: "${gist(onSpeech.verdict.text)}" — ${gist(onSpeech.said.text)}`,
        confidence: 0.75,
        rule: 'contradictions/fact-check-speech',
      });
      return;
    }
    const m = FACT_CHECK_MARKERS.exec(ctx.text.slice(s.start, s.end));
    if (!m) return;
    const at = s.start + m.index;
    const speaking = ctx.claims.find((c) => c.span.start <= at && at < c.span.end);
    const keys = keysOf(ctx, s.start, s.end);
    if (speaking) {
      // a source's verdict counts when it is about an account ("the report was misleading")
      const around = ctx.text.slice(Math.max(s.start, at - 60), Math.min(s.end, at + m[0].length + 60));
      if (!ACCOUNT_NOUNS.test(around)) return;
      let best: { c: (typeof ctx.claims)[number]; score: number } | null = null;
      for (const c of ctx.claims) {
        if (c === speaking || sameHolder(c, speaking) || c.span.start >= s.start || sharedEntities(c, speaking).length === 0) continue;
        const score = frameSimilarity(c.keys, speaking.keys);
        if (!best || score > best.score) best = { c, score };
      }
      if (best && best.score >= params.factCheck)
        out.push({
          kind: 'denial',
          a: sideOf(best.c),
          b: sideOf(speaking),
          reason: `${speaking.holder?.name ?? 'a source'} calls it ${m[0]}: ${gist(best.c.span.text)}`,
          confidence: Math.min(0.9, 0.4 + best.score / 2),
          rule: 'contradictions/fact-check-quoted',
        });
      return;
    }
    // the claim the verdict word opens ("proclaimed - falsely - that …"), else the sentence's first
    const inSentence = claimAfter(ctx, at + m[0].length, s.end) ?? ctx.claims.find((c) => c.span.start >= s.start && c.span.start < s.end);
    let target = inSentence;
    let score = 1;
    if (!target) {
      const before = ctx.sentences[Math.max(0, index - 2)]?.start ?? s.start;
      for (const c of ctx.claims) {
        if (c.span.start < before || c.span.start >= s.start) continue;
        const sc = frameSimilarity(c.keys, keys);
        if (sc >= params.factCheck && (!target || sc > score)) {
          target = c;
          score = sc;
        }
      }
    }
    if (!target || words(target.span.text) < ACCOUNT_MIN_WORDS) return;
    out.push({
      kind: 'fact-check',
      a: sideOf(target),
      b: narratorSide(ctx, inSentence ? verdictPart(ctx, sentenceSpan(ctx, index), inSentence, at) : sentenceSpan(ctx, index)),
      reason: `the article calls ${target.holder?.name ?? 'the'}'s claim ${m[0]}: ${gist(target.span.text)}`,
      confidence: inSentence ? 0.75 : Math.min(0.7, 0.3 + score / 2),
      rule: 'contradictions/fact-check',
    });
  });
  return out;
}
