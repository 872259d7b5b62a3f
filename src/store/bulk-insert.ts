import type BetterSqlite3 from 'better-sqlite3';
import type { Insertable, Kysely } from 'kysely';
import { insertRows } from './sql-helpers.js';
import type { Database } from './tables.js';

/** Writes many annotation rows of one table inside the current transaction. */
export type BulkInsert = <T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
) => Promise<void>;

/** PostgreSQL (and the portable path): Kysely multi-row inserts, as few statements as the parameter limit allows. */
export const kyselyBulkInsert: BulkInsert = insertRows;

/**
 * SQLite: one prepared single-row statement per table, run once per row on the same
 * connection (so inside the transaction Kysely began). Parsing a fresh 1,000-row
 * statement for every batch cost more than inserting the rows.
 */
export function sqliteBulkInsert(raw: BetterSqlite3.Database): BulkInsert {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return async (_db, table, rows) => {
    const first = rows[0];
    if (first === undefined) return;
    const columns = Object.keys(first);
    const key = `${table}(${columns.join(',')})`;
    let statement = statements.get(key);
    if (!statement) {
      const names = columns.map((c) => `"${c}"`).join(', ');
      statement = raw.prepare(`insert into "${table}" (${names}) values (${columns.map((c) => `@${c}`).join(', ')})`);
      statements.set(key, statement);
    }
    for (const row of rows) statement.run(row);
  };
}
