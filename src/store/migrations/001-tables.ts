import { type CreateTableBuilder, type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../tables.js';

/** Articles, cross-article entities and the annotation layers, with the analysis that made each. */
export function tablesMigration(dialect: Dialect): Migration {
  const idType = dialect === 'postgres' ? 'serial' : 'integer';
  // SQLite keeps a table keyed by (article, idx) in one B-tree instead of two.
  const clustered = <T extends string, C extends string>(table: CreateTableBuilder<T, C>) =>
    dialect === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table;
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the typed one
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('articles')
        .addColumn('id', idType, (c) => c.primaryKey())
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('current', 'integer', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('date', 'text')
        .addColumn('outlet', 'text')
        .addColumn('title', 'text')
        .addColumn('url', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('articles_doc').on('articles').columns(['doc_id', 'current']).execute();
      await db.schema.createIndex('articles_date').on('articles').column('date').execute();

      await db.schema
        .createTable('entities')
        .addColumn('id', idType, (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('mention_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('article_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('first_seen', 'text')
        .addColumn('last_seen', 'text')
        .addUniqueConstraint('entities_type_key', ['type', 'key'])
        .execute();
      await db.schema.createIndex('entities_mentions').on('entities').columns(['mention_count']).execute();

      await db.schema
        .createTable('entity_aliases')
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('alias', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('entity_aliases_pk', ['type', 'alias', 'entity_id'])
        .execute();

      await db.schema
        .createTable('doc_entities')
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('roles', 'text', (c) => c.notNull())
        .addColumn('mention_count', 'integer', (c) => c.notNull())
        .addColumn('rule', 'text')
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('doc_entities_pk', ['article_id', 'idx'])
        .$call(clustered)
        .execute();
      await db.schema.createIndex('doc_entities_entity').on('doc_entities').column('entity_id').execute();

      await db.schema
        .createTable('mentions')
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('entity_idx', 'integer', (c) => c.notNull())
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('mentions_article').on('mentions').columns(['article_id', 'entity_idx']).execute();

      await db.schema
        .createTable('entity_roles')
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .execute();
      await db.schema.createIndex('entity_roles_entity').on('entity_roles').columns(['entity_id', 'date']).execute();
      await db.schema.createIndex('entity_roles_article').on('entity_roles').column('article_id').execute();

      await db.schema
        .createTable('attributions')
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('content_start', 'integer', (c) => c.notNull())
        .addColumn('content_end', 'integer', (c) => c.notNull())
        .addColumn('content_text', 'text', (c) => c.notNull())
        .addColumn('cue_start', 'integer')
        .addColumn('cue_end', 'integer')
        .addColumn('source_start', 'integer')
        .addColumn('source_end', 'integer')
        .addColumn('speaker_name', 'text')
        .addColumn('speaker_local', 'text')
        .addColumn('speaker_entity_id', 'integer')
        .addColumn('said', 'text')
        .addColumn('sort_date', 'text')
        .addColumn('rule', 'text')
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('attributions_pk', ['article_id', 'idx'])
        .$call(clustered)
        .execute();
      await db.schema.createIndex('attributions_speaker').on('attributions').columns(['speaker_entity_id', 'sort_date']).execute();
      await db.schema.createIndex('attributions_date').on('attributions').column('sort_date').execute();

      await db.schema
        .createTable('attribution_entities')
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('attribution_idx', 'integer', (c) => c.notNull())
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('sort_date', 'text')
        .execute();
      await db.schema.createIndex('attribution_entities_entity').on('attribution_entities').columns(['entity_id', 'sort_date']).execute();
      await db.schema.createIndex('attribution_entities_article').on('attribution_entities').column('article_id').execute();

      await db.schema
        .createTable('timexes')
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('rule', 'text')
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('timexes_pk', ['article_id', 'idx'])
        .$call(clustered)
        .execute();

      await db.schema
        .createTable('events')
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('trigger_start', 'integer', (c) => c.notNull())
        .addColumn('trigger_end', 'integer', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('place', 'text')
        .addColumn('participants', 'text', (c) => c.notNull())
        .addColumn('sort_date', 'text')
        .addColumn('rule', 'text')
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_pk', ['article_id', 'idx'])
        .$call(clustered)
        .execute();

      await db.schema
        .createTable('event_entities')
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('event_idx', 'integer', (c) => c.notNull())
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('sort_date', 'text')
        .execute();
      await db.schema.createIndex('event_entities_entity').on('event_entities').columns(['entity_id', 'sort_date']).execute();
      await db.schema.createIndex('event_entities_article').on('event_entities').column('article_id').execute();
    },
  };
}
