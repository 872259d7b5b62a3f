import type { Insertable } from 'kysely';
import type { PortableClaim } from '../doc/portable-claim.js';
import type { Claim } from '../stages/claims/claim.js';
import { portableClaims } from '../stages/claims/portable.js';
import { loadSynonyms } from '../stages/claims/synonyms.js';
import { type CrossPair, crossPairsBetween, crossUsable, type DocClaim } from '../stages/contradictions/cross.js';
import type { Store } from '../store/store.js';
import type { CrossContradictionTable } from '../store/tables.js';
import type { ArticleInput } from '../store/write-batch.js';

/** How far a new article reaches among stored claims. */
export interface CrossLinkOptions {
  /** Stored claims dated more than this many days from the article's date are not compared. */
  readonly windowDays: number;
  /** At most this many stored claims are compared with one article. */
  readonly cap: number;
}

export const CROSS_LINK: CrossLinkOptions = { windowDays: 366, cap: 2000 };

/** The layers an analysis pool must send back for the store's cross-article pairs. */
export const CROSS_LINK_LAYERS = ['claims'] as const;

/** An analysed document's claims (its `claims` layer) as the store keeps them (`ArticleInput.claims`). */
export function claimsToStore(claims: readonly Claim[] | undefined): PortableClaim[] {
  return portableClaims(claims ?? [], loadSynonyms());
}

/** `date` moved by `days`, as YYYY-MM-DD; null when the date is not one. */
function shifted(date: string | null, days: number): string | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * 864e5;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * After a batch is stored: each of its articles' claims is compared with stored claims about the
 * same entities (argument entities, indexed in `claim_topics`) dated within `windowDays` of the
 * article, at most `cap` of them, and the divergent pairs are stored (rule
 * `contradictions/cross-frame`). Returns how many pairs were found.
 */
export async function linkCrossPairs(
  store: Store,
  batch: readonly ArticleInput[],
  options: CrossLinkOptions = CROSS_LINK,
): Promise<number> {
  const dates = new Map(batch.filter((i) => i.claims && i.claims.length > 0).map((i) => [i.output.id, i.output.date]));
  if (dates.size === 0) return 0;
  const stored = await store.claimsOf([...dates.keys()]);
  const articles = new Map<number, DocClaim[]>();
  const articleOf = new Map<string, number>();
  for (const s of stored) {
    articleOf.set(s.docId, s.articleId);
    if (crossUsable(s.claim)) articles.set(s.articleId, [...(articles.get(s.articleId) ?? []), { doc: s.docId, claim: s.claim }]);
  }
  let found = 0;
  for (const [articleId, mine] of articles) {
    const date = dates.get((mine[0] as DocClaim).doc) ?? null;
    const others = await store.claimsAbout({
      topics: [...new Set(mine.flatMap((c) => c.claim.entities))],
      from: shifted(date, -options.windowDays),
      to: shifted(date, options.windowDays),
      notArticle: articleId,
      cap: options.cap,
    });
    for (const o of others) articleOf.set(o.docId, o.articleId);
    const pairs = crossPairsBetween(
      mine,
      others.map((o) => ({ doc: o.docId, claim: o.claim })),
    );
    await store.addCrossPairs(pairs.map((p) => pairRow(p, articleOf)));
    found += pairs.length;
  }
  return found;
}

/** The stored row of a pair, its sides in a fixed order (lower article first) so a pair found from either side is one row. */
function pairRow(p: CrossPair, articleOf: ReadonlyMap<string, number>): Insertable<CrossContradictionTable> {
  const x = { id: articleOf.get(p.a.doc) as number, c: p.a.claim };
  const y = { id: articleOf.get(p.b.doc) as number, c: p.b.claim };
  const [a, b] = x.id < y.id || (x.id === y.id && x.c.idx < y.c.idx) ? [x, y] : [y, x];
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
