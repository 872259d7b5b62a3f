import type { Kysely, Migration } from 'kysely';

/**
 * `contradictions`: the divergent pairs found inside each stored article, both sides as
 * offsets into the article's text with holder and date, so `dateline contradictions` answers
 * from the store and `export` gives back what `extract` printed. Rows go with their article
 * when it is re-analysed or replaced, like every annotation table.
 */
export function contradictionsMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the typed one
    async up(db: Kysely<any>): Promise<void> {
      let table = db.schema
        .createTable('contradictions')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull());
      for (const side of ['a', 'b'])
        table = table
          .addColumn(`${side}_attribution`, 'text')
          .addColumn(`${side}_start`, 'integer', (c) => c.notNull())
          .addColumn(`${side}_end`, 'integer', (c) => c.notNull())
          .addColumn(`${side}_holder`, 'text', (c) => c.notNull())
          .addColumn(`${side}_holder_local`, 'text')
          .addColumn(`${side}_anonymous`, 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn(`${side}_date`, 'text');
      await table
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('confidence', 'real', (c) => c.notNull())
        .addColumn('rule', 'text')
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('contradictions_pk', ['article_id', 'idx'])
        .execute();
      await db.schema.createIndex('contradictions_kind').on('contradictions').columns(['kind', 'article_id']).execute();
    },
  };
}
