import type { Kysely, Migration } from 'kysely';

/**
 * Events as the `events` stage writes them: their TimeML class in a column of its own
 * (tense, aspect, polarity and modality stay in `extra`), and an index on (type, date) that
 * groups the same typed event across articles for timelines.
 */
export function eventsMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the typed one
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('events').addColumn('class', 'text').execute();
      await db.schema.createIndex('events_type_date').on('events').columns(['type', 'sort_date']).execute();
    },
  };
}
