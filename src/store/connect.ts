import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { DatelineError } from '../errors/codes.js';
import { type BulkInsert, postgresBulkInsert, sqliteBulkInsert } from './bulk-insert.js';
import { storeError } from './db-errors.js';
import type { StoreLocation } from './location.js';
import { QueryProfile } from './query-profile.js';
import { inWalMode, readOnlyCopy } from './read-only-copy.js';
import type { Database } from './tables.js';

export interface Connection {
  readonly db: Kysely<Database>;
  /** True when the store can only be read (a SQLite file or folder without write permission). */
  readonly readOnly: boolean;
  /** How annotation rows are written in bulk on this connection. */
  readonly bulk: BulkInsert;
  /** Runs before the connection closes. */
  readonly beforeClose?: () => void;
}

/** SQLite's page cache for queries: 64 MiB. */
export const PAGE_CACHE_MIB = 64;

export interface ConnectOptions {
  /** Create the store when it does not exist (writers); readers get E_NOT_FOUND instead. */
  readonly create: boolean;
  /** SQLite only: most pages the file may grow to (tests use it to play a full disk). */
  readonly maxPages?: number;
  /** SQLite: `synchronous = FULL`, so that a power loss cannot roll back a committed batch. */
  readonly durable?: boolean;
  /** SQLite: most MiB of database pages kept in memory (`cache_size`), `PAGE_CACHE_MIB` when unset. */
  readonly pageCacheMiB?: number;
  /**
   * SQLite: checks the names of the migrations the file has, before anything is written to
   * it (the switch to WAL rewrites its header): a store of a newer dateline is refused untouched.
   */
  readonly checkApplied?: (names: readonly string[]) => void;
}

/** The migrations a SQLite store has applied (none for a new file), read without writing. */
function appliedIn(database: BetterSqlite3.Database): string[] {
  const table = database.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
  if (!table) return [];
  return (database.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
}

/** A Kysely instance, with per-statement timing when DATELINE_SQL_PROFILE is set. */
function kysely(dialect: SqliteDialect | PostgresDialect): Kysely<Database> {
  const profile = QueryProfile.fromEnv();
  if (!profile) return new Kysely<Database>({ dialect });
  process.on('exit', () => process.stderr.write(`${profile.report()}\n`));
  return new Kysely<Database>({ dialect, log: profile.log });
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const SLEEPER = new Int32Array(new SharedArrayBuffer(4));

/**
 * `PRAGMA journal_mode = WAL`, retried for up to `waitMs` while another process holds the
 * lock the switch needs (one closing its store switches it back to a rollback journal):
 * SQLite answers SQLITE_BUSY here at once, without waiting in its busy handler.
 */
function enableWal(database: BetterSqlite3.Database, waitMs = 10_000): void {
  const deadline = Date.now() + waitMs;
  for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
    try {
      database.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      Atomics.wait(SLEEPER, 0, 0, delay);
    }
  }
}

function connectSqlite(path: string, options: ConnectOptions): Connection {
  const file = resolve(path);
  const exists = existsSync(file);
  if (!exists && !options.create) throw new DatelineError('E_NOT_FOUND', `no store at ${path}; run dateline ingest first (or pass --db)`);
  const readOnly = exists ? !writable(file) || !writable(dirname(file)) : !writable(dirname(file));
  if (!exists && readOnly) throw new DatelineError('E_DB_READONLY', `cannot create the store ${path}: its folder is not writable`);
  let database: BetterSqlite3.Database | undefined;
  // WAL mode in a folder we cannot write: read a copy (read-only-copy.ts).
  // Readers only: a writer is refused (E_DB_READONLY), never left writing to a copy.
  const copy = exists && readOnly && !options.create && !writable(dirname(file)) && inWalMode(file) ? readOnlyCopy(file) : undefined;
  try {
    database = new BetterSqlite3(copy?.path ?? file, { readonly: readOnly, fileMustExist: exists, timeout: 10_000 });
    if (exists) options.checkApplied?.(appliedIn(database));
    if (!readOnly && options.create) {
      enableWal(database);
      // NORMAL in WAL mode: a crash of dateline loses nothing committed; a power loss may
      // roll back the last transactions. --durable asks for FULL (an fsync per commit).
      database.pragma(options.durable ? 'synchronous = FULL' : 'synchronous = NORMAL');
      // Checkpoint every ~80 MB rather than 4 MB: index pages that every batch touches are
      // copied into the database file once per checkpoint, so fewer checkpoints write less.
      database.pragma('wal_autocheckpoint = 20000');
    }
    database.pragma(`cache_size = -${(options.pageCacheMiB ?? PAGE_CACHE_MIB) * 1024}`);
    if (options.maxPages !== undefined) database.pragma(`max_page_count = ${options.maxPages}`);
    database.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    database?.close();
    copy?.remove();
    throw storeError(error, path);
  }
  // Leave the file in rollback-journal mode when done, so it opens read-only without
  // -wal/-shm files (a read-only folder); the next writer switches back to WAL.
  const beforeClose = copy
    ? () => {
        database.close();
        copy.remove();
      }
    : readOnly || !options.create
      ? undefined
      : () => {
          try {
            database.pragma('journal_mode = DELETE');
          } catch {
            // Another connection still has it open: it stays in WAL mode, which is fine.
          }
        };
  return {
    db: kysely(new SqliteDialect({ database })),
    readOnly,
    bulk: sqliteBulkInsert(database),
    ...(beforeClose ? { beforeClose } : {}),
  };
}

async function connectPostgres(location: Extract<StoreLocation, { dialect: 'postgres' }>): Promise<Connection> {
  const pool = new pg.Pool({ connectionString: location.url, max: 4, connectionTimeoutMillis: 5_000 });
  pool.on('error', () => {
    // An idle client lost its server; the next query reports it.
  });
  // A client checked out of the pool (in a transaction, between two statements) that loses
  // its server emits 'error' with no pool listener on it: without this one a server
  // restart would end the process. Its statement fails instead, and the pool drops it.
  pool.on('connect', (client) => client.on('error', () => {}));
  if (location.schema) {
    const schema = location.schema;
    pool.on('connect', (client) => {
      client.query(`set search_path to "${schema}"`).catch(() => {});
    });
  }
  const db = kysely(new PostgresDialect({ pool }));
  try {
    const schema = location.schema;
    const found = await sql<{
      n: number;
    }>`select count(*)::int as n from information_schema.schemata where schema_name = ${schema ?? 'public'}`.execute(db);
    if (schema && found.rows[0]?.n === 0) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    const e = storeError(error, location.display);
    throw e.code === 'E_DB' ? new DatelineError('E_DB_CONNECT', e.message) : e;
  }
  return { db, readOnly: false, bulk: postgresBulkInsert };
}

/** Opens the database behind a store location; it checks the connection before returning. */
export async function connect(location: StoreLocation, options: ConnectOptions): Promise<Connection> {
  return location.dialect === 'sqlite' ? connectSqlite(location.path, options) : connectPostgres(location);
}
