import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  interface ProvidedContext {
    /** The PostgreSQL URL the tests use, or `off`: what test/support/stores.ts reads. */
    pgUrl: string;
  }
}

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
 * The PostgreSQL URL the tests use: DATELINE_TEST_PG or the local server, `off` with one
 * line said when no server answers there; where CI is set a missing server throws
 * instead, since CI runs the PostgreSQL tests.
 */
export async function postgresForTests(env: NodeJS.ProcessEnv, say: (line: string) => void): Promise<string> {
  const url = env.DATELINE_TEST_PG ?? DEFAULT_PG_URL;
  if (url === 'off') return url;
  const why = await postgresAbsence(url);
  if (why === null) return url;
  const where = url.replace(/\/\/[^@/]*@/, '//');
  if (env.CI)
    throw new Error(`PostgreSQL does not answer at ${where} (${why}); CI runs the PostgreSQL tests: start it or set DATELINE_TEST_PG`);
  say(`PostgreSQL tests skipped: no server answers at ${where} (${why}); set DATELINE_TEST_PG=postgres://… to run them`);
  return 'off';
}

/** Vitest global set-up (vitest.config.ts): probes once, and gives every test file the answer (`inject('pgUrl')`). */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('pgUrl', await postgresForTests(process.env, (line) => console.log(line)));
}
