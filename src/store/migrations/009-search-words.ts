import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../tables.js';

/**
 * One search language on both dialects (issue #19, item 5): the same words indexed the
 * same way. A word is a run of letters and digits, lower-cased, accents kept, no stemming
 * and no stop words: FTS5's unicode61 tokenizer without diacritic folding on SQLite; on
 * PostgreSQL the `simple` configuration over the text with every run of other
 * characters made a space (its parser would otherwise keep `e-mail`, `3.5` or an e-mail
 * address as one token). Was: the `english` configuration, stemmed (`emails` found `email`).
 */
export function searchWordsMigration(dialect: Dialect): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the typed one
    async up(db: Kysely<any>): Promise<void> {
      if (dialect === 'sqlite') {
        await sql`drop table articles_fts`.execute(db);
        await sql`create virtual table articles_fts using fts5(text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 0')`.execute(
          db,
        );
        await sql`insert into articles_fts(articles_fts) values ('rebuild')`.execute(db);
      } else {
        await sql`alter table articles drop column tsv`.execute(db);
        await sql`alter table articles add column tsv tsvector generated always as (to_tsvector('simple', regexp_replace(text, '[^[:alnum:]]+', ' ', 'g'))) stored`.execute(
          db,
        );
        await sql`create index articles_tsv on articles using gin (tsv)`.execute(db);
      }
    },
  };
}
