import type { Insertable } from 'kysely';
import { SAME_ACCOUNT } from '../doc/pair-selection.js';
import type { PortableClaim } from '../doc/portable-claim.js';
import type { Claim } from '../stages/claims/claim.js';
import { portableClaims } from '../stages/claims/portable.js';
import { loadSynonyms } from '../stages/claims/synonyms.js';
import { type CrossPair, crossUsable, judgeCross, restates } from '../stages/contradictions/cross.js';
import type { ContradictionKind } from '../stages/contradictions/pair.js';
import type { StoredClaim } from '../store/queries/claims.js';
import type { Store } from '../store/store.js';
import type { CrossContradictionTable } from '../store/tables.js';
import type { ArticleInput } from '../store/write-batch.js';
import { byKey, ClaimCache } from './claim-cache.js';

/** How far a new article reaches among stored claims. */
export interface CrossLinkOptions {
  /** Stored claims dated more than this many days from every claim of the article are not read (the pair rule's window). */
  readonly windowDays: number;
}

export const CROSS_LINK: CrossLinkOptions = { windowDays: 366 };

/** The layers an analysis pool must send back for the store's cross-article pairs. */
export const CROSS_LINK_LAYERS = ['claims'] as const;

/** An analysed document's claims (its `claims` layer) as the store keeps them (`ArticleInput.claims`). */
export function claimsToStore(claims: readonly Claim[] | undefined): PortableClaim[] {
  return portableClaims(claims ?? [], loadSynonyms());
}

/**
 * After a batch is stored: every claim of its articles is judged against every stored claim of
 * another current article that shares an argument entity (`claim_topics`) and can fall within
 * the window, and every pair the rule makes is stored as a candidate (rule
 * `contradictions/cross-frame`, sides in document order), and every two claims of one holder's
 * account (`restates`, kind `same-account`). Which candidates `dateline
 * contradictions` lists (a claim in one pair, two articles one pair, `keepBestPairs`) is decided
 * over all stored candidates when listing, so the pairs depend only on which articles are
 * stored, not on their order or batching. Stored claims are read once per store and kept in
 * columns (`ClaimCache`, dropped and read again past `CACHE_ROWS` claims). Returns how many
 * candidate pairs the batch made.
 */
export async function linkCrossPairs(
  store: Store,
  batch: readonly ArticleInput[],
  options: CrossLinkOptions = CROSS_LINK,
): Promise<number> {
  const ids = batch.filter((i) => i.claims && i.claims.length > 0).map((i) => i.output.id);
  if (ids.length === 0) return 0;
  const cache = cacheOf(store);
  cache.columns.newBatch();
  const fresh = articlesOf(await store.claimsOf(ids));
  for (const a of fresh) cache.set(a.articleId, a.docId, a.claims);
  const usable = fresh.flatMap((a) => a.claims.map((claim) => ({ articleId: a.articleId, docId: a.docId, claim })));
  if (usable.length === 0) return 0;
  const found = await store.articlesAbout({
    topics: [...new Set(usable.flatMap((c) => c.claim.entities))],
    ...dateBounds(usable, options.windowDays),
  });
  const missing = found.filter((f) => !cache.has(f.articleId)).map((f) => f.articleId);
  for (let i = 0; i < missing.length; i += READ_ARTICLES)
    for (const a of articlesOf(await store.claimsOfArticles(missing.slice(i, i + READ_ARTICLES))))
      cache.set(a.articleId, a.docId, a.claims);
  const among = new Set(found.map((f) => f.articleId));
  const inBatch = new Set(fresh.map((a) => a.articleId));
  const rows: Insertable<CrossContradictionTable>[] = [];
  for (const a of usable) {
    for (const row of candidatesOf(a, cache, among)) {
      const articleId = cache.columns.articleId(row);
      if (articleId === a.articleId) continue;
      // Two new articles: judged once, from the lower article id.
      if (inBatch.has(articleId) && articleId < a.articleId) continue;
      const b: LinkClaim = { articleId, docId: cache.docId(row), claim: cache.columns.claim(row) };
      const [x, y] = inDocOrder(a, b);
      const pair =
        x.claim.stance === y.claim.stance
          ? restates(x.claim, y.claim)
            ? sameAccount(x, y)
            : null
          : judgeCross({ doc: x.docId, claim: x.claim }, { doc: y.docId, claim: y.claim });
      if (pair) rows.push(pairRow(pair, x.articleId, y.articleId));
    }
  }
  await store.addCrossPairs(rows);
  return rows.length;
}

/** A claim usable across documents, with its article. */
interface LinkClaim {
  readonly articleId: number;
  readonly docId: string;
  readonly claim: PortableClaim;
}

