import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

/** A story's copies and near-duplicates: who else ran it. */
export interface StoryGroup {
  /** The group's first article (store id); the article itself when it has no group. */
  readonly first: number;
  /** Current articles of the group (own analysis each), in store order. */
  readonly articles: { readonly id: number; readonly doc_id: string; readonly outlet: string | null; readonly date: string | null }[];
  /** Syndicated copies sharing one of those analyses. */
  readonly copies: { readonly doc_id: string; readonly article: number; readonly outlet: string | null; readonly date: string | null }[];
}

/** The group of the article `id` (its near-duplicates and every copy of them). */
export async function storyGroup(db: Kysely<Database>, id: number): Promise<StoryGroup> {
  const self = await db.selectFrom('articles').select(['id', 'dup_group']).where('id', '=', id).executeTakeFirst();
  const first = self?.dup_group ?? id;
  const articles =
    self?.dup_group === null || self === undefined
      ? await db.selectFrom('articles').select(['id', 'doc_id', 'outlet', 'date']).where('id', '=', id).execute()
      : await db
          .selectFrom('articles')
          .select(['id', 'doc_id', 'outlet', 'date'])
          .where('dup_group', '=', first)
          .where('current', '=', 1)
          .orderBy('id')
          .execute();
  const ids = articles.map((a) => a.id);
  const copies =
    ids.length === 0
      ? []
      : await db
          .selectFrom('copies')
          .select(['doc_id', 'article_id as article', 'outlet', 'date'])
          .where('article_id', 'in', ids)
          .orderBy('id')
          .execute();
  return { first, articles, copies };
}

/** The store id of the article a copy's document id points at, and the copy's own metadata. */
export async function copyByDocId(db: Kysely<Database>, docId: string) {
  return db.selectFrom('copies').selectAll().where('doc_id', '=', docId).executeTakeFirst();
}
