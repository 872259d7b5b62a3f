import { type Kysely, sql } from 'kysely';
import type { Database } from '../tables.js';
import { entityIdsFor } from './entity-lookup.js';

export interface EntityQuery {
  readonly type?: string | undefined;
  /** Only the entities this name refers to. */
  readonly name?: string | undefined;
  readonly limit?: number | undefined;
}

/** A role an entity held, and when the articles gave it. */
export interface RoleSpan {
  readonly role: string;
  readonly first: string | null;
  readonly last: string | null;
  readonly articles: number;
}

export interface EntityRow {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  readonly mentions: number;
  readonly articles: number;
  readonly first_seen: string | null;
  readonly last_seen: string | null;
  readonly roles: RoleSpan[];
}

/** Store-wide entities, most mentioned first, each with its roles over time. */
export async function listEntities(db: Kysely<Database>, q: EntityQuery): Promise<EntityRow[]> {
  const query = await filtered(db, q);
  if (query === null) return [];
  const rows = await query
    .select(['id', 'name', 'type', 'mention_count', 'article_count', 'first_seen', 'last_seen'])
    .orderBy('mention_count', 'desc')
    .orderBy('id')
    .limit(q.limit ?? 20)
    .execute();
  const roles = await rolesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    mentions: r.mention_count,
    articles: r.article_count,
    first_seen: r.first_seen,
    last_seen: r.last_seen,
    roles: roles.get(r.id) ?? [],
  }));
}

/** How many entities match (the rows `listEntities` would give with no limit): a cut list's "N more". */
export async function countEntities(db: Kysely<Database>, q: EntityQuery): Promise<number> {
  const query = await filtered(db, q);
  if (query === null) return 0;
  const row = await query.select((eb) => eb.fn.countAll<number | string | bigint>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The entities matching the filters, not yet selected nor ordered; null when the name names none. */
async function filtered(db: Kysely<Database>, q: EntityQuery) {
  let query = db.selectFrom('entities').where('article_count', '>', 0);
  if (q.type !== undefined) query = query.where('type', '=', q.type.toUpperCase());
  if (q.name !== undefined) {
    const ids = await entityIdsFor(db, q.name);
    if (ids.length === 0) return null;
    query = query.where('id', 'in', ids);
  }
  return query;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The roles each entity held, in the order they first appear (one query for all). */
export async function rolesOf(db: Kysely<Database>, entityIds: readonly number[]): Promise<Map<number, RoleSpan[]>> {
  const out = new Map<number, RoleSpan[]>();
  if (entityIds.length === 0) return out;
  const rows = await db
    .selectFrom('entity_roles')
    .select([
      'entity_id',
      'role',
      sql<string | null>`min(date)`.as('first'),
      sql<string | null>`max(date)`.as('last'),
      sql<number>`count(*)`.as('articles'),
    ])
    .where('entity_id', 'in', entityIds)
    .groupBy(['entity_id', 'role'])
    .execute();
  // The same order on both dialects (issue #19 item 5): dated first (SQLite sorts NULL first,
  // PostgreSQL last), then by date, then by role in code-point order (no collation).
  rows.sort(
    (a, b) => Number(a.first === null) - Number(b.first === null) || compare(a.first ?? '', b.first ?? '') || compare(a.role, b.role),
  );
  for (const r of rows) {
    const list = out.get(r.entity_id) ?? [];
    if (list.length < 20) list.push({ role: r.role, first: r.first, last: r.last, articles: Number(r.articles) });
    out.set(r.entity_id, list);
  }
  return out;
}
