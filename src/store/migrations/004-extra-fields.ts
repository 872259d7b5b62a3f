import type { Kysely, Migration } from 'kysely';

/** Tables whose rows keep the fields a stage adds beyond the contract. */
export const EXTRA_TABLES = ['doc_entities', 'mentions', 'attributions', 'timexes', 'events'] as const;

/**
 * `extra`: the fields a stage put on an annotation beyond the `dateline/1` contract
 * (a mention's `kind` and `rule`, a time expression's `anchor`, …), as JSON, null when
 * none, and `articles.problems`: the problems the stages reported, so `export` gives back
 * what `extract` printed.
 */
export function extraFieldsMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the typed one
    async up(db: Kysely<any>): Promise<void> {
      for (const table of EXTRA_TABLES) await db.schema.alterTable(table).addColumn('extra', 'text').execute();
      await db.schema.alterTable('articles').addColumn('problems', 'text').execute();
    },
  };
}
