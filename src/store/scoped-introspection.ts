import { type DatabaseIntrospector, type Kysely, sql, type TableMetadata } from 'kysely';
import type { Database, Dialect } from './tables.js';

/**
 * DB as Kysely's Migrator should see it: its introspector lists only the tables of the
 * store's own schema (PostgreSQL) or file (SQLite), by name. Kysely's own `getTables` reads
 * the columns of every schema in the database and fails (`schema "…" does not exist`) when
 * another client drops a schema while it runs: on a PostgreSQL server shared by a team, or
 * by test files running side by side. The Migrator reads only the tables' names and schemas.
 */
export function withScopedIntrospection(db: Kysely<Database>, dialect: Dialect, schema: string | null): Kysely<Database> {
  const introspection: DatabaseIntrospector = {
    getSchemas: () => db.introspection.getSchemas(),
    getTables: () => storeTables(db, dialect, schema),
    getMetadata: async () => ({ tables: await storeTables(db, dialect, schema) }),
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'introspection') return introspection;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The tables of the store's schema (the connection's current one when SCHEMA is null), names only. */
async function storeTables(db: Kysely<Database>, dialect: Dialect, schema: string | null): Promise<TableMetadata[]> {
  if (dialect === 'sqlite') {
    const rows = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
    return rows.rows.map((r) => ({ name: r.name, isView: false, columns: [] }));
  }
  const rows = await sql<{ name: string; schema: string }>`
    select tablename as name, schemaname as schema from pg_catalog.pg_tables
    where schemaname = coalesce(${schema}::text, current_schema())`.execute(db);
  return rows.rows.map((r) => ({ name: r.name, schema: r.schema, isView: false, columns: [] }));
}
