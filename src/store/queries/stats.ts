import { type Kysely, sql } from 'kysely';
import type { Database } from '../tables.js';

export interface StoreStats {
  readonly articles: number;
  readonly versions: number;
  readonly entities: number;
  readonly attributions: number;
  readonly timexes: number;
  readonly events: number;
}

async function count(db: Kysely<Database>, table: keyof Database, where?: 'current'): Promise<number> {
  let q = db.selectFrom(table).select(sql<number>`count(*)`.as('n'));
  if (where === 'current') q = q.where(sql.ref('current'), '=', 1);
  return Number((await q.executeTakeFirst())?.n ?? 0);
}

/** How much the store holds. */
export async function storeStats(db: Kysely<Database>): Promise<StoreStats> {
  return {
    articles: await count(db, 'articles', 'current'),
    versions: await count(db, 'articles'),
    entities: Number(
      (await db.selectFrom('entities').select(sql<number>`count(*)`.as('n')).where('article_count', '>', 0).executeTakeFirst())?.n ?? 0,
    ),
    attributions: await count(db, 'attributions'),
    timexes: await count(db, 'timexes'),
    events: await count(db, 'events'),
  };
}
