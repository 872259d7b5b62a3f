import type { Insertable, Kysely } from 'kysely';
import type { PortableClaim } from '../../doc/portable-claim.js';
import { chunks, inChunks, MAX_PARAMS } from '../sql-helpers.js';
import type { CrossContradictionTable, Database } from '../tables.js';

/** A stored claim with the article it belongs to. */
export interface StoredClaim {
  readonly articleId: number;
  readonly docId: string;
  readonly claim: PortableClaim;
}

/** What to look for among stored claims: these topics, dated in [from, to) as text (or undated, or not a date). */
export interface ClaimQuery {
  readonly topics: readonly string[];
  readonly from: string | null;
  readonly to: string | null;
}

/** A current article holding claims about a topic. */
export interface ClaimArticle {
  readonly articleId: number;
  readonly docId: string;
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
 * The current articles with a claim about any of the topics dated in [from, to) compared as text
 * (a claim with no date, or one not starting with a digit, always qualifies): where a new
 * article's claims find candidates. Only ids: the caller reads (and keeps) the claims it lacks.
 */
export async function articlesAbout(db: Kysely<Database>, q: ClaimQuery): Promise<ClaimArticle[]> {
  const found = new Map<number, string>();
  await inChunks([...q.topics], async (part) => {
    let query = db
      .selectFrom('claim_topics as t')
      .innerJoin('articles as a', 'a.id', 't.article_id')
      .select(['t.article_id', 'a.doc_id'])
      .distinct()
      .where('t.topic', 'in', part)
      .where('a.current', '=', 1);
    const { from, to } = q;
    if (from !== null && to !== null)
      query = query.where((eb) =>
        eb.or([
          eb('t.date', 'is', null),
          eb('t.date', '<', '0'),
          eb('t.date', '>=', ':'),
          eb.and([eb('t.date', '>=', from), eb('t.date', '<', to)]),
        ]),
      );
    const rows = await query.execute();
    for (const r of rows) found.set(r.article_id, r.doc_id);
    return rows;
  });
  return [...found].sort((x, y) => x[0] - y[0]).map(([articleId, docId]) => ({ articleId, docId }));
}

/** The stored claims of these articles (by article id), in article and index order. */
export async function claimsOfArticles(db: Kysely<Database>, articleIds: readonly number[]): Promise<StoredClaim[]> {
  const rows = await inChunks(articleIds, (part) =>
    db
      .selectFrom('claims as c')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .select(['c.article_id', 'a.doc_id', 'c.data'])
      .where('c.article_id', 'in', part)
      .orderBy('c.article_id')
      .orderBy('c.idx')
      .execute(),
  );
  return rows.map((r) => ({ articleId: r.article_id, docId: r.doc_id, claim: JSON.parse(r.data) as PortableClaim }));
}

/**
 * Stores cross-article pairs, in order, as few statements as the parameter limit allows; a
 * pair already stored (same two claims) is left as it is. One statement a row prepared a
 * statement a row: tens of thousands a batch once the store holds many accounts of one story,
 * each a native statement held until a garbage collection (issue #18, memory).
 */
export async function insertCrossPairs(db: Kysely<Database>, rows: readonly Insertable<CrossContradictionTable>[]): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const size = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(first).length));
  for (const part of chunks(rows, size))
    await db
      .insertInto('cross_contradictions')
      .values(part)
      .onConflict((oc) => oc.columns(['a_article', 'a_idx', 'b_article', 'b_idx']).doNothing())
      .execute();
}
