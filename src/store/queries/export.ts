import type { Kysely } from 'kysely';
import type { DocumentOutput } from '../../output/schema.js';
import { ARTICLE_COLUMNS } from '../article-columns.js';
import type { Database } from '../tables.js';
import { rebuildDocuments } from './rebuild.js';

/** Every current article as a `dateline/1` object, in store order, `pageSize` at a time (flat memory). */
export async function* exportDocuments(db: Kysely<Database>, pageSize: number): AsyncGenerator<DocumentOutput> {
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('articles')
      .select(ARTICLE_COLUMNS)
      .where('current', '=', 1)
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (page.length === 0) return;
    yield* await rebuildDocuments(db, page);
    after = page.at(-1)?.id ?? after;
  }
}
