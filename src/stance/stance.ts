import type { Doc } from '../doc/doc.js';
import type { Token } from '../doc/layers.js';
import { contentKeys } from '../stages/claims/arguments.js';
import { type Claim, stancePolarity } from '../stages/claims/claim.js';
import { readPredicate } from '../stages/claims/predicate.js';
import type { Synonyms } from '../stages/claims/synonyms.js';
import { DENIAL_WORDS, FACT_CHECK_MARKERS } from '../stages/contradictions/markers.js';
import { frameSimilarity, type KeyBag } from '../stages/contradictions/similarity.js';

/** The FNC-1 stances of an article toward a claim. */
export type Stance = 'agree' | 'disagree' | 'discuss' | 'unrelated';

export interface StanceParams {
  /** Least share of the claim's words the article holds for it to be related. */
  readonly related: number;
  /** Least similarity of a sentence to the claim for its polarity to count. */
  readonly match: number;
  /** Least similarity of the best sentence for a same-polarity article to agree. */
  readonly agree: number;
}

export const DEFAULT_STANCE_PARAMS: StanceParams = { related: 0.25, match: 0.3, agree: 0.45 };

/** Words that keep an article's distance from what it reports. */
const HEDGES =
  /\b(?:reportedly|allegedly|alleged|rumou?rs?|unconfirmed|claims?|claimed|according to|may|might|could|purported(?:ly)?|speculat\w*|questions?)\b/i;
const REFUTING =
  /\b(?:hoax|fake|debunk\w*|deny|denies|denied|false(?:ly)?|not true|untrue|no evidence|fabricat\w*|refut\w*|baseless|misleading)\b/i;

export interface StanceResult {
  readonly stance: Stance;
  readonly score: number;
  /** Why, in a few words (the deciding signal). */
  readonly rule: string;
}

/** The claim as the stance model reads it: its words' frame keys and its polarity. */
export interface ClaimReading {
  readonly keys: KeyBag;
  readonly negated: boolean;
  readonly refuting: boolean;
}

/** Reads a claim that went through the tokens and entities stages. */
export function readClaim(doc: Doc, synonyms: Synonyms): ClaimReading {
  const tokens = doc.get('tokens');
  const entities = doc.find('entities') ?? [];
  const p = readPredicate(tokens, 0, tokens.length);
  return {
    keys: contentKeys(tokens, 0, tokens.length, entities, synonyms),
    negated: p.polarity === 'negated',
    refuting: REFUTING.test(doc.text),
  };
}

/** Share of the claim's words that the article's word pool holds. */
function coverage(claim: KeyBag, pool: ReadonlySet<string>): number {
  if (claim.length === 0) return 0;
  let hit = 0;
  for (const w of claim) if (w.some((k) => pool.has(k))) hit++;
  return hit / claim.length;
}

/**
 * The article's stance toward the claim. Topic overlap (the share of the claim's words, synonyms
 * allowed, that the article holds) decides related or unrelated; among related articles, the
 * sentences nearest the claim decide: a refuting cue or the opposite polarity there disagrees,
 * a close sentence of the same polarity without hedges agrees, anything else discusses.
 */
export function stanceOf(
  claim: ClaimReading,
  article: Doc,
  synonyms: Synonyms,
  params: StanceParams = DEFAULT_STANCE_PARAMS,
): StanceResult {
  const tokens = article.get('tokens');
  const entities = article.find('entities') ?? [];
  const sentences = article.get('sentences');
  const claims = article.find('claims') ?? [];
  const bags = sentences.map((s) => contentKeys(tokens, s.tokenStart, s.tokenEnd, entities, synonyms));
  const pool = new Set(bags.flat(2));
  const cover = coverage(claim.keys, pool);
  if (cover < params.related) return { stance: 'unrelated', score: round(1 - cover), rule: 'stance/topic-overlap' };
  const ranked = bags
    .map((bag, i) => ({ i, sim: frameSimilarity(claim.keys, bag) }))
    .sort((x, y) => y.sim - x.sim)
    .slice(0, 3);
  let against = 0;
  let hedged = 0;
  for (const { i, sim } of ranked) {
    if (sim < params.match) continue;
    const s = sentences[i] as (typeof sentences)[number];
    const text = article.text.slice(s.start, s.end);
    const negated = sentencePolarity(tokens, s.tokenStart, s.tokenEnd, claims, s.start, s.end);
    if (FACT_CHECK_MARKERS.test(text) || DENIAL_WORDS.test(text) || REFUTING.test(text)) against += claim.refuting ? 0 : sim;
    else if (negated !== claim.negated) against += sim;
    if (HEDGES.test(text)) hedged += sim;
  }
  const best = ranked[0]?.sim ?? 0;
  if (against > 0) return { stance: 'disagree', score: round(Math.min(1, 0.5 + against / 2)), rule: 'stance/refuting-or-opposite' };
  if (best >= params.agree && hedged === 0) return { stance: 'agree', score: round(best), rule: 'stance/close-same-polarity' };
  return { stance: 'discuss', score: round(Math.max(cover, best)), rule: 'stance/related' };
}

/** Whether the sentence negates its main predicate, or holds a claim its holder denies. */
function sentencePolarity(
  tokens: readonly Token[],
  from: number,
  to: number,
  claims: readonly Claim[],
  start: number,
  end: number,
): boolean {
  const inside = claims.find((c) => c.span.start >= start && c.span.end <= end);
  if (inside) return stancePolarity(inside) === 'negated';
  return readPredicate(tokens, from, to).polarity === 'negated';
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