/** A stored article's usable claims. */
interface ArticleClaims {
  readonly articleId: number;
  readonly docId: string;
  readonly claims: readonly PortableClaim[];
}

/**
 * Most claims kept per store (about 52 bytes each in columns, plus the index and the distinct
 * values): past it the cache is dropped and the claims the next batches meet are read again.
 */
const CACHE_ROWS = 2_000_000;
/** Articles whose claims are read (and parsed) at once when the cache lacks them. */
const READ_ARTICLES = 500;
const caches = new WeakMap<Store, ClaimCache>();

function cacheOf(store: Store): ClaimCache {
  const kept = caches.get(store);
  const cache = kept && kept.columns.rows <= CACHE_ROWS ? kept : new ClaimCache();
  caches.set(store, cache);
  return cache;
}

function articlesOf(stored: readonly StoredClaim[]): ArticleClaims[] {
  const out = new Map<number, { docId: string; claims: PortableClaim[] }>();
  for (const s of stored) {
    const article = out.get(s.articleId) ?? { docId: s.docId, claims: [] };
    if (crossUsable(s.claim)) article.claims.push(s.claim);
    out.set(s.articleId, article);
  }
  return [...out].map(([articleId, a]) => ({ articleId, ...a }));
}

/**
 * The cached rows of the articles in `among` sharing an argument entity with a claim: of the
 * other stance, or of its stance and holder, in the order met.
 */
function candidatesOf(a: LinkClaim, cache: ClaimCache, among: ReadonlySet<number>): Set<number> {
  const other = a.claim.stance === 'affirmed' ? 'negated' : 'affirmed';
  const out = new Set<number>();
  for (const e of a.claim.entities) {
    for (const row of cache.rowsUnder(byKey(e, other), among)) out.add(row);
    if (a.claim.holder) for (const row of cache.rowsUnder(byKey(e, a.claim.stance, a.claim.holder.key), among)) out.add(row);
  }
  return out;
}

/**
 * Two claims telling one holder's account (`restates`): stored as a row of kind `same-account`,
 * never listed, read when listing to repeat a pair against the account told again (`echoPairs`).
 */
function sameAccount(x: LinkClaim, y: LinkClaim): CrossPair {
  return {
    kind: SAME_ACCOUNT as ContradictionKind,
    a: { doc: x.docId, claim: x.claim },
    b: { doc: y.docId, claim: y.claim },
    reason: 'one holder, the same account',
    confidence: 0,
    rule: 'contradictions/cross-echo',
  };
}

/** The two sides in a fixed order (document id, then claim index), so a pair is judged and stored alike from either side. */
function inDocOrder(a: LinkClaim, b: LinkClaim): [LinkClaim, LinkClaim] {
  return a.docId < b.docId || (a.docId === b.docId && a.claim.idx < b.claim.idx) ? [a, b] : [b, a];
}

/**
 * Text bounds on stored claim dates that keep every claim within `days` of some claim of the
 * batch (a margin of a year either way, since dates may be a year or a month only); none when a
 * batch claim has no date (`judgeCross` pairs an undated claim with any date).
 */
function dateBounds(claims: readonly LinkClaim[], days: number): { from: string | null; to: string | null } {
  const years = claims.map((c) => (c.claim.date ? /^(\d{4})/.exec(c.claim.date) : null));
  if (years.some((y) => y === null)) return { from: null, to: null };
  const ys = years.map((y) => Number((y as RegExpExecArray)[1]));
  const reach = Math.ceil(days / 365) + 1;
  const year = (n: number) => String(Math.max(0, n)).padStart(4, '0');
  return { from: year(Math.min(...ys) - reach), to: year(Math.max(...ys) + reach + 1) };
}

/** The stored row of a pair (its sides already in document order). */
function pairRow(p: CrossPair, aArticle: number, bArticle: number): Insertable<CrossContradictionTable> {
  const a = { id: aArticle, c: p.a.claim };
  const b = { id: bArticle, c: p.b.claim };
  return {
    kind: p.kind,
    reason: p.reason,
    confidence: p.confidence,
    rule: p.rule,
    a_article: a.id,
    a_idx: a.c.idx,
    a_start: a.c.start,
    a_end: a.c.end,
    a_holder: a.c.holder?.name ?? 'unknown',
    a_anonymous: a.c.holder?.anonymous ? 1 : 0,
    a_date: a.c.date,
    b_article: b.id,
    b_idx: b.c.idx,
    b_start: b.c.start,
    b_end: b.c.end,
    b_holder: b.c.holder?.name ?? 'unknown',
    b_anonymous: b.c.holder?.anonymous ? 1 : 0,
    b_date: b.c.date,
  };
}
