import type { Insertable, Kysely } from 'kysely';
import type { PortableClaim } from '../../doc/portable-claim.js';
import { inChunks } from '../sql-helpers.js';
import type { CrossContradictionTable, Database } from '../tables.js';

/** A stored claim with the article it belongs to. */
export interface StoredClaim {
  readonly articleId: number;
  readonly docId: string;
  readonly claim: PortableClaim;
}

/** What to look for among stored claims: these topics, dated within [from, to] (or undated), not in one article, at most `cap`. */
export interface ClaimQuery {
  readonly topics: readonly string[];
  readonly from: string | null;
  readonly to: string | null;
  readonly notArticle: number;
  readonly cap: number;
}

/** The claims of the current articles of these document ids. */
export async function claimsOfDocs(db: Kysely<Database>, docIds: readonly string[]): Promise<StoredClaim[]> {
  const rows = await inChunks(docIds, (part) =>
    db
      .selectFrom('claims as c')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .select(['c.article_id', 'a.doc_id', 'c.data'])
      .where('a.doc_id', 'in', part)
      .where('a.current', '=', 1)
      .orderBy('c.article_id')
      .orderBy('c.idx')
      .execute(),
  );
  return rows.map((r) => ({ articleId: r.article_id, docId: r.doc_id, claim: JSON.parse(r.data) as PortableClaim }));
}

/**
 * Stored claims of current articles about any of the topics, within the dates (an undated claim
 * always qualifies), newest first, at most `cap`: the candidates a new article's claims are
 * compared with.
 */
export async function claimsAbout(db: Kysely<Database>, q: ClaimQuery): Promise<StoredClaim[]> {
  if (q.topics.length === 0) return [];
  let query = db
    .selectFrom('claim_topics as t')
    .innerJoin('claims as c', (j) => j.onRef('c.article_id', '=', 't.article_id').onRef('c.idx', '=', 't.idx'))
    .innerJoin('articles as a', 'a.id', 't.article_id')
    .select(['c.article_id', 'c.idx', 'a.doc_id', 'c.data', 'c.date'])
    .distinct()
    .where('t.topic', 'in', [...q.topics])
    .where('a.current', '=', 1)
    .where('t.article_id', '!=', q.notArticle);
  const { from, to } = q;
  if (from !== null) query = query.where((eb) => eb.or([eb('t.date', 'is', null), eb('t.date', '>=', from)]));
  if (to !== null) query = query.where((eb) => eb.or([eb('t.date', 'is', null), eb('t.date', '<=', to)]));
  const rows = await query.orderBy('c.date', 'desc').orderBy('c.article_id').orderBy('c.idx').limit(q.cap).execute();
  return rows.map((r) => ({ articleId: r.article_id, docId: r.doc_id, claim: JSON.parse(r.data) as PortableClaim }));
}

/** Stores cross-article pairs; a pair already stored (same two claims) is left as it is. */
export async function insertCrossPairs(db: Kysely<Database>, rows: readonly Insertable<CrossContradictionTable>[]): Promise<void> {
  for (const r of rows)
    await db
      .insertInto('cross_contradictions')
      .values(r)
      .onConflict((oc) => oc.columns(['a_article', 'a_idx', 'b_article', 'b_idx']).doNothing())
      .execute();
}
