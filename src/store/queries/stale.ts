import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

/** A stored article's source, enough to analyse it again. */
export interface StoredSource {
  readonly id: number;
  readonly doc_id: string;
  readonly date: string | null;
  readonly text: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly url: string | null;
}

/** Current articles whose annotations another analysis made, in store order after `after`. */
export async function staleArticles(db: Kysely<Database>, analysis: string, after: number, limit: number): Promise<StoredSource[]> {
  return db
    .selectFrom('articles')
    .select(['id', 'doc_id', 'date', 'text', 'outlet', 'title', 'url'])
    .where('current', '=', 1)
    .where('analysis', '<>', analysis)
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
}
