import { echoPairs, keepBestPairs } from '../../doc/pair-selection.js';
import type { PortableClaim } from '../../doc/portable-claim.js';
import { CONTRAST_MARKERS } from './markers.js';
import type { ContradictionKind } from './pair.js';
import { daysApart, frameSimilarity, predicateShared } from './similarity.js';
import { rarity } from './word-rarity.js';

/** A claim with the document it comes from. */
export interface DocClaim {
  readonly doc: string;
  readonly claim: PortableClaim;
}

/** A divergent pair across two documents. */
export interface CrossPair {
  readonly kind: ContradictionKind;
  readonly a: DocClaim;
  readonly b: DocClaim;
  readonly reason: string;
  readonly confidence: number;
  readonly rule: string;
}

export interface CrossParams {
  readonly frame: number;
  readonly windowDays: number;
  /** Least content words (lemmas, not entities) the two claims share beyond their entities. */
  readonly sharedWords: number;
  /** At most one pair between two articles (the most confident), rule `contradictions/cross-one-per-article`. */
  readonly onePerArticle: boolean;
  /** Pairs against an account told again by its holder in another document (`echoPairs`). */
  readonly echo?: boolean;
  /** Least frame similarity for two claims to tell one account (`restates`); `frame` when unset. */
  readonly echoFrame?: number;
  /**
   * Two claims whose predicates are said of different entities ("Clinton has won four states" /
   * "he is not winning enough states") do not differ (rule `contradictions/cross-subject`).
   */
  readonly sameSubject?: boolean;
  /**
   * Least summed rarity (`rarity`: log inverse document frequency) of the content words the two
   * claims share: "won four states" / "not winning enough states" share only common words
   * (rule `contradictions/cross-rare-words`); 0 or unset: no such test.
   */
  readonly rareWords?: number;
}

export const DEFAULT_CROSS_PARAMS: CrossParams = {
  frame: 0.5,
  windowDays: 366,
  sharedWords: 2,
  onePerArticle: true,
  echo: true,
  echoFrame: 0.45,
  sameSubject: true,
  rareWords: 4.5,
};

/** The rules before `sharedWords` and `onePerArticle` (for comparing in scripts/cv-contradictions.ts). */
export const LEGACY_CROSS_PARAMS: CrossParams = { frame: 0.5, windowDays: 366, sharedWords: 0, onePerArticle: false, echo: false };

/** Whether a claim can stand for an account in another document: a holder, an assertion (not a question), enough words, no contrast of its own. */
export function crossUsable(c: PortableClaim): boolean {
  return c.holder !== null && c.modality !== 'ask' && c.keys.length >= 3 && c.entities.length > 0 && !CONTRAST_MARKERS.test(c.text);
}

/**
 * Pairs of claims from different documents, candidates grouped by the entities they are about
 * (holder and arguments): the same predicate (synonyms allowed) on a shared argument entity, one
 * frame, opposite polarity, dates within the window; one holder at different dates is a
 * flip-flop. A claim enters one pair at most, its most similar one. `rank` (the stance model's
 * disagree score) averages into the confidence. Rule `contradictions/cross-frame`.
 */
