import { type Kysely, Migrator, sql } from 'kysely';
import { DatelineError } from '../errors/codes.js';
import { storeError } from './db-errors.js';
import { migrationProvider, migrationsFor } from './migrations/index.js';
import { withScopedIntrospection } from './scoped-introspection.js';
import type { Database, Dialect } from './tables.js';

/** One migration step and how it went. */
export interface MigrationStep {
  readonly name: string;
  readonly status: 'applied' | 'already' | 'failed' | 'skipped';
}

export const MIGRATION_TABLE = 'kysely_migration';

/**
 * Names of the migrations already applied to the store ([] for a fresh one). The migration
 * table is looked up by name in the store's own schema (`to_regclass` on PostgreSQL,
 * `sqlite_master` on SQLite), not by introspecting the whole database: Kysely's
 * `getTables` reads every schema's columns and fails when another client drops a schema
 * while it runs (`schema "…" does not exist`), as happens on a server shared by a team.
 */
export async function appliedMigrations(db: Kysely<Database>, dialect: Dialect, schema: string | null): Promise<string[]> {
  if (!(await migrationTableExists(db, dialect, schema))) return [];
  const table = schema ? sql.table(`${schema}.${MIGRATION_TABLE}`) : sql.table(MIGRATION_TABLE);
  const rows = await sql<{ name: string }>`select name from ${table} order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

async function migrationTableExists(db: Kysely<Database>, dialect: Dialect, schema: string | null): Promise<boolean> {
  if (dialect === 'sqlite') {
    const found = await sql<{
      n: number;
    }>`select count(*) as n from sqlite_master where type = 'table' and name = ${MIGRATION_TABLE}`.execute(db);
    return Number(found.rows[0]?.n ?? 0) > 0;
  }
  const name = schema ? `"${schema.replaceAll('"', '""')}".${MIGRATION_TABLE}` : MIGRATION_TABLE;
  const found = await sql<{ oid: string | null }>`select to_regclass(${name})::text as oid`.execute(db);
  return found.rows[0]?.oid != null;
}

/** Throws E_DB_NEWER when the store holds migrations this version does not know. */
export function checkNotNewer(applied: readonly string[], dialect: Dialect): void {
  const known = new Set(Object.keys(migrationsFor(dialect)));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new DatelineError(
      'E_DB_NEWER',
      `the store has schema migration ${unknown.map((n) => `'${n}'`).join(', ')}, unknown to this dateline (it knows up to '${[...known].at(-1)}')`,
    );
}

/** Names of the migrations still to apply. */
export function pendingMigrations(applied: readonly string[], dialect: Dialect): string[] {
  const done = new Set(applied);
  return Object.keys(migrationsFor(dialect)).filter((name) => !done.has(name));
}

/**
 * Brings the schema up to date (Kysely's Migrator), all pending steps in one
 * transaction, and reports every step. A failure rolls them all back and is thrown as a
 * coded error.
 */
export async function migrate(db: Kysely<Database>, dialect: Dialect, schema: string | null): Promise<MigrationStep[]> {
  const applied = await appliedMigrations(db, dialect, schema);
  checkNotNewer(applied, dialect);
  const before = new Set(applied);
  const migrator = new Migrator({
    db: withScopedIntrospection(db, dialect, schema),
    provider: migrationProvider(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  // Kysely runs PostgreSQL's pending steps in one transaction but SQLite's in none
  // (its adapter declares no transactional DDL, which SQLite has): wrap them here, so a
  // failed step leaves no half-made schema on either dialect.
  if (dialect === 'sqlite') await sql`begin immediate`.execute(db);
  const { error, results } = await migrator.migrateToLatest();
  if (dialect === 'sqlite') await (error ? sql`rollback` : sql`commit`).execute(db);
  const steps: MigrationStep[] = Object.keys(migrationsFor(dialect)).map((name) => {
    const result = results?.find((r) => r.migrationName === name);
    if (result) return { name, status: result.status === 'Success' ? 'applied' : result.status === 'Error' ? 'failed' : 'skipped' };
    return { name, status: before.has(name) ? 'already' : 'skipped' };
  });
  if (error) {
    const failed = steps.find((s) => s.status === 'failed')?.name ?? 'migration';
    throw storeError(error, `migration ${failed}`);
  }
  return steps;
}
