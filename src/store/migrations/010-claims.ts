import type { CreateTableBuilder, Kysely, Migration } from 'kysely';

/**
 * Claims and the pairs they make across articles: `claims` keeps each current article's
 * portable claims (JSON), `claim_topics` indexes them by the entities they are about and their
 * date (how `ingest` finds stored claims to compare a new article with), and
 * `cross_contradictions` keeps the divergent pairs found between two articles. Claims and topic
 * rows go and come with their article like every annotation; a cross pair goes when either of
 * its articles is re-analysed or replaced, and is found again when that article is stored anew.
 */
export function claimsMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the typed one
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('claims')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('claims_pk', ['article_id', 'idx'])
        .execute();
      await db.schema
        .createTable('claim_topics')
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('date', 'text')
        .addPrimaryKeyConstraint('claim_topics_pk', ['topic', 'article_id', 'idx'])
        .execute();
      await db.schema.createIndex('claim_topics_date').on('claim_topics').columns(['topic', 'date']).execute();
      await db.schema.createIndex('claim_topics_article').on('claim_topics').column('article_id').execute();
      let table: CreateTableBuilder<'cross_contradictions', string> = db.schema
        .createTable('cross_contradictions')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('confidence', 'real', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull());
      for (const side of ['a', 'b'])
        table = table
          .addColumn(`${side}_article`, 'integer', (c) => c.notNull().references('articles.id'))
          .addColumn(`${side}_idx`, 'integer', (c) => c.notNull())
          .addColumn(`${side}_start`, 'integer', (c) => c.notNull())
          .addColumn(`${side}_end`, 'integer', (c) => c.notNull())
          .addColumn(`${side}_holder`, 'text', (c) => c.notNull())
          .addColumn(`${side}_anonymous`, 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn(`${side}_date`, 'text');
      await table.addPrimaryKeyConstraint('cross_contradictions_pk', ['a_article', 'a_idx', 'b_article', 'b_idx']).execute();
      await db.schema.createIndex('cross_contradictions_b').on('cross_contradictions').column('b_article').execute();
    },
  };
}
