import pg from 'pg';

/** The server the PostgreSQL tests use unless DATELINE_TEST_PG names another (or `off`). */
export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Why no PostgreSQL server answers at `url` (connect and `select 1` within 3 s), or null when one does. */
export async function postgresAbsence(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Vitest global set-up (vitest.config.ts): when no PostgreSQL server answers, the
 * PostgreSQL tests are skipped with one line (DATELINE_TEST_PG=off for every test file);
 * where CI is set a missing server fails the run instead, since CI runs them.
 */
export default async function setup(env: NodeJS.ProcessEnv = process.env, say: (line: string) => void = console.log): Promise<void> {
  const url = env.DATELINE_TEST_PG ?? DEFAULT_PG_URL;
  if (url === 'off') return;
  const why = await postgresAbsence(url);
  if (why === null) return;
  const where = url.replace(/\/\/[^@/]*@/, '//');
  if (env.CI) throw new Error(`PostgreSQL does not answer at ${where} (${why}); CI runs the PostgreSQL tests: start it or set DATELINE_TEST_PG`);
  env.DATELINE_TEST_PG = 'off';
  say(`PostgreSQL tests skipped: no server answers at ${where} (${why}); set DATELINE_TEST_PG=postgres://… to run them`);
}
