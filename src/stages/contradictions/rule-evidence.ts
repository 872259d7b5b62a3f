import { spanOf } from '../../doc/span.js';
import type { Claim } from '../claims/claim.js';
import { ACCOUNT_MIN_WORDS, words } from './account-words.js';
import type { Candidate } from './candidate.js';
import { gist, keysOf, narratorSide, type PairContext, sentenceSpan, sideOf } from './context.js';
import { frameSimilarity, type KeyBag } from './similarity.js';

/** Evidence and what it found: "a study found", "a review of records shows", "other estimates put". */
const EVIDENCE =
  /\b(?:estimates?|analys[ie]s|stud(?:y|ies)|review of (?:the )?records|records|article|documents|data|audit|calculations?)\b[^.;]{0,40}?\b(?:found|finds?|show(?:s|ed|n)?|indicated?|indicates|put|puts|agree|concluded?|suggest(?:s|ed)?|revealed?)\b/i;

/**
 * Words by which the evidence sets itself against what was said: "actually", "in fact", "no
 * record", "substantially higher", "closer to", "other" or "subsequent" estimates, "but".
 */
const AGAINST =
  /\b(?:actually|in fact|in reality|no record|no sign|(?:substantially|considerably|significantly|far|much) (?:higher|lower|more|fewer|larger|smaller|greater)|closer to|other estimates|subsequent|independent|notwithstanding|but|however|yet)\b/i;

/** How many sentences back the claim the evidence answers may lie. */
const LOOK_BACK = 2;

/** Least frame similarity between the evidence and the claim it answers. */
const LEAST_FRAME = 0.15;

/** The two bags share a word itself (a lemma or an entity key), not only WordNet keys: "choir" and "toll" meet in some hypernym. */
function sharesWord(a: KeyBag, b: KeyBag): boolean {
  const heads = new Set(a.map((w) => w[0] as string));
  return b.some((w) => heads.has(w[0] as string));
}

/** Start of the clause holding offset `at` in sentence [from, at): after the last comma, semicolon or "but". */
function clauseStart(text: string, from: number, at: number): number {
  const before = text.slice(from, at);
  const m = /(?:[,;:—–]|\bbut\b)\s*(?=[^,;:—–]*$)/i.exec(before);
  return m ? from + m.index + m[0].length : from;
}

/**
 * A finding set against what someone said: a sentence in which a study, analysis, estimate,
 * review of records, article or documents found, showed or put something, with a word that
 * sets it apart ("actually", "in fact", "no record", "substantially higher", "other
 * estimates", "but"), against the claim before it (in its sentence, or the two before) that
 * shares most of its frame (and a word itself); without such a claim, the sentence before when it is on the same
 * frame ("Early estimates put …" / "Later estimates put the figure nearer …"). The
 * evidence side is the finding's clause. Rule `contradictions/evidence`.
 */
export function evidencePairs(ctx: PairContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, index) => {
    const text = ctx.text.slice(s.start, s.end);
    const m = EVIDENCE.exec(text);
    if (!m) return;
    const sentence = sentenceSpan(ctx, index);
    const from = clauseStart(ctx.text, s.start, s.start + m.index);
    // the word that sets the finding apart lies in its clause or just before it ("…, but a review of records …")
    if (sentence.end - from < 3 || !AGAINST.test(ctx.text.slice(Math.max(s.start, from - 12), sentence.end))) return;
    const b = spanOf(ctx.text, from, sentence.end);
    const keys = keysOf(ctx, b.start, b.end);
    const earliest = ctx.sentences[Math.max(0, index - LOOK_BACK)]?.start ?? s.start;
    let best: { c: Claim; score: number } | null = null;
    // a claim in the evidence's own sentence, before it, is the one it answers ("X said …, but a review of records …")
    const own = ctx.claims.filter((c) => c.span.start >= s.start && c.span.end <= from && words(c.span.text) >= ACCOUNT_MIN_WORDS);
    for (const c of own.length > 0 ? own : ctx.claims) {
      if (c.span.start < earliest || c.span.end > from || words(c.span.text) < ACCOUNT_MIN_WORDS) continue;
      const score = frameSimilarity(c.keys, keys);
      if (!sharesWord(c.keys, keys)) continue;
      if (score >= LEAST_FRAME && (!best || score > best.score || (score === best.score && c.span.start > best.c.span.start)))
        best = { c, score };
    }
    const estimate = /estimates?|calculations?/i.test(m[0]);
    const kind = estimate ? 'numbers-differ' : 'statement-vs-report';
    if (best) {
      out.push({
        kind,
        a: sideOf(best.c),
        b: narratorSide(ctx, b),
        reason: `${gist(m[0], 4)} otherwise: ${gist(best.c.span.text)}`,
        confidence: Math.min(0.7, 0.4 + best.score / 2),
        rule: 'contradictions/evidence',
      });
      return;
    }
    const prev = index > 0 ? sentenceSpan(ctx, index - 1) : null;
    if (!prev || !EVIDENCE.test(prev.text) || frameSimilarity(keysOf(ctx, prev.start, prev.end), keys) < 0.3) return;
    out.push({
      kind,
      a: narratorSide(ctx, prev),
      b: narratorSide(ctx, b),
      reason: `${gist(m[0], 4)} otherwise: ${gist(prev.text)}`,
      confidence: 0.5,
      rule: 'contradictions/evidence',
    });
  });
  return out;
}
