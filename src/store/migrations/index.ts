import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../tables.js';
import { tablesMigration } from './001-tables.js';
import { fullTextMigration } from './002-full-text.js';
import { roleIndexMigration } from './003-role-index.js';
import { extraFieldsMigration } from './004-extra-fields.js';
import { eventsMigration } from './005-events.js';
import { contradictionsMigration } from './006-contradictions.js';
import { copiesMigration } from './007-copies.js';
import { searchWordsMigration } from './009-search-words.js';
import { claimsMigration } from './010-claims.js';

/** Every migration this version knows, by name; names sort in the order they run. */
export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return {
    '001-tables': tablesMigration(dialect),
    '002-full-text': fullTextMigration(dialect),
    '003-role-index': roleIndexMigration(),
    '004-extra-fields': extraFieldsMigration(),
    '005-events': eventsMigration(),
    '006-contradictions': contradictionsMigration(),
    '007-copies': copiesMigration(dialect),
    '009-search-words': searchWordsMigration(dialect),
    '010-claims': claimsMigration(),
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrationsFor(dialect) };
}
