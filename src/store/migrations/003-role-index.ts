import type { Kysely, Migration } from 'kysely';

/**
 * Roles over time read (entity, role, date) for the listed entities: an index on all
 * three answers it from the index alone, grouped by role without a sort.
 */
export function roleIndexMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the typed one
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.dropIndex('entity_roles_entity').execute();
      await db.schema.createIndex('entity_roles_entity_role').on('entity_roles').columns(['entity_id', 'role', 'date']).execute();
    },
  };
}