export function crossPairs(
  claims: readonly DocClaim[],
  params: CrossParams = DEFAULT_CROSS_PARAMS,
  rank?: (a: DocClaim, b: DocClaim) => number,
): CrossPair[] {
  const usable = claims.filter((c) => crossUsable(c.claim));
  const byTopic = new Map<string, number[]>();
  usable.forEach((c, i) => {
    for (const t of c.claim.entities) byTopic.set(t, [...(byTopic.get(t) ?? []), i]);
  });
  const seen = new Set<string>();
  const found: CrossPair[] = [];
  for (const members of byTopic.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = Math.min(members[x] as number, members[y] as number);
        const j = Math.max(members[x] as number, members[y] as number);
        const key = `${i}:${j}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const pair = judgeCross(usable[i] as DocClaim, usable[j] as DocClaim, params);
        if (pair) found.push(rank ? { ...pair, confidence: round((pair.confidence + rank(pair.a, pair.b)) / 2) } : pair);
      }
    }
  }
  const kept = bestPerClaim(found, params);
  if (!params.echo) return kept;
  const byEnd = new Map(usable.map((c) => [`${c.doc}#${c.claim.idx}`, c.claim]));
  const echoed = echoPairs(
    kept,
    found,
    ends,
    (x, y) => restates(byEnd.get(`${x.doc}#${x.idx}`), byEnd.get(`${y.doc}#${y.idx}`), params),
    params.onePerArticle,
  );
  return [...kept, ...echoed.map(asEcho)];
}

function ends(p: CrossPair) {
  return { a: { doc: p.a.doc, idx: p.a.claim.idx }, b: { doc: p.b.doc, idx: p.b.claim.idx }, confidence: p.confidence };
}

/** A pair against an account told again (rule `contradictions/cross-echo`). */
function asEcho(p: CrossPair): CrossPair {
  return { ...p, reason: `${p.reason}; the same account as a pair found`, rule: 'contradictions/cross-echo' };
}

/**
 * Whether claim y tells claim x's account again: the same holder (by key), the same stance, one
 * frame, a shared argument entity, at least `sharedWords` content words in common, dates within
 * the window (rule `contradictions/cross-echo`).
 */
export function restates(x: PortableClaim | undefined, y: PortableClaim | undefined, params: CrossParams = DEFAULT_CROSS_PARAMS): boolean {
  if (!x || !y || !x.holder || x.holder.key !== y.holder?.key || x.stance !== y.stance) return false;
  if (!x.entities.some((e) => y.entities.includes(e))) return false;
  const apart = daysApart(x.date, y.date);
  if (apart !== null && apart > params.windowDays) return false;
  return sharedWords(x, y) >= params.sharedWords && frameSimilarity(x.keys, y.keys) >= (params.echoFrame ?? params.frame);
}

/**
 * Keeps, most confident first, the pairs whose claims are in no kept pair yet and, with
 * `onePerArticle`, whose two articles have no kept pair yet.
 */
function bestPerClaim(pairs: readonly CrossPair[], params: CrossParams): CrossPair[] {
  return keepBestPairs(pairs, ends, params.onePerArticle);
}

/**
 * The confidence share of a pair whose predicates meet only through synonyms or a word of the
 * other's frame: one predicate lemma on both sides ("I pay" / "not paying") is the stronger
 * reading (rule `contradictions/cross-same-lemma`).
 */
const OTHER_PREDICATE = 0.85;

/** The pair two claims of different documents make, or null. */
export function judgeCross(a: DocClaim, b: DocClaim, params: CrossParams = DEFAULT_CROSS_PARAMS): CrossPair | null {
  if (a.doc === b.doc || a.claim.stance === b.claim.stance) return null;
  const shared = a.claim.entities.some((e) => b.claim.entities.includes(e));
  if (!shared || !predicateShared(a.claim, b.claim)) return null;
  if (params.sameSubject && a.claim.subject && b.claim.subject && a.claim.subject !== b.claim.subject) return null;
  if (sharedWords(a.claim, b.claim) < params.sharedWords) return null;
  if (params.rareWords && sharedRarity(a.claim, b.claim) < params.rareWords) return null;
  const sim = frameSimilarity(a.claim.keys, b.claim.keys);
  if (sim < params.frame) return null;
  const apart = daysApart(a.claim.date, b.claim.date);
  if (apart !== null && apart > params.windowDays) return null;
  const same = a.claim.holder?.key === b.claim.holder?.key;
  if (same && !(apart !== null && apart > 0)) return null;
  const kind: ContradictionKind = same
    ? 'flip-flop'
    : a.claim.holder?.outlet !== b.claim.holder?.outlet
      ? 'statement-vs-report'
      : a.claim.modality === 'deny' || b.claim.modality === 'deny'
        ? 'denial'
        : 'account-differs';
  return {
    kind,
    a,
    b,
    reason: `one frame, opposite polarity (${a.claim.stance} / ${b.claim.stance})`,
    confidence: round(Math.min(0.85, sim * 0.9) * (a.claim.predicate === b.claim.predicate ? 1 : OTHER_PREDICATE)),
    rule: 'contradictions/cross-frame',
  };
}

/** Content words (lemmas, not entities) both claims use. Rule `contradictions/cross-shared-words`. */
export function sharedWords(a: Pick<PortableClaim, 'keys'>, b: Pick<PortableClaim, 'keys'>): number {
  const words = new Set(a.keys.map((w) => w[0] as string).filter((w) => !w.startsWith('@')));
  return new Set(b.keys.map((w) => w[0] as string).filter((w) => words.has(w))).size;
}

/**
 * Summed rarity of what both claims name: each content word (lemma) they share, and each shared
 * entity key by its rarest word ("@harbor bridge": "harbor"; "@clinton", in every other
 * article, counts for little). Rule `contradictions/cross-rare-words`.
 */
export function sharedRarity(a: Pick<PortableClaim, 'keys'>, b: Pick<PortableClaim, 'keys'>): number {
  const words = new Set(a.keys.map((w) => w[0] as string));
  let sum = 0;
  for (const w of new Set(b.keys.map((k) => k[0] as string)))
    if (words.has(w)) sum += w.startsWith('@') ? Math.max(0, ...(w.slice(1).match(/[a-z]+/g) ?? []).map(rarity)) : rarity(w);
  return sum;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
