import type { Kysely } from 'kysely';
import type { DocumentOutput } from '../../output/schema.js';
import { ARTICLE_COLUMNS } from '../article-columns.js';
import type { Database } from '../tables.js';
import { copyByDocId } from './group.js';
import { metadataOf, rebuildDocuments } from './rebuild.js';

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
  /** Set when the id asked for is a syndicated copy: its document shows the copy's id and metadata over this article's analysis. */
  readonly copyOf?: number;
}

export async function loadArticle(db: Kysely<Database>, ref: ArticleRef): Promise<StoredArticle | undefined> {
  let query = db.selectFrom('articles').select(ARTICLE_COLUMNS);
  query = typeof ref === 'number' ? query.where('id', '=', ref) : query.where('doc_id', '=', ref).where('current', '=', 1);
  const row = await query.executeTakeFirst();
  if (!row) return typeof ref === 'string' ? loadCopy(db, ref) : undefined;
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

/** A syndicated copy by its document id: the analysed article's annotations under the copy's own id and metadata. */
async function loadCopy(db: Kysely<Database>, docId: string): Promise<StoredArticle | undefined> {
  const copy = await copyByDocId(db, docId);
  if (!copy) return undefined;
  const original = await loadArticle(db, copy.article_id);
  if (!original) return undefined;
  const { publishedRaw: _raw, feed: _feed, ...rest } = original.document;
  const document: DocumentOutput = {
    ...rest,
    id: copy.doc_id,
    date: copy.date,
    ...metadataOf(copy),
    ...(copy.published_raw !== null && { publishedRaw: copy.published_raw }),
    ...(copy.feed !== null && { feed: JSON.parse(copy.feed) as NonNullable<DocumentOutput['feed']> }),
  };
  return { ...original, outlet: copy.outlet, title: copy.title, document, copyOf: original.id };
}
