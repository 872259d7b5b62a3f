import type { Kysely } from 'kysely';
import type { DocumentOutput } from '../../output/schema.js';
import { ARTICLE_COLUMNS } from '../article-columns.js';
import type { Database } from '../tables.js';
import { rebuildDocuments } from './rebuild.js';

/** An article by store id (a number) or by document id (its current version). */
export type ArticleRef = number | string;

export interface StoredArticle {
  readonly id: number;
  readonly version: number;
  readonly current: boolean;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly analysis: string;
  readonly document: DocumentOutput;
}

export async function loadArticle(db: Kysely<Database>, ref: ArticleRef): Promise<StoredArticle | undefined> {
  let query = db.selectFrom('articles').select(ARTICLE_COLUMNS);
  query = typeof ref === 'number' ? query.where('id', '=', ref) : query.where('doc_id', '=', ref).where('current', '=', 1);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const [document] = await rebuildDocuments(db, [row]);
  if (!document) return undefined;
  return {
    id: row.id,
    version: row.version,
    current: row.current === 1,
    outlet: row.outlet,
    title: row.title,
    analysis: row.analysis,
    document,
  };
}
