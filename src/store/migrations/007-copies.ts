import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../tables.js';

/**
 * The web: what a page says about itself (authors, publication time as written, language,
 * the feed item it came from), syndicated copies (another document id with the same text
 * and date: a row pointing at the analysed article), near-duplicate groups (MinHash/LSH
 * buckets and the group an article joined), and what `ingest`/`watch` remember of feeds
 * (each item's fingerprint, each feed's validators for conditional requests).
 */
export function copiesMigration(dialect: Dialect): Migration {
  const idType = dialect === 'postgres' ? 'serial' : 'integer';
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the typed one
    async up(db: Kysely<any>): Promise<void> {
      for (const column of ['authors', 'published', 'published_raw', 'language', 'feed'])
        await db.schema.alterTable('articles').addColumn(column, 'text').execute();
      await db.schema.alterTable('articles').addColumn('dup_group', 'integer').execute();
      await db.schema.createIndex('articles_dup_group').on('articles').column('dup_group').execute();

      await db.schema
        .createTable('copies')
        .addColumn('id', idType, (c) => c.primaryKey())
        .addColumn('doc_id', 'text', (c) => c.notNull().unique())
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('outlet', 'text')
        .addColumn('title', 'text')
        .addColumn('url', 'text')
        .addColumn('authors', 'text')
        .addColumn('published', 'text')
        .addColumn('published_raw', 'text')
        .addColumn('language', 'text')
        .addColumn('feed', 'text')
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('copies_article').on('copies').column('article_id').execute();

      await db.schema
        .createTable('lsh_bands')
        .addColumn('band', 'integer', (c) => c.notNull())
        .addColumn('bucket', 'text', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('lsh_bands_pk', ['band', 'bucket', 'article_id'])
        .execute();

      await db.schema
        .createTable('feed_items')
        .addColumn('feed_url', 'text', (c) => c.notNull())
        .addColumn('guid', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('feed_items_pk', ['feed_url', 'guid'])
        .execute();

      await db.schema
        .createTable('feed_state')
        .addColumn('feed_url', 'text', (c) => c.primaryKey())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('checked_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
