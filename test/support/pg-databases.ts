import pg from 'pg';
import { PG_URL } from './stores.js';

/** The server's URL with another database name (same host, user and options). */
export function databaseUrl(name: string, base = PG_URL): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * True when a PostgreSQL server answers at PG_URL within two seconds. A test file that
 * needs one skips when none does, and says so in one line.
 */
export async function pgAnswers(): Promise<boolean> {
  if (PG_URL === 'off') return false;
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Says once, on stderr, why a PostgreSQL test file is skipped. */
export function sayPgSkipped(file: string): void {
  process.stderr.write(`${file}: skipped: no PostgreSQL answers at ${PG_URL} (set DATELINE_TEST_PG to a server's URL)\n`);
}

/** Runs one statement on the server's maintenance connection (PG_URL's database). */
export async function pgAdmin(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** A new, empty database `PREFIX_<random>`; `drop()` removes it (closing whatever is still connected). */
export async function freshDatabase(prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await pgAdmin(`create database "${name}"`);
  return { name, url: databaseUrl(name), drop: async () => void (await pgAdmin(`drop database if exists "${name}" with (force)`)) };
}

/** Ends every connection to database `name` but the caller's, as a server restart would. Returns how many. */
export async function terminateConnections(name: string): Promise<number> {
  const result = await pgAdmin('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
    name,
  ]);
  return result.rowCount ?? 0;
}

/** Runs a query in database `url` and returns its rows. */
export async function pgRows<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {}); // ended by terminateConnections: the query fails instead
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}
