import type { Insertable, Kysely } from 'kysely';
import type { Database } from './tables.js';

/** Bound parameters per statement, under SQLite's 32,766 and PostgreSQL's 65,535. */
export const MAX_PARAMS = 30_000;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Inserts rows in as few statements as the parameter limit allows. */
export async function insertRows<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const size = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(first).length));
  for (const part of chunks(rows, size))
    await db
      .insertInto(table)
      .values(part as never)
      .execute();
}

/** Runs `query` over `values` in chunks (for `in (…)` lists) and concatenates the results. */
export async function inChunks<V, R>(values: readonly V[], query: (part: V[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const part of chunks(values, 5_000)) out.push(...(await query(part)));
  return out;
}
