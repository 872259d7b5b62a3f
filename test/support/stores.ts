import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Dialect } from '../../src/store/tables.js';
import { DEFAULT_PG_URL } from './pg-probe.js';

/**
 * PostgreSQL for the tests: DATELINE_TEST_PG, else the local server this machine runs
 * (trust auth, database `test`). DATELINE_TEST_PG=off leaves PostgreSQL out; the global
 * set-up (pg-probe.ts) sets it when no server answers.
 */
export const PG_URL = inject('pgUrl') ?? process.env.DATELINE_TEST_PG ?? DEFAULT_PG_URL;

/** The dialects every store test runs against. */
export const DIALECTS: Dialect[] = PG_URL === 'off' ? ['sqlite'] : ['sqlite', 'postgres'];

/** A fresh, empty store location; `drop()` removes it (file and folder, or schema). */
export interface TestStore {
  readonly db: string;
  drop(): Promise<void>;
}

let counter = 0;

export function freshStore(dialect: Dialect): TestStore {
  counter++;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-test-'));
    return { db: join(dir, 'store.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `dl_test_${process.pid}_${Date.now() % 1_000_000}_${counter}`;
  const separator = PG_URL.includes('?') ? '&' : '?';
  return {
    db: `${PG_URL}${separator}schema=${schema}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Runs SQL against a PostgreSQL test store's schema (or any statement on the server). */
export async function pgQuery(db: string, text: string): Promise<pg.QueryResult> {
  const url = new URL(db);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    if (schema) await client.query(`set search_path to "${schema}"`);
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** Rows in `articles` and distinct content hashes, read straight from the database (no Store). */
export async function countRows(dialect: Dialect, db: string): Promise<{ rows: number; distinct: number }> {
  const query = 'select count(*) as rows, count(distinct content_hash) as "distinct" from articles';
  if (dialect === 'postgres') {
    const r = (await pgQuery(db, query)).rows[0] as { rows: string; distinct: string };
    return { rows: Number(r.rows), distinct: Number(r.distinct) };
  }
  const { default: Database } = await import('better-sqlite3');
  const raw = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return raw.prepare(query).get() as { rows: number; distinct: number };
  } finally {
    raw.close();
  }
}
