import type BetterSqlite3 from 'better-sqlite3';
import { type Insertable, type Kysely, sql } from 'kysely';
import { insertRows } from './sql-helpers.js';
import type { Database } from './tables.js';

/** Writes many annotation rows of one table inside the current transaction. */
export type BulkInsert = <T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
) => Promise<void>;

/** The portable path: Kysely multi-row inserts, as few statements as the parameter limit allows. */
export const kyselyBulkInsert: BulkInsert = insertRows;

/** Annotation columns that are integers (every other one is text). */
const INTEGER_COLUMNS = new Set([
  'article_id',
  'idx',
  'entity_id',
  'entity_idx',
  'attribution_idx',
  'event_idx',
  'mention_count',
  'start',
  'end',
  'content_start',
  'content_end',
  'cue_start',
  'cue_end',
  'source_start',
  'source_end',
  'speaker_entity_id',
  'trigger_start',
  'trigger_end',
  'a_start',
  'a_end',
  'a_anonymous',
  'b_start',
  'b_end',
  'b_anonymous',
]);

/** Annotation columns that are floating-point numbers. */
const REAL_COLUMNS = new Set(['confidence']);

/**
 * PostgreSQL: one array parameter per column, `INSERT … SELECT * FROM unnest(…)`. The
 * statement stays small however many rows, so PostgreSQL parses and plans little.
 */
export const postgresBulkInsert: BulkInsert = async (db, table, rows) => {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  for (let i = 0; i < rows.length; i += 50_000) {
    const part = rows.slice(i, i + 50_000) as readonly Record<string, unknown>[];
    const arrays = columns.map((c) => {
      const type = INTEGER_COLUMNS.has(c) ? 'integer' : REAL_COLUMNS.has(c) ? 'real' : 'text';
      return sql`${part.map((r) => r[c] ?? null)}::${sql.raw(type)}[]`;
    });
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) select * from unnest(${sql.join(arrays)})`.execute(
      db,
    );
  }
};

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
