import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../tables.js';

/**
 * Full-text search over article text: an FTS5 table over `articles` on SQLite (external
 * content: the text is not stored twice), a generated tsvector column with a GIN index
 * on PostgreSQL.
 */
export function fullTextMigration(dialect: Dialect): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the typed one
    async up(db: Kysely<any>): Promise<void> {
      if (dialect === 'sqlite') {
        await sql`create virtual table articles_fts using fts5(text, content='articles', content_rowid='id')`.execute(db);
        await sql`insert into articles_fts(rowid, text) select id, text from articles`.execute(db);
      } else {
        await sql`alter table articles add column tsv tsvector generated always as (to_tsvector('english', text)) stored`.execute(db);
        await sql`create index articles_tsv on articles using gin (tsv)`.execute(db);
      }
    },
  };
}
