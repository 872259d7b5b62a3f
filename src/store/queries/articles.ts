import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

export interface ArticleListQuery {
  /** Store ids after this one (keyset cursor; 0 or undefined from the start). */
  readonly after?: number | undefined;
  /** Articles dated on or after / on or before (YYYY-MM-DD). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Published by this outlet (case-insensitive). */
  readonly outlet?: string | undefined;
  readonly limit?: number | undefined;
}

/** One current article, without its text: what a list shows. */
export interface ArticleSummary {
  readonly id: number;
  readonly doc_id: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
}

/** Current articles in store order (the order they were ingested), `limit` after store id `after`. */
export async function listArticles(db: Kysely<Database>, q: ArticleListQuery): Promise<ArticleSummary[]> {
  let query = db
    .selectFrom('articles')
    .select(['id', 'doc_id', 'title', 'date', 'outlet'])
    .where('current', '=', 1)
    .where('id', '>', q.after ?? 0);
  if (q.from !== undefined) query = query.where('date', '>=', q.from);
  if (q.to !== undefined) query = query.where('date', '<=', q.to);
  const outlet = q.outlet;
  if (outlet !== undefined) query = query.where((eb) => eb(eb.fn('lower', ['outlet']), '=', outlet.toLowerCase()));
  const rows = await query
    .orderBy('id')
    .limit(q.limit ?? 50)
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
